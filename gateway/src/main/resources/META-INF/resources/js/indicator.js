// Indicator detail (#/indicators/{code}): where it stands, the chart of its trajectory with
// the observed values and their revisions, the formula behind its status, and the plan's own
// sentence it comes from.

import { get, loadCodeLists } from './api.js';
import { t, lang, nameOf, otherNameOf, otherLang, fmtPercent, fmtDateTime } from './i18n.js';
import {
  h, label, statusChip, bindingBadge, ratioBar, planValue, withUnit, differsFromPrint, inLang, tableWrap,
} from './ui.js';
import { trajectoryChart } from './chart.js';

const HAS_CJK = /[\u3400-\u9fff]/;

export async function renderIndicator(main, { params, signal }) {
  const code = params.code;
  const path = `indicators/${encodeURIComponent(code)}`;
  // A 14th-plan code (fyp14-...) has progress and observations: asked for at the same time as
  // the indicator, so that a slow network pays one round trip, not two.
  const guess14 = code.startsWith('fyp14');
  const progressP = guess14 ? get(`${path}/progress`, {}, { signal }) : null;
  const observationsP = guess14 ? get(`${path}/observations`, {}, { signal }) : null;
  for (const p of [progressP, observationsP]) p?.catch(() => { /* awaited below when it matters */ });
  const [codes, ind] = await Promise.all([loadCodeLists(), get(path, {}, { signal })]);
  let progress = null;
  let observations = [];
  let revisions = {};
  if (ind.plan === 'fyp14') {
    const [p, o] = await Promise.all([
      progressP || get(`${path}/progress`, {}, { signal }),
      observationsP || get(`${path}/observations`, {}, { signal }),
    ]);
    progress = p;
    observations = o.items || [];
    // Only years that were revised have a history worth a request.
    const revised = observations.filter((x) => x.revisionCount > 1);
    const histories = await Promise.all(revised.map((x) =>
      get(`${path}/observations/${x.year}/revisions`, {}, { signal }).then((r) => [x.year, r.items || []])));
    revisions = Object.fromEntries(histories);
  }

  const name = nameOf(ind);
  const other = otherNameOf(ind);
  const planLabel = label(codes.plans, ind.plan);
  main.replaceChildren(
    h('nav', { class: 'breadcrumb', 'aria-label': t('breadcrumb') },
      h('ol', {},
        h('li', {}, h('a', { href: '#/' }, t('navOverview'))),
        h('li', {}, planLabel),
        h('li', { 'aria-current': 'page' }, name))),
    h('div', { class: 'page-head' },
      h('h1', { tabindex: '-1' }, ind.seq ? h('span', { class: 'seq' }, `${ind.seq}. `) : null, name),
      other ? h('p', { class: 'other-name muted' }, inLang(other, otherLang())) : null,
      h('p', { class: 'item-tags' },
        h('span', { class: 'tag' }, planLabel),
        ind.attribute === 'binding' ? bindingBadge() : h('span', { class: 'tag' }, label(codes.attributes, ind.attribute)),
        ind.plan === 'fyp14'
          ? statusChip(codes, 'progress', progress?.status || ind.progress?.status)
          : assessmentOf(ind, codes))),
    factsView(ind, progress, codes),
    ind.plan === 'fyp14' ? trajectorySection(ind, progress, revisions, signal) : null,
    ind.plan === 'fyp14' ? formulaSection(ind, progress, codes) : null,
    observations.length ? observationsSection(ind, observations, revisions, codes) : null,
    sourceSection(ind),
    detailsSection(ind, codes),
  );
  return { title: name };
}

function fact(term, value, extra) {
  return h('div', { class: 'fact' }, h('dt', {}, term), h('dd', {}, h('span', { class: 'fact-value' }, value), extra));
}

/** "As printed" under a value, when the plan printed something other than the number shown. */
function printed(pv, ind) {
  if (!pv) return null;
  if (pv.value === null || pv.value === undefined) {
    return h('span', { class: 'fact-note' }, h('span', { class: 'chip chip-progress chip-not_quantified' }, t('notQuantified')));
  }
  return differsFromPrint(pv, ind)
    ? h('span', { class: 'fact-note muted' }, t('asPrinted'), inLang(pv.raw, 'zh'))
    : null;
}

function factsView(ind, progress, codes) {
  const facts = [];
  if (ind.plan === 'fyp14') {
    facts.push(fact(t('baseline'), planValue(ind.baseline, ind), printed(ind.baseline, ind)));
    facts.push(fact(t('target', { year: ind.target?.year ?? 2025 }), planValue(ind.target, ind), printed(ind.target, ind)));
    const latest = progress?.latest;
    facts.push(fact(t('latestObserved'),
      latest && latest.observed !== null && latest.observed !== undefined
        ? t('valueForYear', { year: latest.year, value: withUnit(latest.observed, ind) })
        : t('noObservation')));
    const ratio = progress?.progressRatio;
    facts.push(fact(t('progressRatio'),
      ratio !== null && ratio !== undefined
        ? ratioBar(ratio, t('progressLabel', { name: nameOf(ind), pct: fmtPercent(ratio) }))
        : (progress?.status === 'not_quantified' ? t('notQuantifiedText') : t('noObservation'))));
  } else {
    facts.push(fact(t('target', { year: ind.target?.year ?? 2020 }), planValue(ind.target, ind), printed(ind.target, ind)));
    facts.push(fact(t('outcome'), planValue(ind.outcome, ind), printed(ind.outcome, ind)));
    facts.push(fact(t('assessment'), assessmentOf(ind, codes)));
  }
  const explanation = ind.plan === 'fyp14'
    ? (lang === 'zh' ? progress?.explanationZh : progress?.explanationEn) || progress?.explanation
    : ind.assessmentExplanation;
  return h('section', { class: 'card', 'aria-labelledby': 'facts-title' },
    h('h2', { id: 'facts-title', class: 'visually-hidden' }, t('status')),
    h('dl', { class: 'facts' }, facts),
    explanation ? h('p', { class: 'explanation', lang: lang === 'en' && HAS_CJK.test(explanation) && !/[a-z]{3}/i.test(explanation) ? 'zh-CN' : undefined }, explanation) : null);
}

function trajectorySection(ind, progress, revisions, signal) {
  const growth = ind.valueType === 'annual_average_growth';
  const revised = [];
  for (const [year, items] of Object.entries(revisions)) {
    const current = Math.max(...items.map((r) => r.revision));
    for (const r of items) if (r.revision !== current) revised.push({ year: Number(year), value: r.value });
  }
  const observedPoints = (progress.trajectory || []).filter((p) => p.observed !== null && p.observed !== undefined);
  const last = observedPoints[observedPoints.length - 1];
  const desc = t('chartDesc', {
    baseline: planValue(ind.baseline, ind),
    target: planValue(ind.target, ind),
    observed: last
      ? t('chartDescObserved', { n: observedPoints.length, year: last.year, value: withUnit(last.observed, ind) })
      : t('chartDescNone'),
  });
  const labels = {
    title: t('chartTitle', { name: nameOf(ind) }),
    desc,
    target: `${t('legendTarget')} ${planValue(ind.target, ind)}`,
    unit: ind.valueType === 'ratio' ? '' : nameOf(ind, 'unit'),
  };
  const hasNumbers = (progress.trajectory || []).length > 0
    && trajectoryChart({ progress, revised, width: 600, labels }) !== null;
  const holder = h('div', { class: 'chart-holder' });
  const draw = () => {
    const width = holder.clientWidth || Math.min(window.innerWidth - 32, 820);
    holder.replaceChildren(trajectoryChart({ progress, revised, width, labels }));
  };
  if (hasNumbers) {
    // Drawn at the width it is shown; redrawn when that changes (a phone turned sideways).
    let timer;
    const onResize = () => { clearTimeout(timer); timer = setTimeout(draw, 150); };
    window.addEventListener('resize', onResize);
    signal.addEventListener('abort', () => window.removeEventListener('resize', onResize), { once: true });
    requestAnimationFrame(draw);
  }

  const legend = h('ul', { class: 'legend' },
    h('li', {}, h('span', { class: 'swatch swatch-expected', 'aria-hidden': 'true' }), growth ? t('legendExpectedGrowth') : t('legendExpected')),
    h('li', {}, h('span', { class: 'swatch swatch-observed', 'aria-hidden': 'true' }), growth ? t('legendObservedGrowth') : t('legendObserved')),
    growth ? h('li', {}, h('span', { class: 'swatch swatch-running', 'aria-hidden': 'true' }), t('legendRunning')) : null,
    revised.length ? h('li', {}, h('span', { class: 'swatch swatch-revised', 'aria-hidden': 'true' }), t('legendRevised')) : null,
    ind.baseline?.value !== null && ind.baseline?.value !== undefined
      ? h('li', {}, h('span', { class: 'swatch swatch-baseline', 'aria-hidden': 'true' }), t('legendBaseline')) : null,
    ind.target?.value !== null && ind.target?.value !== undefined
      ? h('li', {}, h('span', { class: 'swatch swatch-target', 'aria-hidden': 'true' }), t('legendTarget')) : null);

  return h('section', { class: 'card', id: 'trajectory', 'aria-labelledby': 'trajectory-title' },
    h('h2', { id: 'trajectory-title' }, t('trajectory')),
    h('p', { class: 'lede' }, growth ? t('trajectoryLedeGrowth') : t('trajectoryLede')),
    hasNumbers
      ? [h('figure', { class: 'chart-figure' }, holder, legend), trajectoryTable(ind, progress, revised, growth)]
      : h('p', { class: 'muted' }, t('chartNoData')));
}

function trajectoryTable(ind, progress, revised, growth) {
  const byYear = {};
  for (const r of revised) (byYear[r.year] ||= []).push(r.value);
  return tableWrap(t('dataTable'),
    h('table', { class: 'data-table trajectory-table' },
      h('caption', {}, t('dataTable')),
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('colYear')),
        h('th', { scope: 'col', class: 'num' }, growth ? t('colExpectedGrowth') : t('colExpected')),
        h('th', { scope: 'col', class: 'num' }, t('colObserved')),
        growth ? h('th', { scope: 'col', class: 'num' }, t('colRunning')) : null,
        revised.length ? h('th', { scope: 'col', class: 'num' }, t('colRevisions')) : null)),
      h('tbody', {}, (progress.trajectory || []).map((p) => h('tr', { 'data-year': p.year },
        h('th', { scope: 'row' }, String(p.year)),
        h('td', { class: 'num' }, withUnit(p.expected, ind)),
        h('td', { class: 'num observed' }, withUnit(p.observed, ind)),
        growth ? h('td', { class: 'num' }, withUnit(p.runningAverage, ind)) : null,
        revised.length
          ? h('td', { class: 'num revised' }, (byYear[p.year] || []).map((v) => withUnit(v, ind)).join('、') || '—')
          : null)))));
}

function formulaSection(ind, progress, codes) {
  return h('section', { class: 'card', id: 'formula', 'aria-labelledby': 'formula-title' },
    h('h2', { id: 'formula-title' }, t('howComputed')),
    h('dl', { class: 'pair-list stacked' },
      h('div', {}, h('dt', {}, t('valueType')), h('dd', {}, label(codes.valueTypes, ind.valueType))),
      h('div', {}, h('dt', {}, t('direction')), h('dd', {}, label(codes.directions, ind.direction))),
      h('div', {}, h('dt', {}, t('formula')), h('dd', {}, h('code', { class: 'formula', lang: 'en' }, progress?.formula || '—')))));
}

function observationsSection(ind, observations, revisions, codes) {
  const rows = [];
  for (const o of observations) {
    const history = revisions[o.year] || [o];
    for (const r of history) {
      rows.push(h('tr', { 'data-year': o.year, 'data-revision': r.revision },
        h('th', { scope: 'row' }, String(o.year)),
        h('td', { class: 'num' }, String(r.revision)),
        h('td', { class: 'num' }, withUnit(r.value, ind)),
        h('td', { class: 'num' }, r.previousValue !== undefined && r.previousValue !== null ? withUnit(r.previousValue, ind) : '—'),
        h('td', {}, label(codes.observationStatuses, r.basis)),
        h('td', {}, r.revisionReason || '—'),
        h('td', {}, r.source
          ? h('a', { href: r.source.url, rel: 'noopener noreferrer' }, `${r.source.title} (${r.source.publisher})`)
          : '—'),
        h('td', {}, fmtDateTime(r.recordedAt))));
    }
  }
  return h('section', { class: 'card', id: 'observations', 'aria-labelledby': 'observations-title' },
    h('h2', { id: 'observations-title' }, t('observations')),
    h('p', { class: 'lede' }, t('revisionsLede')),
    tableWrap(t('observations'),
      h('table', { class: 'data-table' },
        h('caption', { class: 'visually-hidden' }, t('observations')),
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, t('colYear')),
          h('th', { scope: 'col', class: 'num' }, t('colRevision')),
          h('th', { scope: 'col', class: 'num' }, t('colValue')),
          h('th', { scope: 'col', class: 'num' }, t('colPrevious')),
          h('th', { scope: 'col' }, t('colStatus')),
          h('th', { scope: 'col' }, t('colReason')),
          h('th', { scope: 'col' }, t('colSource')),
          h('th', { scope: 'col' }, t('colRecordedAt')))),
        h('tbody', {}, rows))));
}

/** The plan's own words, quoted with where they stand, and how they were read. */
export function sourceSection(item) {
  const s = item.source || {};
  const where = [s.column, s.chapter].filter(Boolean).join(' · ');
  const notes = [
    [t('noteBaseline'), item.baseline?.note],
    [t('noteTarget'), item.target?.note],
    [t('noteOutcome'), item.outcome?.note],
    [t('noteReading'), item.readingNote],
  ].filter(([, n]) => n);
  return h('section', { class: 'card', id: 'source', 'aria-labelledby': 'source-title' },
    h('h2', { id: 'source-title' }, t('fromThePlan')),
    h('figure', { class: 'quote' },
      h('blockquote', { lang: 'zh-CN', class: 'source-quote' }, h('p', {}, s.quote || '—')),
      h('figcaption', {},
        h('span', { class: 'source-column', lang: 'zh-CN' }, where),
        s.line ? h('span', { class: 'muted' }, lang === 'zh' ? ` · 第 ${s.line} 行` : ` · line ${s.line}`) : null)),
    s.element ? h('p', { class: 'source-element' }, h('a', { href: `#/plan/${s.element}` }, t('readInPlan'))) : null,
    notes.length ? h('div', { class: 'notes' },
      h('h3', {}, t('readingNotes')),
      h('dl', { class: 'pair-list stacked' }, notes.map(([k, n]) => h('div', {}, h('dt', {}, k), h('dd', {}, n))))) : null);
}

function detailsSection(ind, codes) {
  return h('section', { class: 'card', 'aria-labelledby': 'details-title' },
    h('h2', { id: 'details-title' }, t('aboutIndicator')),
    h('dl', { class: 'facts facts-small' },
      h('div', {}, h('dt', {}, t('plan')), h('dd', {}, label(codes.plans, ind.plan))),
      ind.category ? h('div', {}, h('dt', {}, t('category')), h('dd', {}, nameOf(ind.category))) : null,
      h('div', {}, h('dt', {}, t('attribute')), h('dd', {}, label(codes.attributes, ind.attribute))),
      h('div', {}, h('dt', {}, t('unit')), h('dd', {}, nameOf(ind, 'unit') || '—')),
      ind.relatedCode ? h('div', {}, h('dt', {}, t('relatedIndicator')),
        h('dd', {}, h('a', { href: `#/indicators/${ind.relatedCode}` }, ind.relatedCode))) : null,
      h('div', {}, h('dt', {}, 'API'), h('dd', {}, h('a', { href: `/api/v1/indicators/${encodeURIComponent(ind.code)}` }, `/api/v1/indicators/${ind.code}`)))));
}

/** A heading row of 专栏1 (14, 17) only groups its # sub-rows: it has no assessment of its own. */
function assessmentOf(ind, codes) {
  return ind.kind === 'table_heading'
    ? h('span', { class: 'tag' }, t('headingRow'))
    : statusChip(codes, 'assessment', ind.assessment);
}
