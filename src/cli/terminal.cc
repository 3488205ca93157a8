// Terminal output helpers shared by the listing commands (cli.h).
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "cli/cli.h"

namespace parallax::cli {

// Columns of the terminal on standard output; 100 when it is not one.
size_t OutputWidth() {
  winsize ws{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 40) {
    return ws.ws_col;
  }
  return 100;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// `s` with newlines and tabs as spaces, cut to at most `width` code points
// ("…" last when cut).
std::string Cut(std::string_view s, size_t width) {
  const bool cut = CodePoints(s) > width;
  const size_t keep = cut ? (width > 0 ? width - 1 : 0) : width;
  std::string out;
  size_t cps = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool lead = (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    if (lead && cps++ == keep) break;
    out += s[i] == '\n' || s[i] == '\t' || s[i] == '\r' ? ' ' : s[i];
  }
  if (cut && width > 0) out += "…";
  return out;
}

// `s` on one line, cut to at most `width` code points (with "…" when cut)
// and padded with spaces to exactly `width`.
std::string Cell(std::string_view s, size_t width) {
  std::string out;
  const size_t total = CodePoints(s);
  const size_t keep = total <= width ? total : (width > 0 ? width - 1 : 0);
  size_t cps = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool starts = (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    if (starts && cps++ == keep) break;
    out += s[i] == '\n' || s[i] == '\t' || s[i] == '\r' ? ' ' : s[i];
  }
  if (total > width && width > 0) out += "…";
  out.append(width > std::min(total, width) ? width - std::min(total, width) : 0, ' ');
  return out;
}

}  // namespace parallax::cli
