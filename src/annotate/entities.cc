// The entity recogniser (entities.h): names found per sentence
// (entity_mentions.cc), keys and entities per document (entity_resolve.cc).
#include "parallax/entities.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "annotate/entity_lexicon.h"
#include "annotate/entity_mentions.h"
#include "annotate/entity_resolve.h"
#include "parallax/error.h"

namespace parallax {

struct EntityRecognizer::Impl {
  annotate::EntityLexicon lexicon;
  Impl(const std::string& data_dir, const EntityOptions& options)
      : lexicon(data_dir, options.gazetteer_files, options.bundled_gazetteer) {}
};

namespace {

std::vector<std::string> CheckedFiles(const std::vector<std::string>& files) {
  for (const std::string& f : files) {
    if (!std::filesystem::is_regular_file(f)) {
      throw DataError(fmt::format("{}: gazetteer file not found", f));
    }
  }
  return files;
}

// The language to read paragraph `p` of `doc` in.
std::string_view LanguageOf(const Document& doc, const Paragraph& p) {
  if (p.lang.reliable && p.lang.lang != "und") return p.lang.lang;
  return doc.lang.lang;
}

}  // namespace

EntityRecognizer::EntityRecognizer(const std::string& data_dir, const EntityOptions& options)
    : impl_(std::make_unique<Impl>(data_dir, EntityOptions{CheckedFiles(options.gazetteer_files),
                                                           options.bundled_gazetteer})) {}

EntityRecognizer::~EntityRecognizer() = default;

void EntityRecognizer::Recognize(Document& doc) const {
  const annotate::EntityLexicon& lexicon = impl_->lexicon;
  std::vector<std::vector<annotate::NameWord>> words(doc.sentences.size());
  annotate::NameEvidence evidence;
  auto sentence_text = [&](const Sentence& s) {
    const uint32_t end = std::min<uint32_t>(s.span.end, static_cast<uint32_t>(doc.text.size()));
    const uint32_t start = std::min(s.span.start, end);
    return std::string_view(doc.text).substr(start, end - start);
  };
  auto lang_of = [&](const Sentence& s) -> std::string_view {
    return s.paragraph < doc.paragraphs.size() ? LanguageOf(doc, doc.paragraphs[s.paragraph])
                                               : std::string_view(doc.lang.lang);
  };
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const std::string_view text = sentence_text(doc.sentences[i]);
    words[i] = annotate::SplitNameWords(text);
    annotate::GatherEvidence(lexicon, text, words[i], lang_of(doc.sentences[i]), evidence);
  }
  std::vector<annotate::FoundName> names;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    annotate::FindNames(lexicon, sentence_text(s), std::min(s.span.start, s.span.end),
                        static_cast<uint32_t>(i), words[i], lang_of(s), evidence, names);
  }
  doc.entities = annotate::ResolveNames(lexicon, names);
}

std::vector<Entity> EntityRecognizer::RecognizeText(std::string_view text,
                                                    std::string_view lang) const {
  Document doc;
  doc.text = std::string(text);
  doc.lang.lang = std::string(lang);
  doc.lang.reliable = true;
  Paragraph p;
  p.span = {0, static_cast<uint32_t>(text.size())};
  p.lang = doc.lang;
  doc.paragraphs.push_back(p);
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    const bool end = i == text.size();
    const char c = end ? '\n' : text[i];
    // A dot after a capital standing alone ("U.S.", "J. Smith") ends no
    // sentence.
    const bool initial_dot = c == '.' && i >= 1 && text[i - 1] >= 'A' && text[i - 1] <= 'Z' &&
                             (i == 1 || text[i - 2] == '.' || text[i - 2] == ' ');
    if (c == '\n' || (c == '.' && !initial_dot) || c == '!' || c == '?') {
      size_t stop = end ? i : i + 1;
      if (stop > start)
        doc.sentences.push_back({{static_cast<uint32_t>(start), static_cast<uint32_t>(stop)}, 0});
      start = stop;
    }
  }
  Recognize(doc);
  return doc.entities;
}

Entity EntityRecognizer::EntityOfName(std::string_view name, std::string_view lang,
                                      EntityType type) const {
  const annotate::EntityLexicon& lexicon = impl_->lexicon;
  const std::vector<annotate::NameWord> words = annotate::SplitNameWords(name);
  annotate::FoundName f;
  f.lang = std::string(lang);
  f.type = type;
  if (words.empty()) return {};
  f.span = {words.front().start, words.back().end};
  for (const annotate::NameWord& w : words)
    f.words.emplace_back(name.substr(w.start, w.end - w.start));
  std::vector<std::vector<std::string>> views;
  for (const std::string& w : f.words)
    views.push_back(lexicon.WordViews(w, lang, annotate::EndingScope::kAny));
  const auto hits = lexicon.MatchGazetteer(views, lang);
  for (const auto& [entry, count] : hits) {
    if (count == words.size()) {
      f.gazetteer = static_cast<int32_t>(entry);
      f.type = lexicon.Entry(entry).type;
      break;
    }
  }
  if (f.gazetteer < 0) {
    f.acronym = words.size() == 1 && words[0].all_caps;
    if (f.type == EntityType::kOther) {
      const annotate::EntityCues& cues = lexicon.Cues(lang);
      bool org = false, place = false;
      for (const std::string& w : f.words) {
        org = org || cues.org_words.count(annotate::LowerUtf8(w)) != 0;
        place = place || cues.place_words.count(annotate::LowerUtf8(w)) != 0;
      }
      f.type = f.acronym || org    ? EntityType::kOrganization
               : place             ? EntityType::kPlace
               : words.size() >= 2 ? EntityType::kPerson
                                   : EntityType::kOther;
    }
  }
  std::vector<Entity> out = annotate::ResolveNames(lexicon, {f});
  return out.empty() ? Entity{} : out.front();
}

bool EntityRecognizer::Same(const Entity& a, const Entity& b) {
  auto meets = [](const std::vector<std::string>& x, const std::vector<std::string>& y) {
    for (const std::string& k : x) {
      if (std::binary_search(y.begin(), y.end(), k)) return true;
    }
    return false;
  };
  if (meets(a.keys, b.keys)) return true;
  if (a.partial && !b.partial) return meets(a.keys, b.attach_keys);
  if (b.partial && !a.partial) return meets(b.keys, a.attach_keys);
  return false;
}

}  // namespace parallax
