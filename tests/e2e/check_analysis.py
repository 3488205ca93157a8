#!/usr/bin/env python3
"""Checks a parallax analysis JSON file: schema, offset invariants, and
optional per-document expectations. Prints one line per problem and
a count of checks and problems at the end; exits 1 on any failure."""
import argparse
import html
import json
import os
import re
import sys

import jsonschema


def check_document(doc, fail):
    src = doc["source"]
    text = doc["text"].encode("utf-8")
    prev_end = 0
    for i, p in enumerate(doc["paragraphs"]):
        if not (prev_end <= p["start"] < p["end"] <= len(text)):
            fail(f"{src}: paragraph {i} span {p['start']}-{p['end']} out of order or bounds")
        if not (0 <= p["raw_start"] <= p["raw_end"] <= doc["raw_bytes"]):
            fail(f"{src}: paragraph {i} raw span {p['raw_start']}-{p['raw_end']} outside raw bytes")
        body = text[p["start"]:p["end"]]
        if body != body.strip():
            fail(f"{src}: paragraph {i} not trimmed")
        prev_end = p["end"]
    prev_end = 0
    for i, s in enumerate(doc["sentences"]):
        if not (prev_end <= s["start"] < s["end"] <= len(text)):
            fail(f"{src}: sentence {i} span {s['start']}-{s['end']} out of order or bounds")
            continue
        par = doc["paragraphs"][s["paragraph"]] if s["paragraph"] < len(doc["paragraphs"]) else None
        if par is None or not (par["start"] <= s["start"] and s["end"] <= par["end"]):
            fail(f"{src}: sentence {i} not inside its paragraph {s['paragraph']}")
        try:
            text[s["start"]:s["end"]].decode("utf-8")
        except UnicodeDecodeError:
            fail(f"{src}: sentence {i} cuts a UTF-8 character")
        prev_end = s["end"]
    if doc["paragraphs"] and not doc["sentences"]:
        fail(f"{src}: paragraphs but no sentences")
    check_figures(doc, text, fail)
    check_entities(doc, text, fail)


def check_entities(doc, text, fail):
    """Entities: ordered by first mention, each mention inside its sentence
    with `text` the bytes it spans, mentions in text order, every variant
    written by some mention."""
    src = doc["source"]
    first = -1
    for i, e in enumerate(doc["entities"]):
        where = f"{src}: entities[{i}] {e['id']} {e['name']!r}"
        starts = [m["start"] for m in e["mentions"]]
        if starts != sorted(starts):
            fail(f"{where}: mentions not in text order")
        if starts and starts[0] < first:
            fail(f"{where}: not in the order of first mentions")
        first = starts[0] if starts else first
        surfaces = set()
        for m in e["mentions"]:
            if not (0 <= m["start"] < m["end"] <= len(text)):
                fail(f"{where}: mention {m['start']}-{m['end']} out of bounds")
                continue
            if text[m["start"]:m["end"]].decode("utf-8", errors="replace") != m["text"]:
                fail(f"{where}: mention text {m['text']!r} is not the bytes it spans")
            surfaces.add(m["text"])
            sent = doc["sentences"][m["sentence"]] if m["sentence"] < len(doc["sentences"]) else None
            if sent is None or not (sent["start"] <= m["start"] and m["end"] <= sent["end"]):
                fail(f"{where}: mention {m['start']}-{m['end']} not inside its sentence")
        if set(e["variants"]) != surfaces:
            fail(f"{where}: variants {e['variants']} are not the mentions' texts")


def check_entity_ids(documents, fail):
    """One id is one entity: the same name and type in every document."""
    seen = {}
    for doc in documents:
        for e in doc["entities"]:
            if e["id"] is None:
                fail(f"{doc['source']}: entity {e['name']!r} has no store id")
                continue
            got = (e["name"], e["type"])
            if seen.setdefault(e["id"], got) != got:
                fail(f"{doc['source']}: {e['id']} is {got}, elsewhere {seen[e['id']]}")


def check_entities_across(documents, want, fail, note):
    """One entity across documents: every entity whose variants hold one of
    `want["variants"]` has one id (`one_id`), and the documents with the
    most common of those ids are in at least `min_languages` languages.
    `known_failure` (a reason) turns a failed one-id check into a note
    (XFAIL) until it passes; then it fails (XPASS) so the mark is removed."""
    variants = set(want["variants"])
    langs_of = {}
    docs_of = {}
    for doc in documents:
        for e in doc["entities"]:
            if variants & set(e["variants"]):
                langs_of.setdefault(e["id"], set()).add(doc["lang"])
                docs_of.setdefault(e["id"], []).append(
                    f"{os.path.basename(doc['source'])}:{e['variants']}")
    name = want["name"]
    if not langs_of:
        fail(f"entity {name}: no document names it")
        return
    best = max(langs_of, key=lambda i: (len(langs_of[i]), len(docs_of[i])))
    if len(langs_of[best]) < want.get("min_languages", 1):
        fail(f"entity {name}: {best} is named in {sorted(langs_of[best])}, "
             f"expected at least {want['min_languages']} languages")
    if want.get("one_id", True):
        others = {i: docs_of[i] for i in langs_of if i != best}
        known = want.get("known_failure")
        if others and known:
            note(f"XFAIL entity {name}: not one id ({known}): {best} and {others}")
        elif others:
            fail(f"entity {name}: {len(langs_of)} ids, expected one: {best} and {others}")
        elif known:
            fail(f"XPASS entity {name}: one id now; remove its known_failure")


def short_source(doc):
    """The sample-corpus name of a document: its source after corpus/."""
    src = doc["source"]
    return src.split("corpus/", 1)[1] if "corpus/" in src else os.path.basename(src)


def check_story_invariants(result, fail):
    """Every document is in one story; every compared value names a claim of
    a document of its story, and its figure is that claim's figure as
    written; sources are the story's documents in order."""
    docs = {d["id"]: d for d in result.get("documents", [])}
    seen = {}
    for story in result.get("stories", []):
        sid = story["id"]
        for d in story["documents"]:
            if d in seen:
                fail(f"story {sid}: document {d} is also in {seen[d]}")
            seen[d] = sid
        if [s["document"] for s in story["sources"]] != story["documents"]:
            fail(f"story {sid}: sources are not its documents in order")
        for c in story["comparisons"]:
            for v in c["values"]:
                doc = docs.get(v["document"])
                if doc is None or v["document"] not in story["documents"]:
                    fail(f"story {sid}: {c['kind']} value from {v['document']}, not a document of the story")
                    continue
                claim = next((x for x in doc["claims"] if x["id"] == v["claim"]), None)
                if claim is None:
                    fail(f"story {sid}: {c['kind']} value names claim {v['claim']}, not in {v['document']}")
                elif claim["figure"] != v["figure"]:
                    fail(f"story {sid}: value figure {v['figure']!r} is not claim "
                         f"{v['claim']}'s {claim['figure']!r}")
    for d in docs:
        if d not in seen:
            fail(f"document {d} ({short_source(docs[d])}) is in no story")


def check_stories(result, want, fail, note):
    """The planted stories and comparisons of the sample corpus
    (examples/README.md, "Planted facts"): each story's documents exactly,
    and in the story of `story_of` a comparison of `kind` (and `noun`, `place`) whose
    group is one of `groups` and whose values include `values` (numbers, and
    `retracted` ones), with `status`. `known_failure` (a reason) turns a
    miss into a note (XFAIL) until it is found; then it fails (XPASS)."""
    docs = {d["id"]: d for d in result["documents"]}
    story_of = {}
    for story in result.get("stories", []):
        for d in story["documents"]:
            story_of[short_source(docs[d])] = story
    if len(result.get("stories", [])) != want["count"]:
        fail(f"{len(result.get('stories', []))} stories, expected {want['count']}: "
             f"{[(s['id'], len(s['documents'])) for s in result.get('stories', [])]}")
    for group in want["groups"]:
        story = story_of.get(group["files"][0])
        got = sorted(short_source(docs[d]) for d in story["documents"]) if story else []
        if got != sorted(group["files"]):
            fail(f"story of {group['files'][0]}: documents {got}, expected {sorted(group['files'])}")
        for word in group.get("label_contains", []):
            if story and word not in story["label"]:
                fail(f"story of {group['files'][0]}: label {story['label']!r} lacks {word!r}")
    for c in want["comparisons"]:
        story = story_of.get(c["story_of"])
        what = f"{c['planted']} {c['kind']} {c.get('noun') or ''} {c['values']} {c['status']}"
        if story is None:
            fail(f"{what}: no story holds {c['story_of']}")
            continue
        found = None
        for got in story["comparisons"]:
            if got["kind"] != c["kind"] or got["group"] not in c["groups"]:
                continue
            if "noun" in c and got["noun"] != c["noun"]:
                continue
            if "place" in c and got["place"] != c["place"]:
                continue
            values = [v["value"] for v in got["values"]]
            retracted = [v["value"] for v in got["values"] if v["retracted"]]
            if all(v in values for v in c["values"]) and all(
                    v in retracted for v in c.get("retracted", [])):
                found = got
                break
        ok = found is not None and found["status"] == c["status"] and (
            "sources" not in c or found["sources"] == c["sources"])
        known = c.get("known_failure")
        if ok and known:
            fail(f"XPASS {what}: found now; remove its known_failure")
        elif not ok:
            why = (f"found as {found['status']} ({found['sources']} sources): {found['note']}"
                   if found else "no comparison holds these values")
            near = [(g["kind"], g["group"], g["status"], [v["value"] for v in g["values"]])
                    for g in story["comparisons"] if g["kind"] == c["kind"]]
            if known:
                note(f"XFAIL {what} ({known}): {why}")
            else:
                fail(f"{what}: {why}; {c['kind']} comparisons: {near}")


def check_figures(doc, text, fail):
    """Quantities and dates: in text order, each inside its sentence, its
    `text` the bytes it spans, and no quantity overlapping a date."""
    src = doc["source"]
    spans = []
    for field in ("quantities", "dates"):
        prev_end = 0
        for i, q in enumerate(doc[field]):
            where = f"{src}: {field}[{i}] {q['start']}-{q['end']}"
            if not (prev_end <= q["start"] < q["end"] <= len(text)):
                fail(f"{where} out of order or bounds")
                continue
            prev_end = q["end"]
            if text[q["start"]:q["end"]].decode("utf-8", errors="replace") != q["text"]:
                fail(f"{where}: text {q['text']!r} is not the bytes it spans")
            sent = doc["sentences"][q["sentence"]] if q["sentence"] < len(doc["sentences"]) else None
            if sent is None or not (sent["start"] <= q["start"] and q["end"] <= sent["end"]):
                fail(f"{where} not inside its sentence {q['sentence']}")
            if field == "quantities" and not (
                    q["start"] <= q["figure_start"] < q["figure_end"] <= q["end"]):
                fail(f"{where}: figure {q['figure_start']}-{q['figure_end']} not inside the span")
            if field == "quantities" and not (
                    q["raw_start"] <= q["figure_raw_start"] < q["figure_raw_end"] <= q["raw_end"]):
                fail(f"{where}: raw figure {q['figure_raw_start']}-{q['figure_raw_end']} "
                     "not inside the raw span")
            spans.append((q["start"], q["end"], field))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            fail(f"{src}: {a[2]} {a[0]}-{a[1]} overlaps {b[2]} {b[0]}-{b[1]}")


def matches_figure(got, want):
    """`want` holds a subset of a quantity's or date's fields; `text` may be
    given as `text_contains` instead."""
    for key, value in want.items():
        if key == "text_contains":
            if value not in got["text"]:
                return False
        elif got.get(key) != value:
            return False
    return True


def check_raw_spans(doc, fail):
    """For a document read from a plain file: every sentence's raw span,
    decoded with the document's charset, tags dropped and entities decoded,
    is the sentence's text, compared without whitespace (a <br> or a block
    tag inside a sentence is a line break in the text and nothing in the
    tag-stripped source)."""
    src = doc["source"]
    if not os.path.isfile(src) or src.endswith((".gz", ".bz2", ".xz", ".zst")):
        return  # archive member, WARC record, JSONL line, stdin, compressed file
    raw = open(src, "rb").read()
    codec = doc["charset"].lower().replace("windows-", "cp")
    text = doc["text"].encode("utf-8")
    for i, s in enumerate(doc["sentences"]):
        # Hyphens are left out on both sides too: a word split at a line end
        # ("Jahres-\nwechsel") is re-joined in the text.
        want = re.sub(r"[\s\-]+", "", text[s["start"]:s["end"]].decode("utf-8"))
        got = raw[s["raw_start"]:s["raw_end"]].decode(codec, errors="replace")
        if doc["format"] == "html":
            got = html.unescape(re.sub(r"<[^>]*>", "", got))
        got = re.sub(r"[\s\-]+", "", got)
        if got != want:
            fail(f"{src}: sentence {i} raw span {s['raw_start']}-{s['raw_end']} reads {got[:60]!r}, text is {want[:60]!r}")
            return


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schema", required=True)
    ap.add_argument("--expect")
    ap.add_argument("--no-errors", action="store_true")
    ap.add_argument("result")
    args = ap.parse_args()

    failures = []
    checks = 0

    def fail(msg):
        failures.append(msg)
        print("FAIL:", msg)

    result = json.load(open(args.result, encoding="utf-8"))
    schema = json.load(open(args.schema, encoding="utf-8"))
    checks += 1
    validator = jsonschema.Draft202012Validator(schema)
    for err in sorted(validator.iter_errors(result), key=lambda e: list(e.path)):
        fail(f"schema: {'/'.join(map(str, err.path))}: {err.message[:200]}")

    for doc in result.get("documents", []):
        checks += 1
        check_document(doc, fail)
        check_raw_spans(doc, fail)
    checks += 1
    check_entity_ids(result.get("documents", []), fail)
    checks += 1
    check_story_invariants(result, fail)

    if args.no_errors:
        checks += 1
        for e in result.get("errors", []):
            fail(f"unexpected error: {e['source']}: {e['reason']}")

    if args.expect:
        expect = json.load(open(args.expect, encoding="utf-8"))
        by_source = {d["source"]: d for d in result["documents"]}
        for want in expect.get("entities", []):
            checks += 1
            check_entities_across(result["documents"], want, fail,
                                  lambda msg: print("NOTE:", msg))
        if "stories" in expect:
            checks += 1 + len(expect["stories"]["comparisons"])
            check_stories(result, expect["stories"], fail, lambda msg: print("NOTE:", msg))
        checks += 1
        if len(result["documents"]) != expect["documents"]:
            fail(f"{len(result['documents'])} documents, expected {expect['documents']}")
        for suffix, want in expect["files"].items():
            checks += 1
            matches = [d for s, d in by_source.items() if s.endswith(suffix)]
            if len(matches) != 1:
                fail(f"{suffix}: {len(matches)} documents match, expected 1")
                continue
            doc = matches[0]
            for field, value in want.items():
                if field == "title_contains":
                    if value not in doc["title"]:
                        fail(f"{suffix}: title {doc['title']!r} lacks {value!r}")
                elif field == "text_contains":
                    for v in value:
                        if v not in doc["text"]:
                            fail(f"{suffix}: text lacks {v!r}")
                elif field == "text_lacks":
                    for v in value:
                        if v in doc["text"]:
                            fail(f"{suffix}: text still holds {v!r}")
                elif field == "removed_reasons":
                    reasons = {r["reason"] for r in doc["removed"]}
                    for v in value:
                        if v not in reasons:
                            fail(f"{suffix}: nothing removed as {v!r} (reasons: {sorted(reasons)})")
                elif field in ("quantities", "dates"):
                    for v in value:
                        if not any(matches_figure(g, v) for g in doc[field]):
                            near = [g for g in doc[field]
                                    if v.get("text", v.get("text_contains", "")) in g["text"]
                                    or g["text"] in v.get("text", "")]
                            fail(f"{suffix}: no {field[:-1] if field == 'dates' else 'quantity'} "
                                 f"{v!r}; similar: {[(g['text'], g['value']) for g in near][:3]}")
                elif field == "suspect_dates":
                    got = sum(1 for g in doc["dates"] if g["suspect"])
                    if got != value:
                        fail(f"{suffix}: {got} suspect dates, expected {value}: "
                             f"{[(g['text'], g['reason']) for g in doc['dates'] if g['suspect']]}")
                elif field == "fundraising":
                    got = doc["signals"].get("fundraising", {}).get("present")
                    if got != value:
                        fail(f"{suffix}: signals.fundraising.present is {got!r}, expected {value!r}")
                elif doc.get(field) != value:
                    fail(f"{suffix}: {field} is {doc.get(field)!r}, expected {value!r}")

    print(f"check_analysis: {checks} checks, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
