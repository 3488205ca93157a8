// Analysis JSON (docs/json.md, "Story") made up for the HTML report's
// browser test (report_test.mjs, docs/report.md), so that the test does not
// depend on what the story stage finds in the sample corpus:
//   makeFixture()  two stories, every comparison status, hedged, withdrawn
//                  and translated values, sentences in six languages (one
//                  right-to-left) and article text that tries to break out of
//                  the page (markup, "</script>");
//   makeLarge(n)   one story of `sources` sources and `claims` claims, plus a
//                  small second story: the page must stay usable.
// Every text here is written for this test. Run alone, it writes a file:
//   node tests/browser/make_large.mjs [--fixture] [--sources 50] [--claims 500] -o FILE
import { writeFileSync } from 'node:fs';

// A small deterministic random generator (mulberry32), so that a failure
// can be reproduced.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (n) => n.toString(16).padStart(16, '0');
const day = (offset) => new Date(Date.UTC(2031, 2, 3 + offset)).toISOString().slice(0, 10);

function document(id, site, title, lang, published) {
  return { id, source: `${site}/${id}.html`, url: `https://${site}/news/${id}`, site, title, published, lang };
}

function source(doc, extra) {
  return {
    document: doc.id, title: doc.title, site: doc.site, lang: doc.lang, published: doc.published,
    genre: 'reporting', opinion: 0.05,
    cues: { first_person: 0, evaluative: 1, questions: 0, exclamations: 0, hedges: 0 },
    fundraising: false, claims: 0, unsupported: 0, cites: [], copy_of: null, copy: null, ...extra,
  };
}

// A value of a comparison; `claim` numbers the document's claims.
function value(doc, n, v, figure, text, extra = {}) {
  return {
    claim: `${doc.id}:c${n}`, document: doc.id, value: v, value_max: null, approx: 'exact', unit: null,
    group: 'people', date: doc.published, published: doc.published, attributed_to: null,
    hedged: false, retracted: false, source: doc.site, lang: doc.lang, figure, text, ...extra,
  };
}

// The timeline of a comparison's values.
function timelineOf(c) {
  return {
    kind: c.kind, noun: c.noun, group: c.group,
    points: c.values.map((v) => ({
      date: v.date, published: v.published, document: v.document, claim: v.claim, value: v.value,
      value_max: v.value_max, approx: v.approx, retracted: v.retracted,
    })).sort((a, b) => a.date.localeCompare(b.date)),
  };
}

// The counts of each source's claims and unsupported share.
function fillSourceCounts(story) {
  for (const s of story.sources) {
    const mine = story.comparisons.flatMap((c) => c.values.filter((v) => v.document === s.document).map(() => c.status));
    s.claims = mine.length;
    s.unsupported = mine.length ? mine.filter((x) => x === 'single_source').length / mine.length : 0;
  }
}

export const HOSTILE = '</script><script>window.__pwned = 1; document.title = "pwned"</script>' +
  '<img src="x" onerror="window.__pwned = 2"><!-- <b>not bold</b> &amp;';

export function makeFixture() {
  const d = [
    document(hex(0xa1), 'northwire.example', 'Dam gives way above Valmora', 'en', day(0)),
    document(hex(0xa2), 'tagesblick.example', 'Dammbruch bei Valmora', 'de', day(1)),
    document(hex(0xa3), 'le-courrier.example', 'Rupture du barrage de Valmora', 'fr', day(1)),
    document(hex(0xa4), 'vesti-doliny.example', 'Прорыв плотины у Вальморы', 'ru', day(2)),
    document(hex(0xa5), 'alwadi.example', 'انهيار سد فالمورا', 'ar', day(3)),
    document(hex(0xa6), 'glos-rzeki.example', 'Tama pękła nad Valmorą ' + HOSTILE, 'pl', day(4)),
    document(hex(0xb1), 'harbourpost.example', 'Lantern race returns to the old port', 'en', day(10)),
    document(hex(0xb2), 'portnytt.example', 'Lyktloppet tillbaka i gamla hamnen', 'sv', day(10)),
  ];
  const [en, de, fr, ru, ar, pl, hen, hsv] = d;
  const comparisons = [
    { kind: 'killed', noun: null, group: 'people', place: 'Valmora', status: 'disagree', sources: 2,
      values: [value(en, 1, 12, '12', 'Rescue crews said 12 people died when the wall of the dam split before dawn.'),
        value(de, 1, 19, '19', 'Nach Angaben der Feuerwehr kamen 19 Menschen ums Leben.')],
      note: '12 vs 19 (difference 7)' },
    { kind: 'missing', noun: null, group: 'people', place: 'Valmora', status: 'single_source', sources: 1,
      values: [value(fr, 1, 40, 'une quarantaine', 'Une quarantaine de personnes seraient toujours portées disparues.', { approx: 'about', hedged: true })],
      note: 'about 40 (one source)' },
    { kind: 'evacuated', noun: null, group: 'people', place: 'Valmora', status: 'evolving', sources: 3,
      values: [value(en, 2, 800, '800', 'By the evening 800 residents had been moved to the school gym.'),
        value(de, 2, 1200, '1200', 'Die Behörden korrigierten die Zahl von 1200 Evakuierten später.', { retracted: true }),
        value(ru, 1, 3500, 'около 3500', 'К утру из долины вывезли около 3500 человек.', { approx: 'about' })],
      note: '800 → 1,200 (withdrawn) → about 3,500' },
    { kind: 'injured', noun: null, group: 'security_forces', place: 'Valmora', status: 'different_scope', sources: 2,
      values: [value(ru, 2, 30, '30', 'Пострадали 30 полицейских, укреплявших берег.', { group: 'police' }),
        value(ar, 1, 100, 'أكثر من 100', 'أصيب أكثر من 100 شخص في القرى المجاورة.', { approx: 'more_than' })],
      note: '30 (police) vs more than 100 (people): different groups' },
    { kind: 'damage', noun: null, group: 'people', place: null, status: 'agree', sources: 2,
      values: [value(fr, 2, 5000000, '5 millions d’euros', 'Les dégâts sont estimés à 5 millions d’euros.', { unit: 'EUR', group: null }),
        value(pl, 1, 5000000, 'około 5 mln euro', 'Straty oszacowano na około 5 mln euro. ' + HOSTILE, { unit: 'EUR', approx: 'about', group: null })],
      note: '5,000,000 EUR and about 5,000,000 EUR' },
    { kind: 'other', noun: 'bridges', group: 'people', place: 'Valmora', status: 'agree', sources: 2,
      values: [value(en, 3, 3, 'three', 'The water carried away three bridges on the valley road.'),
        value(ar, 2, 3, 'ثلاثة', 'جرفت المياه ثلاثة جسور على طريق الوادي.')],
      note: '3 and 3' },
    { kind: 'arrested', noun: null, group: 'people', place: null, status: 'agree', sources: 2,
      values: [value(de, 3, 2, 'zwei bis drei', 'Zwei bis drei Mitarbeiter des Betreibers wurden festgenommen.', { value_max: 3, approx: 'range' }),
        value(pl, 2, 3, 'trzech', 'Zatrzymano trzech pracowników operatora zapory.')],
      note: '2–3 and 3' },
  ];
  const s1 = {
    id: 'S1', label: 'Valmora, dam — Valmora, 3–7 Mar 2031', documents: [en, de, fr, ru, ar, pl].map((x) => x.id),
    span: { start: day(0), end: day(4) },
    copies: [{ document: pl.id, of: de.id, how: 'translation', score: 0.71 }],
    comparisons,
    timeline: comparisons.filter((c) => c.values.length > 1).map(timelineOf),
    sources: [source(en, { cites: ['rescue crews'] }), source(de, { cites: ['Feuerwehr'] }),
      source(fr, { genre: 'opinion', opinion: 0.62, cues: { first_person: 4, evaluative: 6, questions: 2, exclamations: 1, hedges: 1 }, fundraising: true }),
      source(ru), source(ar), source(pl, { copy_of: de.id, copy: 'translation', cites: [HOSTILE] })],
    entities: [
      { id: 'E1', name: 'Valmora', type: 'place', documents: [en.id, de.id, fr.id, ru.id, ar.id, pl.id],
        variants: [{ text: 'Valmora', lang: 'en', count: 4 }, { text: 'Valmora', lang: 'de', count: 2 },
          { text: 'Вальмора', lang: 'ru', count: 3 }, { text: 'Вальморы', lang: 'ru', count: 1 },
          { text: 'فالمورا', lang: 'ar', count: 2 }, { text: 'Valmorą', lang: 'pl', count: 1 }] },
      { id: 'E2', name: 'Valmora Hydro', type: 'organization', documents: [en.id, pl.id],
        variants: [{ text: 'Valmora Hydro', lang: 'en', count: 1 }, { text: 'Valmora Hydro ' + HOSTILE, lang: 'pl', count: 1 }] },
    ],
  };
  const c2 = [
    { kind: 'protesters', noun: null, group: 'people', place: 'old port', status: 'agree', sources: 2,
      values: [value(hen, 1, 600, 'some 600', 'Some 600 runners carried lanterns along the quay.', { approx: 'about' }),
        value(hsv, 1, 600, '600', 'Omkring 600 löpare bar lyktor längs kajen.')],
      note: 'about 600 and 600' },
    { kind: 'injured', noun: null, group: 'people', place: null, status: 'single_source', sources: 1,
      values: [value(hsv, 2, 2, 'två', 'Två löpare skadades lätt när de halkade.')], note: '2 (one source)' },
  ];
  const s2 = {
    id: 'S2', label: 'Lantern race — old port, 13 Mar 2031', documents: [hen.id, hsv.id],
    span: { start: day(10), end: day(10) }, copies: [], comparisons: c2, timeline: c2.map(timelineOf),
    sources: [source(hen), source(hsv)],
    entities: [{ id: 'E3', name: 'old port', type: 'place', documents: [hen.id, hsv.id],
      variants: [{ text: 'old port', lang: 'en', count: 2 }, { text: 'gamla hamnen', lang: 'sv', count: 1 }] }],
  };
  fillSourceCounts(s1);
  fillSourceCounts(s2);
  return {
    parallax: { version: 'fixture', store_schema: 0, json_schema: 'docs/parallax.schema.json' },
    documents: d, stories: [s1, s2],
    errors: [{ source: 'inputs/broken.warc.gz ' + HOSTILE, reason: 'truncated gzip stream' }],
  };
}

const KINDS = ['killed', 'injured', 'missing', 'evacuated', 'displaced', 'arrested', 'detained',
  'hospitalised', 'damage', 'deployed', 'protesters', 'other'];
const GROUPS = ['people', 'civilians', 'children', 'police', 'security_forces', 'journalists'];
const LANGS = ['en', 'de', 'fr', 'ru', 'pl', 'uk', 'kk', 'ar', 'es', 'tr'];
const MULTI = ['disagree', 'evolving', 'different_scope', 'agree', 'agree'];
const APPROX = ['exact', 'exact', 'about', 'more_than', 'at_least', 'up_to'];

// One story of `sources` documents and `claims` values spread over
// comparisons of one to five values, plus a story of two documents.
export function makeLarge({ sources = 50, claims = 500, seed = 7 } = {}) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const docs = [];
  for (let i = 0; i < sources; i++) {
    const lang = LANGS[i % LANGS.length];
    docs.push(document(hex(0x1000 + i), `n${i + 1}-regional-and-national-outlet.example`,
      `A rather long headline of report ${i + 1} about the storm surge on the northern coast, written to be clipped`,
      lang, day(Math.floor(i / 5))));
  }
  const perDoc = new Map();
  const comparisons = [];
  let left = claims;
  while (left > 0) {
    const size = Math.min(left, 1 + Math.floor(rnd() * 5));
    left -= size;
    const kind = pick(KINDS);
    const status = size === 1 ? 'single_source' : pick(MULTI);
    const base = 10 + Math.floor(rnd() * 5000);
    const chosen = new Set();
    while (chosen.size < size) chosen.add(Math.floor(rnd() * sources));
    const values = [...chosen].map((i, k) => {
      const doc = docs[i];
      const n = (perDoc.get(doc.id) || 0) + 1;
      perDoc.set(doc.id, n);
      const v = status === 'agree' ? base : status === 'evolving' ? base + k * 37 : base + Math.floor(rnd() * 300);
      const figure = String(v);
      return value(doc, n, v, figure,
        `Sentence ${n} of report ${i + 1}: officials on the coast said ${figure} people were counted ` +
        'as the surge moved inland, a figure that the regional office repeated later in the day.',
        { approx: pick(APPROX), hedged: rnd() < 0.1, retracted: status === 'evolving' && k === 1 && rnd() < 0.5,
          unit: kind === 'damage' ? 'USD' : null, date: day(Math.floor(i / 5) + Math.floor(rnd() * 3)) });
    }).sort((a, b) => a.date.localeCompare(b.date) || a.document.localeCompare(b.document));
    comparisons.push({ kind, noun: kind === 'other' ? 'houses' : null, group: pick(GROUPS), place: 'northern coast',
      status, sources: size, values, note: values.map((v) => v.value).join(' vs ') });
  }
  const rank = { disagree: 0, evolving: 1, different_scope: 2, single_source: 3, agree: 4 };
  comparisons.sort((a, b) => rank[a.status] - rank[b.status]);
  const big = {
    id: 'S1', label: 'Storm surge — northern coast, March 2031', documents: docs.map((x) => x.id),
    span: { start: day(0), end: day(Math.floor(sources / 5) + 2) }, copies: [], comparisons,
    timeline: comparisons.filter((c) => c.values.length > 1).map(timelineOf),
    sources: docs.map((x, i) => source(x, { genre: i % 7 === 0 ? 'opinion' : 'reporting', opinion: (i % 7) / 7,
      fundraising: i % 11 === 0, cites: [`agency ${i % 4}`] })),
    entities: Array.from({ length: 30 }, (_, i) => ({
      id: `E${i + 1}`, name: `Entity ${i + 1}`, type: pick(['person', 'organization', 'place']),
      documents: docs.slice(0, 2 + (i % 10)).map((x) => x.id),
      variants: LANGS.slice(0, 1 + (i % 5)).map((lang) => ({ text: `Entity ${i + 1} (${lang})`, lang, count: 1 + (i % 3) })),
    })),
  };
  fillSourceCounts(big);
  const small = makeFixture().stories[1];
  return {
    parallax: { version: 'large', store_schema: 0, json_schema: 'docs/parallax.schema.json' },
    documents: docs.concat(makeFixture().documents.filter((x) => small.documents.includes(x.id))),
    stories: [big, small], errors: [],
  };
}

// Command line: write one analysis JSON.
if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : fallback; };
  const out = opt('-o');
  if (!out) {
    console.error('usage: node make_large.mjs [--fixture] [--sources N] [--claims N] [--seed N] -o FILE');
    process.exit(2);
  }
  const analysis = args.includes('--fixture') ? makeFixture()
    : makeLarge({ sources: Number(opt('--sources', 50)), claims: Number(opt('--claims', 500)), seed: Number(opt('--seed', 7)) });
  writeFileSync(out, JSON.stringify(analysis, null, 1));
}
