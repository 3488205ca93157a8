// The consonant outlines of folded names (entity_fold.h): a given name's
// for matching given names across languages, a surname's for matching a
// full name across scripts, and a surname's skeleton for a surname alone
// across scripts.
#include <string>
#include <string_view>

#include "annotate/entity_fold.h"

namespace parallax::annotate {
namespace {

bool IsVowel(char c) { return std::string_view("aeiouy").find(c) != std::string_view::npos; }
bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

std::string GivenNameOutline(std::string_view folded) {
  std::string out;
  for (size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    const bool part_start = i == 0 || folded[i - 1] == '-';
    if (c == '-') {
      out.push_back('-');
      continue;
    }
    const bool part_end = i + 1 == folded.size() || folded[i + 1] == '-';
    if (c == 'a' && part_end && !part_start) {
      out.push_back('a');
      continue;
    }
    if (IsVowel(c) && !(c == 'y' && part_start)) continue;
    if (c == 'h') c = 'g';
    if (!out.empty() && out.back() == c) continue;
    out.push_back(c);
  }
  return out;
}

namespace {

// SurnameOutline, or with `vowel_places` SurnameSkeleton: the same
// consonants, and each run of vowels either dropped (a first "y" kept) or
// kept as one "*".
std::string SurnameShape(std::string_view folded, bool vowel_places) {
  std::string out;
  for (size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    if (!IsLetter(c)) continue;
    const bool first = i == 0;
    const bool last = i + 1 == folded.size();
    if (c == 'a' && last && !first) {
      out.push_back('a');
      continue;
    }
    if (IsVowel(c)) {
      if (vowel_places) {
        if (out.empty() || out.back() != '*') out.push_back('*');
        continue;
      }
      if (!(c == 'y' && first)) continue;
    }
    if (c == 'h') {
      const char prev = first ? ' ' : folded[i - 1];
      if (std::string_view("sczktdpg").find(prev) != std::string_view::npos) continue;
      c = 'g';
    }
    if (c == 'c' || c == 'z') c = 's';
    if (c == 'q') c = 'k';
    if (c == 'w') c = 'v';
    if (!out.empty() && out.back() == c) continue;
    out.push_back(c);
  }
  return out;
}

}  // namespace

std::string SurnameOutline(std::string_view folded) { return SurnameShape(folded, false); }

std::string SurnameSkeleton(std::string_view folded) { return SurnameShape(folded, true); }

}  // namespace parallax::annotate
