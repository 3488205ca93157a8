#include "parallax/encoding.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <string>
#include <vector>

#include "support/bytes.h"

namespace parallax {
namespace {

// Test texts written for these tests: one short sentence (~60 bytes in an
// 8-bit charset) and a longer paragraph per language.
const std::string kRuShort = "Вчера вечером над городом прошёл сильный дождь.";
const std::string kRuLong =
    "Вчера вечером над городом прошёл сильный дождь, и к полуночи многие улицы "
    "оказались под водой. Городские службы всю ночь откачивали воду из подвалов, "
    "а утром мэр пообещал выделить деньги на ремонт ливневой канализации. Жители "
    "старых кварталов жалуются, что такие наводнения случаются каждую осень.";
const std::string kUkShort = "Уряд ухвалив нове рішення щодо підтримки їхніх шкіл.";
const std::string kUkLong =
    "Уряд ухвалив нове рішення щодо підтримки малих підприємств, які постраждали "
    "від подорожчання енергії. Міністр економіки пояснив, що допомогу отримають ті, "
    "хто зберіг робочі місця, а також є сумлінним платником податків. Експерти "
    "вважають, що цього буде замало для відновлення ґрунтовного зростання.";
const std::string kPlShort = "Wczoraj późnym wieczorem ulewa zalała ulice miasta.";
const std::string kPlLong =
    "Wczoraj późnym wieczorem nad miastem przeszła gwałtowna ulewa, a do północy "
    "woda zalała wiele ulic i piwnic. Straż pożarna przez całą noc wypompowywała "
    "wodę, a rano burmistrz obiecał pieniądze na naprawę kanalizacji deszczowej. "
    "Mieszkańcy starszych dzielnic skarżą się, że taka sytuacja zdarza się co roku.";
const std::string kCsShort = "Včera večer se nad městem přehnala silná bouřka.";
const std::string kCsLong =
    "Včera večer se nad městem přehnala silná bouřka a do půlnoci voda zaplavila "
    "řadu ulic i sklepů. Hasiči celou noc odčerpávali vodu a ráno starosta slíbil "
    "peníze na opravu dešťové kanalizace. Obyvatelé starších čtvrtí si stěžují, že "
    "se podobné záplavy opakují téměř každý podzim a nikdo s tím nic nedělá.";
const std::string kDeShort = "Gestern überschwemmte heftiger Regen die Straßen.";
const std::string kDeLong =
    "Gestern Abend überschwemmte ein heftiger Regen die Straßen der Altstadt, und "
    "bis Mitternacht standen viele Keller unter Wasser. Die Feuerwehr pumpte die "
    "ganze Nacht, und am Morgen versprach der Bürgermeister Geld für die längst "
    "fällige Erneuerung der Kanalisation. Anwohner ärgern sich über die Verzögerung.";
const std::string kKkShort = "Кеше кешке қалада қатты жаңбыр жауып, көшелерді су басты.";
const std::string kKkLong =
    "Кеше кешке қалада қатты жаңбыр жауып, түн ортасына дейін көптеген көшелер мен "
    "жертөлелерді су басты. Өрт сөндірушілер түні бойы суды сорып шығарды, ал таңертең "
    "қала әкімі нөсер кәрізін жөндеуге қаржы бөлетінін айтты. Ескі аудандардың тұрғындары "
    "мұндай су тасқыны жыл сайын қайталанатынына шағымданады.";

// `utf8` converted to `charset` with ICU (no BOM for UTF-16LE/BE).
std::string Encode(const std::string& utf8, const char* charset) {
  return parallax::testing::EncodeAs(utf8, charset);
}

// Start offsets of the characters of `utf8`.
std::vector<size_t> CharStarts(const std::string& utf8) {
  std::vector<size_t> starts;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    starts.push_back(static_cast<size_t>(i));
    UChar32 c;
    U8_NEXT(s, i, n, c);
  }
  return starts;
}

// Every decoded character maps to the start byte of its source character;
// `source_starts` lists those bytes in order.
void ExpectExactOffsets(const Decoded& d, const std::vector<size_t>& source_starts) {
  std::vector<size_t> out_starts = CharStarts(d.utf8);
  ASSERT_EQ(out_starts.size(), source_starts.size());
  for (size_t i = 0; i < out_starts.size(); ++i) {
    ASSERT_EQ(d.to_input.ToInput(out_starts[i]), source_starts[i]) << "character " << i;
  }
}

// Source starts of a single-byte encoding: one byte per character.
std::vector<size_t> ByteStarts(size_t chars, size_t base = 0) {
  std::vector<size_t> v(chars);
  for (size_t i = 0; i < chars; ++i) v[i] = base + i;
  return v;
}

// Source starts of UTF-16: two bytes per BMP character.
std::vector<size_t> Utf16Starts(const std::string& utf8, size_t base) {
  std::vector<size_t> v;
  size_t at = base;
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t n = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    v.push_back(at);
    at += c > 0xFFFF ? 4 : 2;
  }
  return v;
}

size_t CountChars(const std::string& utf8) { return CharStarts(utf8).size(); }

struct LegacyCase {
  const std::string* text;
  const char* charset;   // to encode with
  const char* expected;  // expected Decoded::charset, or nullptr when two
                         // charsets give the same text
};

TEST(EncodingTest, DetectsLegacyCharsetsShortAndLong) {
  const LegacyCase kCases[] = {
      {&kRuShort, "windows-1251", "windows-1251"},
      {&kRuLong, "windows-1251", "windows-1251"},
      {&kUkShort, "windows-1251", "windows-1251"},
      {&kUkLong, "windows-1251", "windows-1251"},
      {&kRuShort, "KOI8-R", "KOI8-R"},
      {&kRuLong, "KOI8-R", "KOI8-R"},
      {&kRuShort, "ISO-8859-5", "ISO-8859-5"},
      {&kRuLong, "ISO-8859-5", "ISO-8859-5"},
      {&kRuShort, "IBM866", "IBM866"},
      {&kRuLong, "IBM866", "IBM866"},
      {&kPlShort, "ISO-8859-2", "ISO-8859-2"},
      {&kPlLong, "ISO-8859-2", "ISO-8859-2"},
      {&kPlShort, "windows-1250", "windows-1250"},
      {&kPlLong, "windows-1250", "windows-1250"},
      {&kCsShort, "ISO-8859-2", nullptr},
      {&kCsLong, "ISO-8859-2", "ISO-8859-2"},
      {&kCsShort, "windows-1250", nullptr},
      {&kCsLong, "windows-1250", "windows-1250"},
      {&kDeShort, "windows-1252", nullptr},
      {&kDeLong, "windows-1252", nullptr},
  };
  for (const LegacyCase& c : kCases) {
    std::string bytes = Encode(*c.text, c.charset);
    Decoded d = DecodeToUtf8(bytes);
    SCOPED_TRACE(std::string(c.charset) + ": " + *c.text);
    EXPECT_EQ(d.utf8, *c.text);
    EXPECT_EQ(d.source, "detected");
    if (c.expected != nullptr) {
      EXPECT_EQ(d.charset, c.expected);
    }
    EXPECT_EQ(d.invalid_bytes, 0u);
    ExpectExactOffsets(d, ByteStarts(CountChars(*c.text)));
  }
}

TEST(EncodingTest, CzechWithoutDistinguishingLettersStillDecodes) {
  // "š" and "ž" differ between windows-1250 and ISO-8859-2; these bytes
  // carry them, so the charset is known.
  const std::string text = "Šťastný žák šel ve středu do školy ještě za tmy.";
  for (const char* cs : {"windows-1250", "ISO-8859-2"}) {
    Decoded d = DecodeToUtf8(Encode(text, cs));
    EXPECT_EQ(d.utf8, text) << cs;
    EXPECT_EQ(d.charset, cs);
  }
}

TEST(EncodingTest, Utf16WithAndWithoutBom) {
  for (const std::string* text :
       {&kRuShort, &kRuLong, &kKkShort, &kKkLong, &kDeShort, &kDeLong, &kPlShort, &kUkLong}) {
    for (const char* cs : {"UTF-16LE", "UTF-16BE"}) {
      SCOPED_TRACE(std::string(cs) + ": " + *text);
      std::string body = Encode(*text, cs);
      // Without BOM.
      Decoded d = DecodeToUtf8(body);
      EXPECT_EQ(d.utf8, *text);
      EXPECT_EQ(d.charset, cs);
      EXPECT_EQ(d.source, "detected");
      ExpectExactOffsets(d, Utf16Starts(*text, 0));
      // With BOM.
      std::string bom = std::string(cs) == "UTF-16LE" ? "\xFF\xFE" : "\xFE\xFF";
      Decoded b = DecodeToUtf8(bom + body);
      EXPECT_EQ(b.utf8, *text);
      EXPECT_EQ(b.charset, cs);
      EXPECT_EQ(b.source, "bom");
      ExpectExactOffsets(b, Utf16Starts(*text, 2));
    }
  }
}

TEST(EncodingTest, Utf16SurrogatePairsAndOddLength) {
  const std::string text = "Ноты: 𝄞 и 𝄢 рядом.";
  std::string bytes = Encode(text, "UTF-16LE");
  Decoded d = DecodeToUtf8(bytes);
  EXPECT_EQ(d.utf8, text);
  ExpectExactOffsets(d, Utf16Starts(text, 0));
  // A truncated last unit is one replaced byte.
  Decoded odd = DecodeToUtf8(bytes + "\x41");
  EXPECT_EQ(odd.charset, "UTF-16LE");
  EXPECT_EQ(odd.utf8, text + "\xEF\xBF\xBD");
  EXPECT_EQ(odd.invalid_bytes, 1u);
}

TEST(EncodingTest, Utf8BomIsSkippedWithOffsets) {
  std::string bytes = "\xEF\xBB\xBF" + kKkShort;
  Decoded d = DecodeToUtf8(bytes);
  EXPECT_EQ(d.utf8, kKkShort);
  EXPECT_EQ(d.source, "bom");
  EXPECT_EQ(d.charset, "UTF-8");
  std::vector<size_t> starts = CharStarts(kKkShort);
  for (size_t& s : starts) s += 3;
  ExpectExactOffsets(d, starts);
}

TEST(EncodingTest, ValidUtf8WinsOverDeclaredCharset) {
  DecodeOptions opt;
  opt.declared_charset = "windows-1251";
  Decoded d = DecodeToUtf8(kRuLong, opt);
  EXPECT_EQ(d.utf8, kRuLong);
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.source, "utf8");
  EXPECT_EQ(d.to_input.runs().size(), 1u);  // one identity run
  ExpectExactOffsets(d, CharStarts(kRuLong));
}

TEST(EncodingTest, AsciiIsUtf8WithOneRun) {
  Decoded d = DecodeToUtf8("Plain ASCII news text, 2024.");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.source, "utf8");
  EXPECT_EQ(d.to_input.runs().size(), 1u);
  Decoded empty = DecodeToUtf8("");
  EXPECT_EQ(empty.utf8, "");
  EXPECT_TRUE(empty.to_input.empty());
}

TEST(EncodingTest, MetaUtf8ContradictedByCp1251Bytes) {
  std::string html = "<html><head><meta charset=\"utf-8\"><title>x</title></head><body>" +
                     Encode(kRuShort, "windows-1251") + "</body></html>";
  DecodeOptions opt;
  opt.sniff_html_meta = true;
  Decoded d = DecodeToUtf8(html, opt);
  EXPECT_EQ(d.charset, "windows-1251");
  EXPECT_EQ(d.source, "detected");
  EXPECT_NE(d.utf8.find(kRuShort), std::string::npos);
  EXPECT_EQ(d.invalid_bytes, 0u);
}

TEST(EncodingTest, MetaCharsetHonouredWhenConsistent) {
  std::string html =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
      "</head><body>" +
      Encode(kUkShort, "windows-1251") + "</body></html>";
  DecodeOptions opt;
  opt.sniff_html_meta = true;
  Decoded d = DecodeToUtf8(html, opt);
  EXPECT_EQ(d.charset, "windows-1251");
  EXPECT_EQ(d.source, "meta");
  EXPECT_NE(d.utf8.find(kUkShort), std::string::npos);
  // Without sniffing, the meta tag is not looked at.
  EXPECT_EQ(DecodeToUtf8(html).source, "detected");
}

TEST(EncodingTest, HttpDeclaredKoi8RIsHonoured) {
  // Every byte is valid in KOI8-R, so the declaration stands even on a text
  // short enough for detection to hesitate.
  std::string bytes = Encode("Мир и дружба.", "KOI8-R");
  DecodeOptions opt;
  opt.declared_charset = CharsetFromContentType("text/html; charset=KOI8-R");
  Decoded d = DecodeToUtf8(bytes, opt);
  EXPECT_EQ(d.utf8, "Мир и дружба.");
  EXPECT_EQ(d.charset, "KOI8-R");
  EXPECT_EQ(d.source, "http");
}

TEST(EncodingTest, DeclaredCharsetSpellings) {
  std::string bytes = Encode(kRuShort, "windows-1251");
  for (const char* label : {"win-1251", "cp1251", "CP1251", "windows-1251", "Windows-1251",
                            " \"windows-1251\" ", "x-cp1251", "win1251"}) {
    DecodeOptions opt;
    opt.declared_charset = label;
    Decoded d = DecodeToUtf8(bytes, opt);
    EXPECT_EQ(d.charset, "windows-1251") << label;
    EXPECT_EQ(d.source, "http") << label;
    EXPECT_EQ(d.utf8, kRuShort) << label;
  }
  std::string latin2 = Encode(kPlShort, "ISO-8859-2");
  for (const char* label : {"iso-8859-2", "latin2", "ISO_8859-2", "l2"}) {
    DecodeOptions opt;
    opt.declared_charset = label;
    Decoded d = DecodeToUtf8(latin2, opt);
    EXPECT_EQ(d.charset, "ISO-8859-2") << label;
    EXPECT_EQ(d.source, "http") << label;
  }
  // x-user-defined means windows-1252 (WHATWG).
  DecodeOptions xud;
  xud.declared_charset = "x-user-defined";
  Decoded d = DecodeToUtf8(Encode(kDeShort, "windows-1252"), xud);
  EXPECT_EQ(d.charset, "windows-1252");
  EXPECT_EQ(d.utf8, kDeShort);
  // Unknown names are ignored: detection decides.
  DecodeOptions unknown;
  unknown.declared_charset = "no-such-charset-123";
  Decoded u = DecodeToUtf8(bytes, unknown);
  EXPECT_EQ(u.source, "detected");
  EXPECT_EQ(u.utf8, kRuShort);
}

TEST(EncodingTest, DeclaredUtf8ContradictedByKoi8Bytes) {
  DecodeOptions opt;
  opt.declared_charset = "utf8";
  Decoded d = DecodeToUtf8(Encode(kRuLong, "KOI8-R"), opt);
  EXPECT_EQ(d.charset, "KOI8-R");
  EXPECT_EQ(d.source, "detected");
  EXPECT_EQ(d.utf8, kRuLong);
}

TEST(EncodingTest, MostlyUtf8WithStrayCp1252BytesStaysUtf8) {
  // A UTF-8 page with two Windows-1252 bytes pasted in ("ü" as 0xFC, "ß" as
  // 0xDF).
  std::string bytes = kDeLong + " Gr\xFC\xDF" + "e aus " + kPlShort;
  Decoded d = DecodeToUtf8(bytes);
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.source, "utf8");
  EXPECT_EQ(d.invalid_bytes, 2u);
  std::string expected = kDeLong + " Gr\xEF\xBF\xBD\xEF\xBF\xBD" + "e aus " + kPlShort;
  EXPECT_EQ(d.utf8, expected);
  // Offsets: the replacement characters map to the stray bytes.
  size_t fffd = d.utf8.find("\xEF\xBF\xBD");
  EXPECT_EQ(d.to_input.ToInput(fffd), kDeLong.size() + 3);
  EXPECT_EQ(d.to_input.ToInput(fffd + 3), kDeLong.size() + 4);
  EXPECT_EQ(d.to_input.ToInput(fffd + 6), kDeLong.size() + 5);
  EXPECT_EQ(d.to_input.ToInput(d.utf8.size() - 1), bytes.size() - 1);
}

TEST(EncodingTest, InvalidUtf8AndNulsRepairedWithExactOffsets) {
  // Overlong "/", a lone continuation byte, a truncated 3-byte sequence, a
  // surrogate, and two NULs, among valid Cyrillic.
  std::string bytes = std::string("ёж\xC0\xAF") + "и\x80" + std::string("\0", 1) + "к" +
                      "\xE2\x82" + "л\xED\xA0\x80" + std::string("\0", 1) + "ь";
  DecodeOptions opt;
  opt.known_utf8 = true;
  Decoded d = DecodeToUtf8(bytes, opt);
  const std::string r = "\xEF\xBF\xBD";
  EXPECT_EQ(d.utf8, "ёж" + r + r + "и" + r + "к" + r + r + "л" + r + r + r + "ь");
  EXPECT_EQ(d.invalid_bytes, 2u + 1u + 1u + 2u + 3u + 1u);
  EXPECT_EQ(d.charset, "UTF-8");
  // Source starts of each output character.
  ExpectExactOffsets(d, {0, 2, 4, 5, 6, 8, 10, 12, 13, 14, 16, 17, 18, 20});
}

TEST(EncodingTest, NulBytesInLegacyTextAreDropped) {
  std::string bytes = Encode("Привет", "windows-1251");
  bytes.insert(3, std::string("\0", 1));
  Decoded d = DecodeToUtf8(bytes);
  EXPECT_EQ(d.utf8, "Привет");
  EXPECT_EQ(d.invalid_bytes, 1u);
  ExpectExactOffsets(d, {0, 1, 2, 4, 5, 6});
}

TEST(EncodingTest, LegacyRunsStayCompact) {
  // ASCII runs and 2:1 Cyrillic runs merge: one run per switch of width.
  Decoded d = DecodeToUtf8(Encode(kRuLong, "windows-1251"));
  size_t switches = 0;
  for (size_t i = 0; i + 1 < kRuLong.size(); ++i) {
    bool a = static_cast<uint8_t>(kRuLong[i]) < 0x80;
    bool b = static_cast<uint8_t>(kRuLong[i + 1]) < 0x80;
    if (a != b && (static_cast<uint8_t>(kRuLong[i + 1]) & 0xC0) != 0x80) ++switches;
  }
  EXPECT_LE(d.to_input.runs().size(), switches + 1);
}

TEST(EncodingTest, SniffHtmlMetaCharset) {
  EXPECT_EQ(SniffHtmlMetaCharset("<html><head><meta charset=\"KOI8-R\">"), "KOI8-R");
  EXPECT_EQ(SniffHtmlMetaCharset("<META CHARSET=windows-1250>"), "windows-1250");
  EXPECT_EQ(SniffHtmlMetaCharset("<meta charset='utf8' />"), "utf8");
  EXPECT_EQ(SniffHtmlMetaCharset("<meta http-equiv=\"content-type\" "
                                 "content=\"text/html; charset=iso-8859-2\">"),
            "iso-8859-2");
  EXPECT_EQ(SniffHtmlMetaCharset("<meta content='text/html;charset=cp1251' "
                                 "http-equiv='Content-Type'>"),
            "cp1251");
  EXPECT_EQ(SniffHtmlMetaCharset("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss>"),
            "windows-1251");
  EXPECT_EQ(SniffHtmlMetaCharset("<meta name=\"description\" content=\"charset of news\">"), "");
  EXPECT_EQ(SniffHtmlMetaCharset("<p>no meta here</p>"), "");
  // Only the first 4 KiB count.
  EXPECT_EQ(SniffHtmlMetaCharset(std::string(5000, ' ') + "<meta charset=\"utf-8\">"), "");
}

TEST(EncodingTest, CharsetFromContentType) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=KOI8-R"), "KOI8-R");
  EXPECT_EQ(CharsetFromContentType("text/html;charset=\"windows-1251\""), "windows-1251");
  EXPECT_EQ(CharsetFromContentType("text/plain; format=flowed; Charset=utf-8"), "utf-8");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
  EXPECT_EQ(CharsetFromContentType("text/html; xcharset=koi8-r"), "");
  EXPECT_EQ(CharsetFromContentType(""), "");
}

TEST(EncodingTest, LegacyTextIsNeverTakenForUtf8) {
  for (const std::string* text : {&kRuLong, &kUkLong, &kPlLong, &kCsLong, &kDeLong}) {
    for (const char* cs :
         {"windows-1251", "KOI8-R", "windows-1250", "ISO-8859-2", "windows-1252"}) {
      UErrorCode err = U_ZERO_ERROR;
      std::string bytes(text->size() * 2, '\0');
      int32_t len = ucnv_convert(cs, "UTF-8", bytes.data(), static_cast<int32_t>(bytes.size()),
                                 text->data(), static_cast<int32_t>(text->size()), &err);
      bytes.resize(static_cast<size_t>(std::max(len, 0)));
      if (U_FAILURE(err) || err == U_USING_DEFAULT_WARNING) continue;
      Decoded d = DecodeToUtf8(bytes);
      bool has_high = false;
      for (char c : bytes) has_high |= static_cast<uint8_t>(c) >= 0x80;
      if (has_high) {
        EXPECT_NE(d.charset, "UTF-8") << cs << ": " << *text;
      }
    }
  }
}

TEST(EncodingTest, GarbageNeverThrowsAndIsValidUtf8) {
  std::string bytes;
  uint32_t x = 12345;
  for (int i = 0; i < 5000; ++i) {
    x = x * 1103515245u + 12345u;
    bytes.push_back(static_cast<char>(x >> 16));
  }
  for (size_t len : {size_t{1}, size_t{2}, size_t{3}, size_t{7}, size_t{64}, size_t{5000}}) {
    Decoded d = DecodeToUtf8(bytes.substr(0, len));
    const auto* s = reinterpret_cast<const uint8_t*>(d.utf8.data());
    int32_t n = static_cast<int32_t>(d.utf8.size());
    for (int32_t i = 0; i < n;) {
      UChar32 c;
      U8_NEXT(s, i, n, c);
      ASSERT_GT(c, 0) << "invalid or NUL output at length " << len;
    }
    EXPECT_LE(d.to_input.ToInput(d.utf8.size()), len);
  }
}

}  // namespace
}  // namespace parallax
