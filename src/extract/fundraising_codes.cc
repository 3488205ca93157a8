#include "extract/fundraising_codes.h"

#include <cstring>

#include "parallax/hash.h"

namespace parallax::fundraising_internal {

namespace {

constexpr std::string_view kBase58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr std::string_view kBech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

int Base58Value(char c) {
  const size_t at = kBase58.find(c);
  return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

// --- Bech32 (BIP-173), with BIP-350's bech32m constant ---

uint32_t Bech32Polymod(const std::vector<uint8_t>& values) {
  static constexpr uint32_t kGen[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
  uint32_t chk = 1;
  for (uint8_t v : values) {
    const uint32_t top = chk >> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (int i = 0; i < 5; ++i) {
      if ((top >> i) & 1) chk ^= kGen[i];
    }
  }
  return chk;
}

constexpr uint32_t kBech32Const = 1;
constexpr uint32_t kBech32mConst = 0x2bc830a3;

// --- Keccak-f[1600] ---

constexpr uint64_t kRoundConstants[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808AULL, 0x8000000080008000ULL,
    0x000000000000808BULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008AULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000AULL,
    0x000000008000808BULL, 0x800000000000008BULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800AULL, 0x800000008000000AULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL};
constexpr int kRotations[24] = {1,  3,  6,  10, 15, 21, 28, 36, 45, 55, 2,  14,
                                27, 41, 56, 8,  25, 43, 62, 18, 39, 61, 20, 44};
constexpr int kPiLanes[24] = {10, 7,  11, 17, 18, 3, 5,  16, 8,  21, 24, 4,
                              15, 23, 19, 13, 12, 2, 20, 14, 22, 9,  6,  1};

uint64_t Rotl(uint64_t x, int n) { return (x << n) | (x >> (64 - n)); }

void KeccakF(uint64_t st[25]) {
  for (uint64_t rc : kRoundConstants) {
    uint64_t bc[5];
    for (int i = 0; i < 5; ++i) bc[i] = st[i] ^ st[i + 5] ^ st[i + 10] ^ st[i + 15] ^ st[i + 20];
    for (int i = 0; i < 5; ++i) {
      const uint64_t t = bc[(i + 4) % 5] ^ Rotl(bc[(i + 1) % 5], 1);
      for (int j = 0; j < 25; j += 5) st[j + i] ^= t;
    }
    uint64_t t = st[1];
    for (int i = 0; i < 24; ++i) {
      const int j = kPiLanes[i];
      const uint64_t next = st[j];
      st[j] = Rotl(t, kRotations[i]);
      t = next;
    }
    for (int j = 0; j < 25; j += 5) {
      for (int i = 0; i < 5; ++i) bc[i] = st[j + i];
      for (int i = 0; i < 5; ++i) st[j + i] ^= (~bc[(i + 1) % 5]) & bc[(i + 2) % 5];
    }
    st[0] ^= rc;
  }
}

void AbsorbBlock(uint64_t st[25], const uint8_t* block, size_t rate) {
  for (size_t i = 0; i < rate / 8; ++i) {
    uint64_t lane = 0;
    for (int b = 7; b >= 0; --b) lane = (lane << 8) | block[i * 8 + static_cast<size_t>(b)];
    st[i] ^= lane;
  }
  KeccakF(st);
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

bool IsBase58Char(char c) { return Base58Value(c) >= 0; }

std::optional<std::vector<uint8_t>> Base58Decode(std::string_view s) {
  std::vector<uint8_t> num;  // big-endian magnitude
  size_t zeros = 0;
  while (zeros < s.size() && s[zeros] == '1') ++zeros;
  for (size_t i = zeros; i < s.size(); ++i) {
    const int v = Base58Value(s[i]);
    if (v < 0) return std::nullopt;
    uint32_t carry = static_cast<uint32_t>(v);
    for (auto it = num.rbegin(); it != num.rend(); ++it) {
      carry += static_cast<uint32_t>(*it) * 58;
      *it = static_cast<uint8_t>(carry & 0xff);
      carry >>= 8;
    }
    while (carry > 0) {
      num.insert(num.begin(), static_cast<uint8_t>(carry & 0xff));
      carry >>= 8;
    }
  }
  std::vector<uint8_t> out(zeros, 0);
  out.insert(out.end(), num.begin(), num.end());
  return out;
}

std::optional<std::vector<uint8_t>> Base58CheckPayload(std::string_view s) {
  auto bytes = Base58Decode(s);
  if (!bytes || bytes->size() < 5) return std::nullopt;
  const size_t n = bytes->size() - 4;
  const std::string_view payload(reinterpret_cast<const char*>(bytes->data()), n);
  const auto once = Sha256(payload);
  const auto twice =
      Sha256(std::string_view(reinterpret_cast<const char*>(once.data()), once.size()));
  if (std::memcmp(twice.data(), bytes->data() + n, 4) != 0) return std::nullopt;
  bytes->resize(n);
  return bytes;
}

std::optional<SegwitAddress> DecodeSegwit(std::string_view s) {
  if (s.size() < 8 || s.size() > 90) return std::nullopt;
  bool lower = false;
  bool upper = false;
  for (char c : s) {
    if (c < 33 || c > 126) return std::nullopt;
    if (c >= 'a' && c <= 'z') lower = true;
    if (c >= 'A' && c <= 'Z') upper = true;
  }
  if (lower && upper) return std::nullopt;
  std::string low(s);
  for (char& c : low) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  const size_t sep = low.rfind('1');
  if (sep == std::string::npos || sep == 0 || sep + 7 > low.size()) return std::nullopt;
  SegwitAddress out;
  out.hrp = low.substr(0, sep);
  std::vector<uint8_t> values;
  for (char c : out.hrp) values.push_back(static_cast<uint8_t>(c >> 5));
  values.push_back(0);
  for (char c : out.hrp) values.push_back(static_cast<uint8_t>(c & 31));
  std::vector<uint8_t> data;
  for (size_t i = sep + 1; i < low.size(); ++i) {
    const size_t v = kBech32.find(low[i]);
    if (v == std::string_view::npos) return std::nullopt;
    data.push_back(static_cast<uint8_t>(v));
  }
  values.insert(values.end(), data.begin(), data.end());
  const uint32_t check = Bech32Polymod(values);
  out.version = data[0];
  if (out.version > 16) return std::nullopt;
  if (check != (out.version == 0 ? kBech32Const : kBech32mConst)) return std::nullopt;
  // 5-bit groups (without the version and the 6 checksum groups) to bytes.
  uint32_t acc = 0;
  int bits = 0;
  for (size_t i = 1; i + 6 < data.size(); ++i) {
    acc = (acc << 5) | data[i];
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.program.push_back(static_cast<uint8_t>((acc >> bits) & 0xff));
    }
  }
  if (bits >= 5 || ((acc << (8 - bits)) & 0xff) != 0) return std::nullopt;  // bad padding
  if (out.program.size() < 2 || out.program.size() > 40) return std::nullopt;
  if (out.version == 0 && out.program.size() != 20 && out.program.size() != 32) {
    return std::nullopt;
  }
  return out;
}

std::array<uint8_t, 32> Keccak256(std::string_view data) {
  constexpr size_t kRate = 136;  // 1600 - 2 * 256 bits
  uint64_t st[25] = {};
  const auto* p = reinterpret_cast<const uint8_t*>(data.data());
  size_t n = data.size();
  while (n >= kRate) {
    AbsorbBlock(st, p, kRate);
    p += kRate;
    n -= kRate;
  }
  uint8_t last[kRate] = {};
  if (n > 0) std::memcpy(last, p, n);
  last[n] ^= 0x01;
  last[kRate - 1] ^= 0x80;
  AbsorbBlock(st, last, kRate);
  std::array<uint8_t, 32> out{};
  for (size_t i = 0; i < 32; ++i) out[i] = static_cast<uint8_t>(st[i / 8] >> (8 * (i % 8)));
  return out;
}

bool Eip55Valid(std::string_view hex40) {
  if (hex40.size() != 40) return false;
  bool lower = false;
  bool upper = false;
  std::string low(hex40);
  for (char& c : low) {
    if (HexValue(c) < 0) return false;
    if (c >= 'a' && c <= 'f') lower = true;
    if (c >= 'A' && c <= 'F') {
      upper = true;
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  if (!(lower && upper)) return true;  // one case: no checksum to check
  const auto hash = Keccak256(low);
  for (size_t i = 0; i < 40; ++i) {
    const char c = hex40[i];
    if (c >= '0' && c <= '9') continue;
    const int nibble = (i % 2 == 0) ? (hash[i / 2] >> 4) : (hash[i / 2] & 0x0f);
    const bool should_be_upper = nibble >= 8;
    if (should_be_upper != (c >= 'A' && c <= 'F')) return false;
  }
  return true;
}

std::optional<std::vector<uint8_t>> MoneroBase58Decode(std::string_view s) {
  // Characters an encoded block of 0..8 bytes takes.
  static constexpr int kBlockChars[9] = {0, 2, 3, 5, 6, 7, 9, 10, 11};
  std::vector<uint8_t> out;
  for (size_t pos = 0; pos < s.size(); pos += 11) {
    const std::string_view block = s.substr(pos, 11);
    int bytes = -1;
    for (int b = 0; b <= 8; ++b) {
      if (kBlockChars[b] == static_cast<int>(block.size())) bytes = b;
    }
    if (bytes <= 0) return std::nullopt;
    uint64_t value = 0;
    for (char c : block) {
      const int v = Base58Value(c);
      if (v < 0) return std::nullopt;
      const uint64_t digit = static_cast<uint64_t>(v);
      if (value > (UINT64_MAX - digit) / 58) return std::nullopt;  // more than 8 bytes
      value = value * 58 + digit;
    }
    if (bytes < 8 && (value >> (8 * bytes)) != 0) return std::nullopt;
    for (int b = bytes - 1; b >= 0; --b) {
      out.push_back(static_cast<uint8_t>(value >> (8 * b)));
    }
  }
  return out;
}

bool MoneroAddressValid(std::string_view s) {
  if (s.size() != 95) return false;
  const auto bytes = MoneroBase58Decode(s);
  if (!bytes || bytes->size() != 69) return false;
  const auto hash = Keccak256(std::string_view(reinterpret_cast<const char*>(bytes->data()), 65));
  return std::memcmp(hash.data(), bytes->data() + 65, 4) == 0;
}

bool IbanMod97Valid(std::string_view iban) {
  if (iban.size() < 5 || iban.size() > 34) return false;
  std::string moved(iban.substr(4));
  moved.append(iban.substr(0, 4));
  unsigned remainder = 0;
  for (char c : moved) {
    if (c >= '0' && c <= '9') {
      remainder = (remainder * 10 + static_cast<unsigned>(c - '0')) % 97;
    } else if (c >= 'A' && c <= 'Z') {
      const unsigned v = static_cast<unsigned>(c - 'A') + 10;
      remainder = (remainder * 100 + v) % 97;
    } else {
      return false;
    }
  }
  return remainder == 1;
}

}  // namespace parallax::fundraising_internal
