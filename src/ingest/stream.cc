// Byte streams over memory, file descriptors and prefixes, and the buffered
// line reader the WARC and JSONL readers use.
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "ingest/internal.h"
#include "parallax/error.h"

namespace parallax::ingest {

namespace {

// Progress is reported per MiB read: often enough for a progress bar, rare
// enough to cost nothing.
constexpr uint64_t kProgressStep = 1 << 20;

// Read granularity of LineReader: 64 KiB, the pipe buffer size on Linux.
constexpr size_t kReadChunk = 64 << 10;

}  // namespace

size_t MemoryStream::Read(char* buf, size_t n) {
  size_t k = std::min(n, data_.size() - pos_);
  if (k > 0) std::memcpy(buf, data_.data() + pos_, k);
  pos_ += k;
  return k;
}

size_t FdStream::Read(char* buf, size_t n) {
  for (;;) {
    ssize_t got = ::read(fd_, buf, n);
    if (got < 0) {
      if (errno == EINTR) continue;
      throw InputError(std::string("read error: ") + std::strerror(errno));
    }
    total_ += static_cast<uint64_t>(got);
    unreported_ += static_cast<uint64_t>(got);
    if (unreported_ >= kProgressStep) Flush();
    return static_cast<size_t>(got);
  }
}

void FdStream::Flush() {
  if (unreported_ > 0 && on_bytes_) on_bytes_(unreported_);
  unreported_ = 0;
}

size_t PrefixStream::Read(char* buf, size_t n) {
  if (pos_ < prefix_.size()) {
    size_t k = std::min(n, prefix_.size() - pos_);
    std::memcpy(buf, prefix_.data() + pos_, k);
    pos_ += k;
    return k;
  }
  if (pending_) {
    std::exception_ptr e = pending_;
    pending_ = nullptr;
    std::rethrow_exception(e);
  }
  return rest_.Read(buf, n);
}

std::string ReadUpTo(ByteStream& in, size_t n, std::exception_ptr* error) {
  std::string out;
  size_t chunk = std::min<size_t>(n, kReadChunk);
  while (out.size() < n) {
    size_t old = out.size();
    size_t want = std::min(chunk, n - old);
    out.resize(old + want);
    size_t got = 0;
    try {
      got = in.Read(out.data() + old, want);
    } catch (...) {
      out.resize(old);
      if (error == nullptr || out.empty()) throw;
      *error = std::current_exception();
      break;
    }
    out.resize(old + got);
    if (got == 0) break;
  }
  return out;
}

bool LineReader::Fill() {
  if (end_) return false;
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old = buf_.size();
  buf_.resize(old + kReadChunk);
  size_t got = 0;
  try {
    got = in_.Read(buf_.data() + old, kReadChunk);
  } catch (...) {
    buf_.resize(old);
    throw;
  }
  buf_.resize(old + got);
  if (got == 0) end_ = true;
  return got > 0;
}

bool LineReader::AtEnd() { return pos_ >= buf_.size() && !Fill(); }

bool LineReader::ReadLine(std::string* line, size_t max_len, bool* too_long) {
  line->clear();
  if (too_long != nullptr) *too_long = false;
  bool cut = false;
  bool any = false;
  for (;;) {
    if (pos_ >= buf_.size() && !Fill()) break;
    any = true;
    const char* start = buf_.data() + pos_;
    size_t avail = buf_.size() - pos_;
    const void* nl = std::memchr(start, '\n', avail);
    size_t take = nl != nullptr ? static_cast<size_t>(static_cast<const char*>(nl) - start) : avail;
    if (!cut) {
      size_t room = max_len > line->size() ? max_len - line->size() : 0;
      if (take > room) cut = true;
      line->append(start, std::min(take, room));
    }
    pos_ += take;
    if (nl != nullptr) {
      ++pos_;
      break;
    }
  }
  if (!any) return false;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  if (too_long != nullptr) *too_long = cut;
  return true;
}

uint64_t LineReader::Read(uint64_t n, std::string* out) {
  uint64_t done = 0;
  while (done < n) {
    if (pos_ >= buf_.size() && !Fill()) break;
    size_t k = static_cast<size_t>(std::min<uint64_t>(n - done, buf_.size() - pos_));
    out->append(buf_, pos_, k);
    pos_ += k;
    done += k;
  }
  return done;
}

uint64_t LineReader::Skip(uint64_t n) {
  uint64_t done = 0;
  while (done < n) {
    if (pos_ >= buf_.size()) {
      buf_.clear();
      pos_ = 0;
      if (!Fill()) break;
    }
    size_t k = static_cast<size_t>(std::min<uint64_t>(n - done, buf_.size() - pos_));
    pos_ += k;
    done += k;
  }
  return done;
}

}  // namespace parallax::ingest
