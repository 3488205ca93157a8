#include "parallax/fundraising.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "extract/fundraising_codes.h"
#include "extract/fundraising_lexicon.h"
#include "parallax/data_dir.h"
#include "parallax/error.h"
#include "parallax/hash.h"
#include "parallax/html_text.h"

namespace parallax {
namespace {

namespace fi = fundraising_internal;

const FundraisingDetector& Detector() {
  static const FundraisingDetector* detector = new FundraisingDetector(FindDataDir());
  return *detector;
}

// --- Encoders written for the tests, independent of the decoders under test ---

using Bytes = std::vector<uint8_t>;

Bytes RandomBytes(std::mt19937& rng, size_t n) {
  Bytes out(n);
  for (auto& b : out) b = static_cast<uint8_t>(rng() & 0xff);
  return out;
}

std::string Base58Encode(const Bytes& in) {
  static const char* kAlphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  std::vector<int> digits;  // little-endian base 58
  for (uint8_t byte : in) {
    int carry = byte;
    for (int& d : digits) {
      carry += d * 256;
      d = carry % 58;
      carry /= 58;
    }
    while (carry > 0) {
      digits.push_back(carry % 58);
      carry /= 58;
    }
  }
  std::string out;
  for (size_t i = 0; i < in.size() && in[i] == 0; ++i) out.push_back('1');
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) out.push_back(kAlphabet[*it]);
  return out;
}

std::string Base58CheckEncode(uint8_t version, const Bytes& body) {
  Bytes payload{version};
  payload.insert(payload.end(), body.begin(), body.end());
  const auto h1 = Sha256(std::string(payload.begin(), payload.end()));
  const auto h2 = Sha256(std::string(h1.begin(), h1.end()));
  payload.insert(payload.end(), h2.begin(), h2.begin() + 4);
  return Base58Encode(payload);
}

uint32_t Polymod(const std::vector<uint8_t>& v) {
  const uint32_t gen[5] = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
  uint32_t chk = 1;
  for (uint8_t x : v) {
    const uint32_t b = chk >> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ x;
    for (int i = 0; i < 5; ++i) chk ^= ((b >> i) & 1) ? gen[i] : 0;
  }
  return chk;
}

std::string SegwitEncode(const std::string& hrp, int version, const Bytes& program) {
  static const char* kCharset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  std::vector<uint8_t> data{static_cast<uint8_t>(version)};
  int acc = 0;
  int bits = 0;
  for (uint8_t b : program) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push_back(static_cast<uint8_t>((acc >> bits) & 31));
    }
  }
  if (bits > 0) data.push_back(static_cast<uint8_t>((acc << (5 - bits)) & 31));
  std::vector<uint8_t> values;
  for (char c : hrp) values.push_back(static_cast<uint8_t>(c >> 5));
  values.push_back(0);
  for (char c : hrp) values.push_back(static_cast<uint8_t>(c & 31));
  values.insert(values.end(), data.begin(), data.end());
  values.insert(values.end(), 6, 0);
  const uint32_t mod = Polymod(values) ^ (version == 0 ? 1u : 0x2bc830a3u);
  for (int i = 0; i < 6; ++i) data.push_back(static_cast<uint8_t>((mod >> (5 * (5 - i))) & 31));
  std::string out = hrp + "1";
  for (uint8_t d : data) out.push_back(kCharset[d]);
  return out;
}

std::string Eip55Encode(const Bytes& addr20) {
  static const char* kHex = "0123456789abcdef";
  std::string low;
  for (uint8_t b : addr20) {
    low.push_back(kHex[b >> 4]);
    low.push_back(kHex[b & 15]);
  }
  const auto hash = fi::Keccak256(low);
  std::string out = "0x";
  for (size_t i = 0; i < 40; ++i) {
    const int nibble = (i % 2 == 0) ? (hash[i / 2] >> 4) : (hash[i / 2] & 15);
    char c = low[i];
    if (c >= 'a' && nibble >= 8) c = static_cast<char>(c - 32);
    out.push_back(c);
  }
  return out;
}

std::string MoneroEncode(const Bytes& in) {
  static const char* kAlphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  static const int kChars[9] = {0, 2, 3, 5, 6, 7, 9, 10, 11};
  std::string out;
  for (size_t pos = 0; pos < in.size(); pos += 8) {
    const size_t n = std::min<size_t>(8, in.size() - pos);
    uint64_t v = 0;
    for (size_t i = 0; i < n; ++i) v = (v << 8) | in[pos + i];
    std::string block(static_cast<size_t>(kChars[n]), '1');
    for (int i = kChars[n] - 1; i >= 0 && v > 0; --i) {
      block[static_cast<size_t>(i)] = kAlphabet[v % 58];
      v /= 58;
    }
    out += block;
  }
  return out;
}

std::string MoneroAddress(std::mt19937& rng) {
  Bytes data{0x12};  // mainnet standard address: starts with '4'
  const Bytes keys = RandomBytes(rng, 64);
  data.insert(data.end(), keys.begin(), keys.end());
  const auto hash = fi::Keccak256(std::string(data.begin(), data.end()));
  data.insert(data.end(), hash.begin(), hash.begin() + 4);
  return MoneroEncode(data);
}

// A valid IBAN for `country` and `bban`, printed in groups of four.
std::string MakeIban(const std::string& country, const std::string& bban) {
  std::string moved = bban + country + "00";
  int rem = 0;
  for (char c : moved) {
    const int v = (c >= 'A') ? c - 'A' + 10 : c - '0';
    rem = (v >= 10) ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
  }
  const int check = 98 - rem;
  std::string compact = country + (check < 10 ? "0" : "") + std::to_string(check) + bban;
  std::string out;
  for (size_t i = 0; i < compact.size(); ++i) {
    if (i > 0 && i % 4 == 0) out.push_back(' ');
    out.push_back(compact[i]);
  }
  return out;
}

// `s` with the character at `i` replaced by a different one of the same class.
std::string Corrupt(std::string s, size_t i) {
  char& c = s[i];
  if (c >= '0' && c <= '8')
    c = static_cast<char>(c + 1);
  else if (c == '9')
    c = '2';
  else if (c == 'z' || c == 'Z')
    c = static_cast<char>(c - 2);
  else if (c == 'k' || c == 'N')
    c = static_cast<char>(c + 2);  // skip l and O (not base58)
  else
    c = static_cast<char>(c + 1);
  return s;
}

std::vector<FundraisingEvidence> OfKind(const Fundraising& f, const std::string& kind) {
  std::vector<FundraisingEvidence> out;
  for (const auto& e : f.evidence) {
    if (e.kind == kind) out.push_back(e);
  }
  return out;
}

std::string Describe(const Fundraising& f) { return f.ToJson().dump(1); }

// --- Checksum primitives ---

TEST(FundraisingCodes, Keccak256KnownValues) {
  auto hex = [](const std::array<uint8_t, 32>& h) {
    std::ostringstream out;
    for (uint8_t b : h) out << "0123456789abcdef"[b >> 4] << "0123456789abcdef"[b & 15];
    return out.str();
  };
  EXPECT_EQ(hex(fi::Keccak256("")),
            "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
  EXPECT_EQ(hex(fi::Keccak256("abc")),
            "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
  // Longer than one 136-byte block.
  EXPECT_NE(hex(fi::Keccak256(std::string(200, 'a'))), hex(fi::Keccak256(std::string(201, 'a'))));
}

TEST(FundraisingCodes, Eip55SpecVector) {
  // The EIP-55 specification's own example of a checksummed address.
  EXPECT_TRUE(fi::Eip55Valid("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
  EXPECT_FALSE(fi::Eip55Valid("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"));
  EXPECT_TRUE(fi::Eip55Valid("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"));
  EXPECT_TRUE(fi::Eip55Valid("5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED"));
}

TEST(FundraisingCodes, IbanMod97) {
  EXPECT_TRUE(fi::IbanMod97Valid("DE81500105170648392715"));
  EXPECT_FALSE(fi::IbanMod97Valid("DE81500105170648392716"));
  EXPECT_FALSE(fi::IbanMod97Valid("DE18500105170648392715"));
  EXPECT_FALSE(fi::IbanMod97Valid("DE8150010517064839271a"));
}

// --- Generated addresses in texts written for the tests ---

struct Generated {
  std::string address;
  std::string expected_currency;
  std::string label_text;  // what the text says before it
};

std::vector<Generated> GenerateAll(uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<Generated> out;
  out.push_back({Base58CheckEncode(0x00, RandomBytes(rng, 20)), "BTC", "Bitcoin (legacy):"});
  out.push_back({Base58CheckEncode(0x05, RandomBytes(rng, 20)), "BTC", "BTC P2SH ->"});
  out.push_back({SegwitEncode("bc", 0, RandomBytes(rng, 20)), "BTC", "our segwit wallet"});
  out.push_back({SegwitEncode("bc", 1, RandomBytes(rng, 32)), "BTC", "Taproot:"});
  out.push_back({SegwitEncode("ltc", 0, RandomBytes(rng, 20)), "LTC", "Litecoin:"});
  out.push_back({Base58CheckEncode(0x30, RandomBytes(rng, 20)), "LTC", "LTC"});
  out.push_back({Base58CheckEncode(0x1E, RandomBytes(rng, 20)), "DOGE", "Dogecoin ="});
  out.push_back({Base58CheckEncode(0x41, RandomBytes(rng, 20)), "USDT-TRC20", "USDT (TRC-20):"});
  out.push_back({Base58CheckEncode(0x41, RandomBytes(rng, 20)), "TRX", "tips in any coin:"});
  out.push_back({Eip55Encode(RandomBytes(rng, 20)), "ETH", "Ethereum/ERC-20 tokens:"});
  out.push_back({Eip55Encode(RandomBytes(rng, 20)), "USDC-ERC20", "USDC only:"});
  out.push_back({MoneroAddress(rng), "XMR", "Monero:"});
  return out;
}

TEST(Fundraising, GeneratedAddressesFoundWithTheirCurrency) {
  for (uint32_t seed : {1u, 2u, 3u}) {
    for (const Generated& g : GenerateAll(seed)) {
      const std::string text = "The co-op radio station lives on listeners.\n" + g.label_text +
                               " " + g.address + "\nThank you.";
      const Fundraising f = Detector().Detect(text);
      const auto wallets = OfKind(f, "wallet");
      ASSERT_EQ(wallets.size(), 1u) << g.address << "\n" << Describe(f);
      EXPECT_EQ(wallets[0].value, g.address);
      EXPECT_EQ(wallets[0].currency, g.expected_currency) << g.address;
      EXPECT_EQ(text.substr(wallets[0].span.start, wallets[0].span.end - wallets[0].span.start),
                g.address);
      EXPECT_TRUE(f.present);
    }
  }
}

TEST(Fundraising, OneChangedCharacterFailsTheChecksum) {
  for (const Generated& g : GenerateAll(7)) {
    // Past any prefix ("0x", "bc1", "ltc1", the version character).
    for (size_t at : {size_t{6}, g.address.size() / 2, g.address.size() - 1}) {
      const std::string bad = Corrupt(g.address, at);
      ASSERT_NE(bad, g.address);
      const Fundraising f = Detector().Detect("Send coins to " + bad + " today.");
      EXPECT_TRUE(OfKind(f, "wallet").empty()) << g.address << " -> " << bad;
      EXPECT_FALSE(f.present) << bad;
    }
  }
}

TEST(Fundraising, CurrencyLabelMustFitTheFormat) {
  std::mt19937 rng(11);
  const std::string eth = Eip55Encode(RandomBytes(rng, 20));
  const std::string btc = SegwitEncode("bc", 0, RandomBytes(rng, 20));
  // A Bitcoin label right before an EVM address does not rename it; the
  // token label (USDT) beats the chain's (ETH) further back.
  Fundraising f = Detector().Detect("BTC " + eth);
  ASSERT_EQ(OfKind(f, "wallet").size(), 1u);
  EXPECT_EQ(OfKind(f, "wallet")[0].currency, "ETH");
  f = Detector().Detect("USDT, ETH: " + eth);
  EXPECT_EQ(OfKind(f, "wallet")[0].currency, "USDT-ERC20");
  // Label after the address; and a label on the line above does not count.
  f = Detector().Detect("Wallet " + eth + " (USDT)");
  EXPECT_EQ(OfKind(f, "wallet")[0].currency, "USDT-ERC20");
  f = Detector().Detect("Tether\n" + eth);
  EXPECT_EQ(OfKind(f, "wallet")[0].currency, "ETH");
  // Two wallets in a row: each takes the label next to it.
  f = Detector().Detect("биткоин " + btc + " эфир " + eth);
  ASSERT_EQ(OfKind(f, "wallet").size(), 2u) << Describe(f);
  EXPECT_EQ(OfKind(f, "wallet")[0].currency, "BTC");
  EXPECT_EQ(OfKind(f, "wallet")[1].currency, "ETH");
}

TEST(Fundraising, GeneratedIbansWithAndWithoutSpaces) {
  const std::string de = MakeIban("DE", "370502990004718822");
  const std::string kz = MakeIban("KZ", "722C000044512390");
  const std::string fr = MakeIban("FR", "2004101005050001378M026");
  for (const std::string& iban : {de, kz, fr}) {
    std::string compact;
    for (char c : iban) {
      if (c != ' ') compact.push_back(c);
    }
    for (const std::string& written : {iban, compact}) {
      const std::string text = "Dons par virement : " + written + ". Merci !";
      const Fundraising f = Detector().Detect(text);
      const auto found = OfKind(f, "iban");
      ASSERT_EQ(found.size(), 1u) << written << "\n" << Describe(f);
      EXPECT_EQ(found[0].value, written);
      EXPECT_TRUE(f.present);
      // A changed digit fails mod 97.
      const std::string bad = Corrupt(written, written.size() - 2);
      EXPECT_TRUE(OfKind(Detector().Detect("Konto: " + bad + "."), "iban").empty()) << bad;
    }
  }
  // Too long for the country, or a country with no IBAN: not an IBAN.
  EXPECT_TRUE(OfKind(Detector().Detect(de + "7"), "iban").empty());
  EXPECT_TRUE(OfKind(Detector().Detect(MakeIban("ZZ", "370502990004718822")), "iban").empty());
}

TEST(Fundraising, IbanExamplesFromTheDataFile) {
  std::ifstream in(FindDataDir() + "/iban_lengths.tsv");
  ASSERT_TRUE(in);
  int examples = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("# example: ", 0) != 0) continue;
    const std::string iban = line.substr(11);
    ++examples;
    const auto found = OfKind(Detector().Detect("IBAN " + iban + ", BIC ABCDEFGH"), "iban");
    ASSERT_EQ(found.size(), 1u) << iban;
    EXPECT_EQ(found[0].value, iban);
    EXPECT_TRUE(OfKind(Detector().Detect("IBAN " + Corrupt(iban, 6)), "iban").empty()) << iban;
  }
  EXPECT_GE(examples, 5);
}

// --- Wording and payment details ---

TEST(Fundraising, ExamplesFromEveryPhraseFile) {
  const fi::Lexicon lexicon = fi::LoadLexicon(FindDataDir());
  ASSERT_GE(lexicon.examples.size(), 18u);
  std::set<std::string> files;
  for (const fi::Example& ex : lexicon.examples) {
    files.insert(ex.source.substr(0, ex.source.find(':')));
    const Fundraising f = Detector().Detect(ex.text);
    EXPECT_EQ(f.present, ex.present) << ex.source << ": " << ex.text << "\n" << Describe(f);
  }
  for (const char* lang : {"en", "de", "pl", "ru", "uk", "fr", "es", "it", "kk"}) {
    EXPECT_TRUE(files.count(std::string(lang) + "/fundraising.tsv")) << lang;
  }
  EXPECT_TRUE(files.count("fundraising_common.tsv"));
}

TEST(Fundraising, WordingIsCaseInsensitiveAndWholeWord) {
  Fundraising f = Detector().Detect("UNTERSTÜTZEN SIE UNS — JEDER EURO HILFT.");
  EXPECT_EQ(OfKind(f, "wording").size(), 2u) << Describe(f);
  EXPECT_TRUE(f.present);
  f = Detector().Detect("ПОДДЕРЖИТЕ   НАС,\nСДЕЛАЙТЕ ПОЖЕРТВОВАНИЕ");
  EXPECT_EQ(OfKind(f, "wording").size(), 2u) << Describe(f);
  EXPECT_EQ(OfKind(f, "wording")[0].value, "ПОДДЕРЖИТЕ   НАС");
  // Inside longer words: nothing.
  f = Detector().Detect("They would donate nowhere else; supportus.org and yourdonation.");
  EXPECT_TRUE(OfKind(f, "wording").empty()) << Describe(f);
}

TEST(Fundraising, OneAppealPhraseIsNotEnough) {
  // A news report about someone else's appeal, written for this test.
  const std::string news =
      "Volunteers in the valley spent the weekend sorting clothes. The shelter's director "
      "said donations had slowed since spring and urged residents to make a donation of "
      "tinned food before winter. The council will vote on extra funding next month.";
  const Fundraising f = Detector().Detect(news);
  EXPECT_FALSE(f.present) << Describe(f);
  EXPECT_LE(OfKind(f, "wording").size(), 1u);
  // The same appeal twice (a button in the header and the footer) is two.
  EXPECT_TRUE(Detector().Detect("Donate now\n\nNews ...\n\nDonate now").present);
  // A phrase does not run across a paragraph break.
  EXPECT_TRUE(Detector().Detect("Support\n\nus. Please\n\ndonate.").evidence.empty());
}

TEST(Fundraising, BankWordsNeedAnAccountNumber) {
  EXPECT_FALSE(Detector().Detect("Der Verwendungszweck der Mittel blieb unklar.").present);
  Fundraising f = Detector().Detect("Spendenkonto: 1234 5678 90, Sparkasse am See.");
  ASSERT_EQ(OfKind(f, "payment").size(), 1u) << Describe(f);
  EXPECT_EQ(OfKind(f, "payment")[0].value, "Spendenkonto");
  EXPECT_TRUE(f.present);
  // A short number (a date, a price) is not an account.
  EXPECT_FALSE(Detector().Detect("Numer konta zmieniono 12.03.2022 za 150 zł.").present);
}

TEST(Fundraising, ServicesNeedWordingLinksDoNot) {
  EXPECT_FALSE(Detector().Detect("Shares of PayPal and Patreon rose on Tuesday.").present);
  Fundraising f = Detector().Detect("Wesprzyj nas na Patronite lub przez PayPal.");
  EXPECT_EQ(OfKind(f, "payment").size(), 2u) << Describe(f);
  EXPECT_TRUE(f.present);
  f = Detector().Detect("Tips: https://ko-fi.com/lowtide_radio.");
  ASSERT_EQ(OfKind(f, "payment").size(), 1u) << Describe(f);
  EXPECT_EQ(OfKind(f, "payment")[0].value, "ko-fi.com/lowtide_radio");
  EXPECT_TRUE(f.present);
}

// --- Negatives, edge cases ---

TEST(Fundraising, LookalikesAreNotAddresses) {
  // A git commit hash (40 hex digits, no 0x); 0x with 64 hex digits (a
  // transaction hash); a 34-character base58 string with a wrong checksum;
  // an IBAN-shaped string with wrong check digits.
  const std::string text =
      "Fixed in commit 3f9a1c0d7e5b2a4968f0c1d2e3b4a5968778695a of the parser. "
      "Transaction 0x3f9a1c0d7e5b2a4968f0c1d2e3b4a5968778695a3f9a1c0d7e5b2a4968f0c1d2 settled. "
      "Ticket 1Qm7PxTzvRk4WnB2dYh8JcLs9uEaFgHo3N was closed. "
      "Reference DE12 3456 7890 1234 5678 90 in the minutes.";
  const Fundraising f = Detector().Detect(text);
  EXPECT_TRUE(f.evidence.empty()) << Describe(f);
  EXPECT_FALSE(f.present);
}

TEST(Fundraising, EmptyAndBinaryText) {
  const Fundraising f = Detector().Detect("");
  EXPECT_FALSE(f.present);
  EXPECT_TRUE(f.evidence.empty());
  EXPECT_EQ(f.ToJson(), nlohmann::json::parse(R"({"present": false, "evidence": []})"));
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk.push_back(static_cast<char>((i * 37) & 0xff));
  EXPECT_NO_THROW(Detector().Detect(junk));
}

TEST(Fundraising, OneMegabyteCompletes) {
  std::mt19937 rng(5);
  const std::string eth = Eip55Encode(RandomBytes(rng, 20));
  std::string text;
  const std::string para =
      "Grain prices rose again in the river ports, traders said, while Unterstützung aus "
      "Brüssel ausblieb. Ціни на зерно зросли. 1Qm7PxTzvRk4WnB2dYh8JcLs9uEaFgHo3N\n\n";
  while (text.size() < (1u << 20)) text += para;
  text += "Support our work: " + eth;
  const Fundraising f = Detector().Detect(text);
  EXPECT_TRUE(f.present);
  ASSERT_EQ(OfKind(f, "wallet").size(), 1u);
}

// Pages built to make a careless matcher quadratic: every item near every
// other. Each takes milliseconds; a quadratic matcher would run into ctest's
// per-test timeout.
TEST(Fundraising, AdversarialMegabytesStayFast) {
  std::mt19937 rng(13);
  const std::string eth = Eip55Encode(RandomBytes(rng, 20));
  const std::vector<std::string> units = {"ETH " + eth + "\n", "Kontonummer 1234567890 ",
                                          "paypal.me/", "PayPal donate now ",
                                          "DE81 5001 0517 0648 3927 15 "};
  for (const std::string& unit : units) {
    std::string text;
    while (text.size() < (1u << 20)) text += unit;
    const Fundraising f = Detector().Detect(text);
    EXPECT_TRUE(f.present) << unit;
    EXPECT_LE(f.evidence.size(), 100u);
  }
}

TEST(Fundraising, EvidenceCapped) {
  std::mt19937 rng(9);
  const std::string eth = Eip55Encode(RandomBytes(rng, 20));
  std::string text;
  for (int i = 0; i < 500; ++i) text += "ETH " + eth + "\n";
  const Fundraising f = Detector().Detect(text);
  EXPECT_TRUE(f.present);
  EXPECT_EQ(f.evidence.size(), 100u);
}

TEST(Fundraising, ToJsonShape) {
  std::mt19937 rng(3);
  const std::string btc = SegwitEncode("bc", 0, RandomBytes(rng, 20));
  const std::string text = "Bitcoin: " + btc;
  const nlohmann::json j = Detector().Detect(text).ToJson();
  EXPECT_EQ(j["present"], true);
  ASSERT_EQ(j["evidence"].size(), 1u);
  EXPECT_EQ(j["evidence"][0]["kind"], "wallet");
  EXPECT_EQ(j["evidence"][0]["value"], btc);
  EXPECT_EQ(j["evidence"][0]["currency"], "BTC");
  EXPECT_EQ(j["evidence"][0]["start"], 9);
  EXPECT_EQ(j["evidence"][0]["end"], 9 + btc.size());
}

TEST(Fundraising, MalformedDataFileThrows) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "parallax_fundraising_bad";
  fs::remove_all(dir);
  fs::create_directories(dir / "xx");
  std::ofstream(dir / "iban_lengths.tsv") << "DE\t22\n";
  std::ofstream(dir / "xx" / "fundraising.tsv") << "# comment\ngive generously\tpraise\n";
  EXPECT_THROW(FundraisingDetector(dir.string()), DataError);
  std::ofstream(dir / "xx" / "fundraising.tsv") << "a\twording\n";  // one-letter first word
  EXPECT_THROW(FundraisingDetector(dir.string()), DataError);
  std::ofstream(dir / "xx" / "fundraising.tsv") << "give generously\twording\n";
  EXPECT_NO_THROW(FundraisingDetector(dir.string()));
  fs::remove(dir / "iban_lengths.tsv");
  EXPECT_THROW(FundraisingDetector(dir.string()), DataError);
  fs::remove_all(dir);
}

// --- The sample corpus ---

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string FromWindows1251(const std::string& bytes) {
  std::string out(bytes.size() * 3 + 1, '\0');
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n =
      ucnv_convert("UTF-8", "windows-1251", out.data(), static_cast<int32_t>(out.size()),
                   bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status));
  out.resize(static_cast<size_t>(n));
  return out;
}

struct CorpusCase {
  const char* file;
  std::vector<std::pair<std::string, std::string>> wallets;  // address, currency
  std::vector<std::string> ibans;
};

TEST(Fundraising, SampleCorpusDonationBlocks) {
  const std::string dir = std::string(PARALLAX_SOURCE_DIR) + "/examples/corpus/";
  const std::vector<CorpusCase> cases = {
      {"de_rheinblick_bilanz.html",
       {{"bc1qkakm0ywzpl08htzf8vu59qfxnsuayyeesves3f", "BTC"},
        {"0x1b16020878c038f107d254c8bed34b54f30cf95a", "ETH"}},
       {"DE21 2709 2555 4120 2201 06"}},
      {"en_meridian_external_threat.html",
       {{"bc1q8x7lr7ut46f7uhmdfqzd5tamk88tn6u4cds6zk", "BTC"},
        {"0x1de2f4c8f3cf69286569314a32db7f231191453d", "USDT-ERC20"}},
       {"DE84 2709 2555 0815 4733 01"}},
      {"ru_stepvestnik_zhertvy.html",
       {{"bc1qkakm0ywzpl08htzf8vu59qfxnsuayyeesves3f", "BTC"}},
       {"DE21 2709 2555 4120 2201 06"}},
      {"pl_oceaniczna_tonga.html",
       {{"bc1q63khm7xlaqe89h0nah0z8en8sevsr6xkz6htsd", "BTC"}},
       {"PL21 1940 1076 3318 2052 1447 0291"}},
      {"de_forum_steppenfuchs.txt",
       {{"bc1qx0gh90egexa5z6687g9gfpgmgp9902rs8d85tn", "BTC"},
        {"0xf4be3c8ebbd45754f0b9df086d2c6e7d0eda0f6f", "ETH"}},
       {"DE28 2709 2555 0071 1220 14"}},
  };
  for (const CorpusCase& c : cases) {
    SCOPED_TRACE(c.file);
    std::string bytes = ReadFile(dir + c.file);
    ASSERT_FALSE(bytes.empty());
    if (std::string(c.file).rfind("ru_", 0) == 0) bytes = FromWindows1251(bytes);
    const bool html = std::string(c.file).find(".html") != std::string::npos;
    const std::string text = html ? RenderHtml(bytes).text : bytes;
    const Fundraising f = Detector().Detect(text);
    EXPECT_TRUE(f.present);
    const auto wallets = OfKind(f, "wallet");
    ASSERT_EQ(wallets.size(), c.wallets.size()) << Describe(f);
    for (size_t i = 0; i < wallets.size(); ++i) {
      EXPECT_EQ(wallets[i].value, c.wallets[i].first);
      EXPECT_EQ(wallets[i].currency, c.wallets[i].second);
    }
    const auto ibans = OfKind(f, "iban");
    ASSERT_EQ(ibans.size(), c.ibans.size()) << Describe(f);
    for (size_t i = 0; i < ibans.size(); ++i) EXPECT_EQ(ibans[i].value, c.ibans[i]);
    EXPECT_FALSE(OfKind(f, "wording").empty() && OfKind(f, "payment").empty()) << Describe(f);
  }
}

TEST(Fundraising, SampleCorpusPagesWithoutAppeals) {
  const std::string dir = std::string(PARALLAX_SOURCE_DIR) + "/examples/corpus/";
  for (const char* file : {"en_harbourwire_tonga.html"}) {
    const Fundraising f = Detector().Detect(RenderHtml(ReadFile(dir + file)).text);
    EXPECT_FALSE(f.present) << file << "\n" << Describe(f);
  }
  const Fundraising f = Detector().Detect(ReadFile(dir + "pl_przeglad_kazachstan.txt"));
  EXPECT_FALSE(f.present) << Describe(f);
}

}  // namespace
}  // namespace parallax
