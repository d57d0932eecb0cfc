// The plan's own text: the table of contents (#/plan) and one element (#/plan/chp-16/sec-1) with
// everything printed in it, its place, its citation and what cites it (/api/v1/citations).

import { get, loadCodeLists } from './api.js';
import { t, lang, langTag, nameOf, otherNameOf, otherLang } from './i18n.js';
import {
  h, statusChip, inLang, notice, section, fill, announce, tableWrap,
} from './ui.js';

/** Element ids as plan-service makes them: front, chp-16, chp-16/sec-1/p-2, box-4/item-1, box-1/header. */
export const ELEMENT_ID = /^[a-z]+(?:-\d+)?(?:\/[a-z]+(?:-\d+)?)*$/;

export function elementHref(id) {
  return `#/plan/${id}`;
}

/** A heading's number and title; an element without a title is named by its place. */
function elementName(e) {
  const title = nameOf(e, 'title');
  if (title) return [e.num, title].filter(Boolean).join(' ');
  if (e.type === 'paragraph') return t('paragraphN', { n: e.order });
  if (e.type === 'box_item') return e.num ? t('itemN', { n: e.num }) : t('itemN', { n: e.order });
  return e.num || e.id;
}

export async function renderContents(main, { signal }) {
  const contents = await get('plan/contents', {}, { signal });
  const title = t('planTitle');
  const entry = (e) => h('li', { 'data-id': e.id, 'data-type': e.type },
    h('a', { href: elementHref(e.id) },
      e.num ? h('span', { class: 'toc-num' }, e.num) : null,
      e.num ? ' ' : null,
      nameOf(e, 'title') || e.id),
    e.children && e.children.length ? h('ul', {}, e.children.map(entry)) : null);
  main.replaceChildren(
    h('div', { class: 'page-head' },
      h('h1', { tabindex: '-1' }, title),
      h('p', { class: 'lede' }, inLang(nameOf(contents, 'title'), lang), ' ', t('planLede'))),
    h('nav', { class: 'card', 'aria-labelledby': 'toc-title' },
      h('h2', { id: 'toc-title' }, t('contents')),
      h('ul', { class: 'toc' }, (contents.children || []).map(entry))),
    h('p', { class: 'muted small api-ref' }, 'API: ', h('a', { href: '/api/v1/plan/contents' }, '/api/v1/plan/contents')));
  return { title };
}

export async function renderElement(main, { params, signal }) {
  const id = params.id;
  if (!ELEMENT_ID.test(id)) throw Object.assign(new Error('not an element id'), { status: 404 });
  // ids keep their "/": plan-service reads them unencoded
  const [el, ancestry, inside] = await Promise.all([
    get(`plan/elements/${id}`, {}, { signal }),
    get(`plan/elements/${id}/ancestry`, {}, { signal }),
    get('plan/elements', { within: id, limit: 500 }, { signal }),
  ]);
  const name = elementName(el);
  const other = otherNameOf(el, 'title');
  const cited = section('cited-by', t('citedByTitle'), t('citedByLede'));
  main.replaceChildren(
    h('nav', { class: 'breadcrumb', 'aria-label': t('breadcrumb') },
      h('ol', {},
        h('li', {}, h('a', { href: '#/plan' }, t('planTitle'))),
        ancestry.items.slice(0, -1).map((a) => h('li', {}, h('a', { href: elementHref(a.id) }, elementName(a)))),
        h('li', { 'aria-current': 'page' }, name))),
    h('div', { class: 'page-head' },
      h('h1', { tabindex: '-1' }, name),
      other ? h('p', { class: 'other-name muted' }, inLang(other, otherLang())) : null,
      h('p', { class: 'item-tags' }, h('span', { class: 'tag' }, t(`elementType_${el.type}`)),
        h('span', { class: 'muted small' }, t('linesOf', { from: el.lines.from, to: el.lines.to })))),
    citationSection(el),
    printedSection(el, inside.items || []),
    cited.el,
    h('p', { class: 'muted small api-ref' }, 'API: ',
      h('a', { href: `/api/v1/plan/elements/${id}` }, `/api/v1/plan/elements/${id}`), ' · ',
      h('a', { href: `/api/v1/citations/${id}` }, `/api/v1/citations/${id}`)),
  );
  fill(cited.body, loadCodeLists().then((codes) => get(`citations/${id}`, {}, { signal })
    .then((c) => citedByNodes(c, id, codes))));
  return { title: name };
}

function citationSection(el) {
  const row = (term, text, l) => h('div', { class: 'citation-row' },
    h('dt', {}, term),
    h('dd', {}, h('cite', { class: 'citation', lang: l === 'zh' ? 'zh-CN' : 'en' }, text),
      h('button', { type: 'button', class: 'button button-quiet copy', 'aria-label': t(l === 'zh' ? 'copyZh' : 'copyEn'),
        onclick: (e) => copy(text, e.currentTarget) }, t('copy'))));
  return h('section', { class: 'card', id: 'citation', 'aria-labelledby': 'citation-title' },
    h('h2', { id: 'citation-title' }, t('citationTitle')),
    h('dl', { class: 'citations' },
      row(t('citationZh'), el.citationZh, 'zh'),
      row(t('citationEn'), el.citationEn, 'en')));
}

/** Copies a citation; where the clipboard is refused, the text is selected for the reader to copy. */
async function copy(text, button) {
  try {
    await navigator.clipboard.writeText(text);
    announce(t('copied'));
    button.textContent = t('copied');
  } catch {
    const cite = button.parentElement.querySelector('cite');
    const range = document.createRange();
    range.selectNodeContents(cite);
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    announce(t('copySelect'));
    button.textContent = t('copySelect');
  }
}

/**
 * The element and everything printed in it, in printed order and exactly as printed (the text is
 * Chinese in both languages). Headings link to their own page; a 专栏 is a table of its rows.
 */
function printedSection(el, items) {
  const nodes = [];
  const rows = new Map();
  for (const e of items) {
    if (e.type === 'box_item') continue;
    const damage = damageNote(e);
    if (e.type === 'paragraph') {
      nodes.push(h('p', { class: 'printed-paragraph', lang: 'zh-CN', 'data-id': e.id }, e.text), damage);
    } else if (e.type === 'box') {
      const body = h('tbody', {});
      rows.set(e.id, body);
      nodes.push(h('div', { class: 'plan-box', 'data-id': e.id },
        tableWrap(e.text, h('table', { class: 'data-table box-table', lang: 'zh-CN' },
          h('caption', {}, e.id === el.id ? e.text : h('a', { href: elementHref(e.id) }, e.text)),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col', lang: langTag() }, t('boxRowTitle')),
            h('th', { scope: 'col', lang: langTag() }, t('boxRowText')))),
          body)), damage));
    } else {
      const level = Math.min(4, 3 + Math.max(0, e.depth - el.depth - 1));
      nodes.push(h(`h${level}`, { class: 'printed-heading', lang: 'zh-CN', 'data-id': e.id },
        e.id === el.id ? e.text : h('a', { href: elementHref(e.id) }, e.text)), damage);
    }
  }
  for (const e of items) {
    if (e.type !== 'box_item') continue;
    const damage = damageNote(e);
    const row = h('tr', { 'data-id': e.id },
      h('th', { scope: 'row' }, e.id === el.id ? (e.titleZh || e.num || '') : h('a', { href: elementHref(e.id) }, e.titleZh || e.num || e.id)),
      h('td', {}, e.text, damage));
    const body = rows.get(e.parent);
    if (body) body.append(row);
    else nodes.push(tableWrap(e.id, h('table', { class: 'data-table box-table', lang: 'zh-CN' },
      h('caption', { lang: langTag() }, t('elementType_box_item')), h('tbody', {}, row))));
  }
  return h('section', { class: 'card printed', id: 'printed', 'aria-labelledby': 'printed-title' },
    h('h2', { id: 'printed-title' }, t('printedTitle')),
    h('p', { class: 'lede' }, t('printedLede')),
    nodes);
}

/** plan-service writes its damage notes in English, whatever the page's language. */
function damageNote(e) {
  return e.damageNote ? h('p', { class: 'damage-note' },
    h('span', { class: 'damage-label' }, t('damageNote')), ' ', inLang(e.damageNote, 'en')) : null;
}

function citedByNodes(c, id, codes) {
  const nodes = [];
  const parts = [['indicators', t('partIndicators')], ['projects', t('partProjects')]];
  for (const [key, part] of parts) {
    const s = c.sources[key];
    if (s.status !== 'ok') nodes.push(notice('warning', h('p', {}, t('sourceUnavailable', { part, detail: s.detail || '' }))));
  }
  const where = (sourceElement) => (sourceElement && sourceElement !== id
    ? h('span', { class: 'muted small' }, ' · ', t('citesInside'), ' ', h('a', { href: elementHref(sourceElement) }, sourceElement))
    : null);
  const list = (items, item) => (items.length ? h('ul', { class: 'cited-list' }, items.map(item)) : h('p', { class: 'muted' }, t('citedNone')));
  const indicators = c.citedBy.indicators;
  const projects = c.citedBy.projects;
  if (indicators) {
    nodes.push(h('h3', {}, t('citedIndicators', { n: indicators.length })),
      list(indicators, (i) => h('li', { 'data-code': i.code },
        h('a', { href: `#/indicators/${i.code}` }, nameOf(i)), ' ',
        i.status ? statusChip(codes, i.plan === 'fyp13' ? 'assessment' : 'progress', i.status) : null,
        where(i.sourceElement))));
  }
  if (projects) {
    nodes.push(h('h3', {}, t('citedProjects', { n: projects.length })),
      list(projects, (p) => h('li', { 'data-code': p.code },
        h('a', { href: `#/projects/${p.code}` }, nameOf(p)), ' ',
        statusChip(codes, 'project', p.status),
        where(p.sourceElement))));
  }
  return nodes;
}
