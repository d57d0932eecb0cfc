// Small building blocks shared by the pages. Everything from the API goes into the page as
// text nodes (never innerHTML), so a quote from the plan can never become markup.

import { t, lang, langTag, fmtNumber, fmtPercent, nameOf } from './i18n.js';
import { ApiError } from './api.js';

/** Creates an element: h('a', {href: '#/'}, 'text', child, [more children]). */
export function h(tag, attrs = {}, ...children) {
  const el = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.setAttribute('class', v);
    // Styles through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' allows.
    else if (k === 'style') Object.assign(el.style, v);
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

/** The label of a code in one of the API's code lists, in the current language. */
export function label(list, code) {
  const entry = (list || []).find((e) => e.code === code);
  return entry ? nameOf(entry) : code;
}

// Status chips carry a symbol and a word, so that colour is never the only signal.
const INDICATOR_SYMBOL = {
  achieved: '✓', on_track: '●', at_risk: '▲', off_track: '✕', no_data: '–', not_quantified: '○',
  met: '✓', not_met: '✕', not_assessable: '–',
};
const PROJECT_SYMBOL = {
  not_reported: '–', not_started: '○', preliminary_work: '◔', under_construction: '◑', completed: '✓', suspended: '‖', cancelled: '✕',
};

export function statusChip(codes, kind, code) {
  const list = kind === 'project' ? codes.statuses
    : kind === 'assessment' ? codes.assessments : codes.progressStatuses;
  const symbol = (kind === 'project' ? PROJECT_SYMBOL : INDICATOR_SYMBOL)[code] || '';
  return h('span', { class: `chip chip-${kind} chip-${code}`, 'data-status': code },
    h('span', { class: 'chip-symbol', 'aria-hidden': 'true' }, symbol),
    label(list, code));
}

export function bindingBadge() {
  return h('span', { class: 'badge-binding' }, t('binding'));
}

/**
 * A bar from 0 to 1. The real ratio can be below 0 or above 1 (a value moving the wrong way,
 * or beyond the target): the bar is clamped, the printed number is not.
 */
export function ratioBar(ratio, accessibleName) {
  const has = ratio !== null && ratio !== undefined;
  const clamped = has ? Math.min(1, Math.max(0, ratio)) : 0;
  const text = has ? fmtPercent(ratio) : '—';
  return h('div', { class: 'bar-row' },
    h('div', {
      class: 'bar' + (has && ratio > 1 ? ' bar-over' : '') + (has && ratio < 0 ? ' bar-under' : ''),
      role: 'progressbar',
      'aria-valuemin': '0',
      'aria-valuemax': '100',
      'aria-valuenow': has ? String(Math.round(clamped * 100)) : undefined,
      'aria-valuetext': text,
      'aria-label': accessibleName,
    }, h('span', { class: 'bar-fill', style: { width: `${(clamped * 100).toFixed(1)}%` } })),
    h('span', { class: 'bar-value' + (has ? '' : ' muted') }, text));
}

/**
 * A plan value (baseline, target, outcome) for reading: the number in the indicator's unit,
 * or what the plan printed when there is no number. A ratio is shown as printed ("1.92:1").
 */
export function planValue(pv, indicator) {
  if (!pv) return '—';
  if (pv.value === null || pv.value === undefined) return pv.raw ? pv.raw : t('emptyCell');
  if (indicator.valueType === 'ratio') return pv.raw && pv.raw.includes(':') ? pv.raw : `${fmtNumber(pv.value)}:1`;
  const v = withUnit(pv.value, indicator);
  if (pv.qualifier === 'at_least') return lang === 'zh' ? `${v}以上` : `at least ${v}`;
  if (pv.qualifier === 'approx') return lang === 'zh' ? `${v}左右` : `about ${v}`;
  return v;
}

/** An observed number in the indicator's unit. */
export function withUnit(value, indicator) {
  if (value === null || value === undefined) return '—';
  if (indicator.valueType === 'ratio') return `${fmtNumber(value)}:1`;
  const unit = nameOf(indicator, 'unit') || indicator.unit || '';
  if (!unit) return fmtNumber(value);
  // "%" sits against the number in both languages; words get a space.
  return unit === '%' ? `${fmtNumber(value)}%` : `${fmtNumber(value)} ${unit}`;
}

/**
 * True when the plan printed more than the bare number ("40左右", "6.5*", "突破1500亿元大关"),
 * so that the print is worth showing next to the number.
 */
export function differsFromPrint(pv, indicator) {
  if (!pv || !pv.raw || pv.value === null || pv.value === undefined) return false;
  const unit = indicator.unitZh || indicator.unit || '';
  const bare = pv.raw.replace(unit, '').replace('%', '').trim();
  return Number(bare) !== Number(pv.value) || bare === '';
}

export function notice(kind, ...children) {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : undefined }, ...children);
}

/** A problem from the API as a message; 404 reads as "not found" rather than "error". */
export function errorView(error, retry) {
  if (error && error.status === 404) {
    return h('section', { class: 'error-page' },
      h('h1', { tabindex: '-1' }, t('notFoundTitle')),
      notice('error', h('p', {}, t('notFoundText')), error.detail ? h('p', { class: 'muted' }, error.detail) : null),
      h('p', {}, h('a', { href: '#/' }, t('backHome'))));
  }
  const detail = error && error.status ? `${error.title || ''} (${error.status}) ${error.detail || ''}` : t('errorNetwork');
  return h('section', { class: 'error-page' },
    h('h1', { tabindex: '-1' }, t('errorTitle')),
    notice('error', h('p', {}, detail.trim())),
    retry ? h('p', {}, h('button', { type: 'button', class: 'button', onclick: retry }, t('errorRetry'))) : null);
}

/** A section whose content arrives later: returns the section and a body to fill. */
export function section(id, title, lede) {
  const headingId = `${id}-title`;
  const body = h('div', { class: 'section-body', 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('loading')));
  const el = h('section', { class: 'card', id, 'aria-labelledby': headingId },
    h('h2', { id: headingId }, title),
    lede ? h('p', { class: 'lede' }, lede) : null,
    body);
  return { el, body };
}

/** An error as a message: the API's problem when there is one, else a network failure. */
export function problemNotice(e) {
  // Anything but an API answer or a failed request is a bug here: leave a trace for developers.
  if (!(e instanceof ApiError)) console.error(e);
  const detail = e && e.status ? `${e.title || ''} (${e.status}) ${e.detail || ''}` : t('errorNetwork');
  return notice('error', h('p', {}, detail.trim()));
}

/** Replaces a section body's content, or shows the error in its place. */
export async function fill(body, promiseOfNodes) {
  try {
    const nodes = await promiseOfNodes;
    body.replaceChildren(...[].concat(nodes).filter(Boolean));
  } catch (e) {
    if (e && e.name === 'AbortError') return;
    body.replaceChildren(problemNotice(e));
  } finally {
    body.removeAttribute('aria-busy');
  }
}

/** A <select> with a visible label, for the filter forms. */
export function selectField(id, labelText, name, options, value) {
  return h('div', { class: 'field' },
    h('label', { for: id }, labelText),
    h('select', { id, name },
      h('option', { value: '' }, t('filterAll')),
      options.map((o) => h('option', { value: o.code, selected: o.code === value }, o.label))));
}

/**
 * A table that may scroll sideways on a phone: a focusable, named region, so that keyboard
 * users can scroll it too.
 */
export function tableWrap(name, table) {
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('tableOf', { name }) }, table);
}

/** Puts an element's text in the given language, for screen readers' pronunciation. */
export function inLang(text, l) {
  return h('span', { lang: langTag(l) }, text);
}

/** Says something to screen readers through the page's one polite live region. */
export function announce(text) {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Clearing first makes a repeated message be read again.
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 50);
}

/**
 * Puts a page's filters into the address (#/projects?sector=energy) without a new history
 * entry or a re-render, so that the filtered view can be bookmarked and shared.
 */
export function replaceQuery(params) {
  const path = (location.hash.slice(1) || '/').split('?')[0];
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const qs = q.toString();
  history.replaceState(history.state, '', `#${path}${qs ? '?' + qs : ''}`);
}

/**
 * A list that reloads as its filters change. Each load aborts the one before it (and ends with
 * the page's own signal), marks the list busy, then shows the items and the count line (and
 * announces the count when asked); a failure shows the problem in place of the list. Only the
 * latest load clears the busy mark, so a test or a screen reader never sees a half-loaded list
 * as done.
 *   const load = filteredList({ list, count, signal, listClass, item, describe });
 *   load((signal) => get('projects', params, { signal }), true);
 */
export function filteredList({ list, count, signal, listClass, item, describe }) {
  let current;
  return async (fetchPage, announceCount) => {
    current?.abort();
    const mine = new AbortController();
    current = mine;
    signal.addEventListener('abort', () => mine.abort(), { once: true });
    list.setAttribute('aria-busy', 'true');
    try {
      const page = await fetchPage(mine.signal);
      const text = await describe(page);
      if (mine.signal.aborted) return;
      count.textContent = text;
      list.replaceChildren(page.items.length
        ? h('ul', { class: listClass }, page.items.map(item))
        : h('p', { class: 'muted' }, t('noMatches')));
      if (announceCount) announce(text);
    } catch (e) {
      if (e.name === 'AbortError' || mine.signal.aborted) return;
      list.replaceChildren(problemNotice(e));
    } finally {
      if (current === mine) list.removeAttribute('aria-busy');
    }
  };
}
