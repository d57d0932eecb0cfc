// Projects (#/projects?sector=&subcategory=&planStage=&status=&q=) and one project
// (#/projects/{code}) with its status-update timeline and the plan's sentence.

import { get, loadCodeLists } from './api.js';
import { t, nameOf, otherNameOf, otherLang, fmtNumber, fmtDate, fmtDateTime } from './i18n.js';
import {
  h, label, statusChip, ratioBar, selectField, inLang, replaceQuery, filteredList,
} from './ui.js';
import { sourceSection } from './indicator.js';

const LIST_FIELDS = 'code,name,nameZh,nameEn,sector,subcategory,planStage,planStagePhrase,location,locationZh,locationEn,status,progressPercent,lastReportedAt';

export async function renderProjects(main, { query, signal }) {
  const codes = await loadCodeLists();
  const title = t('projectsTitle');
  const opts = (list) => list.map((e) => ({ code: e.code, label: nameOf(e) }));

  const subcategoryOptions = (sector) => opts(codes.subcategories.filter((s) => !sector || s.sector === sector));
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': t('filters') },
    selectField('p-sector', t('filterSector'), 'sector', opts(codes.sectors), query.sector),
    selectField('p-subcategory', t('filterSubcategory'), 'subcategory', subcategoryOptions(query.sector), query.subcategory),
    selectField('p-stage', t('filterPlanStage'), 'planStage', opts(codes.planStages), query.planStage),
    selectField('p-status', t('filterProjectStatus'), 'status', opts(codes.statuses), query.status),
    h('div', { class: 'field field-search' },
      h('label', { for: 'p-q' }, t('filterSearch')),
      h('input', { id: 'p-q', name: 'q', type: 'search', value: query.q || '', maxlength: '100', autocomplete: 'off' })),
    h('div', { class: 'field field-button' },
      h('button', { type: 'submit', class: 'button' }, t('filterApply')),
      h('button', { type: 'button', class: 'button button-quiet', 'data-action': 'clear' }, t('filterReset'))));
  const count = h('p', { class: 'result-count' });
  const list = h('div', { id: 'project-list', 'aria-busy': 'true' }, h('p', { class: 'loading' }, t('loading')));

  main.replaceChildren(
    h('div', { class: 'page-head' },
      h('h1', { tabindex: '-1' }, title),
      h('p', { class: 'lede' }, t('projectsLede'))),
    h('section', { class: 'card', 'aria-labelledby': 'filters-title' },
      h('h2', { id: 'filters-title', class: 'visually-hidden' }, t('filters')),
      form),
    h('section', { class: 'card', 'aria-labelledby': 'list-title' },
      h('h2', { id: 'list-title', class: 'visually-hidden' }, title),
      count, list));

  // The subcategories follow the chosen sector; a subcategory of another sector is dropped.
  const syncSubcategories = () => {
    const sector = form.elements.sector.value;
    const select = form.elements.subcategory;
    const keep = select.value;
    const options = subcategoryOptions(sector);
    select.replaceChildren(h('option', { value: '' }, t('filterAll')),
      ...options.map((o) => h('option', { value: o.code, selected: o.code === keep }, o.label)));
    if (!options.some((o) => o.code === keep)) select.value = '';
  };

  const show = filteredList({
    list, count, signal, listClass: 'project-list', item: (p) => projectItem(p, codes),
    describe: (page) => t('projectsShown', { n: fmtNumber(page.items.length) }),
  });
  const load = (announceCount) => {
    const params = Object.fromEntries(['sector', 'subcategory', 'planStage', 'status', 'q']
      .map((k) => [k, form.elements[k].value.trim()]));
    replaceQuery(params);
    return show((s) => get('projects', { ...params, limit: 500, fields: LIST_FIELDS }, { signal: s }), announceCount);
  };

  let typing;
  form.addEventListener('change', (e) => {
    if (e.target.name === 'q') return; // the input handler has it
    if (e.target.name === 'sector') syncSubcategories();
    load(true);
  });
  form.addEventListener('input', (e) => {
    if (e.target.name !== 'q') return;
    clearTimeout(typing);
    typing = setTimeout(() => load(true), 350);
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); clearTimeout(typing); load(true); });
  // Not a reset button: a reset goes back to the filters the page was opened with.
  form.querySelector('[data-action="clear"]').addEventListener('click', () => {
    for (const field of form.querySelectorAll('select, input')) field.value = '';
    syncSubcategories();
    load(true);
  });
  await load(false);
  return { title };
}

function projectItem(p, codes) {
  const name = nameOf(p);
  const location = nameOf(p, 'location');
  return h('li', { class: 'project', 'data-code': p.code, 'data-status': p.status },
    h('div', { class: 'item-head' },
      h('h3', { class: 'item-name' }, h('a', { href: `#/projects/${p.code}` }, name)),
      h('div', { class: 'item-tags' }, statusChip(codes, 'project', p.status))),
    h('p', { class: 'meta' },
      [label(codes.sectors, p.sector), nameOf(p.subcategory), location].filter(Boolean).join(' · ')),
    h('dl', { class: 'pair-list' },
      h('div', {}, h('dt', {}, t('planStage')), h('dd', {}, label(codes.planStages, p.planStage))),
      h('div', {}, h('dt', {}, t('lastReported')), h('dd', {}, p.lastReportedAt ? fmtDate(p.lastReportedAt) : t('neverReported')))),
    progressBar(p, name));
}

// A report may state no percentage: then the timeline shows none, never an invented figure.
function progressChange(u) {
  const stated = (v) => v !== undefined && v !== null;
  if (!stated(u.progressPercent)) return '';
  return stated(u.previousProgressPercent) && u.previousProgressPercent !== u.progressPercent
    ? ` ${u.previousProgressPercent}% → ${u.progressPercent}%`
    : ` ${u.progressPercent}%`;
}

// No report, no progress: the bar says so instead of showing an invented 0 %.
function progressBar(p, name) {
  const reported = p.progressPercent !== null && p.progressPercent !== undefined;
  return ratioBar(reported ? p.progressPercent / 100 : null, t('projectProgressLabel',
    { name, pct: reported ? `${p.progressPercent}%` : t('progressNotReported') }));
}

export async function renderProject(main, { params, signal }) {
  const path = `projects/${encodeURIComponent(params.code)}`;
  const [codes, p, updates] = await Promise.all([
    loadCodeLists(),
    get(path, {}, { signal }),
    get(`${path}/status-updates`, { limit: 100 }, { signal }),
  ]);
  const name = nameOf(p);
  const other = otherNameOf(p);
  const fact = (term, ...value) => h('div', { class: 'fact' }, h('dt', {}, term), h('dd', {}, ...value));
  main.replaceChildren(
    h('nav', { class: 'breadcrumb', 'aria-label': t('breadcrumb') },
      h('ol', {},
        h('li', {}, h('a', { href: '#/projects' }, t('projectsTitle'))),
        h('li', {}, h('a', { href: `#/projects?sector=${p.sector}` }, label(codes.sectors, p.sector))),
        h('li', { 'aria-current': 'page' }, name))),
    h('div', { class: 'page-head' },
      h('h1', { tabindex: '-1' }, name),
      other ? h('p', { class: 'other-name muted' }, inLang(other, otherLang())) : null,
      h('p', { class: 'item-tags' },
        h('span', { class: 'tag' }, label(codes.sectors, p.sector)),
        h('span', { class: 'tag' }, nameOf(p.subcategory)),
        statusChip(codes, 'project', p.status))),
    h('section', { class: 'card', 'aria-labelledby': 'facts-title' },
      h('h2', { id: 'facts-title', class: 'visually-hidden' }, t('status')),
      h('dl', { class: 'facts' },
        fact(t('filterProjectStatus'), statusChip(codes, 'project', p.status)),
        fact(t('progress'), progressBar(p, name)),
        fact(t('planStage'), label(codes.planStages, p.planStage),
          p.planStagePhrase ? h('span', { class: 'fact-note muted' }, t('asPrinted'), inLang(p.planStagePhrase, 'zh')) : null),
        fact(t('location'), nameOf(p, 'location') || '—'),
        fact(t('lastReported'), p.lastReportedAt ? fmtDate(p.lastReportedAt) : t('neverReported')),
        fact(t('updated'), fmtDateTime(p.updatedAt)))),
    timelineSection(updates.items || [], codes),
    sourceSection(p),
    h('p', { class: 'muted small api-ref' }, 'API: ',
      h('a', { href: `/api/v1/${path}` }, `/api/v1/${path}`)),
  );
  return { title: name };
}

function timelineSection(items, codes) {
  return h('section', { class: 'card', id: 'timeline', 'aria-labelledby': 'timeline-title' },
    h('h2', { id: 'timeline-title' }, t('statusTimeline')),
    h('p', { class: 'lede' }, t('statusTimelineLede')),
    items.length
      ? h('ol', { class: 'timeline' }, items.map((u) => h('li', { class: 'timeline-item', 'data-id': u.id },
        h('p', { class: 'timeline-when' }, h('time', { datetime: u.reportedAt }, fmtDate(u.reportedAt))),
        h('p', { class: 'timeline-what' },
          u.previousStatus && u.previousStatus !== u.status
            ? [statusChip(codes, 'project', u.previousStatus), h('span', { class: 'arrow' }, ' → '), statusChip(codes, 'project', u.status)]
            : statusChip(codes, 'project', u.status),
          h('span', { class: 'timeline-progress' }, progressChange(u))),
        u.note ? h('p', { class: 'timeline-note' }, u.note) : null,
        h('p', { class: 'muted small' }, t('recordedBy', { who: u.recordedBy || '—' }), ' · ', fmtDateTime(u.recordedAt)))))
      : h('p', { class: 'muted' }, t('noStatusUpdates')));
}
