#include "parallax/hash.h"

#include <gtest/gtest.h>

#include <array>
#include <stdexcept>
#include <string>

namespace parallax {
namespace {

// Test vectors from the FIPS 180-4 examples (NIST "SHA256.pdf",
// "SHA2_Additional.pdf"): "abc", the empty message, the 448-bit message and
// one million 'a'.
TEST(Sha256Test, FipsAbc) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256Test, FipsEmpty) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256Test, Fips448Bits) {
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256Test, FipsOneMillionA) {
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// Lengths around the padding boundary (55, 56, 63, 64 bytes) must all take
// the right number of final blocks; checked against coreutils' sha256sum.
TEST(Sha256Test, PaddingBoundaries) {
  const struct {
    size_t length;
    const char* hex;
  } kCases[] = {
      {55, "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072"},
      {56, "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e"},
      {63, "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2"},
      {64, "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c"},
      {119, "000b48d4edf0fa7bee3c6236ecd2785baa5db4eeb8bb54341b029e0d9fa5fb0c"},
      {120, "13f05a0b594787f5ecd315edc96141bd3243203d1b7d4f0836f37308b276ba98"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Sha256Hex(std::string(c.length, 'x')), c.hex) << c.length << " bytes";
  }
}

TEST(Sha256Test, RawDigestMatchesHex) {
  std::array<uint8_t, 32> d = Sha256("abc");
  EXPECT_EQ(d[0], 0xba);
  EXPECT_EQ(d[31], 0xad);
}

TEST(Sha256Test, HexPrefixAndDocumentId) {
  EXPECT_EQ(Sha256Hex("abc", 1), "b");
  EXPECT_EQ(Sha256Hex("abc", 16), "ba7816bf8f01cfea");
  EXPECT_EQ(DocumentId("abc"), "ba7816bf8f01cfea");
  EXPECT_NE(DocumentId("abc"), DocumentId("abd"));
  EXPECT_THROW(Sha256Hex("abc", 0), std::invalid_argument);
  EXPECT_THROW(Sha256Hex("abc", 65), std::invalid_argument);
}

}  // namespace
}  // namespace parallax
