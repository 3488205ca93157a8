// Quantities through the public Annotator: qualifiers, ranges, percent,
// money, units and durations in each language, plus every `# example:` line
// of data/currencies.tsv, data/units.tsv and data/<lang>/{quantities,
// currencies,units}.tsv.
#include "annotate/quantities.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "annotate/number_scan.h"
#include "parallax/annotate.h"
#include "parallax/data_dir.h"
#include "parallax/error.h"

namespace parallax {
namespace {

const Annotator& TheAnnotator() {
  static const Annotator annotator(FindDataDir(""));
  return annotator;
}

ReferenceTime Published() { return ParseReferenceTime("2022-01-12"); }

std::vector<Quantity> Quantities(std::string_view lang, std::string_view text) {
  return TheAnnotator().AnnotateText(text, lang, Published()).quantities;
}

// "value unit approx" of a quantity, as the example lines write it:
// "91000000 USD about", "10..15 - range".
std::string Describe(const Quantity& q) {
  std::ostringstream out;
  out.precision(12);
  out << q.value;
  if (q.value_max) out << ".." << *q.value_max;
  out << ' ' << (q.unit.empty() ? "-" : q.unit) << ' ' << ApproxName(q.approx);
  return out.str();
}

// The one quantity of `text` whose text is `mention`; fails otherwise.
std::optional<Quantity> Find(std::string_view lang, std::string_view text,
                             std::string_view mention) {
  for (const Quantity& q : Quantities(lang, text)) {
    if (text.substr(q.span.start, q.span.end - q.span.start) == mention) return q;
  }
  ADD_FAILURE() << lang << ": no quantity \"" << mention << "\" in: " << text;
  for (const Quantity& q : Quantities(lang, text)) {
    ADD_FAILURE() << "  got \"" << text.substr(q.span.start, q.span.end - q.span.start) << "\" "
                  << Describe(q);
  }
  return std::nullopt;
}

void Expect(std::string_view lang, std::string_view text, std::string_view mention,
            const std::string& described, QuantityKind kind) {
  std::optional<Quantity> q = Find(lang, text, mention);
  if (!q) return;
  EXPECT_EQ(Describe(*q), described) << lang << ": " << text;
  EXPECT_EQ(q->kind, kind) << lang << ": " << mention;
}

TEST(Quantities, EnglishQualifiersRangesMoneyUnits) {
  const auto kN = QuantityKind::kNumber;
  Expect("en", "Officials now say well over 300 homes were lost.", "well over 300",
         "300 - more_than", kN);
  Expect("en", "No fewer than 12 ministers resigned.", "No fewer than 12", "12 - at_least", kN);
  Expect("en", "Turnout was 64 per cent, against 58% last time.", "64 per cent", "64 % exact",
         QuantityKind::kPercent);
  Expect("en", "Turnout was 64 per cent, against 58% last time.", "58%", "58 % exact",
         QuantityKind::kPercent);
  Expect("en", "Repairs will cost $3.5bn over a decade.", "$3.5bn", "3500000000 USD exact",
         QuantityKind::kMoney);
  Expect("en", "The fine was 250,000 euros.", "250,000 euros", "250000 EUR exact",
         QuantityKind::kMoney);
  Expect("en", "Between 40 and 60 boats were sunk.", "Between 40 and 60", "40..60 - range", kN);
  Expect("en", "The queue stretched for 3 km and lasted 6 hours.", "3 km", "3 km exact",
         QuantityKind::kMeasure);
  Expect("en", "The queue stretched for 3 km and lasted 6 hours.", "6 hours", "6 h exact",
         QuantityKind::kDuration);
  Expect("en", "Some 1,500 troops, or more, stayed.", "Some 1,500", "1500 - about", kN);
  // A score is no range and no count; a date is no quantity.
  EXPECT_TRUE(Quantities("en", "The match ended 3-1 after extra time.").empty());
  EXPECT_TRUE(Quantities("en", "It finished 28:25 for the visitors.").empty());
}

TEST(Quantities, GermanAndFrench) {
  Expect("de", "Knapp 2.000 Haushalte sind ohne Strom.", "Knapp 2.000", "2000 - about",
         QuantityKind::kNumber);
  Expect("de", "Die Inflation lag bei 7,9 Prozent.", "7,9 Prozent", "7.9 % exact",
         QuantityKind::kPercent);
  Expect("de", "Der Konzern zahlt 1,2 Mrd. Euro Strafe.", "1,2 Mrd. Euro", "1200000000 EUR exact",
         QuantityKind::kMoney);
  Expect("de", "Es wurden zwischen 30 und 45 Tonnen geborgen.", "zwischen 30 und 45 Tonnen",
         "30..45 t range", QuantityKind::kMeasure);
  Expect("de", "Die Sperre gilt 72 Stunden oder mehr.", "72 Stunden oder mehr", "72 h at_least",
         QuantityKind::kDuration);
  Expect("fr", "Plus de 1 200 manifestants ont défilé.", "Plus de 1 200", "1200 - more_than",
         QuantityKind::kNumber);
  Expect("fr", "Le déficit atteint 4,7 milliards d'euros.", "4,7 milliards d'euros",
         "4700000000 EUR exact", QuantityKind::kMoney);
}

TEST(Quantities, SlavicLanguages) {
  Expect("pl", "Rannych zostało co najmniej 27 osób.", "co najmniej 27", "27 - at_least",
         QuantityKind::kNumber);
  Expect("pl", "Remont pochłonie blisko 14 mln zł.", "blisko 14 mln zł", "14000000 PLN about",
         QuantityKind::kMoney);
  Expect("pl", "Zniszczono od 5 do 8 mostów.", "od 5 do 8", "5..8 - range", QuantityKind::kNumber);
  Expect("ru", "Свыше 2 тысяч жителей эвакуированы.", "Свыше 2 тысяч", "2000 - more_than",
         QuantityKind::kNumber);
  Expect("ru", "Сделка оценивается примерно в 300 млн долларов.", "300 млн долларов",
         "300000000 USD exact", QuantityKind::kMoney);
  Expect("ru", "Штраф составил 500 тыс. тенге.", "500 тыс. тенге", "500000 KZT exact",
         QuantityKind::kMoney);
  Expect("uk", "Понад 40 відсотків опитаних підтримали рішення.", "Понад 40 відсотків",
         "40 % more_than", QuantityKind::kPercent);
  Expect("uk", "Бюджет програми — 12 млрд гривень.", "12 млрд гривень", "12000000000 UAH exact",
         QuantityKind::kMoney);
}

TEST(Quantities, SignsAndCodesInAnyLanguage) {
  // "und" and a language without files: signs, codes, symbols still work.
  for (const char* lang : {"und", "nl"}) {
    Expect(lang, "Kosten: € 45 per persoon.", "€ 45", "45 EUR exact", QuantityKind::kMoney);
    Expect(lang, "Totaal USD 1,250,000 betaald.", "USD 1,250,000", "1250000 USD exact",
           QuantityKind::kMoney);
    Expect(lang, "Een afstand van 12 km.", "12 km", "12 km exact", QuantityKind::kMeasure);
    Expect(lang, "Groei van 3,5%.", "3,5%", "3.5 % exact", QuantityKind::kPercent);
  }
  // Web addresses hold escapes and ids, no figures.
  EXPECT_TRUE(Quantities("de",
                         "Mehr unter https://example.org/q?a=30%25%2020%&id=4471 und "
                         "www.example.com/2021/item-77 lesen.")
                  .empty());
  // Codes are upper case only: "all 5" is no Albanian money.
  std::vector<Quantity> q = Quantities("en", "They sold all 5 houses.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuantityKind::kNumber);
}

// AssembleQuantities on number tokens written by hand, with no scanner: the
// assembly alone makes the range, the sign and the scale word.
TEST(Quantities, AssemblesHandMadeTokens) {
  const auto lex = annotate::QuantityLexicon::Load(FindDataDir(""), "en");
  auto token = [](uint32_t start, uint32_t end, double value) {
    annotate::NumberToken t;
    t.start = start;
    t.end = end;
    t.value = value;
    return t;
  };
  // "between 10 and 15 dollars": 10 at [8,10), 15 at [15,17).
  std::vector<Quantity> q = annotate::AssembleQuantities(
      "between 10 and 15 dollars", {token(8, 10, 10), token(15, 17, 15)}, *lex);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Describe(q[0]), "10..15 USD range");
  EXPECT_EQ(q[0].span.start, 0u);
  EXPECT_EQ(q[0].span.end, 25u);
  // "$7bn": the scale word counts next to a sign.
  q = annotate::AssembleQuantities("$7bn", {token(1, 2, 7)}, *lex);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Describe(q[0]), "7000000000 USD exact");
  // "7bn" alone: no currency, the scale word stays outside.
  q = annotate::AssembleQuantities("7bn", {token(0, 1, 7)}, *lex);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(Describe(q[0]), "7 - exact");
  EXPECT_EQ(q[0].span.end, 1u);
  // An ordinal keeps its kind and takes no qualifier.
  annotate::NumberToken third = token(6, 9, 3);
  third.ordinal = true;
  q = annotate::AssembleQuantities("about 3rd", {third}, *lex);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].kind, QuantityKind::kOrdinal);
  EXPECT_EQ(q[0].span.start, 6u);
  // A vague token stays vague, with its conventional value.
  annotate::NumberToken dozens = token(0, 6, 24);
  dozens.vague = true;
  q = annotate::AssembleQuantities("dozens of hours", {dozens}, *lex);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].approx, Approx::kVague);
  EXPECT_EQ(q[0].value, 24);
}

// A malformed row stops loading with a DataError naming file and line.
TEST(Quantities, MalformedRowsNameFileAndLine) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / "parallax_quantities_test";
  std::filesystem::create_directories(dir / "xx");
  auto expect_error = [&](const char* file, const std::string& body, const std::string& where) {
    {
      std::ofstream out(dir / "xx" / file);
      out << "# test file\n" << body;
    }
    try {
      annotate::QuantityLexicon::Load(dir.string(), "xx");
      ADD_FAILURE() << "no error for " << body;
    } catch (const DataError& e) {
      EXPECT_NE(std::string(e.what()).find(where), std::string::npos) << e.what();
    }
    std::filesystem::remove(dir / "xx" / file);
  };
  expect_error("quantities.tsv", "qualifier\tabout\tsometimes\n", "quantities.tsv:2");
  expect_error("currencies.tsv", "currency\tdollars\tUSD\nsubunit\tcents\tUSD\t5\n",
               "currencies.tsv:3");
  expect_error("currencies.tsv", "currency\tdollars\tusd\n", "currencies.tsv:2");
  expect_error("units.tsv", "unit\tmiles\t[mi_i]\tdistance\n", "units.tsv:2");
  expect_error("units.tsv", "unit_if_next\tpounds\t[lb_av]\tmeasure\n", "units.tsv:2");
  // One form a row; cased signs start with a capital; factors are positive.
  expect_error("currencies.tsv", "currency\tриялов|риалов\tSAR\n", "currencies.tsv:2");
  expect_error("currencies.tsv", "cased_sign\trm\tMYR\n", "currencies.tsv:2");
  expect_error("currencies.tsv", "scaled_code\tMUSD\tUSD\t0\n", "currencies.tsv:2");
  // "exact" only before the number; cancelling words must not be empty.
  expect_error("quantities.tsv", "qualifier_after\tor so\texact\n", "quantities.tsv:2");
  expect_error("quantities.tsv", "qualifier\tplus que\tmore_than\t \n", "quantities.tsv:2");
  std::filesystem::remove_all(dir);
}

// Text full of the words quantities look for, and bytes that are no text:
// linear time, spans in order inside the text, finite values.
TEST(Quantities, HostileTextStaysLinearAndSane) {
  std::string text;
  uint32_t seed = 12345;
  const std::vector<std::string> pieces = {
      "$",    "€",   "1",           "-",   "15",        " between ", " and ",
      " to ", "%",   " more than ", "bn",  " million ", " dollars",  "\xff",
      "\xc3", " km", " or more",    "US$", "7,5",       " "};
  while (text.size() < (1u << 19)) {
    seed = seed * 1103515245u + 12345u;  // a fixed linear congruential sequence
    text += pieces[(seed >> 16) % pieces.size()];
  }
  for (const char* lang : {"en", "ru", "und"}) {
    const std::vector<Quantity> qs = Quantities(lang, text);
    // Half a megabyte; a linear pass takes well under a second, a quadratic
    // one hours. 10 s leaves room for a loaded sanitizer build.
    uint32_t last_end = 0;
    for (const Quantity& q : qs) {
      ASSERT_LE(last_end, q.span.start) << lang;
      ASSERT_LT(q.span.start, q.span.end) << lang;
      ASSERT_LE(q.span.end, text.size()) << lang;
      ASSERT_TRUE(std::isfinite(q.value)) << lang;
      if (q.value_max) {
        ASSERT_LT(q.value, *q.value_max) << lang;
      }
      last_end = q.span.end;
    }
  }
}

// Ten thousand ranges with signs on both ends on one line.
TEST(Quantities, TenThousandSignedRangesOnOneLine) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "$1-$2, ";
  const std::vector<Quantity> qs = Quantities("en", text);
  ASSERT_EQ(qs.size(), 10000u);
  EXPECT_EQ(Describe(qs[0]), "1..2 USD range");
  EXPECT_EQ(Describe(qs[9999]), "1..2 USD range");
}

// Every `# example: TEXT => V U A; ...` line of the quantity data files.
TEST(Quantities, EveryExampleLineOfTheDataFiles) {
  const std::filesystem::path root(FindDataDir(""));
  std::vector<std::pair<std::filesystem::path, std::string>> files = {
      {root / "quantities.tsv", "und"},
      {root / "currencies.tsv", "und"},
      {root / "units.tsv", "und"}};
  for (const auto& entry : std::filesystem::directory_iterator(root)) {
    for (const char* name : {"quantities.tsv", "currencies.tsv", "units.tsv"}) {
      if (std::filesystem::exists(entry.path() / name)) {
        files.emplace_back(entry.path() / name, entry.path().filename().string());
      }
    }
  }
  size_t examples = 0;
  for (const auto& [path, lang] : files) {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
      const std::string prefix = "# example: ";
      if (line.rfind(prefix, 0) != 0) continue;
      const size_t arrow = line.find(" => ");
      ASSERT_NE(arrow, std::string::npos) << path << ": " << line;
      const std::string text = line.substr(prefix.size(), arrow - prefix.size());
      std::vector<std::string> want;
      std::stringstream parts(line.substr(arrow + 4));
      std::string part;
      while (std::getline(parts, part, ';')) {
        const size_t b = part.find_first_not_of(' ');
        const size_t e = part.find_last_not_of(' ');
        want.push_back(part.substr(b, e - b + 1));
      }
      std::vector<std::string> got;
      for (const Quantity& q : Quantities(lang, text)) got.push_back(Describe(q));
      EXPECT_EQ(got, want) << path.string() << ": " << text;
      ++examples;
    }
  }
  EXPECT_GE(examples, 90u);
}

}  // namespace
}  // namespace parallax
