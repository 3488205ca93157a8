// parallax HTML report: the script (docs/report.md). Plain ES2020, no
// framework. It reads the analysis embedded in #parallax-data and draws the
// page. Every text of the data is article text or comes from it, so it is
// hostile: it goes into the page with textContent, setAttribute and text
// nodes only, never as markup. Links are made for http(s) URLs only.
'use strict';
(() => {
  const data = JSON.parse(document.getElementById('parallax-data').textContent);
  const started = performance.now();

  // --- Small helpers -------------------------------------------------------
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const $ = (id) => document.getElementById(id);

  // An element with attributes (null/undefined/false ones left out) and
  // children (strings become text nodes).
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    setAttrs(e, attrs);
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      e.append(typeof c === 'string' || typeof c === 'number' ? String(c) : c);
    }
    return e;
  }
  function svg(tag, attrs) {
    const e = document.createElementNS(SVG_NS, tag);
    setAttrs(e, attrs);
    return e;
  }
  function setAttrs(e, attrs) {
    if (!attrs) return;
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.setAttribute('class', v);
      else if (k === 'text') e.textContent = String(v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
  }
  const str = (v) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
  const arr = (v) => (Array.isArray(v) ? v : []);
  // A text clipped by CSS, its whole self in the title (shown on hover).
  const clip = (text, cls) => el('span', { class: 'clip' + (cls ? ' ' + cls : ''), title: text }, text);

  const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? numberFormat.format(v) : '?');
  const compactFormat = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
  const pct = (v) => (typeof v === 'number' ? Math.round(v * 100) + '%' : '–');

  // A claim's value as read: "about 400", "more than 1,000", "2–3", "91,000,000 USD".
  const APPROX_WORDS = {
    about: 'about ', at_least: 'at least ', more_than: 'more than ',
    less_than: 'less than ', up_to: 'up to ', vague: 'roughly ',
  };
  function valueText(v) {
    let s = num(v.value);
    if (typeof v.value_max === 'number' && v.value_max !== v.value) s += '–' + num(v.value_max);
    s = (APPROX_WORDS[v.approx] || '') + s;
    if (v.unit) s += ' ' + str(v.unit);
    return s;
  }

  // The statuses, in the order the matrix shows them.
  const STATUSES = [
    ['disagree', 'Disagree'], ['single_source', 'Single source'], ['evolving', 'Evolving'],
    ['different_scope', 'Different scope'], ['agree', 'Agree'],
  ];
  const STATUS_RANK = new Map(STATUSES.map(([id], i) => [id, i]));
  const STATUS_LABEL = new Map(STATUSES);
  const statusId = (s) => (STATUS_RANK.has(s) ? s : 'unknown');
  const statusLabel = (s) => STATUS_LABEL.get(s) || str(s) || 'unknown';

  // Documents by id, for titles, sites and languages.
  const docs = new Map();
  for (const d of arr(data.documents)) if (d && typeof d.id === 'string') docs.set(d.id, d);
  const stories = arr(data.stories).filter((s) => s && typeof s === 'object');

  function sourceName(src) {
    const d = docs.get(src.document) || {};
    return str(src.site) || str(d.site) || str(src.title) || str(d.title) || str(src.document);
  }
  function sourceTitle(src) {
    const d = docs.get(src.document) || {};
    return str(src.title) || str(d.title);
  }

  // A sentence with its figure marked, in its own language.
  function sentence(text, figure, lang) {
    const p = el('span', { class: 'sentence', lang: lang || null, dir: 'auto' });
    const t = str(text);
    const f = str(figure);
    const at = f ? t.indexOf(f) : -1;
    if (at < 0) {
      p.append(t || '(no sentence)');
    } else {
      p.append(t.slice(0, at), el('mark', null, f), t.slice(at + f.length));
    }
    return p;
  }

  // --- Page head, story list, errors ----------------------------------------
  function renderHead() {
    const n = docs.size;
    const parts = [];
    if (data.parallax && data.parallax.version) parts.push('parallax ' + str(data.parallax.version));
    parts.push(n + (n === 1 ? ' document' : ' documents'));
    parts.push(stories.length + (stories.length === 1 ? ' story' : ' stories'));
    const e = arr(data.errors).length;
    if (e) parts.push(e + (e === 1 ? ' input not read' : ' inputs not read'));
    $('page-meta').textContent = parts.join(' · ');
  }

  function storyCounts(story) {
    const c = { disagree: 0, single_source: 0, evolving: 0, different_scope: 0, agree: 0 };
    for (const cmp of arr(story.comparisons)) if (cmp && cmp.status in c) c[cmp.status]++;
    return c;
  }
  function spanText(span) {
    if (!span || typeof span !== 'object') return '–';
    const a = str(span.start);
    const b = str(span.end);
    return a === b ? a || '–' : a + ' – ' + b;
  }

  function renderStoryList() {
    const box = $('story-list');
    if (!stories.length) {
      box.append(el('p', { class: 'notice', id: 'no-stories' },
        'This analysis has no stories' + (docs.size ? ' (' + docs.size + ' documents).' : '.')));
      return;
    }
    const body = el('tbody');
    for (const s of stories) {
      const c = storyCounts(s);
      const id = str(s.id);
      const button = el('button', { type: 'button', class: 'linkish', 'data-story': id },
        str(s.label) || id);
      button.addEventListener('click', () => { location.hash = encodeURIComponent(id); });
      body.append(el('tr', { 'data-story': id },
        el('td', null, button),
        el('td', null, id),
        el('td', { class: 'num' }, arr(s.documents).length),
        el('td', null, spanText(s.span)),
        el('td', { class: 'num' + (c.disagree ? ' count-disagree' : '') }, c.disagree),
        el('td', { class: 'num' + (c.single_source ? ' count-single_source' : '') }, c.single_source),
        el('td', { class: 'num' }, c.evolving),
        el('td', { class: 'num' }, arr(s.comparisons).length)));
    }
    const head = el('tr', null, ...['Story', 'Id', 'Documents', 'Span', 'Disagree', 'Single source',
      'Evolving', 'Comparisons'].map((h, i) => el('th', { scope: 'col', class: i === 2 || i > 3 ? 'num' : null }, h)));
    box.append(el('div', { class: 'table-scroll' },
      el('table', { class: 'plain', id: 'story-table' },
        el('caption', { class: 'sr' }, 'Stories, with their disagreements and single-source claims'),
        el('thead', null, head), body)));
  }

  function renderErrors() {
    const errors = arr(data.errors);
    if (!errors.length) return;
    const body = el('tbody', null, ...errors.map((e) =>
      el('tr', null, el('td', null, clip(str(e && e.source))), el('td', null, str(e && e.reason)))));
    $('error-list').append(el('div', { class: 'table-scroll' }, el('table', { class: 'plain' },
      el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Input'), el('th', { scope: 'col' }, 'Reason'))),
      body)));
    $('errors').hidden = false;
  }

  // --- One story --------------------------------------------------------------
  // The story on screen: its columns and comparisons, for the listeners.
  let current = null;

  function renderStory(story) {
    const box = $('story');
    box.replaceChildren();
    hideTooltip();
    closeDetails();
    if (!story) return;
    for (const tr of document.querySelectorAll('#story-table tbody tr')) {
      tr.setAttribute('aria-current', tr.dataset.story === str(story.id) ? 'true' : 'false');
    }
    const columns = storyColumns(story);
    const comparisons = arr(story.comparisons).filter((c) => c && typeof c === 'object');
    current = { story, columns, comparisons, byClaim: new Map() };
    comparisons.forEach((c, ci) => arr(c.values).forEach((v, vi) => {
      if (v && v.claim !== undefined) current.byClaim.set(str(v.claim), [ci, vi]);
    }));

    box.append(el('h2', { id: 'story-heading' }, str(story.label) || str(story.id)));
    const copies = arr(story.copies).length;
    box.append(el('p', { class: 'meta' }, [str(story.id), arr(story.documents).length + ' documents',
      spanText(story.span), copies ? copies + (copies === 1 ? ' copy' : ' copies') + ' (not independent)' : null]
      .filter(Boolean).join(' · ')));
    box.append(renderMatrix(story, columns, comparisons));
    box.append(renderTimelines(story, columns));
    box.append(renderSources(story, columns));
    box.append(renderEntities(story));
  }

  // The matrix's columns: the story's sources (documents in order), then any
  // document a value names that the sources do not list.
  function storyColumns(story) {
    const columns = [];
    const seen = new Map();
    const add = (src) => {
      const id = str(src.document);
      if (!id || seen.has(id)) return;
      seen.set(id, columns.length);
      columns.push(src);
    };
    for (const s of arr(story.sources)) if (s && typeof s === 'object') add(s);
    for (const d of arr(story.documents)) add({ document: d });
    for (const c of arr(story.comparisons)) for (const v of arr(c && c.values)) if (v) add({ document: v.document });
    columns.index = seen;
    return columns;
  }

  function columnHeader(src, i) {
    const d = docs.get(src.document) || {};
    const lang = str(src.lang) || str(d.lang);
    const published = str(src.published) || str(d.published);
    const marks = [];
    if (src.copy_of) marks.push(str(src.copy) || 'copy');
    if (src.genre === 'opinion') marks.push('opinion');
    const full = [sourceName(src), sourceTitle(src), str(d.url), lang, published].filter(Boolean).join('\n');
    return el('th', { scope: 'col', 'data-col': i, title: full },
      el('span', { class: 'clip col-site' }, sourceName(src)),
      el('span', { class: 'clip col-sub' }, [lang, published, ...marks].filter(Boolean).join(' · ')));
  }

  function rowHeader(c) {
    const kind = str(c.kind) + (c.kind === 'other' && c.noun ? ': ' + str(c.noun) : '');
    const group = [str(c.group), str(c.place)].filter(Boolean).join(' · ');
    const sources = typeof c.sources === 'number' ? c.sources + (c.sources === 1 ? ' source' : ' sources') : '';
    return el('th', { scope: 'row' },
      el('span', { class: 'clip row-kind', title: kind + (group ? ' — ' + group : '') },
        kind, group ? el('span', { class: 'col-sub' }, ' ' + group) : null),
      el('span', null, el('span', { class: 'badge small' }, statusLabel(c.status)),
        sources ? el('span', { class: 'col-sub' }, ' ' + sources) : null),
      c.note ? clip(str(c.note), 'row-note') : null);
  }

  function valueButton(v, ci, vi) {
    const b = el('button', { type: 'button', class: 'val' + (v.retracted ? ' retracted' : ''),
      'data-c': ci, 'data-v': vi, 'aria-pressed': 'false' }, el('span', { class: 'v' }, valueText(v)));
    if (v.hedged) b.append(el('span', { class: 'mark', 'aria-hidden': 'true' }, '?'), el('span', { class: 'sr' }, ' hedged'));
    if (v.retracted) b.append(el('span', { class: 'mark retracted', 'aria-hidden': 'true' }, '✕'), el('span', { class: 'sr' }, ' withdrawn'));
    return b;
  }

  // One row: the row header, then the value cells, the empty stretches
  // between them as one cell each (colspan), so the table grows with the
  // claims, not with claims times sources.
  function matrixRow(c, ci, columns) {
    const tr = el('tr', { class: 'row st-' + statusId(c.status), 'data-status': str(c.status) }, rowHeader(c));
    const cells = new Map();
    arr(c.values).forEach((v, vi) => {
      if (!v) return;
      const col = columns.index.get(str(v.document));
      if (col === undefined) return;
      if (!cells.has(col)) cells.set(col, []);
      cells.get(col).push(valueButton(v, ci, vi));
    });
    let next = 0;
    for (const col of [...cells.keys()].sort((a, b) => a - b)) {
      if (col > next) tr.append(el('td', { class: 'gap', colspan: col - next }));
      tr.append(el('td', { class: 'has', 'data-col': col }, ...cells.get(col)));
      next = col + 1;
    }
    if (next < columns.length) tr.append(el('td', { class: 'gap', colspan: columns.length - next }));
    return tr;
  }

  function renderMatrix(story, columns, comparisons) {
    const section = el('section', { 'aria-labelledby': 'matrix-heading' },
      el('h3', { id: 'matrix-heading' }, 'Claims matrix'));
    if (!comparisons.length) {
      section.append(el('p', { class: 'hint', id: 'no-comparisons' }, 'No claims of this story were compared.'));
      return section;
    }
    const order = comparisons.map((c, ci) => ci);
    order.sort((a, b) => (STATUS_RANK.get(comparisons[a].status) ?? 9) - (STATUS_RANK.get(comparisons[b].status) ?? 9) || a - b);

    // Filters by status.
    const counts = new Map();
    for (const c of comparisons) counts.set(str(c.status), (counts.get(str(c.status)) || 0) + 1);
    const filters = el('fieldset', { class: 'filters', id: 'status-filters' }, el('legend', null, 'Show'));
    const boxes = [];
    const known = STATUSES.map(([id]) => id).concat([...counts.keys()].filter((s) => !STATUS_RANK.has(s)));
    for (const s of known) {
      const box = el('input', { type: 'checkbox', value: s, checked: true, 'data-status': s });
      box.checked = true;
      boxes.push(box);
      filters.append(el('label', null, box, el('span', { class: 'badge st-' + statusId(s) }, statusLabel(s)),
        ' ' + (counts.get(s) || 0)));
    }
    const all = el('button', { type: 'button', id: 'filter-all' }, 'All');
    const none = el('button', { type: 'button', id: 'filter-none' }, 'None');
    filters.append(el('span', { class: 'tools' }, all, none));

    const body = el('tbody');
    for (const ci of order) body.append(matrixRow(comparisons[ci], ci, columns));
    const applyFilter = () => {
      const on = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
      for (const tr of body.rows) tr.hidden = !on.has(tr.dataset.status);
      shown.textContent = body.querySelectorAll('tr:not([hidden])').length + ' of ' + body.rows.length + ' rows shown';
    };
    filters.addEventListener('change', applyFilter);
    all.addEventListener('click', () => { boxes.forEach((b) => { b.checked = true; }); applyFilter(); });
    none.addEventListener('click', () => { boxes.forEach((b) => { b.checked = false; }); applyFilter(); });
    const shown = el('p', { class: 'hint', id: 'rows-shown', 'aria-live': 'polite' });

    const colgroup = el('colgroup', null, el('col', { style: 'width: var(--rowhead)' }),
      ...columns.map(() => el('col', { style: 'width: var(--col)' })));
    const table = el('table', { class: 'matrix', id: 'matrix' },
      el('caption', { class: 'sr' }, 'Claims by source: one row per aligned set of claims, one column per source'),
      colgroup,
      el('thead', null, el('tr', null, el('th', { scope: 'col', class: 'corner' }, 'Claim · status'),
        ...columns.map(columnHeader))),
      body);
    table.style.width = 'calc(var(--rowhead) + ' + columns.length + ' * var(--col))';
    const scroller = el('div', { class: 'matrix-scroll', id: 'matrix-scroll', tabindex: '0',
      role: 'region', 'aria-label': 'Claims matrix, scrolls both ways' }, table);
    scroller.addEventListener('mouseover', onValueHover);
    scroller.addEventListener('mouseout', onValueLeave);
    scroller.addEventListener('focusin', onValueFocus);
    scroller.addEventListener('focusout', onValueLeave);
    scroller.addEventListener('click', onValueClick);
    section.append(el('p', { class: 'hint' },
      'Hover a value for its sentence; click it, or move to it with Tab, for the details. ? hedged, ✕ withdrawn.'),
      filters, shown, scroller);
    applyFilter();
    return section;
  }

  // --- Tooltip and details ------------------------------------------------------
  function valueOf(button) {
    if (!current || !button) return null;
    const c = current.comparisons[Number(button.dataset.c)];
    const v = c && arr(c.values)[Number(button.dataset.v)];
    return v ? { c, v } : null;
  }
  const valueTarget = (e) => (e.target instanceof Element ? e.target.closest('button.val') : null);

  function showTooltip(button) {
    const found = valueOf(button);
    const tip = $('tooltip');
    if (!found) return;
    tip.replaceChildren(sentence(found.v.text, found.v.figure, found.v.lang));
    tip.hidden = false;
    const r = button.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    let x = Math.min(r.left, window.innerWidth - w - 8);
    let y = r.bottom + 6;
    if (y + h > window.innerHeight - 8) y = Math.max(8, r.top - h - 6);
    tip.style.left = Math.max(8, x) + 'px';
    tip.style.top = y + 'px';
    button.setAttribute('aria-describedby', 'tooltip');
  }
  function hideTooltip() {
    $('tooltip').hidden = true;
  }
  function onValueHover(e) { const b = valueTarget(e); if (b) showTooltip(b); }
  function onValueLeave(e) {
    const b = valueTarget(e);
    if (b && !(e.relatedTarget instanceof Node && b.contains(e.relatedTarget))) {
      b.removeAttribute('aria-describedby');
      hideTooltip();
    }
  }
  function onValueFocus(e) { const b = valueTarget(e); if (b) { showTooltip(b); showDetails(b); } }
  function onValueClick(e) { const b = valueTarget(e); if (b) showDetails(b); }

  let pressed = null;
  function showDetails(button) {
    const found = valueOf(button);
    if (!found) return;
    const { c, v } = found;
    if (pressed) pressed.setAttribute('aria-pressed', 'false');
    pressed = button;
    button.setAttribute('aria-pressed', 'true');
    const d = docs.get(v.document) || {};
    const src = current.columns[current.columns.index.get(str(v.document))] || { document: v.document };
    const flags = [v.hedged ? 'hedged' : '', v.retracted ? 'withdrawn' : ''].filter(Boolean).join(', ');
    const rows = [
      ['Claim', str(c.kind) + (c.noun ? ': ' + str(c.noun) : '') + (v.group ? ' · ' + str(v.group) : '')],
      ['Status', statusLabel(c.status) + (c.note ? ' — ' + str(c.note) : '')],
      ['Value', valueText(v)],
      ['As written', el('span', { lang: str(v.lang) || null, dir: 'auto' }, str(v.figure))],
      ['Sentence', sentence(v.text, v.figure, v.lang)],
      ['Source', [sourceName(src), sourceTitle(src)].filter(Boolean).join(' — ')],
      ['Language', str(v.lang) || str(d.lang)],
      ['As of', str(v.date)],
      ['Published', str(v.published) || str(d.published)],
      ['Attributed to', str(v.attributed_to)],
      ['Flags', flags],
      ['Counts for', str(v.source)],
      ['Claim id', str(v.claim)],
    ];
    const dl = el('dl');
    for (const [k, val] of rows) if (val) dl.append(el('dt', null, k), el('dd', null, val));
    const url = str(d.url);
    const body = $('details-body');
    body.replaceChildren(dl);
    if (/^https?:\/\//i.test(url)) {
      body.append(el('p', null, el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, 'Open the article')));
    }
    $('details').hidden = false;
  }
  function closeDetails() {
    $('details').hidden = true;
    if (pressed) pressed.setAttribute('aria-pressed', 'false');
    pressed = null;
  }
  $('details-close').addEventListener('click', closeDetails);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') { hideTooltip(); closeDetails(); } });

  // --- Timelines ------------------------------------------------------------------
  const PALETTE = ['#1f4fa8', '#b3261e', '#1d6a33', '#8a5300', '#5b3fa8', '#0a627e', '#9c2f6e', '#4a5a0f', '#6b4a2b', '#2f2f8f'];
  const dayOf = (s) => { const t = Date.parse(str(s).slice(0, 10)); return Number.isFinite(t) ? t : null; };

  function renderTimelines(story, columns) {
    const section = el('section', { 'aria-labelledby': 'timeline-heading' },
      el('h3', { id: 'timeline-heading' }, 'Figures over time'));
    const lines = arr(story.timeline).filter((t) => t && arr(t.points).length);
    if (!lines.length) {
      section.append(el('p', { class: 'hint' }, 'No figure of this story has a date.'));
      return section;
    }
    const grid = el('div', { class: 'timelines', id: 'timelines' });
    for (const t of lines) grid.append(timelineChart(t, columns));
    section.append(el('p', { class: 'hint' }, 'One point per claim, coloured by source; hollow crossed points were withdrawn. Hover a point for its source.'), grid);
    return section;
  }

  function timelineChart(t, columns) {
    const W = 420, H = 190, L = 56, R = 12, T = 12, B = 34;
    const points = arr(t.points).filter((p) => p && typeof p.value === 'number');
    const dated = points.filter((p) => dayOf(p.date) !== null);
    const title = str(t.kind) + (t.noun ? ': ' + str(t.noun) : '') + (t.group ? ' · ' + str(t.group) : '');
    const fig = el('figure', { class: 'timeline' });
    let x0 = Infinity, x1 = -Infinity, y1 = 0;
    for (const p of dated) {
      const d = dayOf(p.date);
      x0 = Math.min(x0, d); x1 = Math.max(x1, d);
      y1 = Math.max(y1, p.value, typeof p.value_max === 'number' ? p.value_max : 0);
    }
    if (!dated.length) { x0 = 0; x1 = 1; }
    if (x0 === x1) { x0 -= 86400000; x1 += 86400000; }
    if (y1 <= 0) y1 = 1;
    y1 *= 1.1;
    const X = (d) => L + ((d - x0) / (x1 - x0)) * (W - L - R);
    const Y = (v) => T + (1 - v / y1) * (H - T - B);
    const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title + ': ' + dated.length + ' dated points' });
    chart.append(svg('line', { class: 'axis', x1: L, y1: H - B, x2: W - R, y2: H - B }),
      svg('line', { class: 'axis', x1: L, y1: T, x2: L, y2: H - B }));
    const tick = (x, y, text, anchor) => { const e = svg('text', { class: 'tick', x, y, 'text-anchor': anchor }); e.textContent = text; return e; };
    chart.append(tick(L - 6, Y(0) + 4, '0', 'end'), tick(L - 6, Y(y1 / 1.1) + 4, compactFormat.format(y1 / 1.1), 'end'));
    if (dated.length) {
      const first = new Date(x0).toISOString().slice(0, 10);
      const last = new Date(x1).toISOString().slice(0, 10);
      chart.append(tick(L, H - B + 16, first, 'start'), tick(W - R, H - B + 16, last, 'end'));
    }
    const kept = dated.filter((p) => !p.retracted).sort((a, b) => dayOf(a.date) - dayOf(b.date));
    if (kept.length > 1) {
      chart.append(svg('polyline', { class: 'trend', points: kept.map((p) => X(dayOf(p.date)) + ',' + Y(p.value)).join(' ') }));
    }
    for (const p of dated) {
      const col = columns.index.get(str(p.document));
      const colour = PALETTE[(col === undefined ? 0 : col) % PALETTE.length];
      const x = X(dayOf(p.date));
      const y = Y(p.value);
      if (typeof p.value_max === 'number' && p.value_max > p.value) {
        chart.append(svg('line', { class: 'range', x1: x, x2: x, y1: y, y2: Y(p.value_max), stroke: colour }));
      }
      const src = columns[col] || { document: p.document };
      const dot = svg('circle', { class: 'pt' + (p.retracted ? ' retracted' : ''), cx: x, cy: y, r: 5, fill: colour, 'data-claim': str(p.claim) });
      const tip = svg('title');
      tip.textContent = sourceName(src) + ' · ' + str(p.date) + ': ' + valueText(p) + (p.retracted ? ' (withdrawn)' : '');
      dot.append(tip);
      chart.append(dot);
      if (p.retracted) {
        chart.append(svg('path', { class: 'cross', d: `M${x - 4} ${y - 4}L${x + 4} ${y + 4}M${x - 4} ${y + 4}L${x + 4} ${y - 4}` }));
      }
    }
    chart.addEventListener('click', (e) => {
      const claim = e.target instanceof Element ? e.target.getAttribute('data-claim') : null;
      const at = claim !== null && current ? current.byClaim.get(claim) : undefined;
      if (!at) return;
      const b = document.querySelector(`#matrix button.val[data-c="${at[0]}"][data-v="${at[1]}"]`);
      if (b) showDetails(b);
    });
    const values = kept.map((p) => num(p.value)).join(' → ');
    const undated = points.length - dated.length;
    fig.append(el('figcaption', null, el('strong', null, title), ' ',
      el('span', { class: 'col-sub' }, (values || 'all withdrawn') + (undated ? ' · ' + undated + ' without a date' : ''))), chart);
    return fig;
  }

  // --- Sources and entities ------------------------------------------------------------
  function renderSources(story, columns) {
    const section = el('section', { 'aria-labelledby': 'sources-heading' },
      el('h3', { id: 'sources-heading' }, 'Sources'));
    const sources = columns.filter((s) => s.genre !== undefined || s.claims !== undefined || s.site !== undefined);
    if (!sources.length) {
      section.append(el('p', { class: 'hint' }, 'No source signals for this story.'));
      return section;
    }
    const heads = ['Source', 'Language', 'Published', 'Genre', 'Opinion', 'Cues', 'Fundraising', 'Claims', 'Unsupported', 'Cites', 'Copy of'];
    const body = el('tbody');
    for (const s of sources) {
      const d = docs.get(s.document) || {};
      const cues = s.cues && typeof s.cues === 'object' ? s.cues : {};
      const cueText = [['first person', cues.first_person], ['evaluative', cues.evaluative], ['questions', cues.questions],
        ['exclamations', cues.exclamations], ['hedges', cues.hedges]].filter(([, n]) => n).map(([k, n]) => k + ' ' + n).join(' · ');
      const opinion = typeof s.opinion === 'number' ? s.opinion : null;
      const cites = arr(s.cites).map(str).join(', ');
      const copyOf = s.copy_of ? (sourceName(columns[columns.index.get(str(s.copy_of))] || { document: s.copy_of }) + (s.copy ? ' (' + str(s.copy) + ')' : '')) : '';
      body.append(el('tr', { 'data-document': str(s.document) },
        el('th', { scope: 'row' }, clip(sourceName(s), 'col-site'), sourceTitle(s) ? clip(sourceTitle(s), 'col-sub') : null),
        el('td', null, str(s.lang) || str(d.lang)),
        el('td', { class: 'date' }, str(s.published) || str(d.published)),
        el('td', null, str(s.genre)),
        el('td', { class: 'num' }, opinion === null ? '–' : el('span', null,
          el('span', { class: 'bar', style: 'width:' + Math.round(Math.min(1, Math.max(0, opinion)) * 40) + 'px' }), opinion.toFixed(2))),
        el('td', null, el('span', { class: 'cues' }, cueText || 'none')),
        el('td', null, s.fundraising ? 'yes' : 'no'),
        el('td', { class: 'num' }, typeof s.claims === 'number' ? s.claims : '–'),
        el('td', { class: 'num' }, pct(s.unsupported)),
        el('td', null, cites ? clip(cites) : '–'),
        el('td', null, copyOf ? clip(copyOf) : '–')));
    }
    section.append(el('div', { class: 'table-scroll' }, el('table', { class: 'plain', id: 'sources' },
      el('thead', null, el('tr', null, ...heads.map((h) => el('th', { scope: 'col' }, h)))), body)));
    return section;
  }

  function renderEntities(story) {
    const section = el('section', { 'aria-labelledby': 'entities-heading' },
      el('h3', { id: 'entities-heading' }, 'Entities'));
    const entities = arr(story.entities).filter((e) => e && typeof e === 'object');
    if (!entities.length) {
      section.append(el('p', { class: 'hint' }, 'No entities for this story.'));
      return section;
    }
    const body = el('tbody');
    for (const e of entities) {
      const byLang = new Map();
      for (const v of arr(e.variants)) {
        if (!v) continue;
        const lang = str(v.lang) || '?';
        if (!byLang.has(lang)) byLang.set(lang, []);
        byLang.get(lang).push(v);
      }
      const variants = el('td', { class: 'variants' });
      for (const [lang, list] of byLang) {
        const group = el('span', { class: 'group' }, el('span', { class: 'lang' }, lang));
        list.forEach((v, i) => group.append(i ? ', ' : '', el('span', { lang: lang === '?' ? null : lang, dir: 'auto' }, str(v.text)),
          typeof v.count === 'number' && v.count > 1 ? ' ×' + v.count : ''));
        variants.append(group);
      }
      body.append(el('tr', null, el('th', { scope: 'row' }, str(e.name) || str(e.id)), el('td', null, str(e.type)),
        el('td', { class: 'num' }, Array.isArray(e.documents) ? e.documents.length : str(e.documents)), variants));
    }
    section.append(el('div', { class: 'table-scroll' }, el('table', { class: 'plain', id: 'entities' },
      el('thead', null, el('tr', null, ...['Entity', 'Type', 'Documents', 'Variants by language'].map((h) => el('th', { scope: 'col' }, h)))),
      body)));
    return section;
  }

  // --- Start ------------------------------------------------------------------------------
  function storyFromHash() {
    const id = decodeURIComponent(location.hash.replace(/^#/, ''));
    return stories.find((s) => str(s.id) === id) || stories[0];
  }
  renderHead();
  renderStoryList();
  renderErrors();
  renderStory(storyFromHash());
  window.addEventListener('hashchange', () => {
    renderStory(storyFromHash());
    $('story').focus();
  });
  document.documentElement.dataset.renderMs = String(Math.round(performance.now() - started));
  document.documentElement.dataset.ready = 'true';
})();
