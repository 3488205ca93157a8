"""Duckling's Corpus.hs files -> neutral cases (part of bench/numbers_cases.py;
see bench/README.md)."""

import datetime
import re
import tarfile

from numcases_common import (
    DATE_GRAINS, DUCKLING_CURRENCY, DUCKLING_DIMS, DUCKLING_LANGS,
    DUCKLING_REFERENCE, GRAINS, Skip, span, to_number)

# ---------------------------------------------------------------------------
# Duckling Corpus.hs

_HS_ESC = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", '"': '"', "'": "'",
           "a": "\a", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
_TOKEN = re.compile(r"""
    (?P<ws>\s+) | (?P<comment>--[^\n]*) |
    (?P<num>\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?) |
    (?P<ident>[A-Za-z_][A-Za-z0-9_'.]*) |
    (?P<punct>[()\[\],]) | (?P<op>[-+*/=<>!$&|:.\\]+) | (?P<other>.)
""", re.X)


def hs_string(src, i):
    """Haskell string literal starting at src[i] == '"' -> (value, index after)."""
    out, i = [], i + 1
    while i < len(src):
        c = src[i]
        if c == '"':
            return "".join(out), i + 1
        if c == "\n":
            raise ValueError("newline in string")
        if c != "\\":
            out.append(c)
            i += 1
            continue
        c = src[i + 1]
        if c == "&":
            i += 2
        elif c.isspace():  # string gap \   \
            j = src.index("\\", i + 1)
            i = j + 1
        elif c == "x":
            m = re.match(r"[0-9a-fA-F]+", src[i + 2:])
            out.append(chr(int(m.group(0), 16)))
            i += 2 + len(m.group(0))
        elif c == "o":
            m = re.match(r"[0-7]+", src[i + 2:])
            out.append(chr(int(m.group(0), 8)))
            i += 2 + len(m.group(0))
        elif c.isdigit():
            m = re.match(r"\d+", src[i + 1:])
            out.append(chr(int(m.group(0))))
            i += 1 + len(m.group(0))
        elif c in _HS_ESC:
            out.append(_HS_ESC[c])
            i += 2
        else:
            raise ValueError("unknown escape \\" + c)
    raise ValueError("unterminated string")


def hs_tokens(src):
    """Tokens (kind, value) of a Haskell source, comments and pragmas dropped."""
    toks, i = [], 0
    while i < len(src):
        if src.startswith("{-", i):  # block comment or pragma, nested
            depth, i = 1, i + 2
            while depth and i < len(src):
                if src.startswith("{-", i):
                    depth, i = depth + 1, i + 2
                elif src.startswith("-}", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
            continue
        if src[i] == '"':
            try:
                s, i = hs_string(src, i)
                toks.append(("str", s))
            except (ValueError, AttributeError, IndexError):
                j = src.find("\n", i)
                i = len(src) if j < 0 else j
                toks.append(("badstr", None))
            continue
        m = _TOKEN.match(src, i)
        i = m.end()
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        toks.append((kind, m.group(0)))
    return toks


class HsParser:
    """Just enough Haskell: atoms, applications, tuples, lists."""

    def __init__(self, toks):
        self.t = toks

    def atom(self, i):
        k, v = self.t[i]
        if k == "str":
            return ("str", v), i + 1
        if k == "num":
            return ("num", to_number(v)), i + 1
        if k == "ident":
            return ("id", v), i + 1
        if (k, v) == ("op", "-") and self.t[i + 1][0] == "num":
            return ("num", -to_number(self.t[i + 1][1])), i + 2
        if (k, v) in (("punct", "("), ("punct", "[")):
            close = ")" if v == "(" else "]"
            items, i = [], i + 1
            if self.t[i] == ("punct", close):
                return ("list" if close == "]" else "tuple", []), i + 1
            while True:
                e, i = self.expr(i)
                items.append(e)
                if self.t[i] == ("punct", ","):
                    i += 1
                elif self.t[i] == ("punct", close):
                    i += 1
                    break
                else:
                    raise ValueError("expected , or " + close)
            if close == "]":
                return ("list", items), i
            return (items[0] if len(items) == 1 else ("tuple", items)), i
        raise ValueError("unexpected token %r" % (v,))

    def expr(self, i):
        atoms = []
        while self.t[i][0] != "eof" and self.t[i] not in (
                ("punct", ","), ("punct", ")"), ("punct", "]")):
            if self.t[i][0] == "op" and self.t[i][1] != "-":
                raise ValueError("operator " + self.t[i][1])
            a, i = self.atom(i)
            atoms.append(a)
        if not atoms:
            raise ValueError("empty expression")
        return (atoms[0] if len(atoms) == 1 else ("app", atoms)), i


def hs_strings(node):
    """All string literals of a list node, or None if it is not a list of strings."""
    if node[0] != "list" or any(x[0] != "str" for x in node[1]):
        return None
    return [x[1] for x in node[1]]


def hs_examples(src):
    """Corpus.hs -> (positives [(value_node, [texts])], negatives [texts], unparsed strings).

    Positives are `examples VALUE [texts]`; negatives the `examples = [texts]`
    list of a negativeCorpus. String literals used by neither (other helpers,
    syntax this parser does not know) are counted as unparsed."""
    toks = hs_tokens(src)
    p = HsParser(toks + [("eof", None)] * 4)
    pos, neg, used = [], [], 0
    i = 0
    while i < len(toks):
        if toks[i] != ("ident", "examples"):
            i += 1
            continue
        try:
            if toks[i + 1] == ("op", "="):
                lst, j = p.atom(i + 2)
                texts = hs_strings(lst)
                if texts is not None:
                    neg.extend(texts)
                    used += len(texts)
                    i = j
                    continue
            else:
                val, j = p.atom(i + 1)
                lst, j = p.atom(j)
                texts = hs_strings(lst)
                if texts is not None:
                    pos.append((val, texts))
                    used += len(texts) + sum(1 for _ in hs_walk_strings(val))
                    i = j
                    continue
        except (ValueError, IndexError, TypeError):
            pass
        i += 1
    total = sum(1 for k, _ in toks if k in ("str", "badstr"))
    return pos, neg, total - used


def hs_walk_strings(node):
    if node[0] == "str":
        yield node[1]
    elif node[0] in ("app", "tuple", "list"):
        for x in node[1]:
            yield from hs_walk_strings(x)


def _app(node):
    """('app', [('id', f), args...]) -> (f, [args]); a bare id -> (id, [])."""
    if node[0] == "app" and node[1][0][0] == "id":
        return node[1][0][1], node[1][1:]
    if node[0] == "id":
        return node[1], []
    raise Skip("value is not a constructor application")


def _num(node):
    if node[0] != "num" or node[1] is None:
        raise Skip("value is not a number literal")
    return node[1]


def _grain(node):
    if node[0] != "id" or node[1].lower() not in GRAINS:
        raise Skip("unknown grain")
    return node[1].lower()


def _time(node):
    if node[0] != "tuple" or len(node[1]) != 6:
        raise Skip("time is not a 6-tuple")
    y, mo, d, h, mi, s = (int(_num(x)) for x in node[1])
    # Duckling builds dates with Data.Time's fromGregorian, which clips month
    # and day into range: the corpora write (2013, 0, 0, ...) for "this year".
    mo = min(max(mo, 1), 12)
    last = (datetime.date(y + mo // 12, mo % 12 + 1, 1) - datetime.timedelta(days=1)).day
    d = min(max(d, 1), last)
    try:
        return datetime.datetime(y, mo, d, h, mi, s)
    except ValueError:
        raise Skip("invalid calendar time")


def iso_at(t, grain):
    """Time truncated to its grain, ISO 8601 (week and quarter: their first day)."""
    if grain == "year":
        return "%04d" % t.year
    if grain == "month":
        return "%04d-%02d" % (t.year, t.month)
    if grain in ("day", "week", "quarter"):
        return t.strftime("%Y-%m-%d")
    if grain == "hour":
        return t.strftime("%Y-%m-%dT%H")
    if grain == "minute":
        return t.strftime("%Y-%m-%dT%H:%M")
    return t.strftime("%Y-%m-%dT%H:%M:%S")


def minus_grain(t, grain):
    """Duckling interval ends are exclusive; step back one grain to make them inclusive."""
    if grain in ("month", "quarter", "year"):
        months = {"month": 1, "quarter": 3, "year": 12}[grain]
        m = t.year * 12 + t.month - 1 - months
        return t.replace(year=m // 12, month=m % 12 + 1)
    step = {"second": 1, "minute": 60, "hour": 3600, "day": 86400,
            "week": 7 * 86400}[grain]
    return t - datetime.timedelta(seconds=step)


def duckling_value(dim, node):
    """A Duckling expected value -> (family, span fields) for a whole-text span."""
    f, args = _app(node)
    if dim == "Numeral":
        if f != "NumeralValue" or len(args) != 1:
            raise Skip("constructor " + f)
        return "number", {"kind": "number", "value": _num(args[0])}
    if dim == "Ordinal":
        if f != "OrdinalData" or len(args) != 1:
            raise Skip("constructor " + f)
        return "ordinal", {"kind": "ordinal", "value": _num(args[0])}
    if dim == "AmountOfMoney":
        if not args or args[0][0] != "id":
            raise Skip("constructor " + f)
        cur = args[0][1]
        unit = DUCKLING_CURRENCY.get(cur, cur if re.fullmatch(r"[A-Z]{3}", cur) else "?")
        if unit == "?":
            raise Skip("currency " + cur)
        fields = {"kind": "money", "unit": unit}
        if f == "simple" and len(args) == 2:
            fields.update(value=_num(args[1]))
        elif f == "between" and len(args) == 2 and args[1][0] == "tuple":
            lo, hi = (_num(x) for x in args[1][1])
            fields.update(value=lo, value_max=hi, approx="range")
        elif f == "under" and len(args) == 2:
            fields.update(value=_num(args[1]), approx="less_than")
        elif f == "above" and len(args) == 2:
            fields.update(value=_num(args[1]), approx="more_than")
        else:
            raise Skip("constructor " + f)
        return "money", fields
    if dim == "Time":
        if f in ("datetime", "datetimeHoliday") and len(args) >= 2:
            g = _grain(args[1])
            t = _time(args[0])
            fields = {"value": iso_at(t, g), "precision": g}
        elif f in ("datetimeInterval", "datetimeIntervalHoliday") and len(args) >= 2:
            g = _grain(args[1])
            if args[0][0] != "tuple" or len(args[0][1]) != 2:
                raise Skip("interval is not a pair")
            t0, t1 = (_time(x) for x in args[0][1])
            fields = {"value": iso_at(t0, g),
                      "value_max": iso_at(minus_grain(t1, g), g),
                      "precision": g, "approx": "range"}
        elif f == "datetimeOpenInterval" and len(args) == 3:
            g = _grain(args[2])
            d = args[0][1] if args[0][0] == "id" else None
            if d not in ("Before", "After"):
                raise Skip("open interval direction")
            fields = {"value": iso_at(_time(args[1]), g), "precision": g,
                      "approx": d.lower()}
        else:
            raise Skip("constructor " + f)
        family = "date" if fields["precision"] in DATE_GRAINS else "time"
        fields["kind"] = family
        return family, fields
    raise Skip("dimension " + dim)


def convert_duckling(path, stats, out):
    with tarfile.open(path, "r:xz") as tar:
        members = {m.name: m for m in tar.getmembers() if m.isfile()}
        for dim in DUCKLING_DIMS:
            for lang in DUCKLING_LANGS:
                name = [n for n in members
                        if n.endswith("Duckling/%s/%s/Corpus.hs" % (dim, lang.upper()))]
                if not name:
                    stats.files_skipped.append(
                        ("Duckling/%s/%s/Corpus.hs" % (dim, lang.upper()),
                         "not in the archive (Duckling has no such corpus)"))
                    continue
                src = tar.extractfile(members[name[0]]).read().decode("utf-8")
                convert_corpus(src, dim, lang, name[0], stats, out)


def convert_corpus(src, dim, lang, source_file, stats, out):
    pos, neg, unparsed = hs_examples(src)
    base = DUCKLING_DIMS[dim]
    ref = DUCKLING_REFERENCE
    if unparsed:
        stats.skip(("duckling", lang, base), "string literal outside a parsed examples list",
                   unparsed)
    for node, texts in pos:
        try:
            family, fields = duckling_value(dim, node)
        except Skip as e:
            for _ in texts:
                stats.skip(("duckling", lang, base), str(e))
            continue
        for text in texts:
            sp = span(text, 0, len(text), fields["kind"], fields.get("value"),
                      fields.get("value_max"), fields.get("unit"),
                      fields.get("precision"), fields.get("approx", "exact"))
            out.append({"suite": "duckling", "lang": lang, "family": family,
                        "text": text, "match": "whole_text", "spans": [sp],
                        "reference_time": ref, "source_file": source_file})
            stats.ok(("duckling", lang, family))
    for text in neg:
        out.append({"suite": "duckling", "lang": lang, "family": base,
                    "text": text, "match": "whole_text", "spans": [],
                    "reference_time": ref, "source_file": source_file})
        stats.ok(("duckling", lang, base))
        stats.notes["duckling negative examples"] += 1
