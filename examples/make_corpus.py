#!/usr/bin/python3
"""Regenerate the generated files of the parallax sample corpus.

Reads the UTF-8 sources in examples/src/ and writes, deterministically
(fixed dates, fixed record ids, gzip mtime 0, sorted inputs):

  corpus/ru_stepvestnik_zhertvy.html   windows-1251 copy of src/ru_stepvestnik_zhertvy.utf8.html
  corpus/pl_przeglad_kazachstan.txt    ISO-8859-2 copy of src/pl_przeglad_kazachstan.utf8.txt
  corpus/de_forum_steppenfuchs.txt     src/de_forum_steppenfuchs.unjustified.txt, justified to 72 columns
  corpus/feeds/kazakhstan.jsonl        one JSON object per item of src/feed/feed.json
  corpus/crawl/kazakhstan.warc.gz      WARC/1.0, one gzip member per record, from src/crawl/crawl.json

The hand-written UTF-8 HTML pages in corpus/ are not touched.
Python 3 standard library only. Usage: python3 examples/make_corpus.py
"""

import base64
import gzip
import hashlib
import io
import json
import os
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.join(HERE, "corpus")

# Column width of the justified forum scrape. 72 is the classic fixed width of
# mail and forum text exports that the scrape imitates.
FORUM_WIDTH = 72
# Lines shorter than this are left ragged (short lines, wallet addresses,
# widget labels), as justifying text exporters do.
FORUM_MIN_JUSTIFY = 60

# Namespace for the fixed WARC-Record-IDs (uuid5 of a name, so reruns agree).
RECORD_NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://parallax.example/examples/crawl")


def read_text(*parts):
    with open(os.path.join(SRC, *parts), encoding="utf-8") as f:
        return f.read()


def write_bytes(rel, data):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    print("wrote %-40s %7d bytes" % (rel, len(data)))


# ---------------------------------------------------------------- encodings

def make_legacy_encoded():
    # strict: a character the legacy code page lacks is a bug in the source.
    html = read_text("ru_stepvestnik_zhertvy.utf8.html")
    write_bytes("ru_stepvestnik_zhertvy.html", html.encode("cp1251", errors="strict"))
    digest = read_text("pl_przeglad_kazachstan.utf8.txt")
    write_bytes("pl_przeglad_kazachstan.txt", digest.encode("iso8859_2", errors="strict"))


# ---------------------------------------------------------------- forum text

def justify_line(line, width):
    words = line.split(" ")
    gaps = len(words) - 1
    missing = width - len(line)
    if gaps <= 0 or missing <= 0:
        return line
    # Spread the missing spaces over the gaps, extra ones from the right,
    # the way many justifying exporters do.
    base, extra = divmod(missing, gaps)
    out = words[0]
    for i, word in enumerate(words[1:]):
        n = 1 + base + (1 if i >= gaps - extra else 0)
        out += " " * n + word
    return out


def make_forum():
    text = read_text("de_forum_steppenfuchs.unjustified.txt")
    paragraphs = text.rstrip("\n").split("\n\n")
    result = []
    for para in paragraphs:
        lines = para.split("\n")
        for i, line in enumerate(lines):
            if len(line) > FORUM_WIDTH:
                sys.exit("forum source line longer than %d: %r" % (FORUM_WIDTH, line))
            last = i == len(lines) - 1
            if not last and len(line) >= FORUM_MIN_JUSTIFY and "  " not in line:
                line = justify_line(line, FORUM_WIDTH)
            lines[i] = line
        result.append("\n".join(lines))
    write_bytes("de_forum_steppenfuchs.txt", ("\n\n".join(result) + "\n").encode("utf-8"))


# ---------------------------------------------------------------- JSONL feed

def make_feed():
    with open(os.path.join(SRC, "feed", "feed.json"), encoding="utf-8") as f:
        items = json.load(f)
    lines = []
    for item in items:
        body = read_text("feed", item["file"]).strip("\n")
        obj = {"url": item["url"], "title": item["title"]}
        if item["file"].endswith(".html"):
            obj["html"] = body
        else:
            obj["text"] = body
        obj["published"] = item["published"]
        obj["site"] = item["site"]
        if "lang" in item:
            obj["lang"] = item["lang"]
        lines.append(json.dumps(obj, ensure_ascii=bool(item.get("ascii_escape"))))
    write_bytes("feeds/kazakhstan.jsonl", ("\n".join(lines) + "\n").encode("utf-8"))


# ---------------------------------------------------------------- WARC

def tiny_jpeg():
    """A valid 8x8 grey baseline JPEG (about 130 bytes): one DC-only block."""
    def seg(marker, payload):
        return bytes([0xFF, marker]) + (len(payload) + 2).to_bytes(2, "big") + payload
    one_code = bytes([1] + [0] * 15) + b"\x00"  # one code of length 1, symbol 0
    return b"".join([
        b"\xFF\xD8",
        seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"),
        seg(0xDB, b"\x00" + b"\x01" * 64),
        seg(0xC0, b"\x08\x00\x08\x00\x08\x01\x01\x11\x00"),
        seg(0xC4, b"\x00" + one_code),   # DC table 0: category 0
        seg(0xC4, b"\x10" + one_code),   # AC table 0: end of block
        seg(0xDA, b"\x01\x01\x00\x00\x3F\x00"),
        b"\x3F",                         # bits 0 (DC) 0 (EOB), padded with ones
        b"\xFF\xD9",
    ])


def record_id(name):
    return "<urn:uuid:%s>" % uuid.uuid5(RECORD_NS, name)


def block_digest(block):
    return "sha1:" + base64.b32encode(hashlib.sha1(block).digest()).decode("ascii")


def warc_record(fields, block):
    head = ["WARC/1.0"]
    for key, value in fields:
        head.append("%s: %s" % (key, value))
    head.append("WARC-Block-Digest: " + block_digest(block))
    head.append("Content-Length: %d" % len(block))
    raw = ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    return buf.getvalue()


def chunk(body, size):
    out = b""
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += b"%x\r\n" % len(part) + part + b"\r\n"
    return out + b"0\r\n\r\n"


def make_warc():
    with open(os.path.join(SRC, "crawl", "crawl.json"), encoding="utf-8") as f:
        items = json.load(f)
    filename = "kazakhstan.warc.gz"
    info_id = record_id("warcinfo")
    info = ("software: parallax examples/make_corpus.py\r\n"
            "format: WARC File Format 1.0\r\n"
            "conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n"
            "isPartOf: parallax-sample-kazakhstan-2022\r\n"
            "description: Sample crawl for the parallax examples (invented outlets)\r\n"
            "robots: classic\r\n").encode("utf-8")
    out = [warc_record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Record-ID", info_id),
        ("WARC-Date", "2022-01-21T09:14:00Z"),
        ("WARC-Filename", filename),
        ("Content-Type", "application/warc-fields"),
    ], info)]
    for n, item in enumerate(items):
        if item["file"] == "@jpeg":
            body = tiny_jpeg()
        else:
            body = read_text("crawl", item["file"]).encode(item["encoding"], errors="strict")
        host = item["uri"].split("/")[2]
        path = "/" + item["uri"].split("/", 3)[3]
        headers = ["HTTP/1.1 200 OK",
                   "Date: " + item["http_date"],
                   "Server: " + item["server"],
                   "Content-Type: " + item["content_type"]]
        if item["content_language"]:
            headers.append("Content-Language: " + item["content_language"])
        if item["chunked"]:
            headers.append("Transfer-Encoding: chunked")
            payload = chunk(body, 1024)
        else:
            headers.append("Content-Length: %d" % len(body))
            payload = body
        headers.append("Connection: close")
        http = ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + payload
        resp_id = record_id("response-%d" % n)
        if item["with_request"]:
            req = ("GET %s HTTP/1.1\r\n"
                   "Host: %s\r\n"
                   "User-Agent: Mozilla/5.0 (compatible; parallax-sample-crawler/0.1)\r\n"
                   "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8\r\n"
                   "Accept-Language: ru,en;q=0.5\r\n"
                   "Connection: close\r\n\r\n" % (path, host)).encode("ascii")
            out.append(warc_record([
                ("WARC-Type", "request"),
                ("WARC-Record-ID", record_id("request-%d" % n)),
                ("WARC-Date", item["date"]),
                ("WARC-Target-URI", item["uri"]),
                ("WARC-Concurrent-To", resp_id),
                ("WARC-Warcinfo-ID", info_id),
                ("Content-Type", "application/http; msgtype=request"),
            ], req))
        out.append(warc_record([
            ("WARC-Type", "response"),
            ("WARC-Record-ID", resp_id),
            ("WARC-Date", item["date"]),
            ("WARC-Target-URI", item["uri"]),
            ("WARC-IP-Address", item["ip"]),
            ("WARC-Warcinfo-ID", info_id),
            ("Content-Type", "application/http; msgtype=response"),
        ], http))
    write_bytes("crawl/" + filename, b"".join(out))


def main():
    make_legacy_encoded()
    make_forum()
    make_feed()
    make_warc()


if __name__ == "__main__":
    main()
