// parallax: content hashing for stable document ids.
#ifndef PARALLAX_HASH_H_
#define PARALLAX_HASH_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace parallax {

// SHA-256 (FIPS 180-4) of `data`.
std::array<uint8_t, 32> Sha256(std::string_view data);

// Lower-case hex of the first `digits` hex digits of SHA-256(data)
// (digits in 1..64).
std::string Sha256Hex(std::string_view data, int digits = 64);

// The stable document id: the first 16 hex digits of SHA-256 of the raw
// bytes as delivered.
std::string DocumentId(std::string_view raw);

}  // namespace parallax

#endif  // PARALLAX_HASH_H_
