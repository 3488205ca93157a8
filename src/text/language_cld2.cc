// parallax: the CLD2 call (see language_cld2.h).
#include "text/language_cld2.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <cstdio>  // compact_lang_det.h uses FILE without including it

#include "text/language_evidence.h"

namespace parallax::langid_internal {

Cld2Codes Cld2Codes::Load(const std::string& langid_dir) {
  Cld2Codes codes;
  for (auto& f : ReadTsv(langid_dir + "/cld2_codes.tsv", "cld2_code\tparallax_code\twhy", 3)) {
    codes.from_[f[0]] = f[1];
    codes.to_[f[1]] = f[0];
  }
  return codes;
}

std::string Cld2Codes::FromCld2(std::string_view code) const {
  auto it = from_.find(code);
  return it == from_.end() ? std::string(code) : it->second;
}

std::string Cld2Codes::ToCld2(std::string_view code) const {
  auto it = to_.find(code);
  return it == to_.end() ? std::string(code) : it->second;
}

namespace {

std::string Code(CLD2::Language lang, const Cld2Codes& codes) {
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return "";
  return codes.FromCld2(CLD2::LanguageCode(lang));
}

CLD2::Language Detect(std::string_view utf8, const char* hint, int flags, CLD2::Language* language3,
                      int* percent3, double* normalized3, bool* reliable) {
  // The hint goes in both ways CLD2 takes one: as a Content-Language string
  // and as a language prior (language_hint), which weighs more on short text.
  CLD2::CLDHints hints{hint, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  if (hint != nullptr) hints.language_hint = CLD2::GetLanguageFromName(hint);
  int text_bytes = 0;
  int valid_prefix = 0;
  return CLD2::ExtDetectLanguageSummaryCheckUTF8(
      utf8.data(), static_cast<int>(utf8.size()), /*is_plain_text=*/true, &hints, flags, language3,
      percent3, normalized3, /*resultchunkvector=*/nullptr, &text_bytes, reliable, &valid_prefix);
}

}  // namespace

Cld2Answer RunCld2(std::string_view utf8, std::string_view hint, const Cld2Codes& codes,
                   bool best_effort) {
  Cld2Answer a;
  const std::string cld2_hint = hint.empty() ? std::string() : codes.ToCld2(hint);
  const char* hint_ptr = cld2_hint.empty() ? nullptr : cld2_hint.c_str();
  // CLD2 leaves these unwritten for some inputs (text with nothing to
  // score): they must start defined (valgrind found them read uninitialised).
  CLD2::Language language3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE,
                                 CLD2::UNKNOWN_LANGUAGE};
  int percent3[3] = {0, 0, 0};
  double normalized3[3] = {0, 0, 0};
  bool reliable = false;
  CLD2::Language lang = Detect(utf8, hint_ptr, 0, language3, percent3, normalized3, &reliable);
  a.lang = Code(lang, codes);
  a.reliable = reliable && !a.lang.empty();
  for (int i = 0; i < 3; ++i) {
    a.top[i] = Code(language3[i], codes);
    a.percent[i] = percent3[i];
    a.normalized[i] = normalized3[i];
  }
  if (a.lang.empty() && best_effort) {
    bool unused = false;
    CLD2::Language effort =
        Detect(utf8, hint_ptr, CLD2::kCLDFlagBestEffort, language3, percent3, normalized3, &unused);
    a.best_effort = Code(effort, codes);
  }
  return a;
}

bool Cld2WritesScript(std::string_view lang, std::string_view script, const Cld2Codes& codes) {
  const std::string cld2 = codes.ToCld2(lang);
  CLD2::Language l = CLD2::GetLanguageFromName(cld2.c_str());
  if (l == CLD2::UNKNOWN_LANGUAGE) return false;
  // CLD2 files Hiragana, Katakana and Hangul text under its Han script.
  std::string_view want = script;
  if (want == "Hira" || want == "Kana" || want == "Hang") want = "Hani";
  for (int n = 0; n < 4; ++n) {
    if (want == CLD2::ULScriptCode(CLD2::LanguageRecognizedScript(l, n))) return true;
  }
  return false;
}

}  // namespace parallax::langid_internal
