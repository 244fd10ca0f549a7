// The map page in a real browser (Debian's chromium driven by playwright-core)
// over a database built from samples/articles.jsonl: markers appear, a filter
// changes the counts (and they agree with the API), an incident opens with its
// evidence sentence highlighted in the article, and a screenshot is saved.
// Environment: RASAD_URL (the running `rasad serve`), SCREENSHOT (PNG path).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

const require = createRequire(new URL('../../web/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const base = process.env.RASAD_URL;
const screenshot = process.env.SCREENSHOT || 'dashboard.png';
assert.ok(base, 'RASAD_URL must name the running server');

let context, page, profile;
const problems = [];

before(async () => {
  profile = mkdtempSync(join(tmpdir(), 'rasad-chromium-'));
  // A fresh profile (--user-data-dir, which playwright passes for a persistent context).
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 1000 },
    timeout: 60_000,
  });
  page = context.pages()[0] || await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
  // Nothing may leave the machine: every request goes to the server under test.
  await page.route('**/*', (route) => (route.request().url().startsWith(base) || route.request().url().startsWith('data:')
    ? route.continue() : route.abort()));
});

after(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

const count = async (id) => Number((await page.textContent(`#${id}`)).replace(/[^0-9]/g, ''));
const api = async (path) => (await page.request.get(new URL(path, base).toString())).json();

test('the page loads the fixture: base map, markers, timeline, table', async () => {
  await page.goto(base);
  await page.waitForSelector('body[data-ready]');
  const total = (await api('api/events?limit=1')).total;
  assert.ok(total > 5, `fixture has incidents (${total})`);
  assert.equal(await count('incident-count'), total);
  await page.waitForSelector('.event-marker, .event-cluster');
  const markers = await page.locator('.event-marker, .event-cluster').count();
  assert.ok(markers > 0, 'markers or clusters on the map');
  assert.ok(Number(await page.getAttribute('#map', 'data-markers')) > 0);
  assert.ok(await page.locator('.leaflet-overlay-pane canvas').count() > 0, 'base map drawn');
  assert.ok(await page.locator('#timeline .uplot').count() === 1, 'timeline drawn');
  assert.ok(await page.locator('#events-table tbody tr[data-incident]').count() > 0, 'table rows');
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-overview.png') });
});

test('a filter changes map, timeline and table together', async () => {
  const before = await count('incident-count');
  const options = await page.$$eval('#filter-country option', (os) => os.map((o) => o.value).filter(Boolean));
  assert.ok(options.length >= 2, `several countries to choose from (${options})`);
  // The country with the fewest incidents: a real narrowing.
  const totals = [];
  for (const cc of options) totals.push([(await api(`api/events?limit=1&country=${cc}`)).total, cc]);
  totals.sort((a, b) => a[0] - b[0]);
  const [expected, country] = totals[0];
  const ready = await page.getAttribute('body', 'data-ready');
  await page.selectOption('#filter-country', country);
  await page.waitForSelector(`body[data-ready]:not([data-ready="${ready}"])`);
  const after = await count('incident-count');
  assert.equal(after, expected);
  assert.ok(after < before, `${after} < ${before}`);
  const rows = await page.locator('#events-table tbody tr[data-incident]').count();
  assert.equal(rows, Math.min(after, 25));
  assert.ok(page.url().includes(`country=${country}`), 'the filter is in the URL');
  const stats = await api(`api/stats?per=country&country=${country}`);
  assert.equal(await count('fatality-count'), stats.rows.reduce((n, r) => n + r.fatalities, 0));
  await page.click('#filter-reset');
  await page.waitForFunction((n) => document.querySelector('#incident-count').textContent.replace(/\D/g, '') === String(n), before);
});

test('clicking a marker opens the incident with its evidence highlighted in the article', async () => {
  // In the country with the most incidents, zoom into clusters until a single incident marker shows.
  const options = await page.$$eval('#filter-country option', (os) => os.map((o) => o.value).filter(Boolean));
  const totals = [];
  for (const cc of options) totals.push([(await api(`api/events?limit=1&country=${cc}`)).total, cc]);
  totals.sort((a, b) => b[0] - a[0]);
  const ready = await page.getAttribute('body', 'data-ready');
  await page.selectOption('#filter-country', totals[0][1]);
  await page.waitForSelector(`body[data-ready]:not([data-ready="${ready}"])`);
  for (let i = 0; i < 8 && (await page.locator('.event-marker').count()) === 0; ++i) {
    await page.locator('.event-cluster').first().click();
    await page.waitForTimeout(700);
  }
  const marker = page.locator('.event-marker').first();
  await marker.click();
  await page.waitForSelector('#detail:not([hidden]) mark.evidence');
  const firstSource = page.locator('#detail li.source').first();
  const eventId = await firstSource.getAttribute('data-event');
  const incidentId = await page.$eval('#events-table tbody tr.selected', (tr) => tr.dataset.incident).catch(() => null);
  const sources = await page.locator('#detail li.source').count();
  assert.ok(sources >= 1);
  const marked = (await firstSource.locator('mark.evidence').first().textContent()).trim();
  assert.ok(marked.length > 10, `evidence sentence shown (${marked})`);
  const articleText = await firstSource.locator('.article-text').textContent();
  assert.ok(articleText.length > marked.length, 'the whole article is shown around the evidence');
  // The highlighted sentence is the evidence the API gives for that source.
  const [articleId] = eventId.split(':');
  const article = await api(`api/articles/${encodeURIComponent(articleId)}`);
  const span = article.spans.find((s) => s.record_id === eventId);
  assert.ok(span, `span of ${eventId}`);
  const bytes = Buffer.from(article.text, 'utf8').subarray(span.begin, span.end).toString('utf8');
  assert.equal(marked, bytes.trim());
  assert.equal(await firstSource.locator('.article-text').getAttribute('dir'), 'rtl');
  if (incidentId) assert.equal((await api(`api/events/${encodeURIComponent(incidentId)}`)).sources.length, sources);
  await page.screenshot({ path: screenshot, fullPage: false });
});

test('no errors in the page and nothing fetched from elsewhere', () => {
  assert.deepEqual(problems, []);
});
