// The checks of report_test.mjs on a rendered report page (docs/report.md).
// Each takes the Playwright page, the analysis JSON the page was made from,
// and `check(ok, what)`, which records a result.

// The statuses in the order the matrix must show them.
const RANK = { disagree: 0, single_source: 1, evolving: 2, different_scope: 3, agree: 4 };

// The matrix's columns as the page makes them: the story's sources, then its
// documents, then any document a value names.
function expectedColumns(story) {
  const ids = [];
  const add = (id) => { if (typeof id === 'string' && id && !ids.includes(id)) ids.push(id); };
  for (const s of story.sources || []) add(s.document);
  for (const d of story.documents || []) add(d);
  for (const c of story.comparisons || []) for (const v of c.values || []) add(v.document);
  return ids;
}

const datedPoints = (story) => (story.timeline || []).flatMap((t) => t.points || [])
  .filter((p) => typeof p.value === 'number' && Number.isFinite(Date.parse(String(p.date).slice(0, 10))));

// What every page with `story` on screen must show.
export async function checkStoryPage(page, analysis, story, name, check) {
  const stories = analysis.stories || [];
  check(await page.locator('#story-table tbody tr').count() === stories.length,
    `${name}: the story list has ${stories.length} stories`);
  check((await page.textContent('#story-heading')).trim() === (story.label || story.id),
    `${name}: the story's heading is its label`);

  const comparisons = story.comparisons || [];
  // No comparison, no matrix (the page says so).
  const columns = comparisons.length ? expectedColumns(story) : [];
  const headers = await page.locator('#matrix thead th[data-col]').count();
  check(headers === columns.length, `${name}: ${columns.length} source columns (page: ${headers})`);
  if (!comparisons.length) check(await page.isVisible('#no-comparisons'), `${name}: the page says no claims were compared`);
  const rows = await page.locator('#matrix tbody tr').count();
  check(rows === comparisons.length, `${name}: ${comparisons.length} matrix rows (page: ${rows})`);
  const values = comparisons.reduce((n, c) => n + (c.values || []).length, 0);
  check(await page.locator('#matrix button.val').count() === values, `${name}: ${values} values in the matrix`);

  // Each row's cells line up with the columns: the colspans add up.
  const widths = await page.$$eval('#matrix tbody tr', (trs) => trs.map((tr) =>
    [...tr.cells].slice(1).reduce((n, td) => n + td.colSpan, 0)));
  check(widths.every((w) => w === columns.length), `${name}: every row spans the ${columns.length} columns`);

  // Disagreements and single-source claims first, agreements last.
  const statuses = await page.$$eval('#matrix tbody tr', (trs) => trs.map((tr) => tr.dataset.status));
  const ranks = statuses.map((s) => RANK[s] ?? 9);
  check(ranks.every((r, i) => i === 0 || ranks[i - 1] <= r),
    `${name}: rows ordered disagree, single_source, evolving, different_scope, agree`);
  if (statuses.includes('disagree') && statuses.includes('agree')) {
    check(statuses.indexOf('disagree') < statuses.indexOf('agree'), `${name}: a disagree row comes before the agree rows`);
  }

  // A value's sentence on hover and in the details panel on click.
  if (values) {
    const button = page.locator('#matrix button.val').first();
    const [ci, vi] = await button.evaluate((b) => [Number(b.dataset.c), Number(b.dataset.v)]);
    const v = comparisons[ci].values[vi];
    await button.hover();
    check(await page.isVisible('#tooltip') && (await page.textContent('#tooltip')) === v.text,
      `${name}: hovering a value shows its sentence`);
    await button.click();
    check(await page.isVisible('#details') && (await page.textContent('#details-body')).includes(v.text),
      `${name}: clicking a value shows its sentence in the details panel`);
    await page.keyboard.press('Escape');
    check(!(await page.isVisible('#details')), `${name}: Escape closes the details panel`);
  }

  // The timeline: one point per dated point of the JSON, withdrawn ones marked.
  const points = datedPoints(story);
  const circles = await page.locator('#timelines circle.pt').count();
  check(circles === points.length, `${name}: the timeline has ${points.length} points (page: ${circles})`);
  if (points.length) {
    const retracted = points.filter((p) => p.retracted).length;
    check(await page.locator('#timelines circle.pt.retracted').count() === retracted,
      `${name}: ${retracted} withdrawn points marked`);
  }

  // Filtering by status.
  if (comparisons.length) {
    const first = statuses[0];
    await page.click('#filter-none');
    check(await page.locator('#matrix tbody tr:not([hidden])').count() === 0, `${name}: filter "None" hides every row`);
    await page.check(`#status-filters input[data-status="${first}"]`);
    const shown = await page.$$eval('#matrix tbody tr:not([hidden])', (trs) => trs.map((tr) => tr.dataset.status));
    const want = comparisons.filter((c) => c.status === first).length;
    check(shown.length === want && shown.every((s) => s === first), `${name}: filter "${first}" shows its ${want} rows only`);
    await page.click('#filter-all');
    check(await page.locator('#matrix tbody tr:not([hidden])').count() === comparisons.length, `${name}: filter "All" shows every row`);
  }

  if ((story.sources || []).length) {
    check(await page.locator('#sources tbody tr').count() === story.sources.length, `${name}: one row per source`);
  }
  if ((story.entities || []).length) {
    check(await page.locator('#entities tbody tr').count() === story.entities.length, `${name}: one row per entity`);
  }
}

// The fixture's own checks: hostile text, languages, marks, keyboard, story
// switching; then the screenshot.
export async function checkFixture(page, analysis, check, screenshot) {
  const [s1, s2] = analysis.stories;
  check(await page.evaluate(() => window.__pwned === undefined), 'fixture: no script of the article text ran');
  check(!(await page.title()).includes('pwned'), 'fixture: the page title is the report\'s');
  check(await page.locator('img').count() === 0, 'fixture: no element was made from the article\'s markup');

  // The hostile sentence shows as text.
  const ci = s1.comparisons.findIndex((c) => c.kind === 'damage');
  const hostile = page.locator(`#matrix button.val[data-c="${ci}"][data-v="1"]`);
  await hostile.click();
  const details = await page.textContent('#details-body');
  check(details.includes('</script><script>') && details.includes('<img src="x"'), 'fixture: markup in article text is shown as text');
  check((await hostile.textContent()).includes('about 5,000,000 EUR'), 'fixture: money with its qualifier and currency');

  // Qualifiers and marks.
  const texts = await page.$$eval('#matrix button.val', (bs) => bs.map((b) => b.textContent));
  check(texts.some((t) => t.startsWith('about 40') && t.includes('hedged')), 'fixture: "about 40", marked hedged');
  check(texts.includes('more than 100'), 'fixture: "more than 100"');
  check(texts.includes('2–3'), 'fixture: a range reads "2–3"');
  check(await page.locator('#matrix button.val.retracted').count() === 1, 'fixture: the withdrawn value is marked');

  // Keyboard: focus a value, the details panel follows; the sentence keeps its language.
  const arIndex = s1.comparisons.findIndex((c) => c.kind === 'injured');
  const ar = page.locator(`#matrix button.val[data-c="${arIndex}"][data-v="1"]`);
  await page.keyboard.press('Escape');
  await ar.focus();
  const arText = s1.comparisons[arIndex].values[1].text;
  check(await page.isVisible('#details') && (await page.textContent('#details-body')).includes(arText),
    'fixture: keyboard focus on a value shows its sentence in the details panel');
  check(await page.locator('#details-body .sentence[lang="ar"][dir="auto"]').count() === 1,
    'fixture: the Arabic sentence is marked lang="ar", dir="auto"');
  check(await page.locator('#entities [lang="ru"]').count() === 2, 'fixture: entity variants carry their language');
  check(await page.locator('#errors tbody tr').count() === 1 && await page.isVisible('#errors'), 'fixture: the unread input is listed');

  // Another story from the list.
  await page.click(`#story-table button[data-story="${s2.id}"]`);
  await page.waitForFunction((label) => document.getElementById('story-heading')?.textContent === label, s2.label);
  check(await page.locator('#matrix tbody tr').count() === s2.comparisons.length, 'fixture: choosing story S2 in the list shows its matrix');
  await page.click(`#story-table button[data-story="${s1.id}"]`);
  await page.waitForFunction((label) => document.getElementById('story-heading')?.textContent === label, s1.label);

  // The screenshot: story S1 with a disagreement's details open.
  await page.locator('#matrix button.val').first().click();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshot, fullPage: true });
}

// The large analysis: time, size of the page, and the matrix still usable.
export async function checkLarge(page, analysis, check, timings, screenshot, loadMs) {
  const story = analysis.stories[0];
  const renderMs = Number(await page.evaluate(() => document.documentElement.dataset.renderMs));
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  timings.large_render_ms = renderMs;
  timings.large_elements = elements;
  check(loadMs < 10000, `large: the page is ready within 10 s (${Math.round(loadMs)} ms)`);
  check(renderMs < 5000, `large: the script draws the page within 5 s (${renderMs} ms)`);
  // Linear in the claims: cells are values or stretches between them.
  const claims = story.comparisons.reduce((n, c) => n + c.values.length, 0);
  check(elements < 25 * claims + 2000, `large: ${elements} elements for ${claims} claims (no cell per source and row)`);

  // The matrix scrolls, and its row and column headers stay.
  const box = page.locator('#matrix-scroll');
  const size = await box.evaluate((e) => ({ sw: e.scrollWidth, cw: e.clientWidth, sh: e.scrollHeight, ch: e.clientHeight }));
  check(size.sw > size.cw && size.sh > size.ch, 'large: the matrix scrolls both ways inside its box');
  const t0 = Date.now();
  await box.evaluate((e) => { e.scrollLeft = e.scrollWidth; e.scrollTop = e.scrollHeight / 2; });
  await page.waitForTimeout(50);
  const boxRect = await box.boundingBox();
  const rowHead = await page.locator('#matrix tbody tr:not([hidden]) th').nth(10).boundingBox();
  const colHead = await page.locator('#matrix thead th').last().boundingBox();
  check(Math.abs(rowHead.x - boxRect.x) < 3, 'large: row headers stay at the left when scrolled right');
  check(Math.abs(colHead.y - boxRect.y) < 3, 'large: column headers stay at the top when scrolled down');
  timings.large_scroll_ms = Date.now() - t0;
  await box.evaluate((e) => { e.scrollLeft = 0; e.scrollTop = 0; });

  const t1 = Date.now();
  await page.click('#filter-none');
  await page.check('#status-filters input[data-status="disagree"]');
  timings.large_filter_ms = Date.now() - t1;
  check(timings.large_filter_ms < 2000, `large: filtering takes under 2 s (${timings.large_filter_ms} ms)`);
  await page.screenshot({ path: screenshot, fullPage: false });
  await page.click('#filter-all');
}
