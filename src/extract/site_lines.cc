// SiteLines (include/parallax/site_lines.h): per-site document counts of
// normalised lines, stored as 64-bit hashes.
#include "parallax/site_lines.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <vector>

#include "extract/scrape_chars.h"

namespace parallax {

namespace {

// FNV-1a over the bytes, then the SplitMix64 finaliser so that the low bits
// (which the hash table uses) depend on every byte.
uint64_t Hash64(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;
  return h;
}

struct IdentityHash {
  size_t operator()(uint64_t k) const { return static_cast<size_t>(k); }
};

// The key of one line, or 0 when the line counts as empty (0 itself is
// remapped so that it never stands for a line).
uint64_t LineKey(std::string_view line, size_t max_bytes) {
  if (line.size() > max_bytes) return 0;
  std::string norm = scrape::NormalizeForMatch(line);
  if (norm.empty()) return 0;
  uint64_t h = Hash64(norm);
  return h == 0 ? 1 : h;
}

}  // namespace

struct SiteLines::Impl {
  struct Site {
    uint64_t documents = 0;
    std::unordered_map<uint64_t, uint32_t, IdentityHash> lines;
  };
  SiteLinesOptions options;
  std::map<std::string, Site, std::less<>> sites;
  size_t entries = 0;

  const Site* Find(std::string_view site) const {
    if (site.empty()) return nullptr;
    auto it = sites.find(site);
    return it == sites.end() ? nullptr : &it->second;
  }
};

SiteLines::SiteLines(SiteLinesOptions options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
}
SiteLines::~SiteLines() = default;
SiteLines::SiteLines(SiteLines&&) noexcept = default;
SiteLines& SiteLines::operator=(SiteLines&&) noexcept = default;

void SiteLines::Add(std::string_view site, std::string_view text) {
  if (site.empty()) return;
  auto it = impl_->sites.find(site);
  if (it == impl_->sites.end()) it = impl_->sites.emplace(std::string(site), Impl::Site{}).first;
  Impl::Site& s = it->second;
  ++s.documents;
  std::vector<uint64_t> keys;
  size_t pos = 0;
  while (pos < text.size() && keys.size() < impl_->options.max_lines_per_document) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    if (uint64_t k = LineKey(text.substr(pos, eol - pos), impl_->options.max_line_bytes)) {
      keys.push_back(k);
    }
    pos = eol + 1;
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  for (uint64_t k : keys) {
    auto found = s.lines.find(k);
    if (found != s.lines.end()) {
      ++found->second;
    } else if (impl_->entries < impl_->options.max_entries) {
      s.lines.emplace(k, 1u);
      ++impl_->entries;
    }
  }
}

uint64_t SiteLines::Documents(std::string_view site) const {
  const Impl::Site* s = impl_->Find(site);
  return s ? s->documents : 0;
}

uint64_t SiteLines::Count(std::string_view site, std::string_view line) const {
  const Impl::Site* s = impl_->Find(site);
  if (!s) return 0;
  uint64_t k = LineKey(line, impl_->options.max_line_bytes);
  if (k == 0) return 0;
  auto it = s->lines.find(k);
  return it == s->lines.end() ? 0 : it->second;
}

size_t SiteLines::sites() const { return impl_->sites.size(); }
size_t SiteLines::entries() const { return impl_->entries; }

}  // namespace parallax
