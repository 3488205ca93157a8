#!/usr/bin/python3
"""Convert the two public number/date peer suites into one neutral case format.

Reads, at run time and without copying them into the repository,
  ../shared/data/numbers/recognizers-text-specs.tar.xz  (Microsoft Recognizers-Text Specs)
  ../shared/data/numbers/duckling-corpus.tar.xz         (facebook/duckling Corpus.hs files)
and writes JSON Lines, one case a line:

  {"suite", "lang", "family", "text", "match", "reference_time", "source_file",
   "spans": [{"start", "end", "kind", "value", "value_max", "unit", "precision",
              "approx", ["alternatives"]}]}

Offsets are UTF-8 byte offsets into `text`, `end` exclusive. `match` says how
a scorer must read the case: "exact_spans" (Recognizers: `spans` is the whole
expected set, an empty list is a negative) or "whole_text" (Duckling: the
annotator must produce one span covering all of `text` with that value; other
spans are not errors; a negative means no span of the family covers all of
`text`). Field meanings and the choices made are in bench/README.md.

Standard library only; runs with Debian's /usr/bin/python3.
  python3 bench/numbers_cases.py OUT.jsonl [--data DIR] [--skip-platforms dotnet]
  python3 bench/numbers_cases.py --self-test
"""

import argparse
import json
import os
import re
import sys
import tarfile

from numcases_common import (
    DUCKLING_ARCHIVE, SPECS_ARCHIVE, SPEC_CURRENCY, SPEC_FILES, SPEC_LANGS,
    Skip, Stats, span, spec_skip_reason, to_number)
from numcases_duckling import (
    _time, convert_corpus, convert_duckling, duckling_value, hs_examples,
    iso_at)

# ---------------------------------------------------------------------------
# Recognizers-Text Specs


def platforms(field):
    """'javascript, Java,python' -> {'javascript', 'java', 'python'}."""
    if not field:
        return set()
    return {p.strip().lower() for p in str(field).split(",") if p.strip()}


def norm_keys(d):
    return {k.lower(): v for k, v in d.items()}


def locate(text, res, stats):
    """Character [start, end) of a spec result, checked against its Text.

    The specs disagree on `End`: most files make it inclusive (End = Start +
    len - 1), some exclusive; some results carry `Length` instead, a few no
    offsets at all. .NET counts UTF-16 units. Whatever fits `Text` is used."""
    want = str(res.get("text", "")).lower()
    n = len(want)
    st = res.get("start")
    cands = []
    if isinstance(st, int):
        if isinstance(res.get("end"), int):
            cands += [(st, res["end"] + 1, "end inclusive"),
                      (st, res["end"], "end exclusive")]
        if isinstance(res.get("length"), int):
            cands.append((st, st + res["length"], "length"))
        cands.append((st, st + n, "start + len(Text)"))
    for s, e, how in cands:
        if 0 <= s <= e <= len(text) and text[s:e].lower() == want:
            stats.notes["spec offsets: " + how] += 1
            return s, e
    if isinstance(st, int):  # UTF-16 offsets -> code points
        u16 = text.encode("utf-16-le")
        pre = u16[:2 * st].decode("utf-16-le", "ignore")
        s = len(pre)
        if text[s:s + n].lower() == want:
            stats.notes["spec offsets: UTF-16 corrected"] += 1
            return s, s + n
    low = text.lower()
    if want and len(low) == len(text) and low.count(want) == 1:
        s = low.index(want)
        stats.notes["spec offsets: found by Text search"] += 1
        return s, s + n
    raise Skip("offsets do not match Text")


def parse_interval(v):
    """Recognizers range '(,5]', '[10,15)', '(1.5,)' -> (value, value_max, approx)."""
    m = re.fullmatch(r"\s*([\[(])\s*([^,]*?)\s*,\s*([^,]*?)\s*([\])])\s*", v or "")
    if not m:
        raise Skip("unparsed range value")
    lo, hi = to_number(m.group(2)) if m.group(2) else None, \
        to_number(m.group(3)) if m.group(3) else None
    if lo is None and hi is None:
        raise Skip("unparsed range value")
    if lo is None:
        return hi, None, "up_to" if m.group(4) == "]" else "less_than"
    if hi is None:
        return lo, None, "at_least" if m.group(1) == "[" else "more_than"
    return lo, hi, "range"


def date_precision(timex):
    if re.fullmatch(r"[0-9X]{4}-[0-9X]{2}-[0-9X]{2}|[0-9X]{4}-W[0-9X]{2}-[0-9X]", timex or ""):
        return "day"
    if re.fullmatch(r"[0-9X]{4}-[0-9X]{2}", timex or ""):
        return "month"
    if re.fullmatch(r"[0-9X]{4}", timex or ""):
        return "year"
    return None


def spec_span(text, family, res, has_ref, stats):
    tn = res.get("typename") or res.get("type")
    s, e = locate(text, res, stats)
    r = res.get("resolution")
    r = norm_keys(r) if isinstance(r, dict) else {}
    if family == "number":
        if tn != "number":
            raise Skip("result type " + str(tn))
        return span(text, s, e, "number", to_number(r.get("value")))
    if family == "ordinal":
        if tn != "ordinal":
            raise Skip("result type " + str(tn))
        return span(text, s, e, "ordinal", to_number(r.get("value")))
    if family == "percent":
        if tn != "percentage":
            raise Skip("result type " + str(tn))
        v = r.get("value")
        return span(text, s, e, "percent",
                    to_number(str(v).rstrip("%")) if v is not None else None, unit="%")
    if family == "range":
        if tn != "numberrange":
            raise Skip("result type " + str(tn))
        lo, hi, approx = parse_interval(r.get("value"))
        return span(text, s, e, "number", lo, hi, approx=approx)
    if family == "money":
        if tn != "currency":
            raise Skip("result type " + str(tn))
        name = r.get("unit")
        unit = r.get("isocurrency") or SPEC_CURRENCY.get(name)
        if unit is None and name is not None:
            unit = name
            stats.notes["spec currency name kept verbatim: " + name] += 1
        return span(text, s, e, "money", to_number(r.get("value")), unit=unit)
    if family == "date":
        if tn not in ("datetimeV2.date", "date"):
            raise Skip("non-date result (%s)" % tn)
        if "values" in r:  # DateTimeModel
            vals = [norm_keys(x) for x in r["values"] if isinstance(x, dict)]
            timex = vals[0].get("timex") if vals else None
            dates = [x.get("value") for x in vals if x.get("value")]
        else:  # DateParser: Value {Timex, FutureResolution, PastResolution}
            v = norm_keys(res.get("value") or {})
            timex = v.get("timex")
            dates = [norm_keys(v.get(k) or {}).get("date")
                     for k in ("pastresolution", "futureresolution")]
            dates = [d for d in dates if d]
        if not has_ref and (timex is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", timex)):
            raise Skip("relative or partial date without reference time")
        uniq = list(dict.fromkeys(dates))
        return span(text, s, e, "date", uniq[0] if uniq else None,
                    precision=date_precision(timex), alternatives=uniq[1:])
    raise Skip("unknown family")


def convert_spec_file(member, raw, stats, skip_platforms, out):
    parts = member.split("/")
    fam_dir, lang_name, stem = parts[-3], parts[-2], parts[-1][:-len(".json")]
    lang = SPEC_LANGS[lang_name]
    family = SPEC_FILES[(fam_dir, stem)]
    cases = json.loads(raw.decode("utf-8-sig"))  # files begin with a BOM
    for case in cases:
        case = norm_keys(case)
        key = ("recognizers", lang, family)
        text = case.get("input")
        if not isinstance(text, str):
            stats.skip(key, "no Input")
            continue
        ns = platforms(case.get("notsupported")) | platforms(case.get("notsupportedbydesign"))
        if ns & skip_platforms:
            stats.skip(key, "NotSupported for " + ",".join(sorted(ns & skip_platforms)))
            continue
        if "javascript" in ns:
            stats.notes["spec cases kept although NotSupported for javascript"] += 1
        ref = (case.get("context") or {}).get("ReferenceDateTime")
        try:
            spans = [spec_span(text, family, norm_keys(r), ref is not None, stats)
                     for r in case.get("results") or []]
        except Skip as e:
            stats.skip(key, str(e))
            continue
        spans.sort(key=lambda x: (x["start"], x["end"]))
        out.append({"suite": "recognizers", "lang": lang, "family": family,
                    "text": text, "match": "exact_spans", "spans": spans,
                    "reference_time": ref, "source_file": member})
        stats.ok(key)


def convert_specs(path, stats, skip_platforms, out):
    with tarfile.open(path, "r:xz") as tar:
        for m in sorted(tar.getmembers(), key=lambda m: m.name):
            parts = m.name.split("/")
            if not m.isfile() or not m.name.endswith(".json") or len(parts) < 4:
                continue
            fam_dir, lang_name, stem = parts[-3], parts[-2], parts[-1][:-5]
            if fam_dir not in ("Number", "NumberWithUnit", "DateTime"):
                continue
            if lang_name not in SPEC_LANGS:
                stats.files_skipped.append((m.name, "language not in en/de/fr/es/it"))
                continue
            if (fam_dir, stem) not in SPEC_FILES:
                stats.files_skipped.append((m.name, spec_skip_reason(fam_dir, stem)))
                continue
            convert_spec_file(m.name, tar.extractfile(m).read(), stats,
                              skip_platforms, out)


# ---------------------------------------------------------------------------
# Self-test on inline strings (not taken from the suites)


def self_test():
    import unittest

    class T(unittest.TestCase):
        def test_spec_bytes_bom_end_conventions(self):
            cases = [
                {"Input": "Zażółć 3 € dziś", "NotSupported": "javascript",
                 "Results": [{"Text": "3 €", "TypeName": "currency", "Start": 7,
                              "End": 9, "Resolution": {"value": "3", "unit": "Euro"}}]},
                {"Input": "Ŝi pagis 4,5 $", "Results": [
                    {"Text": "4,5 $", "TypeName": "currency", "Start": 9, "End": 14,
                     "Resolution": {"value": "4,5", "unit": "Dollar"}}]},
                {"Input": "nie", "NotSupported": "dotNet, java", "Results": []},
            ]
            raw = b"\xef\xbb\xbf" + json.dumps(cases, ensure_ascii=False).encode("utf-8")
            st, out = Stats(), []
            convert_spec_file("x/NumberWithUnit/German/CurrencyModel.json", raw, st,
                              {"dotnet"}, out)
            self.assertEqual(len(out), 2)
            a = out[0]
            b = a["text"].encode("utf-8")
            s = a["spans"][0]
            self.assertEqual(b[s["start"]:s["end"]].decode("utf-8"), "3 €")
            self.assertEqual((s["value"], s["unit"]), (3, "EUR"))
            s = out[1]["spans"][0]
            self.assertEqual(out[1]["text"].encode()[s["start"]:s["end"]], "4,5 $".encode())
            self.assertEqual((s["value"], s["unit"]), (4.5, "$"))
            self.assertEqual(sum(st.skipped[("recognizers", "de", "money")].values()), 1)

        def test_spec_range_and_dates(self):
            self.assertEqual(parse_interval("(,7]"), (7, None, "up_to"))
            self.assertEqual(parse_interval("[2,9)"), (2, 9, "range"))
            self.assertEqual(parse_interval("(1.5,)"), (1.5, None, "more_than"))
            cases = [{"Input": "Wir sehen uns am 3. März.",
                      "Context": {"ReferenceDateTime": "2020-06-01T00:00:00"},
                      "Results": [{"Text": "3. märz", "TypeName": "datetimeV2.date",
                                   "Start": 17, "End": 23, "Resolution": {"values": [
                                       {"timex": "XXXX-03-03", "type": "date", "value": "2020-03-03"},
                                       {"timex": "XXXX-03-03", "type": "date", "value": "2021-03-03"}]}}]},
                     {"Input": "um 5 Uhr am Montag", "Results": [
                         {"Text": "5 uhr", "TypeName": "datetimeV2.time", "Start": 3, "End": 7}]}]
            st, out = Stats(), []
            convert_spec_file("x/DateTime/German/DateTimeModel.json",
                              json.dumps(cases).encode(), st, {"dotnet"}, out)
            self.assertEqual(len(out), 1)
            s = out[0]["spans"][0]
            self.assertEqual((s["value"], s["alternatives"], s["precision"]),
                             ("2020-03-03", ["2021-03-03"], "day"))
            self.assertEqual(out[0]["text"].encode()[s["start"]:s["end"]].decode(), "3. März")

        def test_haskell(self):
            src = '''
module X where
{-# LANGUAGE OverloadedStrings #-}
negativeCorpus = (ctx, testOptions, examples)
  where
    examples =
      [ "kot"
      , "pies" -- a comment "not a string"
      ]
allExamples = concat
  [ examples (NumeralValue (-2_500))
             [ "minus dwa i pół tysiąca", "\\x2212\\&2500" ]
  , examples (simple Dollar 1e3) ["tysiąc baksów"]
  , examples (between EUR (3, 4.5)) ["3-4,5 euro"]
  , examples (mystery 7) ["zagadka"]
  , examples (datetimeInterval ((2013, 2, 14, 0, 0, 0), (2013, 2, 17, 0, 0, 0)) Day)
             ["od 14 do 16 lutego"]
  , examples (datetime (2013, 2, 12, 15, 0, 0) Hour) ["o 15"]
  , examples (datetimeOpenInterval Before (2013, 3, 1, 0, 0, 0) Month) ["przed marcem"]
  , somethingElse ["nieznane"]
  ]
'''
            pos, neg, unparsed = hs_examples(src)
            self.assertEqual(neg, ["kot", "pies"])
            self.assertEqual(unparsed, 1)
            self.assertEqual(pos[0][1], ["minus dwa i pół tysiąca", "\u22122500"])
            self.assertEqual(duckling_value("Numeral", pos[0][0])[1]["value"], -2500)
            self.assertEqual(duckling_value("AmountOfMoney", pos[1][0])[1],
                             {"kind": "money", "unit": "$", "value": 1000})
            self.assertEqual(duckling_value("AmountOfMoney", pos[2][0])[1]["value_max"], 4.5)
            with self.assertRaises(Skip):
                duckling_value("Numeral", pos[3][0])
            fam, f = duckling_value("Time", pos[4][0])
            self.assertEqual((fam, f["value"], f["value_max"]), ("date", "2013-02-14", "2013-02-16"))
            fam, f = duckling_value("Time", pos[5][0])
            self.assertEqual((fam, f["value"]), ("time", "2013-02-12T15"))
            fam, f = duckling_value("Time", pos[6][0])
            self.assertEqual(iso_at(_time(("tuple", [("num", x) for x in (2013, 0, 0, 0, 0, 0)])),
                                    "month"), "2013-01")
            self.assertEqual((f["value"], f["approx"]), ("2013-03", "before"))
            st, out = Stats(), []
            convert_corpus(src, "Numeral", "pl", "x", st, out)
            self.assertEqual(out[0]["spans"][0]["end"], len(out[0]["text"].encode()))

        def test_numbers(self):
            self.assertEqual(to_number("1_200_000"), 1200000)
            self.assertEqual(to_number("-0,25"), -0.25)
            self.assertEqual(to_number("1E+30"), 1e30)
            self.assertIsNone(to_number("null"))

    r = unittest.TextTestRunner(verbosity=2).run(
        unittest.defaultTestLoader.loadTestsFromTestCase(T))
    return 0 if r.wasSuccessful() else 1


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?", help="JSON Lines output path")
    ap.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data", "numbers"),
                    help="folder with the two archives (default ../shared/data/numbers)")
    ap.add_argument("--skip-platforms", default="dotnet",
                    help="skip spec cases NotSupported(ByDesign) on any of these "
                         "comma-separated platforms (default: dotnet, the reference)")
    ap.add_argument("--self-test", action="store_true")
    a = ap.parse_args(argv)
    if a.self_test:
        return self_test()
    if not a.out:
        ap.error("an output path is required")
    stats, cases = Stats(), []
    convert_specs(os.path.join(a.data, SPECS_ARCHIVE), stats,
                  platforms(a.skip_platforms), cases)
    convert_duckling(os.path.join(a.data, DUCKLING_ARCHIVE), stats, cases)
    with open(a.out, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    stats.table(sys.stdout)
    sys.stdout.write("\n%d cases written to %s\n" % (len(cases), a.out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
