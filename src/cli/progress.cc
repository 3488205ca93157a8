#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/cli.h"

namespace parallax::cli {

namespace {

std::string Clock(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, (s / 60) % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

ProgressLine::ProgressLine(bool quiet) {
  const char* ci = std::getenv("CI");
  active_ = !quiet && isatty(STDERR_FILENO) == 1 && (ci == nullptr || *ci == '\0');
}

ProgressLine::~ProgressLine() { Finish(); }

void ProgressLine::Update(const Progress& p) {
  if (!active_) return;
  if (last_draw_ >= 0 && p.seconds - last_draw_ < 0.1) return;  // at most 10 redraws a second
  last_draw_ = p.seconds;
  double mb = p.bytes_read / 1e6;
  double rate = p.seconds > 0 ? mb / p.seconds : 0;
  std::string line = fmt::format("parallax: {} documents, {} skipped, {:.1f} MB, {:.1f} MB/s",
                                 p.documents, p.failures, mb, rate);
  if (p.bytes_total > 0 && p.bytes_read > 0) {
    double frac = std::min(1.0, static_cast<double>(p.bytes_read) / p.bytes_total);
    line += fmt::format(", {:.0f}%", frac * 100);
    if (frac > 0.01 && frac < 1.0) line += ", " + Clock(p.seconds * (1 - frac) / frac) + " left";
  }
  std::string pad(last_width_ > line.size() ? last_width_ - line.size() : 0, ' ');
  std::fputs(("\r" + line + pad).c_str(), stderr);
  std::fflush(stderr);
  last_width_ = line.size();
}

void ProgressLine::Finish() {
  if (!active_ || last_width_ == 0) return;
  std::fputs(("\r" + std::string(last_width_, ' ') + "\r").c_str(), stderr);
  std::fflush(stderr);
  last_width_ = 0;
}

}  // namespace parallax::cli
