#!/usr/bin/python3
"""Sort the issue 4 errors of numbers_eval into classes: peer convention or gap.

Reads the file `numbers_eval --cases FILE --cases-json ERRORS` writes (one
JSON line per error, plus one "tally" line per target and half; see
bench/numbers_eval_errors.h) and puts every error in exactly one class by
general rules on the relation between the expected and the predicted spans
and values, and on general text patterns (maths notation, function words
before a date); never by case text. Each class is either a `convention` (the
peer's choice, which we do not follow on purpose for news, documented in
bench/README.md or data/*-README.md) or a `gap` (ours to fix).

Prints, per target (numbers, currency, dates) and half (dev, held-out), the
errors per class with two short examples each, and "F1 if the convention
classes were counted right": an UPPER BOUND, not a figure we report as met.

Standard library only; runs with Debian's /usr/bin/python3.
  build/x/numbers_eval --cases /tmp/cases.jsonl --cases-json /tmp/errors.jsonl
  python3 bench/numbers_errors.py /tmp/errors.jsonl [--markdown] [--examples N]
  python3 bench/numbers_errors.py --self-test
"""

import argparse
import datetime
import json
import re
import sys

# name -> (kind, what it means, where the convention is documented)
CLASSES = {
    "span_function_word": (
        "convention",
        "span differs only by a preposition/article before it (peer keeps it)",
        "data/dates-README.md, 'Spans start at the date'"),
    "value_coarser": (
        "convention",
        "same span; our value is the week/month/year (day) that holds the peer's day (hour)",
        "data/dates-README.md, 'Duckling's date conventions not followed'"),
    "value_next_vs_latest": (
        "convention",
        "same span; peer takes the next occurrence, we the latest/closest",
        "data/dates-README.md, 'Not followed, Duckling's conventions'"),
    "value_rolling_window": (
        "convention",
        "same span; our period runs from the reference, the peer's is whole units",
        "data/dates-README.md, 'periods of whole units'"),
    "value_time_zone": (
        "convention",
        "same span; we keep the written time with its offset, the peer converts",
        "data/dates-README.md, 'Time zones'"),
    "value_window_bounds": (
        "convention",
        "same span, our start inside the peer's window; windows differ (parts of the day, "
        "month parts, astronomical seasons, weeks)",
        "data/dates-README.md, 'its month windows differ by phrase', 'parts of the day "
        "differ', 'seasons are astronomical'"),
    "value_bound_as_time": (
        "convention",
        "same span; a bound ('until 4 pm') is the time, the peer's an interval",
        "data/dates-README.md, 'Bounds' and 'bounds ... not an open interval'"),
    "value_week_offset": (
        "convention",
        "same span, 7 days apart: next/last weekday is the nearest one for us",
        "data/dates-README.md, '`next Sunday` said on a Monday is the coming Sunday'"),
    "value_unresolved": (
        "convention",
        "same span; we keep the mention with no value (calendar not tabulated)",
        "data/dates-README.md, 'Islamic dates before 1982 ... left out'"),
    "value_holiday_eve": (
        "convention",
        "same span; peer starts the holiday on its eve",
        "data/dates-README.md, 'Jewish holidays from the eve'"),
    "story_relative_or_now": (
        "convention",
        "relative to the story or rhetoric, not read: 'the next day', 'lendemain', "
        "'jetzt', 'plus tard'",
        "data/dates-README.md, 'Not followed (Recognizers conventions wrong for news)', "
        "'`now` rows are phrases only'"),
    "sign_apart": (
        "convention",
        "a sign typed apart from its figure ('- 10  k')",
        "data/numbers-README.md, 'Not read' (a sign typed apart)"),
    "one_letter_suffix": (
        "convention",
        "a figure with a one-letter suffix ('10G', '3M', '12b')",
        "data/numbers-README.md, 'Not read' (one-letter suffixes)"),
    "words_digits_mixed": (
        "convention",
        "a ten in words and a digit ('trente 3'): two figures",
        "data/numbers-README.md, 'Not read' (number words and digits mixed)"),
    "maths_notation": (
        "convention",
        "powers, x10^, ratios ('one over three', '2 in 5'): read as their parts",
        "data/numbers-README.md, 'Not read'"),
    "number_in_code": (
        "convention",
        "a number inside an IP, version, code or dotted/dashed date",
        "data/numbers-README.md, 'Not read' (IP addresses, versions, codes)"),
    "article_as_one": (
        "convention",
        "an article alone (un, una, ein, eine) the peer reads as 1",
        "data/numbers-README.md, 'Not read' (articles as one)"),
    "number_in_money_percent": (
        "convention",
        "peer's bare number inside an amount or percentage we report",
        "bench/README.md, 'NumberModel gives the bare figure of \"$20\"'"),
    "number_in_unit_or_date": (
        "convention",
        "peer's bare number inside a measure, duration or date we report",
        "bench/README.md (spans never relaxed); include/parallax/annotate.h"),
    "currency_name_no_figure": (
        "convention",
        "a currency name with no figure ('dollar')",
        "data/quantities-README.md, 'Peer conventions we do not follow'"),
    "currency_non_iso": (
        "convention",
        "a unit with no ISO code (sen, satoshis, pesewas, rare signs)",
        "data/quantities-README.md, 'Peer conventions we do not follow'"),
    "cents_after_amount": (
        "convention",
        "peer reads a bare figure after an amount as cents mid-clause",
        "data/quantities-README.md, 'Peer conventions we do not follow'"),
    "currency_garbled_suffix": (
        "convention",
        "peer adds a one-letter token after the amount ('$ c')",
        "data/quantities-README.md, 'Peer conventions we do not follow'"),
    "missed": ("gap", "missed entirely: nothing of ours overlaps", ""),
    "other_kind_instead": (
        "gap",
        "missed as this family; something of another kind (number, ordinal, duration, ...) "
        "overlaps it", ""),
    "span_differs": ("gap", "overlapping but different span", ""),
    "wrong_value": ("gap", "same span, wrong value", ""),
    "spurious": ("gap", "a span of ours that overlaps no expected one", ""),
    "negative_failed": ("gap", "something found in a negative case", ""),
}

# Prepositions, articles and determiners a peer keeps before a date or
# number (general function words of each language, not case texts).
FUNCTION_WORDS = set("""
the on at in for of by a an from since until till to during
am an im in um der die das den dem des vom zum zur bis ab seit ein eine einen einem für
le la les l' du de des au aux à en dans pour d' ce cette
el la los las del de al a en para por desde hasta lo
il lo la i gli le l' del della dello dei delle al alla allo ai alle nel nella nello nei nelle
di a in per da dal dalla dai
w we na o od do z ze dnia
в во на с со к ко о об от до по за
у з із зі від
""".split())

ARTICLES_AS_ONE = {"un", "una", "ein", "eine", "einer", "einen", "einem"}
MATHS = re.compile(r"\^|\d\s*[x×*]\s*10|\s(over|out of|in|sobre|su|sur)\s", re.I)
ONE_LETTER = re.compile(r"^[-+]?[\d.,]*\d[^\W\d_]$")
CODE_TOKEN = re.compile(r"\d+([./:-]\d+){2,}")
LINK_AND = re.compile(r"^\s+(and|und|et|y|e|i|и|і)\s+\S+\s*$", re.I)
STORY_OR_NOW = re.compile(
    r"(the )?(next day|day after|following day|day before|this day|day|last day)|"
    r"(le )?lendemain|(el )?d[ií]a siguiente|(le )?jour (suivant|précédent)|plus tard|"
    r"jetzt|maintenant|ahora|adesso|teraz|сейчас|зараз|now", re.I)
SIGN_APART = re.compile(r"^[-−+]\s+\d")
WORDS_DIGITS = re.compile(r"^[^\W\d]+(\s+[^\W\d]{1,2})?\s+\d+$")
ISO_OFFSET = re.compile(r"T\d\d(:\d\d){0,2}([+-]\d\d:\d\d|Z)$")
FILLER = " \t\r\n.,;:!?\"'()[]{}"


def piece(text, start, end):
    return text.encode("utf-8")[start:end].decode("utf-8", "replace")


def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def trimmed_end(text, end):
    """`end` moved back over trailing whitespace and punctuation."""
    b = text.encode("utf-8")
    while end > 0 and chr(b[end - 1]) in FILLER and b[end - 1] < 0x80:
        end -= 1
    return end


def words(s):
    return [w for w in re.split(r"[\s,]+", s.strip().lower()) if w]


def only_function_words(s):
    """Whether `s` is one or more function words (an elided l'/d' counts)."""
    ws = words(s.replace("’", "'").replace("'", "' "))
    return bool(ws) and all(w in FUNCTION_WORDS for w in ws)


def same_span(r, e, g):
    if r["match"] == "whole_text":
        return covers_whole(r["text"], g)
    return e["start"] == g["start"] and e["end"] == g["end"]


def covers_whole(text, g):
    b = text.encode("utf-8")
    head = b[:g["start"]].decode("utf-8", "replace")
    tail = b[g["end"]:].decode("utf-8", "replace")
    filler = set(FILLER)
    return all(c in filler for c in head) and all(c in filler for c in tail)


def function_word_span(r, e, g):
    """The spans differ only by function words before one of them."""
    text = r["text"]
    if trimmed_end(text, e["end"]) != trimmed_end(text, g["end"]):
        return False
    if e["start"] == g["start"]:
        return False
    lo, hi = sorted((e["start"], g["start"]))
    return only_function_words(piece(text, lo, hi))


# --- ISO values -------------------------------------------------------------

def parse_iso(v):
    """(start datetime, end datetime exclusive, grain rank) of an ISO value,
    or None. Ranks: year 0, quarter 1, month 2, week 3, day 4, hour 5,
    minute 6, second 7."""
    if not isinstance(v, str) or not v:
        return None
    v = re.sub(r"([+-]\d\d:\d\d|Z)$", "", v) if "T" in v else v
    m = re.match(r"^(\d{4})-W(\d\d)$", v)
    if m:
        s = datetime.datetime.strptime(f"{m[1]}-W{m[2]}-1", "%G-W%V-%u")
        return s, s + datetime.timedelta(days=7), 3
    m = re.match(r"^(\d{4})-Q([1-4])$", v)
    if m:
        s = datetime.datetime(int(m[1]), 3 * int(m[2]) - 2, 1)
        e = datetime.datetime(int(m[1]) + (m[2] == "4"), 1 if m[2] == "4" else 3 * int(m[2]) + 1, 1)
        return s, e, 1
    m = re.match(r"^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d)(?::(\d\d)(?::(\d\d))?)?)?)?)?$", v)
    if not m:
        return None
    try:
        y = int(m[1])
        if m[2] is None:
            return datetime.datetime(y, 1, 1), datetime.datetime(y + 1, 1, 1), 0
        mo = int(m[2])
        if m[3] is None:
            s = datetime.datetime(y, mo, 1)
            e = datetime.datetime(y + (mo == 12), 1 if mo == 12 else mo + 1, 1)
            return s, e, 2
        s = datetime.datetime(y, mo, int(m[3]))
        fields = [m[4], m[5], m[6]]
        rank, step = 4, datetime.timedelta(days=1)
        for i, (f, d) in enumerate(zip(fields, ("hours", "minutes", "seconds"))):
            if f is None:
                break
            s += datetime.timedelta(**{d: int(f)})
            rank, step = 5 + i, datetime.timedelta(**{d: 1})
        return s, s + step, rank
    except ValueError:
        return None


def reference(r):
    t = parse_iso((r.get("reference_time") or "")[:19].replace(" ", "T"))
    return t[0] if t else None


def value_class(r, e, g):
    """The class of a wrong value on the same (or convention) span."""
    if isinstance(e.get("value"), (int, float)) or e.get("value") is None:
        return "wrong_value"
    got_v = g.get("value")
    if isinstance(got_v, str) and ISO_OFFSET.search(got_v):
        return "value_time_zone"
    if got_v == "" and e["value"]:
        return "value_unresolved"
    want, got = parse_iso(e["value"]), parse_iso(got_v)
    if not want or not got:
        return "wrong_value"
    ref = reference(r)
    day = datetime.timedelta(days=1)
    want_max = parse_iso(e.get("value_max")) if e.get("value_max") else None
    got_max = parse_iso(g.get("value_max")) if g.get("value_max") else None
    if got[2] < want[2] and got[0] <= want[0] < got[1] and not want_max:
        return "value_coarser"
    if want_max and got_max and ref is not None:
        if any(abs(b - ref) <= day for b in (got[0], got_max[1])):
            return "value_rolling_window"
    if want_max and want_max[0] <= got[0] < want_max[1] and not got_max:
        return "value_bound_as_time"
    if want_max and want[0] <= got[0] < want_max[1] or \
            want_max and got[2] < want[2] and got[0] <= want[0] < got[1]:
        return "value_window_bounds"
    if got[0] - want[0] == day and not re.search(r"(?<!\d)\d{1,2}(?!\d)", r["text"]):
        return "value_holiday_eve"
    if ref is not None and got[0] < want[0] and got[0] <= ref + day and \
            want[0] >= ref - day and want[0] - got[0] <= datetime.timedelta(days=380):
        return "value_next_vs_latest"
    if abs(got[0] - want[0]) == 7 * day and got[2] == want[2] == 4:
        return "value_week_offset"
    return "wrong_value"


# --- classes ----------------------------------------------------------------

def is_iso_code(unit):
    return len(unit) == 3 and unit.isascii() and unit.isupper()


def token_around(text, e):
    """The whitespace-delimited token(s) holding the span."""
    b = text.encode("utf-8")
    s, t = e["start"], e["end"]
    while s > 0 and not chr(b[s - 1]).isspace():
        s -= 1
    while t < len(b) and not chr(b[t]).isspace():
        t += 1
    return b[s:t].decode("utf-8", "replace")


def classify_expected(r, k):
    """The class of expected span k of record r (missed or wrongly valued)."""
    e = r["expected"][k]
    text, target = r["text"], r["target"]
    etext = e["text"]
    if target == "dates" and STORY_OR_NOW.fullmatch(etext.strip()):
        return "story_relative_or_now"
    if target == "numbers":
        if MATHS.search(etext):
            return "maths_notation"
        if SIGN_APART.search(etext):
            return "sign_apart"
        # `b` is read after a decimal ("1.2b"), not after a whole number.
        if ONE_LETTER.search(etext.strip()) and not re.search(r"\d[.,]\d+[bB]$", etext):
            return "one_letter_suffix"
        if WORDS_DIGITS.search(etext.strip()) and \
                sum(1 for g in r["got"] if e["start"] <= g["start"] < e["end"]) >= 2:
            return "words_digits_mixed"
        if CODE_TOKEN.search(token_around(text, e)):
            return "number_in_code"
        if etext.strip().lower() in ARTICLES_AS_ONE and e.get("value") == 1:
            return "article_as_one"
    if target == "currency":
        if not re.search(r"\d", etext) and e.get("value") in (None, "", 0):
            return "currency_name_no_figure"
    got = [g for g in r["got"] if overlaps(g, e) or (r["match"] == "whole_text" and
                                                       covers_whole(text, g))]
    if target == "currency" and not got and e.get("unit") and \
            not is_iso_code(e["unit"]) and e["unit"] not in ("$", "£", "¢"):
        return "currency_non_iso"
    if not got:
        if target == "numbers":
            for o in r["other"]:
                inside = o["start"] <= e["start"] and e["end"] <= o["end"]
                if inside and (o["start"], o["end"]) != (e["start"], e["end"]):
                    if o["kind"] in ("money", "percent"):
                        return "number_in_money_percent"
                    if o["kind"] in ("measure", "duration", "date"):
                        return "number_in_unit_or_date"
        if any(overlaps(o, e) for o in r["other"]):
            return "other_kind_instead"
        return "missed"
    for g in got:
        if same_span(r, e, g):
            return "wrong_value" if k in g["fits"] else value_class(r, e, g)
    for g in got:
        if function_word_span(r, e, g):
            if k in g["fits"]:
                return "span_function_word"
            v = value_class(r, e, g)
            return "span_function_word" if v != "wrong_value" else "span_differs"
    if target == "currency":
        for g in got:
            if g["start"] == e["start"] and g["end"] < e["end"]:
                rest = piece(text, g["end"], e["end"])
                if LINK_AND.match(rest):
                    return "cents_after_amount"
                if re.fullmatch(r"\s+\w", rest):
                    return "currency_garbled_suffix"
    return "span_differs"


def classify(r):
    """The class of one error record."""
    focus = r["focus"]
    if focus["side"] == "expected":
        return classify_expected(r, focus["index"])
    g = r["got"][focus["index"]]
    if r["outcome"] == "negative_failed":
        return "negative_failed"
    hits = [k for k, e in enumerate(r["expected"]) if overlaps(g, e)]
    for k in hits:
        e = r["expected"][k]
        if any(o["start"] == e["start"] and o["end"] == e["end"] for o in r["got"]):
            continue  # that expected span is matched; this one is extra
        return classify_expected(r, k)
    return "span_differs" if hits else "spurious"


# --- report -----------------------------------------------------------------

def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    rc = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * rc / (p + rc) if p + rc else 0.0


def upper_bound(tally, records):
    """(F1, resolution) if every convention error were counted right."""
    tp, fp, fn = tally["tp"], tally["fp"], tally["fn"]
    res_n, res_ok = tally["matched"], tally["resolved"]
    for r, cls in records:
        if CLASSES[cls][0] != "convention":
            continue
        if r["outcome"] == "fn":
            tp, fn, res_n, res_ok = tp + 1, fn - 1, res_n + 1, res_ok + 1
        elif r["outcome"] in ("fp", "negative_failed"):
            fp -= 1
        elif r["outcome"] == "wrong_value":
            res_ok += 1
    return f1(tp, fp, fn), res_ok / res_n if res_n else 0.0


def short(r):
    f = r["focus"]
    span = (r["expected"] if f["side"] == "expected" else r["got"])[f["index"]]
    if f["side"] == "expected":
        other = ", ".join(f"'{g['text']}' {g['value']}" for g in r["got"][:2]) or "-"
        s = f"{r['lang']} {r['outcome']} '{span['text']}' {span.get('value')} | got {other}"
    else:
        other = ", ".join(f"'{e['text']}' {e['value']}" for e in r["expected"]
                          if overlaps(e, span)) or "-"
        s = f"{r['lang']} {r['outcome']} '{span['text']}' {span.get('value')} | peer {other}"
    return s if len(s) <= 110 else s[:107] + "..."


def report(records, tallies, markdown, n_examples, out=sys.stdout):
    targets = ["numbers", "currency", "dates"]
    for target in targets:
        for half in ("dev", "held-out"):
            recs = [(r, c) for r, c in records if r["target"] == target and r["half"] == half]
            tally = tallies.get((target, half))
            total = len(recs)
            counts = {}
            for r, c in recs:
                counts.setdefault(c, []).append(r)
            conv = sum(len(v) for c, v in counts.items() if CLASSES[c][0] == "convention")
            head = f"{target} / {half}: {total} errors, {conv} convention, {total - conv} gap"
            if markdown:
                print(f"\n#### {head}\n", file=out)
                print("| class | kind | errors | share | examples |", file=out)
                print("|---|---|---:|---:|---|", file=out)
            else:
                print(f"\n== {head}", file=out)
            order = sorted(counts, key=lambda c: (CLASSES[c][0] != "gap", -len(counts[c]), c))
            for c in order:
                rs = counts[c]
                share = 100.0 * len(rs) / total if total else 0.0
                ex = [short(r) for r in rs[:n_examples]]
                if markdown:
                    exs = "<br>".join(x.replace("|", "\\|") for x in ex)
                    print(f"| {c} | {CLASSES[c][0]} | {len(rs)} | {share:.1f}% | {exs} |",
                          file=out)
                else:
                    print(f"  {c:<26} {CLASSES[c][0]:<10} {len(rs):>5} {share:5.1f}%", file=out)
                    for x in ex:
                        print(f"      e.g. {x}", file=out)
            if tally:
                ub_f1, ub_res = upper_bound(tally, recs)
                line = (f"F1 {100 * tally['f1']:.1f} resolution {100 * tally['resolution']:.1f}; "
                        f"UPPER BOUND if the convention classes were counted right (not a "
                        f"reported figure): F1 {100 * ub_f1:.1f}, resolution {100 * ub_res:.1f}")
                print(("\n" if markdown else "  ") + line, file=out)


def load(path):
    records, tallies = [], {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            r = json.loads(line)
            if r.get("type") == "tally":
                tallies[(r["target"], r["half"])] = r
            else:
                records.append((r, classify(r)))
    return records, tallies


# --- self-test --------------------------------------------------------------

def self_test():
    import unittest

    def rec(text, expected, got, outcome="fn", side="expected", index=0, target="dates",
            match="exact_spans", other=(), ref="2013-02-12T04:30:00"):
        """A made-up record; spans are (start, end, value[, value_max]) in bytes."""
        b = text.encode("utf-8")

        def span(t, i, got_side):
            d = {"start": t[0], "end": t[1], "text": b[t[0]:t[1]].decode(), "value": t[2],
                 "value_max": t[3] if len(t) > 3 else None, "unit": t[4] if len(t) > 4 else ""}
            if got_side:
                d["kind"] = "date" if target == "dates" else "number"
                d["fits"] = list(t[5]) if len(t) > 5 else []
            return d
        return {"type": "error", "target": target, "half": "dev", "lang": "xx",
                "match": match, "text": text, "reference_time": ref, "outcome": outcome,
                "focus": {"side": side, "index": index},
                "expected": [span(t, i, False) for i, t in enumerate(expected)],
                "got": [span(t, i, True) for i, t in enumerate(got)],
                "other": [{"start": o[0], "end": o[1], "kind": o[2]} for o in other]}

    class T(unittest.TestCase):
        def test_function_word_both_sides(self):
            t = "They met on the 27th."
            r = rec(t, [(9, 20, "2013-01-27")], [(16, 20, "2013-01-27", None, "", [0])])
            self.assertEqual(classify(r), "span_function_word")
            r["outcome"], r["focus"] = "fp", {"side": "got", "index": 0}
            self.assertEqual(classify(r), "span_function_word")
            t = "Sie kamen um 15 Uhr."  # ours longer: the clock-time word
            r = rec(t, [(13, 19, "2013-02-12T15")], [(10, 19, "2013-02-12T15", None, "", [0])])
            self.assertEqual(classify(r), "span_function_word")

        def test_function_word_wrong_value_is_gap(self):
            t = "They met on the 27th."
            r = rec(t, [(9, 20, "2013-01-27")], [(16, 20, "2011-05-03")])
            self.assertEqual(classify(r), "span_differs")

        def test_non_function_prefix_is_gap(self):
            t = "They met this upcoming Friday."
            r = rec(t, [(9, 29, "2013-02-15")], [(23, 29, "2013-02-08")])
            self.assertEqual(classify(r), "span_differs")

        def test_coarser_precision(self):
            t = "vor drei Wochen"
            r = rec(t, [(0, 15, "2013-01-22")], [(0, 15, "2013-W04")], outcome="wrong_value",
                    match="whole_text")
            self.assertEqual(classify(r), "value_coarser")
            r = rec(t, [(0, 15, "2013-01-22")], [(0, 15, "2013-W09")], outcome="wrong_value")
            self.assertEqual(classify(r), "wrong_value")

        def test_next_vs_latest(self):
            r = rec("Tuesday", [(0, 7, "2013-02-19")], [(0, 7, "2013-02-12")],
                    outcome="wrong_value")
            self.assertEqual(classify(r), "value_next_vs_latest")
            r = rec("Tuesday", [(0, 7, "2013-02-09")], [(0, 7, "2013-02-12")],
                    outcome="wrong_value")
            self.assertEqual(classify(r), "wrong_value")  # ours later: no convention

        def test_rolling_window_zone_eve(self):
            r = rec("the last two years", [(0, 18, "2011", "2012")],
                    [(0, 18, "2011-02-12", "2013-02-11")], outcome="wrong_value")
            self.assertEqual(classify(r), "value_rolling_window")
            r = rec("at 8:00 GMT", [(0, 11, "2013-02-12T06:00")],
                    [(0, 11, "2013-02-12T08:00+00:00")], outcome="wrong_value")
            self.assertEqual(classify(r), "value_time_zone")
            r = rec("Feast 2018", [(0, 10, "2018-09-18")], [(0, 10, "2018-09-19")],
                    outcome="wrong_value")
            self.assertEqual(classify(r), "value_holiday_eve")
            r = rec("this summer", [(0, 11, "2013-06-21", "2013-09-23")],
                    [(0, 11, "2013-06", "2013-08")], outcome="wrong_value")
            self.assertEqual(classify(r), "value_window_bounds")
            r = rec("till 4 pm", [(0, 9, "2013-02-12T00", "2013-02-12T16")],
                    [(0, 9, "2013-02-12T16:00")], outcome="wrong_value")
            self.assertEqual(classify(r), "value_bound_as_time")
            r = rec("next Sunday", [(0, 11, "2013-02-24")], [(0, 11, "2013-02-17")],
                    outcome="wrong_value")
            self.assertEqual(classify(r), "value_week_offset")
            r = rec("Feast 1950", [(0, 10, "1950-06-17")], [(0, 10, "")],
                    outcome="wrong_value")
            self.assertEqual(classify(r), "value_unresolved")

        def test_numbers_conventions(self):
            r = rec("2.5x10^3 cars", [(0, 8, 2500)], [(0, 3, 2.5), (7, 8, 3)],
                    target="numbers")
            self.assertEqual(classify(r), "maths_notation")
            r["outcome"], r["focus"] = "fp", {"side": "got", "index": 1}
            self.assertEqual(classify(r), "maths_notation")
            r = rec("two out of five", [(0, 15, 0.4)], [(0, 3, 2)], target="numbers")
            self.assertEqual(classify(r), "maths_notation")
            r = rec("a 2.4G band", [(2, 6, 2.4e9)], [(2, 5, 2.4)], target="numbers")
            self.assertEqual(classify(r), "one_letter_suffix")
            r = rec("a 1,2b deal", [(2, 6, 1.2e9)], [(2, 5, 1.2)], target="numbers")
            self.assertEqual(classify(r), "span_differs")
            r = rec("host 10.0.0.7 down", [(5, 7, 10)], [], target="numbers")
            self.assertEqual(classify(r), "number_in_code")
            r = rec("una vaca", [(0, 3, 1)], [], target="numbers")
            self.assertEqual(classify(r), "article_as_one")
            r = rec("paid $20 now", [(6, 8, 20)], [], target="numbers",
                    other=[(5, 8, "money")])
            self.assertEqual(classify(r), "number_in_money_percent")
            r = rec("over 3 years", [(5, 6, 3)], [], target="numbers",
                    other=[(0, 12, "duration")])
            self.assertEqual(classify(r), "number_in_unit_or_date")
            r = rec("cento quinti", [(0, 12, 20)], [], target="numbers",
                    other=[(0, 12, "ordinal")])
            self.assertEqual(classify(r), "other_kind_instead")

        def test_currency_conventions(self):
            r = rec("a dollar deal", [(2, 8, None)], [], target="currency")
            self.assertEqual(classify(r), "currency_name_no_figure")
            r = rec("paid 5 zorks", [(5, 12, 5, None, "Zork")], [], target="currency")
            self.assertEqual(classify(r), "currency_non_iso")
            r = rec("paid 5 zorks", [(5, 12, 5, None, "EUR")], [], target="currency")
            self.assertEqual(classify(r), "missed")
            r = rec("one dollar and five", [(0, 19, 1.05)], [(0, 10, 1)], target="currency")
            self.assertEqual(classify(r), "cents_after_amount")
            r = rec("300 $ c", [(0, 7, 300)], [(0, 5, 300)], target="currency")
            self.assertEqual(classify(r), "currency_garbled_suffix")

        def test_gaps(self):
            r = rec("next Tuesday", [(0, 12, "2013-02-19")], [])
            self.assertEqual(classify(r), "missed")
            r = rec("le 24 12 2014", [(0, 13, "2014-12-24")], [], other=[(3, 5, "number")])
            self.assertEqual(classify(r), "other_kind_instead")
            r = rec("the next day", [(0, 12, "2013-02-13")], [])
            self.assertEqual(classify(r), "story_relative_or_now")
            r = rec("- 10  k", [(0, 7, -10000)], [(2, 4, 10)], target="numbers")
            self.assertEqual(classify(r), "sign_apart")
            r = rec("trente 3", [(0, 8, 33)], [(0, 6, 30), (7, 8, 3)], target="numbers")
            self.assertEqual(classify(r), "words_digits_mixed")
            r = rec("from May 5 to 7", [(0, 15, "2013-05-05", "2013-05-07")],
                    [(5, 10, "2013-05-05")])
            self.assertEqual(classify(r), "span_differs")
            r = rec("It rained.", [], [(0, 2, "2013")], outcome="negative_failed", side="got")
            self.assertEqual(classify(r), "negative_failed")
            r = rec("May 5 and June", [(0, 5, "2013-05-05")], [(0, 5, "2013-05-05"),
                    (10, 14, "2013-06")], outcome="fp", side="got", index=1)
            self.assertEqual(classify(r), "spurious")
            r = rec("12 cars", [(0, 2, 12)], [(0, 2, 13)], outcome="wrong_value",
                    target="numbers")
            self.assertEqual(classify(r), "wrong_value")

        def test_upper_bound(self):
            t = {"tp": 8, "fp": 1, "fn": 1, "matched": 8, "resolved": 8}
            conv = rec("on the 27th", [(0, 11, "2013-01-27")], [])
            gap = rec("x", [(0, 1, "2013")], [], outcome="fp", side="got")
            f, res = upper_bound(t, [(conv, "span_function_word"), (gap, "spurious")])
            self.assertAlmostEqual(f, f1(9, 1, 0))
            self.assertAlmostEqual(res, 1.0)

    r = unittest.TextTestRunner(verbosity=2).run(
        unittest.defaultTestLoader.loadTestsFromTestCase(T))
    return 0 if r.wasSuccessful() else 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("errors", nargs="?", help="file from numbers_eval --cases-json")
    ap.add_argument("--markdown", action="store_true", help="tables for a note")
    ap.add_argument("--examples", type=int, default=2, help="examples per class")
    ap.add_argument("--self-test", action="store_true")
    a = ap.parse_args()
    if a.self_test:
        return self_test()
    if not a.errors:
        ap.error("the errors file is required")
    records, tallies = load(a.errors)
    report(records, tallies, a.markdown, a.examples)
    if not a.markdown:
        print("\nclasses:")
        for c, (kind, what, doc) in CLASSES.items():
            print(f"  {c:<26} {kind:<10} {what}" + (f" [{doc}]" if doc else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
