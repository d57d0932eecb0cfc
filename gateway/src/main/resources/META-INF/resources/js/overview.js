// Overview (#/): the 14th plan's indicators with their progress, the 13th plan's outcomes,
// the projects by sector and status, and the latest updates. Each section fills in as its
// own request answers, so a slow or missing part never holds up the rest.

import { get, loadCodeLists } from './api.js';
import { t, nameOf, fmtNumber, fmtDate, fmtDateTime, fmtPercent } from './i18n.js';
import {
  h, label, statusChip, bindingBadge, ratioBar, planValue, withUnit, notice, section, fill, selectField,
  replaceQuery, problemNotice, tableWrap, filteredList,
} from './ui.js';

// Only what the list shows: about half the bytes of the full items.
const FYP14_FIELDS = 'code,seq,name,nameZh,nameEn,unit,unitZh,unitEn,attribute,valueType,direction,baseline,target,progress';
const FYP13_FIELDS = 'code,kind,seq,name,nameZh,nameEn,unit,unitZh,unitEn,attribute,valueType,target,outcome,assessment';

export async function renderOverview(main, { query, signal }) {
  // Every request starts at once: on a slow network the round trips overlap instead of queueing.
  const codes = loadCodeLists();
  const overview = get('overview', {}, { signal });
  const fyp14First = get('indicators', fyp14Params(query.status, query.attribute), { signal });
  const fyp13List = get('indicators', { plan: 'fyp13', limit: 500, fields: FYP13_FIELDS }, { signal });
  const both = Promise.all([overview, codes]);
  for (const p of [fyp14First, fyp13List, both]) p.catch(() => { /* shown by its section */ });

  const title = t('overviewTitle');
  const updated = h('p', { class: 'updated muted' });
  const sourcesNotice = h('div', { class: 'sources-notice' });
  const glance = section('glance', t('glance'));
  const fyp14 = section('fyp14', t('indicatorListTitle'), t('indicatorListLede'));
  const fyp13 = section('fyp13', t('fyp13Outcomes'), t('fyp13Lede'));
  const sectors = section('sectors', t('projectsBySector'), t('projectsBySectorLede'));
  const latest = section('latest', t('latestUpdates'));

  main.replaceChildren(
    h('div', { class: 'page-head' },
      h('h1', { tabindex: '-1' }, title),
      h('p', { class: 'lede' }, t('overviewLede')),
      updated),
    sourcesNotice,
    glance.el,
    fyp14.el,
    latest.el,
    sectors.el,
    fyp13.el,
  );

  overview.then((o) => {
    const times = [o.indicators?.lastUpdatedAt, o.projects?.lastUpdatedAt].filter(Boolean).sort();
    if (times.length) updated.textContent = t('updatedAt', { time: fmtDateTime(times[times.length - 1]) });
    sourcesNotice.replaceChildren(...sourceNotices(o));
  }).catch(() => { /* each section shows the error itself */ });

  fill(glance.body, both.then(([o, c]) => glanceView(o, c)));
  fill(latest.body, both.then(([o, c]) => latestView(o, c)));
  fill(sectors.body, both.then(([o, c]) => sectorView(o, c)));
  fill(fyp13.body, Promise.all([fyp13List, codes]).then(([list, c]) => fyp13View(list.items, c)));
  // the denominator of "9 of 81" is the unfiltered list, not the overview's count of targets, which
  // counts a restated target once
  const total = get('indicators', { plan: 'fyp14', limit: 500, fields: 'code' }, { signal })
    .then((p) => p.items.length, () => undefined);
  codes.then((c) => renderFyp14(fyp14.body, c, query, signal, fyp14First, total))
    .catch((e) => { if (e.name !== 'AbortError') fyp14.body.replaceChildren(problemNotice(e)); })
    .finally(() => fyp14.body.removeAttribute('aria-busy'));

  await both.catch(() => null);
  return { title };
}

function fyp14Params(status, attribute) {
  return { plan: 'fyp14', limit: 500, status, attribute, fields: FYP14_FIELDS };
}

/** A part of the overview that is missing or old says so, instead of showing zeros. */
function sourceNotices(o) {
  const out = [];
  for (const [part, key] of [['indicators', 'partIndicators'], ['projects', 'partProjects']]) {
    const s = o.sources?.[part];
    if (!o[part] || (s && s.status === 'unavailable')) {
      out.push(notice('error', h('p', {}, t('sourceUnavailable', { part: t(key), detail: s?.detail || '' }))));
    } else if (s && s.status === 'stale') {
      out.push(notice('warning', h('p', {}, t('sourceStale', { part: t(key), detail: s.detail || '' }))));
    }
  }
  return out;
}

function countChips(counts, codes, kind, hrefFor) {
  return h('ul', { class: 'count-list' },
    Object.entries(counts || {}).map(([code, n]) => h('li', {},
      hrefFor && n > 0
        ? h('a', { href: hrefFor(code), class: 'count-link' }, statusChip(codes, kind, code), h('span', { class: 'count' }, fmtNumber(n)))
        : h('span', { class: 'count-link' }, statusChip(codes, kind, code), h('span', { class: 'count' }, fmtNumber(n))))));
}

function glanceView(o, codes) {
  const cards = [];
  const ind = o.indicators;
  if (ind) {
    const fyp14Total = ind.byPlan?.fyp14 ?? 0;
    const binding = ind.byAttribute?.fyp14?.binding ?? 0;
    cards.push(h('div', { class: 'glance-card' },
      h('h3', {}, t('fyp14Indicators')),
      h('p', { class: 'big-number' }, t('fyp14Count', { n: fmtNumber(fyp14Total), b: fmtNumber(binding) })),
      countChips(ind.byProgressStatus, codes, 'progress', (s) => `#/?status=${s}`)));
    const fyp13Total = ind.byPlan?.fyp13 ?? 0;
    cards.push(h('div', { class: 'glance-card' },
      h('h3', {}, t('fyp13Outcomes')),
      h('p', { class: 'big-number' }, t('fyp13Count', { n: fmtNumber(fyp13Total) })),
      countChips(ind.byAssessment, codes, 'assessment')));
  }
  const pr = o.projects;
  if (pr) {
    const byStatus = {};
    for (const statuses of Object.values(pr.bySectorAndStatus || {})) {
      for (const [s, n] of Object.entries(statuses)) byStatus[s] = (byStatus[s] || 0) + n;
    }
    cards.push(h('div', { class: 'glance-card' },
      h('h3', {}, h('a', { href: '#/projects' }, t('projectsTotal'))),
      h('p', { class: 'big-number' }, t('projectsCount', { n: fmtNumber(pr.total) })),
      countChips(byStatus, codes, 'project', (s) => `#/projects?status=${s}`)));
  }
  const nodes = [h('div', { class: 'glance-grid' }, cards)];
  const risky = ind?.bindingAtRisk || [];
  if (risky.length) {
    nodes.unshift(notice('warning',
      h('p', {}, h('strong', {}, t('bindingAtRisk')), ' ', t('bindingAtRiskText')),
      h('ul', {}, risky.map((r) => h('li', {},
        h('a', { href: `#/indicators/${r.code}` }, nameOf(r)), ' ', statusChip(codes, 'progress', r.status))))));
  }
  return nodes;
}

/** The filter form and the list; the first page of the list was requested with the page. */
function renderFyp14(body, codes, query, signal, firstPage, totalPromise) {
  const form = h('form', { class: 'filters', 'aria-controls': 'fyp14-list' },
    selectField('f-status', t('filterStatus'), 'status',
      codes.progressStatuses.map((s) => ({ code: s.code, label: nameOf(s) })), query.status),
    selectField('f-attribute', t('filterAttribute'), 'attribute',
      codes.attributes.map((s) => ({ code: s.code, label: nameOf(s) })), query.attribute),
    h('div', { class: 'field field-button' },
      h('button', { type: 'button', class: 'button button-quiet', 'data-action': 'clear' }, t('filterReset'))));
  const count = h('p', { class: 'result-count' });
  const list = h('div', { id: 'fyp14-list' });
  body.replaceChildren(form, count, list);

  const show = filteredList({
    list, count, signal, listClass: 'indicator-list', item: (i) => indicatorItem(i, codes),
    describe: async (page) => {
      const total = await totalPromise;
      const n = page.items.length;
      return total === undefined || n === total
        ? t('shownCount', { n: fmtNumber(n) })
        : t('shownOf', { n: fmtNumber(n), total: fmtNumber(total) });
    },
  });
  const load = (announceCount, pending) => {
    const status = form.elements.status.value;
    const attribute = form.elements.attribute.value;
    replaceQuery({ status, attribute });
    return show((s) => pending || get('indicators', fyp14Params(status, attribute), { signal: s }), announceCount);
  };
  form.addEventListener('change', () => load(true));
  form.addEventListener('submit', (e) => { e.preventDefault(); load(true); });
  // Not a reset button: a reset goes back to the filters the page was opened with.
  form.querySelector('[data-action="clear"]').addEventListener('click', () => {
    for (const select of form.querySelectorAll('select')) select.value = '';
    load(true);
  });
  return load(false, firstPage);
}

function indicatorItem(ind, codes) {
  const p = ind.progress || {};
  const name = nameOf(ind);
  let progressPart;
  if (p.status === 'not_quantified') {
    progressPart = h('p', { class: 'muted small' }, t('notQuantifiedText'));
  } else if (p.progressRatio !== null && p.progressRatio !== undefined) {
    progressPart = ratioBar(p.progressRatio, t('progressLabel', { name, pct: fmtPercent(p.progressRatio) }));
  } else {
    progressPart = h('p', { class: 'muted small' }, t('noObservation'));
  }
  return h('li', { class: 'indicator', 'data-code': ind.code, 'data-status': p.status },
    h('div', { class: 'item-head' },
      h('h3', { class: 'item-name' },
        h('a', { href: `#/indicators/${ind.code}` },
          ind.seq ? h('span', { class: 'seq' }, `${ind.seq}. `) : null, name)),
      h('div', { class: 'item-tags' },
        ind.attribute === 'binding' ? bindingBadge() : null,
        statusChip(codes, 'progress', p.status))),
    h('dl', { class: 'pair-list' },
      h('div', {}, h('dt', {}, t('baselineShort')), h('dd', {}, planValue(ind.baseline, ind))),
      h('div', {}, h('dt', {}, t('targetShort')), h('dd', {}, planValue(ind.target, ind))),
      p.latestYear ? h('div', {}, h('dt', {}, t('latestShort')),
        h('dd', {}, t('valueForYear', { year: p.latestYear, value: withUnit(p.latestValue, ind) }))) : null),
    progressPart);
}

function fyp13View(items, codes) {
  const rows = items.map((i) => h('tr', { 'data-code': i.code },
    h('th', { scope: 'row' },
      h('a', { href: `#/indicators/${i.code}` }, i.seq ? h('span', { class: 'seq' }, `${i.seq}. `) : null, nameOf(i)),
      i.attribute === 'binding' ? [' ', bindingBadge()] : null),
    h('td', { 'data-label': t('colTarget') }, planValue(i.target, i)),
    h('td', { 'data-label': t('colOutcome') }, planValue(i.outcome, i)),
    h('td', { 'data-label': t('colAssessment') }, i.kind === 'table_heading'
      ? h('span', { class: 'heading-row' }, t('headingRow'))
      : statusChip(codes, 'assessment', i.assessment))));
  return h('div', { class: 'table-wrap stack-on-phone' },
    h('table', { class: 'data-table' },
      h('caption', { class: 'visually-hidden' }, t('fyp13Outcomes')),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('colIndicator')),
        h('th', { scope: 'col' }, t('colTarget')),
        h('th', { scope: 'col' }, t('colOutcome')),
        h('th', { scope: 'col' }, t('colAssessment')))),
      h('tbody', {}, rows)));
}

function sectorView(o, codes) {
  const pr = o.projects;
  if (!pr) return notice('error', h('p', {}, t('sourceUnavailable', { part: t('partProjects'), detail: o.sources?.projects?.detail || '' })));
  const statuses = codes.statuses.map((s) => s.code);
  const rows = Object.entries(pr.bySectorAndStatus || {}).map(([sector, counts]) => {
    const total = statuses.reduce((sum, s) => sum + (counts[s] || 0), 0);
    return h('tr', { 'data-sector': sector },
      h('th', { scope: 'row' }, h('a', { href: `#/projects?sector=${sector}` }, label(codes.sectors, sector))),
      statuses.map((s) => h('td', { class: 'num' + (counts[s] ? '' : ' zero'), 'data-status': s }, fmtNumber(counts[s] || 0))),
      h('td', { class: 'num total' }, fmtNumber(total)),
      // The stacked bar repeats the row's numbers for the eye; the cells are what is read out.
      h('td', { class: 'stack-cell', 'aria-hidden': 'true' },
        h('span', { class: 'stack' }, statuses.filter((s) => counts[s]).map((s) => h('span', {
          class: `stack-part chip-${s}`, style: { flexGrow: String(counts[s]) }, title: `${label(codes.statuses, s)} ${counts[s]}`,
        })))));
  });
  return tableWrap(t('projectsBySector'),
    h('table', { class: 'data-table sector-table' },
      h('caption', { class: 'visually-hidden' }, t('projectsBySector')),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('colSector')),
        codes.statuses.map((s) => h('th', { scope: 'col', class: 'num' }, nameOf(s))),
        h('th', { scope: 'col', class: 'num' }, t('colTotal')),
        h('td', { class: 'stack-cell' }))),
      h('tbody', {}, rows)));
}

function latestView(o, codes) {
  const projectUpdates = o.projects?.latestUpdates || [];
  const indicatorUpdates = o.indicators?.latestUpdates || [];
  return h('div', { class: 'two-col' },
    h('div', {},
      h('h3', {}, t('latestProjectUpdates')),
      o.projects ? (projectUpdates.length
        ? h('ul', { class: 'update-list', id: 'latest-projects' }, projectUpdates.slice(0, 6).map((u) => h('li', {},
          h('a', { href: `#/projects/${u.projectCode}` }, nameOf(u, 'projectName')), ' ',
          statusChip(codes, 'project', u.status),
          h('span', { class: 'muted small' }, `${u.progressPercent === null || u.progressPercent === undefined ? '' : ` ${fmtNumber(u.progressPercent)}%`} · ${t('reportedOn', { date: fmtDate(u.reportedAt) })}`))))
        : h('p', { class: 'muted' }, t('noUpdates')))
        : notice('error', h('p', {}, t('sourceUnavailable', { part: t('partProjects'), detail: o.sources?.projects?.detail || '' })))),
    h('div', {},
      h('h3', {}, t('latestIndicatorUpdates')),
      o.indicators ? (indicatorUpdates.length
        ? h('ul', { class: 'update-list', id: 'latest-indicators' }, indicatorUpdates.slice(0, 6).map((u) => h('li', {},
          h('a', { href: `#/indicators/${u.code}` }, nameOf(u)), ' ',
          statusChip(codes, 'progress', u.status),
          h('span', { class: 'muted small' }, ` ${t('valueForYear', { year: u.latestYear, value: withUnit(u.latestValue, u) })} · ${fmtDate(u.updatedAt)}`))))
        : h('p', { class: 'muted' }, t('noUpdates')))
        : notice('error', h('p', {}, t('sourceUnavailable', { part: t('partIndicators'), detail: o.sources?.indicators?.detail || '' })))));
}
