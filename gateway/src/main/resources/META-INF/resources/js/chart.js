// The trajectory chart of one indicator, drawn as inline SVG at the size it is shown (so that
// its text stays readable on a phone instead of being scaled down). The table next to it says
// the same in words; the SVG is role="img" with a title and a description.

import { h } from './ui.js';
import { fmtNumber } from './i18n.js';

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

/** 1, 2, 2.5 or 5 times a power of ten: steps a reader can add up in their head. */
function niceStep(span, count) {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * power;
}

function svg(tag, attrs, ...children) {
  return h('svg:' + tag, attrs, ...children);
}

/**
 * progress: the API's /progress answer. revised: [{year, value}] values that were later
 * revised. labels: {title, desc, target, unit}. Returns null when nothing is a number.
 */
export function trajectoryChart({ progress, revised = [], width, labels }) {
  const growth = progress.valueType === 'annual_average_growth';
  const points = (progress.trajectory || []).filter((p) => YEARS.includes(p.year));
  const num = (v) => (v === null || v === undefined ? null : Number(v));
  const baseline = num(progress.baseline?.value);
  const target = num(progress.target?.value);
  const all = [baseline, target, ...revised.map((r) => num(r.value))];
  for (const p of points) all.push(num(p.expected), num(p.observed), num(p.runningAverage));
  const values = all.filter((v) => v !== null && Number.isFinite(v));
  if (values.length === 0) return null;

  const W = Math.max(300, Math.min(820, Math.round(width)));
  const H = W < 500 ? 240 : 300;
  const m = { top: 22, right: 20, bottom: 34, left: 58 };
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) { const pad = Math.abs(lo) * 0.1 || 1; lo -= pad; hi += pad; }
  // A little air, so that no point sits on the frame.
  const air = (hi - lo) * 0.06;
  lo -= air;
  hi += air;
  const step = niceStep(hi - lo, 4);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  if (hi - lo < step * 2) hi += step; // room above the highest point for its label

  const x = (year) => m.left + ((year - 2020) / 5) * (W - m.left - m.right);
  const y = (v) => m.top + (1 - (v - lo) / (hi - lo)) * (H - m.top - m.bottom);
  const digits = step < 0.01 ? 4 : step < 1 ? 3 : 1;

  const g = [];
  // grid and axes
  for (let v = lo; v <= hi + step / 2; v += step) {
    const yy = y(v).toFixed(1);
    g.push(svg('line', { class: 'grid', x1: m.left, x2: W - m.right, y1: yy, y2: yy }));
    g.push(svg('text', { class: 'tick', x: m.left - 8, y: yy, 'text-anchor': 'end', 'dominant-baseline': 'middle' },
      fmtNumber(Number(v.toFixed(6)), digits)));
  }
  if (labels.unit) g.push(svg('text', { class: 'tick', x: 4, y: 12 }, labels.unit));
  for (const year of YEARS) {
    g.push(svg('text', { class: 'tick', x: x(year), y: H - m.bottom + 20, 'text-anchor': 'middle' }, String(year)));
  }

  const path = (pts) => pts.map((p, i) => `${i ? 'L' : 'M'}${x(p[0]).toFixed(1)},${y(p[1]).toFixed(1)}`).join('');
  const series = (key) => points.filter((p) => num(p[key]) !== null).map((p) => [p.year, num(p[key])]);

  // Expected: the straight path from baseline to target, or for a growth rate the target rate
  // every year (there is no path to follow: the average is what counts).
  const expected = series('expected');
  if (expected.length > 1) g.push(svg('path', { class: 'line-expected', d: path(expected) }));

  const observed = series('observed');
  const running = series('runningAverage');
  if (growth && running.length) {
    if (running.length > 1) g.push(svg('path', { class: 'line-running', d: path(running) }));
    for (const [yr, v] of running) g.push(svg('rect', { class: 'dot-running', x: x(yr) - 4, y: y(v) - 4, width: 8, height: 8 }));
  }
  if (!growth && observed.length > 1) g.push(svg('path', { class: 'line-observed', d: path(observed) }));

  for (const r of revised) {
    if (num(r.value) === null) continue;
    g.push(svg('circle', { class: 'dot-revised', cx: x(r.year), cy: y(num(r.value)), r: 4.5 }));
  }
  for (const [yr, v] of observed) {
    g.push(svg('circle', { class: 'dot-observed', cx: x(yr), cy: y(v), r: 5 }));
    g.push(svg('text', { class: 'point-label', x: x(yr), y: y(v) - 10, 'text-anchor': 'middle' }, fmtNumber(v)));
  }
  if (baseline !== null) {
    g.push(svg('rect', { class: 'mark-baseline', x: x(2020) - 5, y: y(baseline) - 5, width: 10, height: 10 }));
  }
  if (target !== null) {
    const tx = x(2025);
    const ty = y(target);
    g.push(svg('path', { class: 'mark-target', d: `M${tx},${ty - 7}L${tx + 7},${ty}L${tx},${ty + 7}L${tx - 7},${ty}Z` }));
    // Below the marker when it sits high, above it when it sits low (a falling target).
    const low = ty > m.top + (H - m.top - m.bottom) / 2;
    g.push(svg('text', { class: 'point-label target-label', x: tx - 10, y: low ? ty - 12 : ty + 20, 'text-anchor': 'end' }, labels.target));
  }

  const titleId = 'chart-title';
  const descId = 'chart-desc';
  return svg('svg', {
    class: 'chart', role: 'img', width: W, height: H, viewBox: `0 0 ${W} ${H}`,
    'aria-labelledby': `${titleId} ${descId}`,
  },
  svg('title', { id: titleId }, labels.title),
  svg('desc', { id: descId }, labels.desc),
  g);
}
