"""Tables and helpers shared by bench/numbers_cases.py and bench/numcases_duckling.py
(the peer-suite case converter for issue 4; see bench/README.md)."""

import collections
import decimal
import re

SPECS_ARCHIVE = "recognizers-text-specs.tar.xz"
DUCKLING_ARCHIVE = "duckling-corpus.tar.xz"

# ---------------------------------------------------------------------------
# Tables (the peers' own vocabulary -> neutral values)

SPEC_LANGS = {"English": "en", "German": "de", "French": "fr",
              "Spanish": "es", "Italian": "it"}

# Spec file (family folder, file stem) -> neutral family. Everything else in
# Number/, NumberWithUnit/ and DateTime/ is listed as skipped with SPEC_SKIPPED.
SPEC_FILES = {
    ("Number", "NumberModel"): "number",
    ("Number", "NumberRangeModel"): "range",
    ("Number", "OrdinalModel"): "ordinal",
    ("Number", "PercentModel"): "percent",
    ("NumberWithUnit", "CurrencyModel"): "money",
    ("DateTime", "DateTimeModel"): "date",
    ("DateTime", "DateParser"): "date",
}

def spec_skip_reason(fam_dir, stem):
    """Why a spec file outside SPEC_FILES is not converted."""
    if re.search(r"(Experimental|PercentMode|Suppress|EnablePreview|Calendar|"
                 r"Extended|SplitDate|Tasks|SkipFromTo)", stem):
        return "non-default recognizer option (a variant of a converted model)"
    if fam_dir == "NumberWithUnit":
        return "unit family other than currency (issue 4 asks for currency)"
    if stem == "DateExtractor":
        return "spans only, same inputs as DateParser (converted)"
    if stem.startswith("Merged") or stem.startswith("DateTime"):
        return "component-level duplicate of DateTimeModel (converted)"
    if stem.startswith(("DatePeriod", "DateTimePeriod", "TimePeriod")):
        return "periods/ranges, not a date; DateTimeModel keeps date-only cases"
    if stem.startswith(("Time", "Duration", "Set", "Holiday")):
        return "not a date family (time, duration, set, holiday component)"
    return "not in the issue 4 scope"

# Recognizers currency names without an isoCurrency. Generic names that do not
# name one currency become a neutral symbol ("$", "£", "¢"): a scorer may
# accept any dollar code for "$". Unlisted names are kept verbatim and counted.
SPEC_CURRENCY = {
    "Dollar": "$", "Dólar": "$", "Pound": "£", "Libra": "£", "Livre": "£",
    "Cent": "¢", "Centavo": "¢", "Centimes": "¢", "Penny": "¢", "Pence": "¢",
    "Penique": "¢", "Euro": "EUR", "United States dollar": "USD",
    "Dollar États-Unis": "USD", "Dólar estadounidense": "USD",
    "Australian dollar": "AUD", "Dollar Australien": "AUD",
    "Dólar australiano": "AUD", "Canadian dollar": "CAD",
    "Dollar Canadien": "CAD", "Dólar canadiense": "CAD",
    "Hong Kong dollar": "HKD", "Dollar de Hong Kong": "HKD",
    "Dólar de Hong Kong": "HKD", "British pound": "GBP",
    "Chinese yuan": "CNY", "Yuan Chinois": "CNY", "Yuan chino": "CNY",
    "Japanese yen": "JPY", "Yen Japonais": "JPY", "Yen": "JPY",
    "Swiss franc": "CHF", "Franc Suisse": "CHF", "Franco suizo": "CHF",
    "Mexican peso": "MXN", "Peso mexicano": "MXN", "Indian rupee": "INR",
    "Roupie indienne": "INR", "Cambodian riel": "KHR", "Bitcoin": "BTC",
    "Finnish markka": "FIM", "Mark Finlandais": "FIM", "Marco finlandés": "FIM",
    "Netherlands guilder": "NLG", "Florins Néerlandais": "NLG",
    "Florín neerlandés": "NLG", "Peseta": "ESP",
}

DUCKLING_LANGS = ["pl", "ru", "uk", "de", "fr", "es"]
DUCKLING_DIMS = {"Numeral": "number", "Ordinal": "ordinal",
                 "AmountOfMoney": "money", "Time": "date"}
# Duckling's testContext: Tuesday 2013-02-12 04:30, UTC-2 (Duckling.Testing.Types).
DUCKLING_REFERENCE = "2013-02-12T04:30:00-02:00"

# Duckling Currency constructors that are not ISO 4217 codes.
DUCKLING_CURRENCY = {"Dollar": "$", "Pound": "£", "Cent": "¢", "Unnamed": None,
                     "Riyal": "riyal", "Rial": "rial", "PTS": "ESP",
                     "Dinar": "dinar", "Euro": "EUR"}

GRAINS = ["second", "minute", "hour", "day", "week", "month", "quarter", "year"]
DATE_GRAINS = {"day", "week", "month", "quarter", "year"}

# ---------------------------------------------------------------------------
# Shared helpers


def to_number(text):
    """'3', '-0,5', '1.5E+30', '1_200_000', '1e4' -> int or float; None if not a number.

    Recognizers writes values in the locale's style ('0,5' in de/fr/es/it,
    never with thousands separators), so a comma is a decimal mark here."""
    if text is None:
        return None
    t = str(text).strip().replace("_", "").replace(",", ".")
    try:
        d = decimal.Decimal(t)
    except decimal.InvalidOperation:
        return None
    if not d.is_finite():
        return None
    if d == d.to_integral_value() and abs(d) < 10 ** 15:
        return int(d)
    return float(d)


def byte_span(text, start, end):
    """Character [start, end) -> UTF-8 byte [start, end)."""
    b0 = len(text[:start].encode("utf-8"))
    return b0, b0 + len(text[start:end].encode("utf-8"))


def span(text, start, end, kind, value=None, value_max=None, unit=None,
         precision=None, approx="exact", alternatives=None):
    b0, b1 = byte_span(text, start, end)
    s = {"start": b0, "end": b1, "kind": kind, "value": value,
         "value_max": value_max, "unit": unit, "precision": precision,
         "approx": approx}
    if alternatives:
        s["alternatives"] = alternatives
    return s


class Skip(Exception):
    """A case that cannot be converted; the message is the summary reason."""


class Stats:
    def __init__(self):
        self.read = collections.Counter()
        self.converted = collections.Counter()
        self.skipped = collections.defaultdict(collections.Counter)
        self.notes = collections.Counter()
        self.files_skipped = []

    def skip(self, key, reason, n=1):
        self.read[key] += n
        self.skipped[key][reason] += n

    def ok(self, key):
        self.read[key] += 1
        self.converted[key] += 1

    def table(self, out):
        out.write("| suite | lang | family | read | converted | skipped | reasons |\n")
        out.write("|---|---|---|---|---|---|---|\n")
        for key in sorted(self.read):
            sk = self.skipped.get(key, {})
            reasons = "; ".join("%s: %d" % (r, n) for r, n in
                                sorted(sk.items(), key=lambda x: -x[1]))
            out.write("| %s | %s | %s | %d | %d | %d | %s |\n" % (
                key[0], key[1], key[2], self.read[key], self.converted[key],
                sum(sk.values()), reasons))
        if self.notes:
            out.write("\nnotes:\n")
            for n, c in sorted(self.notes.items()):
                out.write("  %s: %d\n" % (n, c))
        if self.files_skipped:
            out.write("\nfiles not converted (languages in brackets):\n")
            groups = collections.OrderedDict()
            for f, r in self.files_skipped:
                parts = f.split("/")
                key = ("/".join(parts[-3:-1][:1] + ["*", parts[-1]]), r)
                groups.setdefault(key, []).append(parts[-2])
            for (f, r), langs in groups.items():
                out.write("  %s [%s]: %s\n" % (f, ",".join(langs), r))
