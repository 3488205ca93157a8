// Quote speakers, third and fourth batches (issue 6, item 3), table-driven
// from quote_speakers_round3.tsv and quote_speakers_round4.tsv beside this
// file (format in their headers). Round 3: speakers referred to by a
// description of a person named before ("the 46-year-old", "der
// Familienvater", "пенсионерка") or by a role, speakers named after an
// unnamed description ("a man who gave his name as Karim"), bare plural
// subjects with auxiliaries and adverbs ("Officials have repeatedly
// argued"), a parenthetical between the verb and its that-word, reported
// clauses before a semicolon, long subjects, German verb-second after a
// fronted phrase, quotes introduced by a noun ("Su mensaje fue claro:"),
// group speakers, and quotes that open the next paragraph. Round 4: names
// given in an oblique case ("назвавшийся Мурадом"), roles first used for
// the person named last, speech nouns with their body ("a statement from
// the county council"), sentence-opening source markers ("По словам
// Сафиной"), and verbs with no subject that continue the last speaker.
// Round 5: adverbs inside compound verbs ("ha poi precisato") and a name
// before its description in apposition ("X, volontaria della ..., spiega").
// Round 6: a fresh mix in seven languages (quote_speakers_round6.tsv):
// speakers before, after and inside, roles and pronouns, indirect speech
// in varied word orders, and quoted titles and names that are no speech.
// Round 7 (quote_speakers_round7.tsv): plural, neuter and present forms of
// reporting verbs, bare plural groups, and verbs of admitting.
// Round 8 (quote_speakers_round8.tsv): by construction class in nine
// languages: according-to markers before a direct quote, "told Reuters",
// "wrote on X", roles and pronouns for a person named before, zero
// subjects after dash dialogue, a colon after a clause with no verb, split
// quotes, organisations and groups, and a statement's words ("говорится
// в сообщении МЧС"), and roles of officials named before. 99 of its 107
// rows pass; the rest are known gaps. Round 9 (quote_speakers_round9.tsv):
// descriptions with a noun no speech.tsv lists, for the one person the same
// noun stood next to before, rows where they must not resolve, and
// conjunctions before a subject ("..., mentre il sindaco ha detto che").
// Round 10 (quote_speakers_round10.tsv): according-to markers with a
// description and no name, split quotes with a possessive and a noun
// before the name inside, and a second verb joined by "and".
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/quotes.h"
#include "annotate/speech_test_util.h"

namespace parallax {
namespace {

using testing::Speech;
using testing::SpeechDoc;
using testing::Who;

// Runs every row of `table` (`name` in messages): rows pass unless marked
// known gaps; prints the pass counts per language.
void CheckTable(const std::string& table, const std::string& name, size_t min_rows) {
  const std::vector<testing::SpeakerRow> rows = testing::ReadSpeakerRows(table);
  EXPECT_GE(rows.size(), min_rows);
  testing::CaseTally tally(name + " speakers");
  for (const testing::SpeakerRow& r : rows) {
    Document doc = SpeechDoc(r.text, r.lang);
    annotate::FindQuotes(Speech(), doc);
    std::string got;
    const Quote* hit = testing::QuoteHolding(doc, r.text, r.part, r.type == 'd', &got);
    tally.Record(r.lang, testing::SpeakerMatches(r.want, hit), r.known_gap,
                 table + ":" + std::to_string(r.line) + ": " + r.text, r.want, got);
  }
  tally.Print();
}

// One table a round: its file, its name in messages, and the fewest rows
// it may have (so a table cut short fails).
struct Round {
  const char* table;
  const char* name;
  size_t min_rows;
};

class QuoteSpeakersRound : public ::testing::TestWithParam<Round> {};

std::string RoundName(const ::testing::TestParamInfo<Round>& round) { return round.param.name; }

TEST_P(QuoteSpeakersRound, EveryPassageGetsItsSpeaker) {
  CheckTable(GetParam().table, GetParam().name, GetParam().min_rows);
}

INSTANTIATE_TEST_SUITE_P(Tables, QuoteSpeakersRound,
                         ::testing::Values(Round{"quote_speakers_round3.tsv", "round3", 70},
                                           Round{"quote_speakers_round4.tsv", "round4", 60},
                                           Round{"quote_speakers_round5.tsv", "round5", 15},
                                           Round{"quote_speakers_round6.tsv", "round6", 80},
                                           Round{"quote_speakers_round7.tsv", "round7", 50},
                                           Round{"quote_speakers_round8.tsv", "round8", 100},
                                           Round{"quote_speakers_round9.tsv", "round9", 40},
                                           Round{"quote_speakers_round10.tsv", "round10", 25}),
                         RoundName);

}  // namespace
}  // namespace parallax
