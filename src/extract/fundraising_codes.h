// parallax (private): the checksums that tell a real payment address from a
// string that only looks like one. Used by src/extract/fundraising.cc.
//
//   Base58Check  Bitcoin/Litecoin/Dogecoin legacy and TRON addresses: the last
//                4 bytes are the first 4 of SHA-256(SHA-256(payload)).
//   Bech32/m     SegWit addresses (bc1..., ltc1...), BIP-173 and BIP-350.
//   Keccak-256   the original Keccak padding (Ethereum's, not FIPS SHA3-256):
//                EIP-55 mixed-case checksums, Monero address checksums.
//   Monero       block-wise base58, netbyte + 64 key bytes + 4 checksum bytes.
//   IBAN         ISO 13616 / ISO 7064 mod 97-10.
//
// All functions are pure and thread-safe; none throws.
#ifndef PARALLAX_EXTRACT_FUNDRAISING_CODES_H_
#define PARALLAX_EXTRACT_FUNDRAISING_CODES_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parallax::fundraising_internal {

// The Bitcoin base58 alphabet (no 0, O, I, l).
bool IsBase58Char(char c);

// Decodes Bitcoin-style base58 (leading '1's are zero bytes). nullopt on a
// character outside the alphabet.
std::optional<std::vector<uint8_t>> Base58Decode(std::string_view s);

// The payload (version byte first, checksum removed) of a valid Base58Check
// string, or nullopt when it does not decode or its checksum is wrong.
std::optional<std::vector<uint8_t>> Base58CheckPayload(std::string_view s);

// A decoded SegWit address.
struct SegwitAddress {
  std::string hrp;  // lower-case human-readable part: "bc", "ltc"
  int version = 0;  // witness version 0..16
  std::vector<uint8_t> program;
};

// Decodes a SegWit address per BIP-173 (version 0, bech32 checksum) and
// BIP-350 (versions 1..16, bech32m checksum): one case only, program length
// 2..40 bytes (20 or 32 for version 0). nullopt when anything is off.
std::optional<SegwitAddress> DecodeSegwit(std::string_view s);

// Keccak-256 with the original Keccak padding (0x01), as Ethereum uses it.
std::array<uint8_t, 32> Keccak256(std::string_view data);

// `hex40` is 40 hex digits (no "0x"). True when it is all lower case, all
// upper case, or mixed case matching its EIP-55 checksum.
bool Eip55Valid(std::string_view hex40);

// Decodes Monero's block-wise base58 (8-byte blocks as 11 characters, the
// last partial block shorter). nullopt on a bad character or block.
std::optional<std::vector<uint8_t>> MoneroBase58Decode(std::string_view s);

// True when `s` (95 characters) decodes to 69 bytes whose last 4 are the
// first 4 of Keccak-256 of the other 65.
bool MoneroAddressValid(std::string_view s);

// `iban` is letters and digits only (no spaces), upper case. True when the
// ISO 7064 mod 97-10 check over it (first four characters moved to the end,
// letters as 10..35) gives 1.
bool IbanMod97Valid(std::string_view iban);

}  // namespace parallax::fundraising_internal

#endif  // PARALLAX_EXTRACT_FUNDRAISING_CODES_H_
