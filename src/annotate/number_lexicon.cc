// Loading data/<lang>/numbers.tsv into a NumberLexicon (number_scan.h).
// Format: data/numbers-README.md.
#include "annotate/number_lexicon.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "annotate/number_chars.h"
#include "annotate/tsv_fields.h"
#include "parallax/error.h"

namespace parallax::annotate {
namespace {

// The separator code points a settings value names: "space", "nbsp" (both
// no-break spaces), or one character.
std::u32string Separators(const std::vector<std::string>& fields, const std::string& where) {
  std::u32string out;
  for (size_t i = 1; i < fields.size(); ++i) {
    const std::string& f = fields[i];
    if (f.empty()) continue;
    if (f == "space") {
      out += U" ";
    } else if (f == "nbsp") {
      out += U"\u00A0\u202F";
    } else {
      Decoded d = DecodeAt(f, 0);
      if (d.len != f.size() || d.cp == 0xFFFD || IsLetter(d.cp) || IsAsciiDigit(d.cp)) {
        throw DataError(
            fmt::format("{}: separator \"{}\" is not space, nbsp or one sign", where, f));
      }
      out += d.cp;
    }
  }
  if (out.empty()) throw DataError(fmt::format("{}: setting without a value", where));
  return out;
}

std::optional<NumberWordType> TypeOf(const std::string& name) {
  static const std::pair<const char*, NumberWordType> kTypes[] = {
      {"cardinal", NumberWordType::kCardinal},
      {"hundred", NumberWordType::kHundred},
      {"scale", NumberWordType::kScale},
      {"ordinal", NumberWordType::kOrdinal},
      {"fraction", NumberWordType::kFraction},
      {"vague", NumberWordType::kVague},
      {"joiner", NumberWordType::kJoiner},
      {"article", NumberWordType::kArticle},
      {"denominator", NumberWordType::kDenominator},
      {"linker", NumberWordType::kLinker},
      {"minus", NumberWordType::kMinus},
      {"decimal", NumberWordType::kDecimal},
      {"fraction_joiner", NumberWordType::kFractionJoiner},
      {"excess", NumberWordType::kExcess}};
  for (const auto& [n, t] : kTypes) {
    if (name == n) return t;
  }
  return std::nullopt;
}

// Adds the folded `form` with one meaning to the lexicon (a compound part
// when it ends in '-'), and to the prefilters of ReadWord.
void AddForm(const std::string& folded, double value, NumberWordType type,
             NumberLexicon::Impl& lex) {
  // "vent-": a part of compounds only (data/numbers-README.md).
  const bool part = folded.size() > 1 && folded.back() == '-';
  std::vector<NumberWord>& entries =
      part ? lex.compound_parts[folded.substr(0, folded.size() - 1)] : lex.words[folded];
  const bool duplicate = std::any_of(entries.begin(), entries.end(), [&](const NumberWord& w) {
    return w.type == type && w.value == value;
  });
  if (!duplicate) entries.push_back({value, type});
  if (type == NumberWordType::kMinus) lex.has_minus = true;
  lex.longest_word = std::max(lex.longest_word, folded.size());
  // Parts too: a compound may start with one ("vent-" of "ventuno").
  const auto b0 = static_cast<unsigned char>(folded[0]);
  const auto b1 = folded.size() > 1 ? static_cast<unsigned char>(folded[1]) : 0;
  uint8_t& slot = lex.start_slot[(b0 << 8) | b1];
  if (slot == 0) {
    slot = lex.next_slot < NumberLexicon::Impl::kAnyLength ? lex.next_slot++
                                                           : NumberLexicon::Impl::kAnyLength;
    if (slot != NumberLexicon::Impl::kAnyLength) lex.start_lengths[slot] = 0;
  }
  if (slot != NumberLexicon::Impl::kAnyLength) {
    lex.start_lengths[slot] |= NumberLexicon::Impl::LengthBit(folded.size());
  }
  if (part) return;
  if (folded.find('-') != std::string::npos) lex.has_hyphen_forms = true;
}

// es "-avos": every one-word cardinal from 2 to 99 with a suffix is a
// denominator ("doceavos", "veintiunavos", "cincoavos", "treintavos").
void AddSuffixedDenominators(const std::vector<std::string>& suffixes, NumberLexicon::Impl& lex) {
  if (suffixes.empty()) return;
  std::vector<std::pair<std::string, double>> stems;
  for (const auto& [form, entries] : lex.words) {
    if (form.find_first_of(" -") != std::string::npos) continue;
    for (const NumberWord& w : entries) {
      if (w.type == NumberWordType::kCardinal && w.value >= 2 && w.value <= 99 &&
          w.value == static_cast<int>(w.value)) {
        stems.emplace_back(form, w.value);
        break;
      }
    }
  }
  for (const auto& [stem, value] : stems) {
    for (const std::string& suffix : suffixes) {
      AddForm(stem + suffix, value, NumberWordType::kDenominator, lex);
      // A vowel ending the stem merges with the same vowel starting the
      // suffix: "treintavos" (treinta + avos), as well as "treintaavos".
      const char last = stem.back();
      if (last == suffix.front() && std::string_view("aeiou").find(last) != std::string::npos) {
        AddForm(stem.substr(0, stem.size() - 1) + suffix, value, NumberWordType::kDenominator, lex);
      }
    }
  }
}

void LoadFile(const std::filesystem::path& path, NumberLexicon::Impl& lex) {
  bool entries_seen = false;
  std::vector<std::string> denominator_suffixes;
  ForEachDataRow(path, [&](std::vector<std::string> f, const std::string& where) {
    if (f[0].starts_with("@")) {
      const std::string& key = f[0];
      if (key == "@decimal") {
        lex.decimal = Separators(f, where);
      } else if (key == "@group") {
        lex.group = Separators(f, where);
      } else if (key == "@fold_letter") {
        // "@fold_letter<TAB>ł<TAB>l": one letter each, before every entry.
        const Decoded from = f.size() == 3 ? DecodeAt(f[1], 0) : Decoded{};
        const Decoded to = f.size() == 3 ? DecodeAt(f[2], 0) : Decoded{};
        if (f.size() != 3 || from.len != f[1].size() || to.len != f[2].size() ||
            !IsLetter(from.cp) || !IsLetter(to.cp) || entries_seen) {
          throw DataError(fmt::format(
              "{}: expected @fold_letter<TAB>letter<TAB>letter before every entry", where));
        }
        lex.letter_folds.emplace_back(FoldCase(from.cp), FoldCase(to.cp));
      } else if (key == "@fold_accents" && f.size() == 3 && f[2].starts_with("except=")) {
        if (f[1] != "yes" || entries_seen) {
          throw DataError(fmt::format(
              "{}: expected @fold_accents<TAB>yes<TAB>except=form|form before every entry", where));
        }
        lex.fold_accents = true;
        std::string_view rest = std::string_view(f[2]).substr(7);
        while (!rest.empty()) {
          const size_t bar = rest.find('|');
          const std::string form(rest.substr(0, bar));
          if (!form.empty()) lex.accented_only[lex.FoldText(form)] = FoldString(form);
          rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
        }
      } else if (key == "@compound" || key == "@ordinal_dot" || key == "@vigesimal" ||
                 key == "@fold_accents" || key == "@unit_joiner" || key == "@list_article") {
        if (f.size() != 2 || (f[1] != "yes" && f[1] != "no")) {
          throw DataError(fmt::format("{}: {} takes yes or no", where, key));
        }
        // Forms are folded as they are read: the fold must be known first.
        if (key == "@fold_accents" && entries_seen) {
          throw DataError(fmt::format("{}: @fold_accents must come before every entry", where));
        }
        const bool on = f[1] == "yes";
        (key == "@compound"       ? lex.compound
         : key == "@ordinal_dot"  ? lex.ordinal_dot
         : key == "@vigesimal"    ? lex.vigesimal
         : key == "@unit_joiner"  ? lex.unit_joiner
         : key == "@list_article" ? lex.list_article
                                  : lex.fold_accents) = on;
      } else {
        throw DataError(fmt::format("{}: unknown setting {}", where, key));
      }
      return;
    }
    if (f.size() != 3 || f[0].empty()) {
      throw DataError(fmt::format("{}: expected form<TAB>value<TAB>type", where));
    }
    entries_seen = true;
    const std::string folded = lex.FoldText(f[0]);
    if (f[2] == "not_number") {
      // "the one": two words, the second a number word (or a minus word),
      // that are no number. Folded by case only: "à neuf" is not "a neuf".
      const std::string pair = FoldString(f[0]);
      const size_t space = pair.find(' ');
      if (space == std::string::npos || space == 0 || space + 1 >= pair.size() ||
          pair.find(' ', space + 1) != std::string::npos) {
        throw DataError(fmt::format("{}: not_number takes two words (\"the one\")", where));
      }
      lex.not_after[pair.substr(space + 1)].push_back(pair.substr(0, space));
      return;
    }
    if (f[2] == "ordinal_cue") {
      lex.ordinal_cues.insert(FoldString(f[0]));
      return;
    }
    if (f[2] == "not_after_digits") {
      if (f[1] != "-") throw DataError(fmt::format("{}: not_after_digits has no value", where));
      lex.not_after_digits.insert(folded);
      return;
    }
    if (f[2] == "spoken_decimal" || f[2] == "decimal_cue") {
      if (f[1] != "-") throw DataError(fmt::format("{}: {} has no value", where, f[2]));
      (f[2] == "spoken_decimal" ? lex.spoken_decimals : lex.decimal_cues).insert(folded);
      return;
    }
    if (f[2] == "fraction_cue" || f[2] == "singular_cue") {
      if (f[1] != "-") throw DataError(fmt::format("{}: {} has no value", where, f[2]));
      (f[2] == "fraction_cue" ? lex.fraction_cues : lex.singular_cues).insert(folded);
      return;
    }
    if (f[2] == "ratio") {
      if (f[1] != "-") throw DataError(fmt::format("{}: ratio has no value", where));
      lex.ratio_words.push_back(folded);
      lex.longest_ratio_word = std::max(lex.longest_ratio_word, folded.size());
      return;
    }
    if (f[2] == "ordinal_suffix" || f[2] == "cued_ordinal_suffix") {
      (f[2] == "ordinal_suffix" ? lex.ordinal_suffixes : lex.cued_ordinal_suffixes)
          .push_back(folded);
      return;
    }
    // Joiners and articles carry no value: "-".
    const bool valueless = f[2] == "joiner" || f[2] == "article" || f[2] == "linker" ||
                           f[2] == "minus" || f[2] == "decimal" || f[2] == "fraction_joiner" ||
                           f[2] == "denominator_suffix" || f[2] == "excess";
    char* end = nullptr;
    errno = 0;
    const double value = valueless && f[1] == "-" ? 0 : std::strtod(f[1].c_str(), &end);
    if (valueless && f[1] == "-") {
      // no number to check
    } else if (f[1].empty() || *end != '\0' || errno != 0 || !(value >= 0) || value > 1e15) {
      throw DataError(fmt::format("{}: value \"{}\" is not a number from 0 to 1e15", where, f[1]));
    }
    if (f[2] == "scale_abbr") {
      lex.scale_abbr.emplace_back(folded, value);
      return;
    }
    if (f[2] == "scale_suffix" || f[2] == "decimal_suffix") {
      // Glued and case-sensitive: kept as written ("M" million, "m" metre).
      if (value <= 1) throw DataError(fmt::format("{}: a {} multiplies by > 1", where, f[2]));
      (f[2] == "scale_suffix" ? lex.scale_suffixes : lex.decimal_suffixes)
          .emplace_back(f[0], value);
      return;
    }
    if (f[2] == "denominator_suffix") {
      // "-avos": added to the cardinals below, after every row is read.
      if (f[1] != "-") throw DataError(fmt::format("{}: a denominator_suffix has no value", where));
      denominator_suffixes.push_back(folded);
      return;
    }
    if (f[2] == "cued_ordinal") {
      // "second": an ordinal only after a cue (number_scan.cc).
      AddForm(folded, value, NumberWordType::kOrdinal, lex);
      lex.cued_ordinals.insert(folded);
      return;
    }
    std::optional<NumberWordType> type = TypeOf(f[2]);
    if (!type) throw DataError(fmt::format("{}: unknown type \"{}\"", where, f[2]));
    AddForm(folded, value, *type, lex);
  });
  AddSuffixedDenominators(denominator_suffixes, lex);
  // A compound part also has the meanings its form has alone.
  for (auto& [form, entries] : lex.compound_parts) {
    if (const std::vector<NumberWord>* alone = lex.Find(form)) {
      for (const NumberWord& w : *alone) {
        const bool duplicate = std::any_of(
            entries.begin(), entries.end(),
            [&](const NumberWord& e) { return e.type == w.type && e.value == w.value; });
        if (!duplicate) entries.push_back(w);
      }
    }
  }
  if (lex.compound) {
    for (const auto* forms : {&lex.words, &lex.compound_parts}) {
      for (const auto& [form, entries] : *forms) {
        for (size_t len = 2; len <= form.size(); ++len) lex.prefixes.insert(form.substr(0, len));
      }
    }
  }
  // Longest first, so "млн." wins over "млн" and "-го" over "-г".
  auto longer = [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); };
  std::stable_sort(lex.scale_abbr.begin(), lex.scale_abbr.end(), longer);
  std::stable_sort(lex.scale_suffixes.begin(), lex.scale_suffixes.end(), longer);
  std::stable_sort(lex.decimal_suffixes.begin(), lex.decimal_suffixes.end(), longer);
  for (auto* suffixes : {&lex.ordinal_suffixes, &lex.cued_ordinal_suffixes}) {
    std::stable_sort(
        suffixes->begin(), suffixes->end(),
        [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  }
}

}  // namespace

bool NumberLexicon::Impl::IsGroup(char32_t c) const {
  return group.find(c) != std::u32string::npos;
}

bool NumberLexicon::Impl::Listed(
    const std::unordered_set<std::string, FoldedHash, std::equal_to<>>& set,
    std::string_view text) const {
  if (set.empty()) return false;
  thread_local std::string folded;
  folded.clear();
  for (size_t i = 0; i < text.size();) {
    const Decoded d = DecodeAt(text, i);
    AppendUtf8(folded, Fold(d.cp));
    i += d.len;
  }
  return set.count(std::string_view(folded)) > 0;
}

bool NumberLexicon::Impl::AccentsHold(std::string_view folded, std::string_view word) const {
  if (accented_only.empty()) return true;
  const auto it = accented_only.find(folded);
  return it == accented_only.end() || FoldString(word) == it->second;
}

std::string NumberLexicon::Impl::FoldText(std::string_view text) const {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const Decoded d = DecodeAt(text, i);
    AppendUtf8(out, Fold(d.cp));
    i += d.len;
  }
  return out;
}

NumberLexicon::NumberLexicon(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
NumberLexicon::~NumberLexicon() = default;

std::shared_ptr<const NumberLexicon> NumberLexicon::Load(const std::string& data_dir,
                                                         const std::string& lang) {
  auto impl = std::make_unique<Impl>();
  impl->lang = lang;
  if (lang != "und") {
    const std::filesystem::path path = std::filesystem::path(data_dir) / lang / "numbers.tsv";
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) LoadFile(path, *impl);
  }
  return std::shared_ptr<const NumberLexicon>(new NumberLexicon(std::move(impl)));
}

}  // namespace parallax::annotate
