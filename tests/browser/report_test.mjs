// The HTML report (`parallax report`, docs/report.md) in headless Chromium.
//
//   node tests/browser/report_test.mjs --parallax build/release/parallax \
//        --out build/release/browser-test [--chromium /usr/bin/chromium] [--corpus examples/corpus]
//
// Renders three analyses with the parallax binary and opens each page from
// a file:// URL in Debian's Chromium (driven by playwright-core; no browser
// is downloaded): a made-up fixture of two stories with every comparison
// status and hostile article text (make_large.mjs), a large analysis (50
// sources, 500 claims), and the sample corpus (`analyze --db ... --json`,
// then `report` from the store and from the JSON). Each page must load with
// no console error, no page error and no network request, and show what its
// JSON says. Screenshots and pages stay in --out. Exit 0 when every check
// passes, 1 otherwise (a missing Chromium or playwright-core fails, loudly).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { HOSTILE, makeFixture, makeLarge } from './make_large.mjs';
import { checkStoryPage, checkFixture, checkLarge } from './report_checks.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback; };
const parallax = opt('--parallax');
const out = resolve(opt('--out', 'build/browser-test'));
const chromiumPath = opt('--chromium', process.env.PARALLAX_CHROMIUM || '/usr/bin/chromium');
const corpus = resolve(opt('--corpus', join(here, '..', '..', 'examples', 'corpus')));

function fail(message) {
  console.error('report_test: FAIL: ' + message);
  process.exit(1);
}
if (!parallax || !existsSync(parallax)) fail(`no parallax binary (--parallax ${parallax ?? ''})`);
if (!existsSync(chromiumPath)) {
  fail(`Chromium not found at ${chromiumPath}: install Debian's chromium (scripts/install-deps.sh) ` +
    'or pass --chromium PATH / set PARALLAX_CHROMIUM');
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch (e) {
  fail('playwright-core is not installed: run `npm ci --prefix tests/browser` ' +
    '(scripts/install-deps.sh does it) — ' + e.message);
}
mkdirSync(out, { recursive: true });

// Runs parallax; returns its exit code (stderr shown when it is not `expect`).
function run(argv, expect = 0) {
  const r = spawnSync(parallax, argv, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== expect) {
    process.stderr.write(r.stderr || '');
    fail(`parallax ${argv.join(' ')}: exit ${r.status}, expected ${expect}`);
  }
  return r;
}

const results = { checks: 0, failures: [], timings: {} };
function check(ok, what) {
  results.checks++;
  if (ok) {
    console.log('ok - ' + what);
  } else {
    console.log('not ok - ' + what);
    results.failures.push(what);
  }
}

// Opens `file` in a new page that records console errors, page errors and
// every request that is not for the file itself.
async function open(browser, file, viewport = { width: 1400, height: 1000 }) {
  const page = await browser.newPage({ viewport });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console error: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('request', (r) => { if (!r.url().startsWith('file:')) problems.push('network request: ' + r.url()); });
  const t0 = performance.now();
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30000 });
  const ms = performance.now() - t0;
  return { page, problems, ms };
}

function finishPage(name, opened) {
  check(opened.problems.length === 0, `${name}: no console error, page error or network request` +
    (opened.problems.length ? ': ' + opened.problems.slice(0, 5).join('; ') : ''));
}

const browser = await chromium.launch({
  executablePath: chromiumPath, headless: true, args: ['--disable-dev-shm-usage'],
});
try {
  // 1. The fixture: every status, two stories, hostile text.
  const fixture = makeFixture();
  const fixtureJson = join(out, 'fixture.json');
  writeFileSync(fixtureJson, JSON.stringify(fixture));
  const fixtureHtml = join(out, 'report.html');
  run(['-q', 'report', '--from-json', fixtureJson, '-o', fixtureHtml]);
  const html = readFileSync(fixtureHtml, 'utf8');
  check(!html.includes(HOSTILE) && !/<\/script>\s*<script>window\.__pwned/.test(html),
    'fixture: the hostile text is escaped in the HTML file');
  check(!/\b(src|href)\s*=\s*["']?https?:/i.test(html.replace(/<script type="application\/json"[^]*?<\/script>/, '')),
    'fixture: the page loads nothing from the network (no http(s) src or href)');
  {
    const opened = await open(browser, fixtureHtml);
    await checkStoryPage(opened.page, fixture, fixture.stories[0], 'fixture', check);
    await checkFixture(opened.page, fixture, check, join(out, 'report.png'));
    finishPage('fixture', opened);
    await opened.page.close();
  }
  // --story: one story only.
  const s2Html = join(out, 'report-S2.html');
  run(['-q', 'report', '--story', 'S2', '--from-json', fixtureJson, '-o', s2Html]);
  {
    const opened = await open(browser, s2Html);
    const only = { ...fixture, stories: [fixture.stories[1]] };
    await checkStoryPage(opened.page, only, fixture.stories[1], 'fixture --story S2', check);
    finishPage('fixture --story S2', opened);
    await opened.page.close();
  }
  const missing = spawnSync(parallax, ['-q', 'report', '--story', 'S99', '--from-json', fixtureJson, '-o', join(out, 'none.html')], { encoding: 'utf8' });
  check(missing.status === 5 && /S99/.test(missing.stderr), 'report --story S99 (no such story): exit 5, names it');

  // 2. The large analysis: 50 sources, 500 claims.
  const large = makeLarge({ sources: 50, claims: 500 });
  const largeJson = join(out, 'large.json');
  writeFileSync(largeJson, JSON.stringify(large));
  const largeHtml = join(out, 'large.html');
  run(['-q', 'report', '--from-json', largeJson, '-o', largeHtml]);
  {
    const opened = await open(browser, largeHtml);
    results.timings.large_load_ms = Math.round(opened.ms);
    await checkStoryPage(opened.page, large, large.stories[0], 'large', check);
    await checkLarge(opened.page, large, check, results.timings, join(out, 'large.png'), opened.ms);
    finishPage('large', opened);
    await opened.page.close();
  }

  // 3. The sample corpus, through the store and through its JSON.
  if (existsSync(corpus)) {
    const db = join(out, 'corpus.db');
    const corpusJson = join(out, 'corpus.json');
    for (const f of [db, db + '-wal', db + '-shm']) if (existsSync(f)) spawnSync('rm', ['-f', f]);
    run(['-q', '--db', db, 'analyze', corpus, '--json', corpusJson]);
    const analysis = JSON.parse(readFileSync(corpusJson, 'utf8'));
    for (const [name, argv] of [['corpus (store)', ['-q', '--db', db, 'report', '-o', join(out, 'corpus.html')]],
      ['corpus (json)', ['-q', 'report', '--from-json', corpusJson, '-o', join(out, 'corpus-json.html')]]]) {
      run(argv);
      const opened = await open(browser, argv[argv.length - 1]);
      const stories = Array.isArray(analysis.stories) ? analysis.stories : [];
      if (stories.length) {
        await checkStoryPage(opened.page, analysis, stories[0], name, check);
      } else {
        check(await opened.page.isVisible('#no-stories'), `${name}: no stories yet, and the page says so`);
      }
      if (name === 'corpus (store)') await opened.page.screenshot({ path: join(out, 'corpus.png'), fullPage: false });
      finishPage(name, opened);
      await opened.page.close();
    }
  } else {
    check(false, `the sample corpus is at ${corpus}`);
  }
} catch (e) {
  check(false, 'the test ran to its end: ' + (e && e.stack ? e.stack : e));
} finally {
  await browser.close();
}

for (const png of ['report.png', 'large.png']) {
  const file = join(out, png);
  check(existsSync(file) && statSync(file).size > 20000, `screenshot ${file} written`);
}
writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
console.log(`report_test: ${results.checks - results.failures.length}/${results.checks} checks passed; ` +
  `timings ${JSON.stringify(results.timings)}; output in ${out}`);
if (results.failures.length) fail(results.failures.length + ' check(s) failed: ' + results.failures.join(' | '));
