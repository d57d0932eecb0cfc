// The public dashboard of the Jiulongpo Plan API. Hash routes (#/, #/indicators/fyp14-03,
// #/projects, #/projects/transport-metro-line-19, #/plan, #/plan/chp-16/sec-1, #/search?q=) so that the gateway serves
// one static page and needs no server-side routes. Every number comes from /api/v1.

import { get, loadCodeLists } from './js/api.js';
import { t, lang, setLang, langTag, nameOf, fmtNumber } from './js/i18n.js';
import { h, errorView, announce, statusChip, notice } from './js/ui.js';
import { renderOverview } from './js/overview.js';
import { renderIndicator } from './js/indicator.js';
import { renderProjects, renderProject } from './js/projects.js';
import { renderContents, renderElement, elementHref } from './js/plan.js';

const ROUTES = [
  [/^\/$/, renderOverview, 'overview'],
  [/^\/indicators\/([\w-]+)$/, renderIndicator, 'overview', ['code']],
  [/^\/projects$/, renderProjects, 'projects'],
  [/^\/projects\/([\w-]+)$/, renderProject, 'projects', ['code']],
  [/^\/plan$/, renderContents, 'plan'],
  [/^\/plan\/(.+)$/, renderElement, 'plan', ['id']],
  [/^\/search$/, renderSearch, null],
];

const main = document.getElementById('main');
let controller;
let firstRender = true;

function parseHash() {
  const raw = location.hash.startsWith('#/') ? location.hash.slice(1) : '/';
  const [path, qs = ''] = raw.split('?');
  return { path: decodeURIComponent(path).replace(/\/+$/, '') || '/', query: Object.fromEntries(new URLSearchParams(qs)) };
}

async function route({ keepFocus = false } = {}) {
  const { path, query } = parseHash();
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;

  let render = null;
  let params = {};
  let navKey = null;
  for (const [pattern, fn, nav, names = []] of ROUTES) {
    const m = path.match(pattern);
    if (m) {
      render = fn;
      navKey = nav;
      params = Object.fromEntries(names.map((n, i) => [n, m[i + 1]]));
      break;
    }
  }
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === navKey) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }

  main.setAttribute('aria-busy', 'true');
  main.replaceChildren(h('p', { class: 'loading' }, t('loading')));
  announce(t('loading'));
  let title;
  try {
    if (!render) throw Object.assign(new Error('no route'), { status: 404 });
    ({ title } = await render(main, { params, query, signal }));
  } catch (e) {
    if (signal.aborted) return;
    main.replaceChildren(errorView(e, () => route()));
    title = main.querySelector('h1')?.textContent;
  } finally {
    if (!signal.aborted) main.removeAttribute('aria-busy');
  }
  if (signal.aborted) return;
  document.title = title && title !== t('overviewTitle') ? `${title} - ${t('overviewTitle')}` : t('overviewTitle');
  announce(t('loaded', { title }));
  // After a route change, keyboard and screen-reader users start at the new page's heading;
  // on the first load the browser's own start is kept.
  if (!firstRender && !keepFocus) main.querySelector('h1')?.focus();
  firstRender = false;
}

/** The words of the static shell (header, footer) in the current language. */
function applyShellLanguage() {
  document.documentElement.lang = langTag();
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of document.querySelectorAll('[data-i18n-aria]')) el.setAttribute('aria-label', t(el.dataset.i18nAria));
  const button = document.getElementById('lang-switch');
  button.textContent = t('langSwitch');
  button.lang = lang === 'zh' ? 'en' : 'zh-CN';
  button.setAttribute('aria-label', t('langSwitchLabel'));
  document.getElementById('site-search').setAttribute('aria-label', t('searchLabel'));
}

async function renderSearch(main, { query, signal }) {
  const q = (query.q || '').trim();
  document.getElementById('site-search-q').value = q;
  const title = q ? t('searchTitle', { q }) : t('searchButton');
  if (!q) {
    main.replaceChildren(h('h1', { tabindex: '-1' }, title), h('p', {}, t('searchEmpty')));
    return { title };
  }
  const [codes, result] = await Promise.all([loadCodeLists(), get('search', { q, limit: 50 }, { signal })]);
  const items = result.items || [];
  const parts = { indicators: t('partIndicators'), projects: t('partProjects'), plan: t('partPlan') };
  const missing = Object.entries(result.sources || {}).filter(([, s]) => s.status !== 'ok')
    .map(([k, s]) => notice('warning', h('p', {}, t('sourceUnavailable', { part: parts[k] || k, detail: s.detail || '' }))));
  main.replaceChildren(
    h('div', { class: 'page-head' }, h('h1', { tabindex: '-1' }, title),
      h('p', { class: 'result-count' }, t('searchCount', { n: fmtNumber(items.length) }))),
    ...missing,
    h('section', { class: 'card', 'aria-labelledby': 'results-title' },
      h('h2', { id: 'results-title', class: 'visually-hidden' }, title),
      items.length
        ? h('ul', { class: 'search-results' }, items.map((r) => searchHit(r, codes)))
        : h('p', { class: 'muted' }, t('noMatches'))));
  return { title };
}

// A plan element has no name of its own when it is a paragraph or a row: its citation says where it is.
function searchHit(r, codes) {
  if (r.type === 'element') {
    return h('li', { 'data-type': 'element' },
      h('span', { class: 'tag' }, t('typeElement')), ' ',
      h('a', { href: elementHref(r.code) }, [r.num, nameOf(r)].filter(Boolean).join(' ') || r.citation),
      nameOf(r) ? h('span', { class: 'muted small' }, ' · ', r.citation) : null);
  }
  return h('li', { 'data-type': r.type },
    h('span', { class: 'tag' }, r.type === 'project' ? t('typeProject') : t('typeIndicator')), ' ',
    h('a', { href: r.type === 'project' ? `#/projects/${r.code}` : `#/indicators/${r.code}` }, nameOf(r)), ' ',
    r.status ? statusChip(codes, r.type === 'project' ? 'project' : 'progress', r.status) : null);
}

document.getElementById('lang-switch').addEventListener('click', () => {
  setLang(lang === 'zh' ? 'en' : 'zh');
  applyShellLanguage();
  route({ keepFocus: true });
});

document.getElementById('site-search').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = document.getElementById('site-search-q').value.trim();
  location.hash = `#/search?q=${encodeURIComponent(q)}`;
});

// The skip link targets #main, which would otherwise look like a route to the hash router.
document.querySelector('.skip-link').addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', () => {
  if (location.hash === '' || location.hash.startsWith('#/')) route();
});

applyShellLanguage();
route();
