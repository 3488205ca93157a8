// JSONL feeds: one JSON object per line with url, title, text or html,
// published, site, lang. Streamed line by line; a bad line is one failure.
// Also a .json file holding one array of such objects.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "ingest/internal.h"
#include "parallax/error.h"

namespace parallax::ingest {

namespace {

using nlohmann::json;

// A text within the document limit takes at most 3 times its UTF-8 bytes as
// a JSON string (every character escaped as \uXXXX: 6 bytes for a 2-byte
// character, 12 for a 4-byte one), plus the other fields: lines longer than
// that cannot hold a document under the limit and are not kept in memory.
constexpr uint64_t kEscapeFactor = 3;
constexpr uint64_t kFieldSlack = 1 << 20;

// A .json array is read whole; cap it at this many times the document limit
// (1 GiB with the default 64 MiB) so a stray huge file cannot take the memory.
constexpr uint64_t kArrayFactor = 16;

// "[json.exception.parse_error.101] parse error at ..." -> "parse error at ...".
std::string CleanJsonMessage(const char* what) {
  std::string s = what;
  if (!s.empty() && s.front() == '[') {
    size_t close = s.find("] ");
    if (close != std::string::npos) s.erase(0, close + 2);
  }
  return s;
}

std::string StringField(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) return it->dump();
  return "";
}

// Turns one parsed object into a document, or throws InputError.
RawDocument DocumentFromObject(const json& obj, std::string source, const IngestOptions& options) {
  if (!obj.is_object()) throw InputError("not a JSON object");
  RawDocument doc;
  auto text = obj.find("text");
  auto html = obj.find("html");
  if (text != obj.end() && text->is_string()) {
    doc.bytes = text->get<std::string>();
    doc.format = Format::kText;
  } else if (html != obj.end() && html->is_string()) {
    doc.bytes = html->get<std::string>();
    doc.format = Format::kHtml;
  } else {
    throw InputError("no text or html field");
  }
  if (doc.bytes.empty()) throw InputError("empty (0 bytes) text field");
  if (doc.bytes.size() > options.max_document_bytes) {
    throw InputError(TooLargeReason(doc.bytes.size(), options.max_document_bytes));
  }
  doc.source = std::move(source);
  doc.container = "jsonl";
  doc.utf8 = true;
  doc.url = StringField(obj, "url");
  doc.title = StringField(obj, "title");
  doc.published = StringField(obj, "published");
  doc.site = StringField(obj, "site");
  if (doc.site.empty()) doc.site = SiteOfUrl(doc.url);
  doc.lang_hint = StringField(obj, "lang");
  return doc;
}

void Fail(const IngestSink& sink, std::string source, std::string reason) {
  if (sink.on_failure) sink.on_failure(InputFailure{std::move(source), std::move(reason)});
}

}  // namespace

void ReadJsonl(ByteStream& in, const std::string& source, const IngestOptions& options,
               const IngestSink& sink) {
  LineReader reader(in);
  const uint64_t max_line =
      std::min<uint64_t>(options.max_document_bytes, UINT64_MAX / 4) * kEscapeFactor + kFieldSlack;
  std::string line;
  uint64_t number = 0;
  for (;;) {
    bool too_long = false;
    std::string where;
    try {
      if (!reader.ReadLine(&line, static_cast<size_t>(std::min<uint64_t>(max_line, SIZE_MAX)),
                           &too_long)) {
        break;
      }
    } catch (const InputError& e) {
      Fail(sink, source + ":" + std::to_string(number + 1), e.what());
      return;
    }
    ++number;
    where = source + ":" + std::to_string(number);
    if (number == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.erase(0, 3);
    if (Trim(line).empty()) continue;
    if (too_long) {
      Fail(sink, where,
           "too large: line over " + FormatBytes(max_line) + ", limit " +
               FormatBytes(options.max_document_bytes));
      continue;
    }
    RawDocument doc;
    try {
      json obj;
      try {
        obj = json::parse(line);
      } catch (const json::exception& e) {
        throw InputError("invalid JSON (" + CleanJsonMessage(e.what()) + ")");
      }
      doc = DocumentFromObject(obj, where, options);
    } catch (const InputError& e) {
      Fail(sink, where, e.what());
      continue;
    }
    if (sink.on_document) sink.on_document(std::move(doc));
  }
}

void ReadJsonArray(ByteStream& in, const std::string& source, const IngestOptions& options,
                   const IngestSink& sink) {
  const uint64_t cap =
      std::min<uint64_t>(options.max_document_bytes, UINT64_MAX / 32) * kArrayFactor;
  std::string text = ReadUpTo(in, static_cast<size_t>(std::min<uint64_t>(cap, SIZE_MAX - 1)) + 1);
  if (text.size() > cap) {
    throw InputError("too large: JSON array over " + FormatBytes(cap) + ", limit " +
                     FormatBytes(cap));
  }
  json array;
  try {
    array = json::parse(text);
  } catch (const json::exception& e) {
    throw InputError("invalid JSON (" + CleanJsonMessage(e.what()) + ")");
  }
  text.clear();
  text.shrink_to_fit();
  if (!array.is_array()) throw InputError("not a JSON array of objects");
  size_t number = 0;
  for (const json& item : array) {
    std::string where = source + "#" + std::to_string(++number);
    RawDocument doc;
    try {
      doc = DocumentFromObject(item, where, options);
    } catch (const InputError& e) {
      Fail(sink, where, e.what());
      continue;
    }
    if (sink.on_document) sink.on_document(std::move(doc));
  }
}

}  // namespace parallax::ingest
