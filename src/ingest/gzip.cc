// gzip: a streaming inflater over any ByteStream (multi-member, with
// truncation detection), and the one-shot decoder for HTTP bodies.
#include <zlib.h>

#include <cstring>
#include <exception>
#include <vector>

#include "ingest/internal.h"
#include "parallax/error.h"

namespace parallax::ingest {

namespace {

constexpr size_t kInChunk = 64 << 10;
// windowBits for zlib: 15 = the largest window; +16 = gzip wrapper only;
// +32 = gzip or zlib wrapper, detected.
constexpr int kGzipOnly = 15 + 16;
constexpr int kGzipOrZlib = 15 + 32;
constexpr int kRawDeflate = -15;

std::string ZlibMessage(const z_stream& z, int rc) {
  if (z.msg != nullptr) return z.msg;
  return "zlib error " + std::to_string(rc);
}

}  // namespace

struct GzipStream::State {
  ByteStream* in = nullptr;
  z_stream z{};
  std::vector<unsigned char> inbuf = std::vector<unsigned char>(kInChunk);
  bool input_end = false;    // `in` returned 0
  bool done = false;         // clean end of the last member
  bool in_member = false;    // inside a member (bytes after the header seen)
  std::exception_ptr error;  // to throw on the next Read

  bool Refill() {
    if (input_end) return false;
    if (z.avail_in > 0) return true;
    size_t got = in->Read(reinterpret_cast<char*>(inbuf.data()), inbuf.size());
    if (got == 0) {
      input_end = true;
      return false;
    }
    z.next_in = inbuf.data();
    z.avail_in = static_cast<uInt>(got);
    return true;
  }

  // After a member ends: another member, trailing zero padding, or garbage.
  void AfterMember() {
    for (;;) {
      if (z.avail_in == 0 && !Refill()) {
        done = true;
        return;
      }
      // Skip NUL padding (some writers pad to a block size).
      while (z.avail_in > 0 && *z.next_in == 0) {
        ++z.next_in;
        --z.avail_in;
      }
      if (z.avail_in == 0) continue;
      if (*z.next_in == 0x1f) {
        inflateReset(&z);
        in_member = false;
        return;
      }
      throw InputError("corrupt gzip stream (data after the end of the gzip stream)");
    }
  }
};

GzipStream::GzipStream(ByteStream& in) : state_(std::make_unique<State>()) {
  state_->in = &in;
  if (inflateInit2(&state_->z, kGzipOnly) != Z_OK) {
    throw InputError("cannot start the gzip decoder (out of memory)");
  }
}

GzipStream::~GzipStream() { inflateEnd(&state_->z); }

size_t GzipStream::Read(char* buf, size_t n) {
  State& s = *state_;
  if (s.error) {
    std::exception_ptr e = s.error;
    s.error = nullptr;
    s.done = true;
    std::rethrow_exception(e);
  }
  if (s.done || n == 0) return 0;
  size_t produced = 0;
  try {
    while (produced == 0 && !s.done) {
      if (s.z.avail_in == 0 && !s.Refill()) {
        if (s.in_member) throw InputError("truncated gzip stream");
        s.done = true;
        break;
      }
      s.z.next_out = reinterpret_cast<unsigned char*>(buf) + produced;
      s.z.avail_out = static_cast<uInt>(n - produced);
      int rc = inflate(&s.z, Z_NO_FLUSH);
      produced = n - s.z.avail_out;
      s.in_member = true;
      if (rc == Z_STREAM_END) {
        s.in_member = false;
        s.AfterMember();
      } else if (rc == Z_BUF_ERROR) {
        // No progress possible: needs more input (handled above) or space.
        if (s.z.avail_in != 0 && produced == 0) {
          throw InputError("corrupt gzip stream (" + ZlibMessage(s.z, rc) + ")");
        }
      } else if (rc != Z_OK) {
        throw InputError("corrupt gzip stream (" + ZlibMessage(s.z, rc) + ")");
      }
    }
  } catch (const std::exception&) {
    if (produced == 0) {
      s.done = true;
      throw;
    }
    s.error = std::current_exception();
  }
  return produced;
}

std::string InflateBody(std::string_view data, bool raw_deflate_ok, uint64_t limit) {
  auto run = [&](int window_bits, std::string* out) -> std::string {
    z_stream z{};
    if (inflateInit2(&z, window_bits) != Z_OK) return "out of memory";
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    std::string error;
    char chunk[64 << 10];
    for (;;) {
      z.next_out = reinterpret_cast<Bytef*>(chunk);
      z.avail_out = sizeof(chunk);
      int rc = inflate(&z, Z_NO_FLUSH);
      out->append(chunk, sizeof(chunk) - z.avail_out);
      if (out->size() > limit) {
        inflateEnd(&z);
        throw InputError(TooLargeDecompressedReason(limit));
      }
      if (rc == Z_STREAM_END) {
        // gzip bodies may hold several members.
        if (z.avail_in > 0 && *z.next_in == 0x1f && window_bits != kRawDeflate) {
          inflateReset(&z);
          continue;
        }
        break;
      }
      if (rc == Z_BUF_ERROR || (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0)) {
        error = "truncated compressed body";
        break;
      }
      if (rc != Z_OK) {
        error = ZlibMessage(z, rc);
        break;
      }
    }
    inflateEnd(&z);
    return error;
  };
  std::string out;
  std::string error = run(kGzipOrZlib, &out);
  if (!error.empty() && raw_deflate_ok && out.empty()) {
    // "deflate" is often sent as raw deflate without the zlib wrapper.
    std::string raw;
    if (run(kRawDeflate, &raw).empty()) return raw;
  }
  if (!error.empty()) throw InputError("corrupt compressed HTTP body (" + error + ")");
  return out;
}

}  // namespace parallax::ingest
