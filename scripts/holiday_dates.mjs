// Writes data/holiday_dates.tsv: the Gregorian dates of the Islamic,
// Jewish and Chinese holidays that no fixed rule gives (format:
// data/dates-README.md, "Holidays and seasons").
//
//   mkdir /tmp/hd && cd /tmp/hd && npm install hijri-converter@1.1.1 \
//       @umalqura/core@0.0.7 @hebcal/core@6.9.3 lunar-javascript@1.7.7
//   TZ=UTC node /path/to/parallax/scripts/holiday_dates.mjs /tmp/hd/node_modules \
//       > data/holiday_dates.tsv
//
// Sources: the Umm al-Qura calendar of Saudi Arabia as tabulated by two
// independent packages (hijri-converter and @umalqura/core); a date is
// written only where both agree, which they do from 1402 AH (1981) on.
// The Hebrew calendar (@hebcal/core: arithmetic, exact in every year).
// The Chinese calendar (lunar-javascript). Days are the daytime dates:
// a Jewish or Islamic day begins at the sunset before (Yom Kippur 2019 is
// 2019-10-09; it began on the evening of 2019-10-08).
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const modules = process.argv[2];
if (!modules) {
  console.error('usage: holiday_dates.mjs NODE_MODULES_DIR');
  process.exit(2);
}
const require = createRequire(path.join(modules, 'x.js'));
const hc = require('hijri-converter');
const uqModule = require('@umalqura/core');
const uq = uqModule.default || uqModule;
const { Lunar } = require('lunar-javascript');
const hebcal = await import(
    pathToFileURL(path.join(modules, '@hebcal/core/dist/esm/index.js')).href);
const { HDate, HebrewCalendar, months } = hebcal;

const FIRST_YEAR = 1950, LAST_YEAR = 2050;
const ISLAMIC_FIRST_YEAR = 1982;  // both Umm al-Qura tables agree from here

const pad = (n) => String(n).padStart(2, '0');
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const isoOfDate = (dt) => iso(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
const addDays = (s, n) => {
  const dt = new Date(s + 'T00:00:00Z');
  dt.setUTCDate(dt.getUTCDate() + n);
  return isoOfDate(dt);
};
const yearOf = (s) => Number(s.slice(0, 4));

// Occurrences where the cross-check named in the header found the sources
// apart: left out rather than guessed.
const DISPUTED = new Set(['mid_autumn 1978']);  // 1978-09-17 here, 09-16 in lunardate

const rows = [];
function add(id, first, last) {
  if (yearOf(first) < FIRST_YEAR || yearOf(first) > LAST_YEAR) return;
  if (DISPUTED.has(`${id} ${yearOf(first)}`)) return;
  rows.push([id, first, last && last !== first ? last : '']);
}

// --- Islamic (Umm al-Qura) ---------------------------------------------------
function hijri(hy, hm, hd) {
  const a = hc.toGregorian(hy, hm, hd);
  const d = uq(hy, hm, hd).date;  // local midnight: run with TZ=UTC
  const b = iso(d.getFullYear(), d.getMonth() + 1, d.getDate());
  const s = iso(a.gy, a.gm, a.gd);
  return s === b ? s : null;
}
const skipped = [];
for (let hy = 1395; hy <= 1475; ++hy) {
  const one = (id, hm, hd) => {
    const s = hijri(hy, hm, hd);
    if (s === null) skipped.push(`${id} ${hy}`);
    else if (yearOf(s) >= ISLAMIC_FIRST_YEAR) add(id, s);
  };
  one('islamic_new_year', 1, 1);
  one('ashura', 1, 10);
  one('mawlid', 3, 12);
  one('isra_miraj', 7, 27);
  const r1 = hijri(hy, 9, 1), s1 = hijri(hy, 10, 1);
  if (r1 && s1 && yearOf(r1) >= ISLAMIC_FIRST_YEAR) add('ramadan', r1, addDays(s1, -1));
  one('laylat_al_qadr', 9, 27);
  one('eid_al_fitr', 10, 1);
  one('day_of_arafah', 12, 9);
  one('eid_al_adha', 12, 10);
}

// --- Jewish (Hebrew calendar) -----------------------------------------------
const greg = (hd) => isoOfDate(new Date(Date.UTC(
    hd.greg().getFullYear(), hd.greg().getMonth(), hd.greg().getDate())));
const hdate = (d, m, y) => greg(new HDate(d, m, y));
for (let hy = 5710; hy <= 5812; ++hy) {
  // Year hy begins in the autumn of Gregorian year hy - 3761.
  add('rosh_hashanah', hdate(1, months.TISHREI, hy), hdate(2, months.TISHREI, hy));
  add('yom_kippur', hdate(10, months.TISHREI, hy));
  add('sukkot', hdate(15, months.TISHREI, hy), hdate(21, months.TISHREI, hy));
  add('shemini_atzeret', hdate(22, months.TISHREI, hy));
  add('simchat_torah', hdate(23, months.TISHREI, hy));
  const k = hdate(25, months.KISLEV, hy);
  add('hanukkah', k, addDays(k, 7));
  add('tu_bishvat', hdate(15, months.SHVAT, hy));
  const adar = HDate.isLeapYear(hy) ? months.ADAR_II : months.ADAR_I;
  add('purim', hdate(14, adar, hy));
  add('passover', hdate(15, months.NISAN, hy), hdate(22, months.NISAN, hy));
  add('lag_baomer', hdate(18, months.IYYAR, hy));
  add('shavuot', hdate(6, months.SIVAN, hy), hdate(7, months.SIVAN, hy));
  // Days whose date moves off a Sabbath by rules that changed over the
  // years: hebcal's own holiday list (Israel's rules for the two Yom days).
  const wanted = { "Yom HaShoah": 'yom_hashoah', "Yom HaAtzma'ut": 'yom_haatzmaut',
                   "Tish'a B'Av": 'tisha_bav',
                   "Tish'a B'Av (observed)": 'tisha_bav' };
  for (const evs of HebrewCalendar.getHolidaysForYear(hy).values()) {
    for (const ev of evs) {
      const id = wanted[ev.getDesc()];
      if (id) add(id, greg(ev.getDate()));
    }
  }
}

// --- Chinese (lunisolar) -----------------------------------------------------
for (let y = FIRST_YEAR; y <= LAST_YEAR; ++y) {
  const solar = (m, d) => {
    const s = Lunar.fromYmd(y, m, d).getSolar();
    return iso(s.getYear(), s.getMonth(), s.getDay());
  };
  add('chinese_new_year', solar(1, 1));
  add('lantern_festival', solar(1, 15));
  add('dragon_boat', solar(5, 5));
  add('mid_autumn', solar(8, 15));
}

rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
const out = [];
out.push('# GENERATED BY scripts/holiday_dates.mjs; DO NOT EDIT.');
out.push('# parallax: dates of the holidays that follow a lunar or lunisolar calendar,');
out.push('# read by src/annotate/date_holidays.cc for the `table` rules of');
out.push('# data/holidays.tsv. Format: data/dates-README.md, "Holidays and seasons":');
out.push('# <id><TAB><first day>[<TAB><last day>], one occurrence a line.');
out.push(`# Years ${FIRST_YEAR}-${LAST_YEAR} (Islamic holidays from ${ISLAMIC_FIRST_YEAR}).`);
out.push('# Islamic: the Umm al-Qura calendar of Saudi Arabia, written only where two');
out.push('# independent tables of it agree (hijri-converter 1.1.1, @umalqura/core 0.0.7);');
out.push('# a country that begins the month by sighting the moon can observe a day');
out.push('# later. Jewish: the Hebrew calendar (@hebcal/core 6.9.3), the daytime');
out.push('# dates (a day begins at the sunset before), Passover and Shavuot as kept');
out.push('# outside Israel (8 and 2 days). Chinese: lunar-javascript 1.7.7. Checked');
out.push('# against Debian\'s hebcal 4.31 (Jewish: all agree) and python3-lunardate');
out.push('# 0.2.0 (Chinese: one disagreement, mid_autumn 1978, left out).');
for (const r of rows) out.push(r[2] ? `${r[0]}\t${r[1]}\t${r[2]}` : `${r[0]}\t${r[1]}`);
process.stdout.write(out.join('\n') + '\n');
if (skipped.length) console.error(`skipped (tables disagree): ${skipped.length}`);
