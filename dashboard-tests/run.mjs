// Browser tests of the public dashboard: headless Chromium (Debian's chromium package) driven
// by playwright-core, against the whole suite started with ./suite up on embedded PostgreSQL.
// Writes screenshots to docs/screenshots/. Always runs ./suite down at the end.
//
//   node run.mjs          ./suite up (builds if needed), tests http://localhost:8080, ./suite down
//   node run.mjs --no-build   the same without Maven: starts the suite as last built
//   node run.mjs --dev    no Maven: starts the built suite as it is and serves the page from the
//                         source directory through dev-server.mjs (for working on the page)
// DASHBOARD_TESTS_KEEP_SUITE=1 leaves the suite running afterwards (for working on the page).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`FAIL: ${CHROMIUM} is missing. The dashboard tests need Debian's chromium package `
    + '(apt-get install -y chromium, as dashboard-tests/run.sh does). Not skipping: failing.');
  process.exit(1);
}

const { chromium } = await import('playwright-core');
const require = createRequire(import.meta.url);
// Evaluated rather than added as a <script>, so that it also runs under a Content-Security-Policy.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..');
const SHOTS = path.join(ROOT, 'docs', 'screenshots');
const DEV = process.argv.includes('--dev');
const NO_BUILD = DEV || process.argv.includes('--no-build');
const GATEWAY = 'http://localhost:' + (process.env.GATEWAY_PORT || '8080');
const BASE = DEV ? 'http://localhost:8090' : GATEWAY;
const LAUNCHER = ['-Dsuite.root=' + ROOT, '-cp', 'suite-launcher/target/classes:suite-launcher/target/lib/*',
  'org.jiulongpo.plan.suite.SuiteCli'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
const PROJECT = 'transport-metro-line-19';

// ---------------------------------------------------------------- processes

function suite(...args) {
  return NO_BUILD ? ['java', [...LAUNCHER, ...args]] : ['./suite', args];
}

function runInherit([cmd, args]) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

function suiteDown() {
  const [cmd, args] = suite('down');
  spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
}

function token(role) {
  const [cmd, args] = suite('token', '--role', role);
  const out = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8' });
  assert.equal(out.status, 0, `suite token failed: ${out.stderr}`);
  return out.stdout.trim().split('\n').pop().trim();
}

let downDone = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!downDone) { downDone = true; suiteDown(); }
    process.exit(1);
  });
}

// ---------------------------------------------------------------- API helpers

async function api(pathname, init = {}) {
  const res = await fetch(GATEWAY + pathname, init);
  const text = await res.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch { body = text; }
  return { status: res.status, headers: res.headers, body };
}

async function apiJson(pathname, lang = 'zh') {
  const r = await api(pathname, { headers: { 'Accept-Language': lang } });
  assert.equal(r.status, 200, `GET ${pathname}: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body;
}

/** The overview once both its parts answered (at most 30 tries, a second apart). */
async function overviewWithEveryPart() {
  let last;
  for (let i = 0; i < 30; i++) {
    last = await apiJson('/api/v1/overview');
    if (Object.values(last.sources).every((s) => s.status === 'ok')) {
      if (i) console.log(`# the overview had every part after ${i + 1} tries`);
      return last;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  assert.fail(`the overview still misses a part after 30 tries: ${JSON.stringify(last.sources)}`);
}

/**
 * An aggregate's answer (citations, search) once every part answered (at most 30 tries, a second
 * apart): a service's first calls after a start can take longer than the gateway's one second.
 */
async function aggregateWithEveryPart(pathname) {
  let last;
  for (let i = 0; i < 30; i++) {
    last = await apiJson(pathname);
    if (Object.values(last.sources).every((s) => s.status === 'ok')) return last;
    await new Promise((r) => setTimeout(r, 1000));
  }
  assert.fail(`${pathname} still misses a part after 30 tries: ${JSON.stringify(last.sources)}`);
}

/**
 * The citations answer a page receives while `go` takes it to element `id`, asserted to have every
 * part. First a bounded wait until the aggregate answers in full (its first calls, one second per
 * service, can time out on a loaded machine), so that the page's own answer is compared, not assumed.
 */
async function citationsThePageGets(page, id, go) {
  await aggregateWithEveryPart(`/api/v1/citations/${id}`);
  const answered = page.waitForResponse((res) => new URL(res.url()).pathname === `/api/v1/citations/${id}`);
  await go();
  const cited = await (await answered).json();
  assert.deepEqual(Object.values(cited.sources).map((x) => x.status), ['ok', 'ok'],
    `the page's citations of ${id} had every part: ${JSON.stringify(cited.sources)}`);
  return cited;
}

async function count(pathname) {
  return (await apiJson(pathname)).items.length;
}

/**
 * The status of a GET sent the way a browser revalidates. (Node's fetch adds "Cache-Control:
 * no-cache" to a request with a conditional header, which a server rightly answers in full.)
 */
function rawGet(url, headers) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (res) => { res.resume(); resolve(res.statusCode); }).on('error', reject);
  });
}

/** Waits until the overview answers with both parts (the services' first calls warm up). */
async function awaitWarm() {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const r = await api('/api/v1/overview').catch(() => null);
    if (r && r.status === 200 && r.body.sources?.indicators?.status === 'ok' && r.body.sources?.projects?.status === 'ok') return;
    if (Date.now() > deadline) throw new Error('the overview did not answer with both parts within 90 s');
    await new Promise((done) => setTimeout(done, 1000));
  }
}

/** China Standard Time, as the district's reporters would write it; a minute ago, never in the future. */
function nowInChina() {
  const d = new Date(Date.now() - 60_000 + 8 * 3600_000);
  return d.toISOString().replace(/\.\d+Z$/, '+08:00');
}

// Observations recorded through the API by plan-editor, so that the charts have something to
// show: a level indicator with a revision, a growth rate, a binding indicator falling behind,
// a ratio, one already achieved. Test values, not official statistics (said in each record).
const SEED = {
  'fyp14-03': [[2021, 41], [2022, 43.5], [2022, 44.1, '统计公报修订 (test revision)']],
  'fyp14-01': [[2021, 8.2], [2022, 3.0], [2023, 5.6]],
  'fyp14-22': [[2021, 311], [2022, 305]],
  'fyp14-10': [[2021, 1.91]],
  'fyp14-13': [[2021, 80.3]],
};

async function seedObservations() {
  const jwt = token('plan-editor');
  for (const [code, values] of Object.entries(SEED)) {
    const existing = (await apiJson(`/api/v1/indicators/${code}/observations`)).items;
    if (existing.length) continue; // seeded by an earlier run on this database
    for (const [year, value, reason] of values) {
      // a revision names the value it replaces: If-Match with the year's ETag (a first value needs none)
      const current = await api(`/api/v1/indicators/${code}/observations/${year}`);
      const ifMatch = current.status === 200 ? { 'If-Match': current.headers.get('etag') } : {};
      const r = await api(`/api/v1/indicators/${code}/observations`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${jwt}`, 'Content-Type': 'application/json', ...ifMatch },
        body: JSON.stringify({
          year, value, basis: 'final', revisionReason: reason, comparable: true,
          source: {
            title: 'dashboard-tests', publisher: 'dashboard-tests', url: 'https://example.org/dashboard-tests',
            phrase: 'test value, not an official statistic',
          },
        }),
      });
      assert.equal(r.status, 201, `POST observation ${code} ${year}: ${r.status} ${JSON.stringify(r.body)}`);
    }
  }
}

// ---------------------------------------------------------------- browser helpers

const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
let browser;
const foreignRequests = new Set();

async function newPage(viewport = DESKTOP, lang) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1 });
  if (lang) await context.addInitScript((l) => localStorage.setItem('plan.lang', l), lang);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== new URL(BASE).origin && url.protocol !== 'data:') foreignRequests.add(req.url());
  });
  return page;
}

/** Navigates and waits until the page and each of its sections has its data. */
async function open(page, hash) {
  await page.goto(`${BASE}/${hash}`);
  await settle(page);
}

/**
 * Goes to another route in the same page. The old page's heading is removed first: the old page
 * has an h1 and is not busy, so settle() would otherwise take it for the new one.
 */
async function reopen(page, hash) {
  await page.evaluate(() => document.querySelector('main h1')?.remove());
  await open(page, hash);
}

async function settle(page, timeout = 20_000) {
  await page.waitForFunction(() => document.querySelector('main h1')
    && !document.querySelector('[aria-busy="true"]'), null, { timeout });
}

async function close(page) {
  assert.deepEqual(page.errors, [], 'no script error or failed request in the page');
  await page.context().close();
}

async function shot(page, name, fullPage = false) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });
}

const axeReport = [];

/** axe-core in the page: no serious or critical violation. Others are listed for information. */
async function checkAxe(page, label) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  axeReport.push({ label, violations: result });
  const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad, [], `${label}: serious or critical accessibility violations`);
}

async function texts(page, selector) {
  return page.locator(selector).allTextContents();
}

async function noHorizontalScroll(page, label) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `${label}: page is ${width}px wide on a ${PHONE.width}px phone`);
}

// ---------------------------------------------------------------- the run

mkdirSync(SHOTS, { recursive: true });
let devServer;
try {
  console.log(DEV ? '# DEV MODE: suite started without a build, page served from the source directory by dev-server.mjs'
    : NO_BUILD ? '# starting the suite as last built (no Maven)' : '# starting the suite with ./suite up');
  await runInherit(suite('up'));
  if (DEV) {
    const { startDevServer } = await import('./dev-server.mjs');
    devServer = await startDevServer({ port: 8090, upstream: GATEWAY });
  }
  await awaitWarm();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });

  await test('the gateway serves the page shell at /, small and revalidated by the browser cache', async () => {
    const index = await fetch(`${BASE}/`);
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type'), /text\/html/);
    const html = await index.text();
    assert.match(html, /<main id="main"/);
    assert.doesNotMatch(html, /https?:\/\/(?!localhost)/, 'no external script, style or font in the shell');
    for (const file of ['/', '/app.js', '/app.css', '/js/api.js']) {
      const first = await fetch(BASE + file);
      assert.equal(first.status, 200, file);
      const etag = first.headers.get('etag');
      const modified = first.headers.get('last-modified');
      assert.ok(etag || modified, `${file}: no ETag and no Last-Modified, so the browser cannot revalidate`);
      const again = await rawGet(BASE + file, etag ? { 'If-None-Match': etag } : { 'If-Modified-Since': modified });
      assert.equal(again, 304, `${file}: a conditional request should answer 304`);
      console.log(`# ${file}: ETag ${etag || '-'}, Last-Modified ${modified || '-'}, Cache-Control ${first.headers.get('cache-control') || '-'}`);
    }
    // The entry point must be revalidated, or a new release reaches returning visitors only
    // when their copy expires (Quarkus' default for static files is a day, immutable).
    const cacheControl = index.headers.get('cache-control') || '';
    const maxAge = Number((cacheControl.match(/max-age=(\d+)/) || [])[1] || 0);
    assert.ok(maxAge <= 300 && !(/immutable/.test(cacheControl) && maxAge > 0),
      `index.html is sent with "Cache-Control: ${cacheControl}": browsers would keep an old page for up to `
      + `${maxAge} s without asking. Set quarkus.http.static-resources.max-age=0S in the gateway.`);
  });

  await test('observations recorded through the API (test values) for the charts', seedObservations);

  await test('overview renders the indicators, outcomes, projects and updates from the API', async () => {
    // The overview gives each service one second; the first answers after a start and after the
    // seeding can take longer on a loaded machine, and the part is then reported unavailable (as it
    // should be). Wait, bounded, until both parts answer, so the page is checked against whole data.
    await overviewWithEveryPart();
    const page = await newPage();
    const shellBytes = new Map();
    const overviewResponse = page.waitForResponse((res) => new URL(res.url()).pathname === '/api/v1/overview');
    page.on('response', async (res) => {
      const url = new URL(res.url());
      if (!url.pathname.startsWith('/api/') && res.request().resourceType() !== 'fetch') {
        const body = await res.body().catch(() => Buffer.alloc(0));
        shellBytes.set(url.pathname, body.length);
      }
    });
    await open(page, '#/');
    // the page is compared with the overview it was given, not with a later one
    const answered = await overviewResponse;
    assert.equal(answered.status(), 200, 'the page\'s /api/v1/overview');
    const overview = await answered.json();
    assert.deepEqual(Object.fromEntries(Object.entries(overview.sources).map(([k, v]) => [k, v.status])),
      { indicators: 'ok', projects: 'ok' }, `the page's overview had every part: ${JSON.stringify(overview.sources)}`);
    const fyp14 = (await apiJson('/api/v1/indicators?plan=fyp14&limit=500')).items;
    const fyp13 = (await apiJson('/api/v1/indicators?plan=fyp13&limit=500')).items;

    assert.equal(await page.locator('h1').textContent(), '九龙坡区“十四五”规划实施监测');
    assert.equal(await page.locator('#fyp14-list li.indicator').count(), fyp14.length);
    // every indicator carries the status the API gives it, as a chip with a word
    const shown = await page.locator('#fyp14-list li.indicator').evaluateAll((lis) => lis.map((li) => [
      li.dataset.code, li.querySelector('.chip').dataset.status, li.querySelector('.chip').textContent.trim()]));
    for (const ind of fyp14) {
      const row = shown.find(([code]) => code === ind.code);
      assert.ok(row, `${ind.code} is listed`);
      assert.equal(row[1], ind.progress.status, `${ind.code} status`);
      assert.ok(row[2].length > 1, `${ind.code} chip has a word`);
    }
    assert.equal(await page.locator('#fyp14-list .badge-binding').count(), fyp14.filter((i) => i.attribute === 'binding').length);
    // a ratio indicator is shown as printed
    assert.match(await page.locator('li[data-code="fyp14-10"]').textContent(), /1\.92:1.*1\.9:1/);
    // a progress bar with the real number for an indicator with data
    const bar = page.locator('li[data-code="fyp14-03"] [role="progressbar"]');
    assert.equal(await bar.count(), 1);
    const p03 = fyp14.find((i) => i.code === 'fyp14-03').progress.progressRatio;
    assert.equal(Number(await bar.getAttribute('aria-valuenow')), Math.round(Math.min(1, Math.max(0, p03)) * 100));

    assert.equal(await page.locator('#fyp13 tbody tr').count(), fyp13.length);
    for (const kind of ['met', 'not_met', 'not_assessable']) {
      assert.equal(await page.locator(`#fyp13 tbody .chip[data-status="${kind}"]`).count(), overview.indicators.byAssessment[kind], kind);
    }
    for (const [sector, n] of Object.entries(overview.projects.bySector)) {
      assert.equal((await page.locator(`#sectors tr[data-sector="${sector}"] td.total`).textContent()).trim(), String(n), sector);
    }
    // a project nobody has reported on is counted as not_reported, in a column of its own
    const notReported = Object.values(overview.projects.bySectorAndStatus).reduce((n, s) => n + (s.not_reported || 0), 0);
    assert.ok(notReported > 0, 'some projects have no status report');
    const notReportedCells = await page.locator('#sectors td[data-status="not_reported"]').allTextContents();
    assert.equal(notReportedCells.reduce((n, c) => n + Number(c.replace(/\D/g, '')), 0), notReported);
    assert.ok(await page.locator('#latest-indicators li').count() > 0, 'latest indicator updates are listed');
    if (overview.indicators.bindingAtRisk.length) {
      assert.match(await page.locator('#glance .notice-warning').textContent(), /约束性指标存在风险/);
    }

    const total = [...shellBytes.values()].reduce((a, b) => a + b, 0);
    console.log(`# page shell: ${[...shellBytes.keys()].join(' ')} = ${total} bytes`);
    assert.ok(shellBytes.has('/app.js') && shellBytes.has('/app.css'), 'shell files loaded');
    assert.ok(total < 200 * 1024, `the page shell is ${total} bytes, over 200 KB`);
    await shot(page, 'overview-desktop');
    await checkAxe(page, 'overview (zh, desktop)');
    await close(page);
  });

  await test('overview filters by status and attribute, through the API, and keeps them in the address', async () => {
    const page = await newPage();
    await open(page, '#/');
    const binding = await count('/api/v1/indicators?plan=fyp14&limit=500&attribute=binding&fields=code');
    await page.selectOption('#f-attribute', 'binding');
    await page.waitForFunction((n) => document.querySelectorAll('#fyp14-list li.indicator').length === n
      && !document.querySelector('#fyp14-list[aria-busy]'), binding);
    assert.equal(await page.locator('#fyp14-list .badge-binding').count(), binding);
    assert.match(await page.locator('.result-count').first().textContent(), new RegExp(`显示 ${binding} / ${await count("/api/v1/indicators?plan=fyp14&limit=500&fields=code")} 项`));

    const both = await count('/api/v1/indicators?plan=fyp14&limit=500&attribute=binding&status=no_data&fields=code');
    await page.selectOption('#f-status', 'no_data');
    await page.waitForFunction((n) => document.querySelectorAll('#fyp14-list li.indicator').length === n
      && !document.querySelector('#fyp14-list[aria-busy]'), both);
    const statuses = await page.locator('#fyp14-list li.indicator').evaluateAll((lis) => lis.map((li) => li.dataset.status));
    assert.ok(statuses.every((s) => s === 'no_data'));
    assert.match(page.url(), /#\/\?status=no_data&attribute=binding$/);

    await page.reload();
    await settle(page);
    assert.equal(await page.locator('#f-status').inputValue(), 'no_data');
    assert.equal(await page.locator('#fyp14-list li.indicator').count(), both);
    const all = await count('/api/v1/indicators?plan=fyp14&limit=500&fields=code');
    await page.click('#fyp14 [data-action="clear"]');
    await page.waitForFunction((n) => document.querySelectorAll('#fyp14-list li.indicator').length === n, all);
    await close(page);
  });

  await test('indicator detail: trajectory chart with observations and revisions, formula, the plan’s sentence', async () => {
    const code = 'fyp14-03';
    const ind = await apiJson(`/api/v1/indicators/${code}`);
    const progress = await apiJson(`/api/v1/indicators/${code}/progress`);
    const observed = progress.trajectory.filter((p) => p.observed !== null);
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await newPage(viewport);
      await open(page, `#/indicators/${code}`);
      assert.equal(await page.locator('h1').textContent(), `${ind.seq}. ${ind.nameZh}`);
      const chart = page.locator('svg.chart[role="img"]');
      assert.equal(await chart.count(), 1);
      assert.match(await chart.locator('title').textContent(), /进度轨迹/);
      assert.equal(await chart.locator('circle.dot-observed').count(), observed.length);
      assert.ok(await chart.locator('circle.dot-revised').count() >= 1, 'the revised value is drawn');
      assert.equal(await chart.locator('path.line-expected').count(), 1);
      // the table says the same in words
      assert.equal(await page.locator('.trajectory-table tbody tr').count(), progress.trajectory.length);
      assert.match(await page.locator('.trajectory-table tr[data-year="2022"] td.revised').textContent(), /43\.5/);
      assert.match(await page.locator('.trajectory-table tr[data-year="2022"] td.observed').textContent(), /44\.1/);
      assert.ok(await page.locator('#observations tr[data-year="2022"][data-revision="2"]').count() === 1);
      assert.equal(await page.locator('code.formula').textContent(), progress.formula);
      assert.match(await page.locator('.explanation').textContent(), /44\.1/);
      assert.equal((await page.locator('blockquote.source-quote').textContent()).trim(), ind.source.quote);
      const cite = await page.locator('#source figcaption').textContent();
      assert.ok(cite.includes(ind.source.column) && cite.includes(ind.source.chapter) && cite.includes(String(ind.source.line)));
      if (viewport === PHONE) await noHorizontalScroll(page, code);
      await shot(page, `indicator-${viewport === PHONE ? 'phone' : 'desktop'}`, viewport === DESKTOP);
      await checkAxe(page, `indicator ${code} (zh, ${viewport === PHONE ? 'phone' : 'desktop'})`);
      await close(page);
    }
  });

  await test('an annual-average-growth indicator draws the target rate and the running average, not a path', async () => {
    const progress = await apiJson('/api/v1/indicators/fyp14-01/progress');
    const page = await newPage();
    await open(page, '#/indicators/fyp14-01');
    assert.equal(await page.locator('svg.chart path.line-running').count(), 1);
    assert.match(await page.locator('.legend').textContent(), /2021 年以来平均增速/);
    assert.match(await page.locator('#trajectory .lede').textContent(), /没有线性进度线/);
    const last = progress.trajectory.filter((p) => p.runningAverage !== null).pop();
    const cells = await texts(page, `.trajectory-table tr[data-year="${last.year}"] td`);
    assert.ok(cells.some((c) => c.includes(String(Number(last.runningAverage.toFixed(4))))), `running average ${last.runningAverage} in ${cells}`);
    await checkAxe(page, 'indicator fyp14-01 (zh, desktop)');
    await close(page);
  });

  await test('an indicator without a number shows what the plan printed and no invented value', async () => {
    const page = await newPage();
    await open(page, '#/indicators/fyp14-19');
    const values = await texts(page, '.fact-value');
    assert.equal(values[0], '市级下达');
    assert.equal(values[1], '市级下达');
    assert.ok((await page.locator('.facts .chip-not_quantified').count()) >= 2);
    assert.equal(await page.locator('svg.chart').count(), 0);
    assert.match(await page.locator('#trajectory').textContent(), /目标未量化/);
    await close(page);
  });

  await test('projects: list with status and progress, filters by sector, subcategory, stage, status, and search', async () => {
    const page = await newPage();
    await open(page, '#/projects');
    const all = await count('/api/v1/projects?limit=500&fields=code');
    assert.equal(await page.locator('li.project').count(), all);
    assert.equal(await page.locator('li.project [role="progressbar"]').count(), all);
    // no report, no invented status or progress: the chip says 未报告 and the bar shows no figure
    const unreported = await count('/api/v1/projects?limit=500&status=not_reported&fields=code');
    assert.ok(unreported > 0, 'some projects have no status report');
    assert.equal(await page.locator('li.project[data-status="not_reported"]').count(), unreported);
    assert.ok((await page.locator('li.project[data-status="not_reported"] .chip').allTextContents())
      .every((text) => text.includes('未报告')));
    const unreportedBars = await page.locator('li.project[data-status="not_reported"] [role="progressbar"]')
      .evaluateAll((bars) => bars.map((b) => [b.getAttribute('aria-valuetext'), b.hasAttribute('aria-valuenow')]));
    assert.ok(unreportedBars.every(([text, hasNow]) => text === '—' && !hasNow), 'an unreported project shows no progress figure');
    const waitFor = (n) => page.waitForFunction((k) => !document.querySelector('#project-list[aria-busy]')
      && document.querySelectorAll('li.project').length === k, n);

    await page.selectOption('#p-sector', 'energy');
    await waitFor(await count('/api/v1/projects?limit=500&sector=energy&fields=code'));
    const subOptions = await page.locator('#p-subcategory option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
    assert.deepEqual(subOptions.sort(), ['energy-gas', 'energy-grid']);
    await page.selectOption('#p-subcategory', 'energy-gas');
    await waitFor(await count('/api/v1/projects?limit=500&sector=energy&subcategory=energy-gas&fields=code'));
    assert.match(page.url(), /sector=energy&subcategory=energy-gas/);

    await page.click('#main [data-action="clear"]');
    await waitFor(all);
    await page.selectOption('#p-stage', 'preliminary_work');
    await waitFor(await count('/api/v1/projects?limit=500&planStage=preliminary_work&fields=code'));
    await page.selectOption('#p-stage', '');
    await page.selectOption('#p-status', 'under_construction');
    const building = await count('/api/v1/projects?limit=500&status=under_construction&fields=code');
    await waitFor(building);
    assert.ok((await page.locator('li.project .chip').allTextContents()).every((t) => t.includes('在建')));
    await page.selectOption('#p-status', '');
    await page.fill('#p-q', '大桥');
    await waitFor(await count(`/api/v1/projects?limit=500&q=${encodeURIComponent('大桥')}&fields=code`));
    assert.ok((await texts(page, 'li.project h3')).every((n) => n.includes('桥')));
    await close(page);

    for (const viewport of [DESKTOP, PHONE]) {
      const p = await newPage(viewport);
      await open(p, '#/projects');
      if (viewport === PHONE) await noHorizontalScroll(p, 'projects');
      await shot(p, `projects-${viewport === PHONE ? 'phone' : 'desktop'}`);
      await checkAxe(p, `projects (zh, ${viewport === PHONE ? 'phone' : 'desktop'})`);
      await close(p);
    }
  });

  await test('a status update made through the API appears on the project page and the overview', async () => {
    const jwt = token('project-reporter');
    const current = await api(`/api/v1/projects/${PROJECT}`);
    assert.equal(current.status, 200);
    const etag = current.headers.get('etag');
    assert.ok(etag, 'the project has an ETag');
    const note = `dashboard-tests ${new Date().toISOString()}: 盾构始发 (test report)`;
    const progress = Math.max(35, current.body.progressPercent);
    const created = await api(`/api/v1/projects/${PROJECT}/status-updates`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${jwt}`, 'If-Match': etag, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        status: 'under_construction', progressPercent: progress, note, reportedAt: nowInChina(), basis: 'final',
        source: { title: 'dashboard-tests', publisher: 'dashboard-tests', url: 'https://example.org/dashboard-tests', phrase: note },
      }),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));

    for (const viewport of [DESKTOP, PHONE]) {
      const page = await newPage(viewport);
      await open(page, `#/projects/${PROJECT}`);
      const first = page.locator('.timeline-item').first();
      assert.equal((await first.locator('.timeline-note').textContent()).trim(), note);
      assert.match(await first.textContent(), new RegExp(`在建.*${progress}%`));
      assert.match(await page.locator('.page-head .chip').textContent(), /在建/);
      assert.equal(await page.locator('.facts [role="progressbar"]').getAttribute('aria-valuenow'), String(progress));
      const p = await apiJson(`/api/v1/projects/${PROJECT}`);
      assert.equal((await page.locator('blockquote.source-quote').textContent()).trim(), p.source.quote);
      if (viewport === PHONE) await noHorizontalScroll(page, 'project');
      await shot(page, `project-${viewport === PHONE ? 'phone' : 'desktop'}`, viewport === DESKTOP);
      await checkAxe(page, `project (zh, ${viewport === PHONE ? 'phone' : 'desktop'})`);
      await close(page);
    }
    const page = await newPage();
    await open(page, '#/');
    assert.match(await page.locator('#latest-projects li').first().textContent(), /19号线/);
    await close(page);
  });

  await test('the language switch sends Accept-Language and shows the API’s names in that language', async () => {
    const project = await apiJson(`/api/v1/projects/${PROJECT}`);
    const page = await newPage();
    const languages = [];
    page.on('request', (req) => { if (req.url().includes('/api/v1/')) languages.push(req.headers()['accept-language']); });
    await open(page, `#/projects/${PROJECT}`);
    assert.equal(await page.locator('h1').textContent(), project.nameZh);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    assert.ok(languages.every((l) => l === 'zh'), `requests in Chinese: ${languages}`);

    languages.length = 0;
    await page.click('#lang-switch');
    await page.waitForFunction((name) => document.querySelector('main h1')?.textContent === name, project.nameEn);
    await settle(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.ok(languages.length > 0 && languages.every((l) => l === 'en'), `requests in English: ${languages}`);
    assert.match(await page.locator('.page-head .chip').textContent(), /Under construction/);
    assert.equal(await page.locator('#lang-switch').textContent(), '中文');
    assert.equal(await page.locator('.nav-list a[data-nav="projects"]').textContent(), 'Major projects');
    assert.ok(await page.evaluate(() => document.activeElement?.id === 'lang-switch'), 'focus stays on the switch');
    await checkAxe(page, 'project (en, desktop)');

    // the choice is kept, and every page follows it
    await open(page, '#/');
    assert.equal(await page.locator('h1').textContent(), 'Jiulongpo District 14th Five-Year Plan tracker');
    const fyp14_03 = await apiJson('/api/v1/indicators/fyp14-03', 'en');
    assert.match(await page.locator('li[data-code="fyp14-03"] h3').textContent(), new RegExp(fyp14_03.nameEn));
    await checkAxe(page, 'overview (en, desktop)');
    await open(page, '#/indicators/fyp14-03');
    assert.match(await page.locator('.legend').textContent(), /Expected path/);
    await checkAxe(page, 'indicator fyp14-03 (en, desktop)');
    await open(page, '#/projects');
    assert.equal(await page.locator('label[for="p-sector"]').textContent(), 'Sector');
    await checkAxe(page, 'projects (en, desktop)');
    await shot(page, 'projects-desktop-en');

    await page.click('#lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await settle(page);
    assert.equal(await page.locator('h1').textContent(), '重大项目');
    await close(page);
  });

  await test('a part of the overview whose service is down shows a notice, the rest still renders', async () => {
    const page = await newPage();
    const real = await apiJson('/api/v1/overview');
    await page.route('**/api/v1/overview', (route) => route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        projects: real.projects,
        sources: { indicators: { status: 'unavailable', detail: 'indicators-service did not answer' }, projects: { status: 'ok' } },
      }),
    }));
    await open(page, '#/');
    assert.match(await page.locator('.sources-notice [role="alert"]').textContent(), /指标数据暂不可用.*indicators-service did not answer/);
    assert.ok(await page.locator('#sectors tr[data-sector="transport"]').count() === 1, 'projects still shown');
    assert.ok(await page.locator('#latest [role="alert"]').count() === 1, 'the indicator updates say they are missing');
    await close(page);
  });

  await test('an unknown indicator or address says so', async () => {
    const page = await newPage();
    await open(page, '#/indicators/fyp14-99');
    assert.equal(await page.locator('h1').textContent(), '未找到该页面');
    assert.match(await page.locator('[role="alert"]').textContent(), /fyp14-99/);
    await open(page, '#/nowhere');
    assert.equal(await page.locator('h1').textContent(), '未找到该页面');
    page.errors = page.errors.filter((e) => !e.includes('404')); // the 404 was the point
    await close(page);
  });

  await test('keyboard: skip link first, visible focus, route changes move focus to the heading', async () => {
    const page = await newPage();
    await open(page, '#/');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
    assert.ok(await page.locator('.skip-link').isVisible());
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
    assert.equal(new URL(page.url()).hash, '#/');
    // the first link after main is focusable and shows an outline
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    await page.focus('li[data-code="fyp14-03"] h3 a');
    await page.keyboard.press('Enter');
    // the old page also has an h1 and is not busy: wait for the route change before settling
    await page.waitForFunction(() => location.hash.includes('fyp14-03'));
    await settle(page);
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
    assert.match(await page.evaluate(() => document.activeElement.textContent), /规上工业全员劳动生产率/);
    await close(page);
  });

  await test('search in the header finds indicators, projects and plan text through /api/v1/search', async () => {
    await aggregateWithEveryPart(`/api/v1/search?q=${encodeURIComponent('轨道')}&limit=50`);
    const page = await newPage(PHONE);
    await open(page, '#/');
    const searched = page.waitForResponse((res) => new URL(res.url()).pathname === '/api/v1/search');
    await page.fill('#site-search-q', '轨道');
    await page.press('#site-search-q', 'Enter');
    await page.waitForFunction(() => location.hash.startsWith('#/search'));
    await settle(page);
    // the page is compared with the answer it was given: a part may be unavailable on a loaded machine
    const result = await (await searched).json();
    assert.equal(await page.locator('.search-results li').count(), result.items.length);
    const elements = result.items.filter((r) => r.type === 'element');
    assert.ok(elements.length > 0, `plan text among the hits for 轨道: ${JSON.stringify(result.sources)}`);
    assert.deepEqual(await page.locator('.search-results li[data-type="element"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      elements.map((r) => `#/plan/${r.code}`));
    await noHorizontalScroll(page, 'search');
    await checkAxe(page, 'search (zh, phone)');
    // a plan hit opens the element's page
    await page.locator('.search-results li[data-type="element"] a').first().click();
    await page.waitForFunction((hash) => location.hash === hash, `#/plan/${elements[0].code}`);
    await settle(page);
    assert.equal(await page.locator('#citation cite[lang="zh-CN"]').textContent(), elements[0].citation);
    await close(page);

    const fresh = await newPage(PHONE);
    await open(fresh, '#/');
    await noHorizontalScroll(fresh, 'overview');
    await shot(fresh, 'overview-phone');
    await checkAxe(fresh, 'overview (zh, phone)');
    await close(fresh);
  });

  await test('plan text: the contents as a tree, an element as printed with its citation, ancestry and what cites it', async () => {
    const contents = await apiJson('/api/v1/plan/contents');
    const entries = (list) => list.reduce((n, e) => n + 1 + entries(e.children || []), 0);
    const page = await newPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
    await open(page, '#/plan');
    assert.equal(await page.locator('h1').textContent(), '规划原文');
    assert.equal(await page.locator('.toc > li').count(), contents.children.length, 'the front matter and the 篇 at the top');
    assert.equal(await page.locator('.toc li').count(), entries(contents.children), 'every heading and 专栏 of the contents');
    assert.equal(await page.locator('.toc li[data-id="chp-16"] > ul > li[data-id="chp-16/sec-1"]').count(), 1, '节 inside its 章');
    await checkAxe(page, 'plan contents (zh, desktop)');
    await shot(page, 'plan-contents-desktop');

    // keyboard: a link of the tree opens the element, and focus moves to its heading
    const id = 'chp-16/sec-1';
    await page.focus(`.toc li[data-id="${id}"] > a`);
    await page.keyboard.press('Enter');
    await page.waitForFunction((hash) => location.hash === hash, `#/plan/${id}`);
    await settle(page);
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
    const el = await apiJson(`/api/v1/plan/elements/${id}`);
    const ancestry = (await apiJson(`/api/v1/plan/elements/${id}/ancestry`)).items;
    const inside = (await apiJson(`/api/v1/plan/elements?within=${id}&limit=500`)).items;
    assert.equal(await page.locator('h1').textContent(), `${el.num} ${el.titleZh}`);
    assert.equal(await page.locator('.other-name').textContent(), el.titleEn);
    assert.deepEqual(await texts(page, '.breadcrumb li'),
      ['规划原文', ...ancestry.map((a) => `${a.num} ${a.titleZh}`)]);
    assert.equal(await page.locator('#citation cite[lang="zh-CN"]').textContent(), el.citationZh);
    assert.equal(await page.locator('#citation cite[lang="en"]').textContent(), el.citationEn);
    // the text exactly as printed: every paragraph, and the rows of the 专栏 printed in the 节
    const paragraphs = inside.filter((e) => e.type === 'paragraph');
    assert.ok(paragraphs.length > 0);
    for (const p of paragraphs) {
      assert.equal(await page.locator(`#printed p[data-id="${p.id}"]`).textContent(), p.text, p.id);
    }
    const rows = inside.filter((e) => e.type === 'box_item');
    assert.ok(rows.length > 0, 'a 专栏 is printed in 第十六章第一节');
    assert.equal(await page.locator('#printed .box-table tbody tr').count(), rows.length);
    for (const r of rows) {
      assert.ok((await page.locator(`#printed tr[data-id="${r.id}"] td`).textContent()).startsWith(r.text), r.id);
    }
    // the citation copies as printed
    await page.locator('#citation button.copy').first().click();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), el.citationZh);

    // what cites it, compared with the answer the page was given
    const citedPage = await newPage();
    const cited = await citationsThePageGets(citedPage, id, () => open(citedPage, `#/plan/${id}`));
    const ids = new Set(inside.map((e) => e.id));
    const metro = await apiJson(`/api/v1/projects/${PROJECT}`);
    assert.ok(ids.has(metro.source.element), `${PROJECT} comes from ${metro.source.element}, inside ${id}`);
    assert.ok(cited.citedBy.projects.some((x) => x.code === PROJECT));
    assert.deepEqual(await citedPage.locator('#cited-by li[data-code]').evaluateAll((lis) => lis.map((li) => li.dataset.code)),
      [...cited.citedBy.indicators, ...cited.citedBy.projects].map((x) => x.code));
    await checkAxe(citedPage, `plan element ${id} (zh, desktop)`);
    await shot(citedPage, 'plan-element-desktop', true);
    await close(citedPage);
    await close(page);
  });

  await test('plan text: indicator and project pages link to their element, and the element back to them', async () => {
    const page = await newPage();
    const indicator = await apiJson('/api/v1/indicators/fyp14-03');
    for (const [hash, element, code] of [[`#/indicators/fyp14-03`, indicator.source.element, 'fyp14-03'],
      [`#/projects/${PROJECT}`, (await apiJson(`/api/v1/projects/${PROJECT}`)).source.element, PROJECT]]) {
      assert.ok(element, `${code} names its element`);
      const cited = await citationsThePageGets(page, element, async () => {
        await reopen(page, hash);
        await page.locator('#source .source-element a').click();
        await page.waitForFunction((h) => location.hash === h, `#/plan/${element}`);
      });
      await settle(page);
      const kind = code === PROJECT ? 'projects' : 'indicators';
      assert.ok(cited.citedBy[kind].some((x) => x.code === code), `the API says ${element} is cited by ${code}`);
      assert.equal(await page.locator(`#cited-by li[data-code="${code}"] a[href="#/${kind}/${code}"]`).count(), 1,
        `${element} lists ${code}`);
    }
    // a damaged element shows its note next to the text, kept as printed
    let damaged;
    for (let cursor; !damaged;) {
      const pageOf = await apiJson(`/api/v1/plan/elements?limit=500&fields=id,damageNote${cursor ? `&cursor=${cursor}` : ''}`);
      damaged = pageOf.items.find((e) => e.damageNote);
      cursor = pageOf.nextCursor;
      if (!cursor) break;
    }
    assert.ok(damaged, 'the plan text has damage notes');
    await reopen(page, `#/plan/${damaged.id}`);
    assert.ok((await texts(page, '#printed .damage-note')).some((x) => x.includes(damaged.damageNote)), damaged.id);
    await close(page);
  });

  await test('plan text in English and on a phone: titles switch language, the printed text stays Chinese', async () => {
    const id = 'chp-16/sec-1';
    const el = await apiJson(`/api/v1/plan/elements/${id}`);
    const page = await newPage(PHONE);
    await open(page, `#/plan/${id}`);
    assert.equal(await page.locator('h1').textContent(), `${el.num} ${el.titleZh}`);
    await page.click('#lang-switch');
    await page.waitForFunction((t) => document.querySelector('main h1')?.textContent === t
      && !document.querySelector('[aria-busy="true"]'), `${el.num} ${el.titleEn}`);
    assert.equal(await page.locator('#cited-by h2').textContent(), 'Indicators and projects that cite it');
    assert.ok(await page.locator('#printed p[lang="zh-CN"]').count() > 0, 'the printed text is Chinese in English too');
    await noHorizontalScroll(page, `plan element ${id} (en)`);
    await checkAxe(page, `plan element ${id} (en, phone)`);
    await shot(page, 'plan-element-phone');
    await reopen(page, '#/plan');
    assert.equal(await page.locator('h1').textContent(), 'Plan text');
    await noHorizontalScroll(page, 'plan contents (en)');
    await checkAxe(page, 'plan contents (en, phone)');
    await close(page);
  });

  await test('every indicator and every project has a page that renders without a script error', async () => {
    const indicators = (await apiJson('/api/v1/indicators?limit=500&fields=code,nameZh')).items;
    const projects = (await apiJson('/api/v1/projects?limit=500&fields=code,nameZh')).items;
    const page = await newPage(PHONE);
    await open(page, '#/');
    for (const [kind, items] of [['indicators', indicators], ['projects', projects]]) {
      for (const item of items) {
        await page.evaluate((hash) => { location.hash = hash; }, `#/${kind}/${item.code}`);
        await page.waitForFunction((name) => document.querySelector('main h1')?.textContent.endsWith(name)
          && !document.querySelector('[aria-busy="true"]'), item.nameZh, { timeout: 10_000 });
        assert.ok(await page.locator('blockquote.source-quote').count() === 1, `${item.code}: the plan's sentence`);
        await noHorizontalScroll(page, item.code);
      }
    }
    console.log(`# rendered ${indicators.length} indicator pages and ${projects.length} project pages`);
    await close(page);
  });

  await test('a repeat visit revalidates every API answer with its ETag (304, no body)', async () => {
    const page = await newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await open(page, '#/');
    const urls = new Map();
    const conditional = new Set();
    const status = new Map();
    cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.requestWillBeSentExtraInfo', (e) => {
      if (Object.keys(e.headers).some((k) => k.toLowerCase() === 'if-none-match')) conditional.add(e.requestId);
    });
    cdp.on('Network.responseReceivedExtraInfo', (e) => status.set(e.requestId, e.statusCode));
    await page.reload();
    await settle(page);
    const api = [...urls].filter(([, url]) => url.includes('/api/v1/'));
    assert.ok(api.length >= 5, `API requests on the second visit: ${api.length}`);
    for (const [id, url] of api) {
      assert.ok(conditional.has(id), `${url} was sent without If-None-Match`);
      assert.equal(status.get(id), 304, `${url} answered ${status.get(id)}`);
    }
    console.log(`# second visit: ${api.length} API requests, all 304 Not Modified`);
    await close(page);
  });

  await test('on a slow network (400 kbit/s, 400 ms round trip) the phone shows "loading", then the data', async () => {
    const page = await newPage(PHONE);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 400, downloadThroughput: 50 * 1024, uploadThroughput: 50 * 1024,
    });
    const started = Date.now();
    await page.goto(`${BASE}/#/`, { waitUntil: 'commit' });
    await page.waitForSelector('main .loading', { timeout: 10_000 });
    await settle(page, 60_000);
    const ms = Date.now() - started;
    console.log(`# slow network: overview complete on a phone in ${ms} ms`);
    assert.ok(ms < 30_000, `the overview took ${ms} ms on a slow network`);
    await close(page);
  });

  await test('no request leaves the suite (no CDN, font or script from elsewhere)', () => {
    assert.deepEqual([...foreignRequests], []);
  });
} finally {
  for (const { label, violations } of axeReport) {
    console.log(`# axe ${label}: ${violations.length
      ? violations.map((v) => `${v.id} (${v.impact}, ${v.nodes} node(s): ${v.targets.join(' | ')})`).join(', ')
      : 'no violations'}`);
  }
  await browser?.close().catch(() => {});
  devServer?.close();
  if (!downDone && process.env.DASHBOARD_TESTS_KEEP_SUITE !== '1') { downDone = true; suiteDown(); }
}
