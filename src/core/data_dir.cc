#include "parallax/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "parallax/error.h"

namespace parallax {

namespace {

bool IsDataDir(const std::filesystem::path& p) {
  std::error_code ec;
  return std::filesystem::is_directory(p / "langid", ec);
}

}  // namespace

std::string FindDataDir(const std::string& explicit_dir) {
  namespace fs = std::filesystem;
  if (!explicit_dir.empty()) {
    if (!IsDataDir(explicit_dir)) {
      throw DataError("data folder " + explicit_dir + " has no langid/ inside");
    }
    return explicit_dir;
  }
  if (const char* env = std::getenv("PARALLAX_DATA_DIR"); env != nullptr && *env != '\0') {
    if (!IsDataDir(env)) {
      throw DataError(std::string("PARALLAX_DATA_DIR=") + env + " has no langid/ inside");
    }
    return env;
  }
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "parallax" / "data";
    if (IsDataDir(installed)) return installed.string();
  }
#ifdef PARALLAX_SOURCE_DATA_DIR
  if (IsDataDir(PARALLAX_SOURCE_DATA_DIR)) return PARALLAX_SOURCE_DATA_DIR;
#endif
  throw DataError("cannot find parallax's data folder: set PARALLAX_DATA_DIR or pass --data-dir");
}

}  // namespace parallax
