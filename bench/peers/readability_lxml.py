#!/usr/bin/python3
"""readability-lxml as a peer for bench/extraction_eval.

Usage: /usr/bin/python3 readability_lxml.py FILE_LIST OUT.jsonl
FILE_LIST holds one HTML file path per line. For each file, writes one JSON
line {"file", "text", "seconds"} to OUT.jsonl; "seconds" is the time of the
extraction alone (readability's own charset detection on the raw bytes,
Document.summary(), and turning the summary into text), not the start-up.
A page that makes readability fail gets "text": "" and an "error" field.

The summary HTML is turned into text with lxml, a line break around every
block element, as the Scrapinghub benchmark does with html_text
(extractors/run_readability.py); trafilatura's evaluate.py matches snippets
against the summary HTML instead, which can only lose matches that cross tags.
"""
import json
import sys
import time

import lxml.html
from readability import Document

BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "tr", "td", "th", "section", "article",
    "header", "footer", "figure", "figcaption", "dd", "dt", "dl", "hr",
}


def summary_text(summary):
    if not summary.strip():
        return ""
    root = lxml.html.fromstring(summary)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCKS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    return root.text_content()


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        files = [line.rstrip("\n") for line in f if line.strip()]
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        # warm up lazy imports and caches before timing
        summary_text(Document(b"<html><body><p>warm up</p></body></html>").summary())
        for path in files:
            with open(path, "rb") as f:
                raw = f.read()
            record = {"file": path}
            start = time.perf_counter()
            try:
                record["text"] = summary_text(Document(raw).summary(html_partial=True))
            except Exception as err:  # a failing page is a miss, as in evaluate.py
                record["text"] = ""
                record["error"] = f"{type(err).__name__}: {err}"
            record["seconds"] = time.perf_counter() - start
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
