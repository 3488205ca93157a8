// Test support shared by every test binary: building compressed and
// legacy-encoded bytes. Header-only; the binaries link zlib and ICU.
#ifndef PARALLAX_TESTS_SUPPORT_BYTES_H_
#define PARALLAX_TESTS_SUPPORT_BYTES_H_

#include <unicode/ucnv.h>
#include <unicode/utypes.h>
#include <zlib.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace parallax::testing {

// `bytes` deflated with zlib's `window_bits`: 15 + 16 gzip (one member), 15
// zlib (HTTP "deflate"), -15 raw deflate. Throws std::runtime_error.
inline std::string Compress(std::string_view bytes, int window_bits) {
  z_stream z{};
  if (deflateInit2(&z, 6, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::runtime_error("deflateInit2");
  }
  std::string out(deflateBound(&z, bytes.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) throw std::runtime_error("deflate");
  return out;
}

// One gzip member holding `bytes`.
inline std::string Gzip(std::string_view bytes) { return Compress(bytes, 15 + 16); }

// `utf8` converted to `charset` with ICU (no BOM for UTF-16LE/BE). Throws
// std::runtime_error naming the charset if ICU cannot convert.
inline std::string EncodeAs(std::string_view utf8, const char* charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t len = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                             utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  if (U_FAILURE(err)) throw std::runtime_error(std::string("cannot encode as ") + charset);
  out.resize(static_cast<size_t>(len));
  return out;
}

}  // namespace parallax::testing

#endif  // PARALLAX_TESTS_SUPPORT_BYTES_H_
