// Ranges of years against ranges of counts (issue 6), and articles that
// count one inside a list of figures (fr, es). Sentences written for these
// tests, worded apart from the sample corpus and from
// quantity_count_ranges_test.cc: each case gives the dates and the figures
// the whole annotator must find.
#include <gtest/gtest.h>

#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "quantity_test_util.h"

namespace parallax {
namespace {

using Want = std::vector<std::string>;

// Dates as "[mention] value" or "[mention] value..value_max", and figures
// as "[mention] value" or "[mention] value..value_max", of `text`.
struct Found {
  Want dates;
  Want figures;
};

Found Annotate(std::string_view lang, std::string_view text) {
  Found out;
  const Annotations a =
      testing::TheAnnotator().AnnotateText(text, lang, ParseReferenceTime("2023-03-14"));
  for (const DateMention& d : a.dates) {
    std::string s =
        "[" + std::string(text.substr(d.span.start, d.span.end - d.span.start)) + "] " + d.value;
    if (!d.value_max.empty()) s += ".." + d.value_max;
    out.dates.push_back(s);
  }
  for (const Quantity& q : a.quantities) {
    std::ostringstream s;
    s << '[' << text.substr(q.span.start, q.span.end - q.span.start) << "] " << q.value;
    if (q.value_max) s << ".." << *q.value_max;
    out.figures.push_back(s.str());
  }
  return out;
}

struct Case {
  std::string_view lang;
  std::string_view text;
  Want dates;
  Want figures;
};

const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = {
      // Years: one date range, no figure.
      {"en", "He served on the council from 1998 to 2004.", {"[1998 to 2004] 1998..2004"}, {}},
      {"en",
       "Between 2015 and 2019 the firm tripled its revenue.",
       {"[2015 and 2019] 2015..2019"},
       {}},
      {"en", "From 2011 through 2013, prices fell.", {"[2011 through 2013] 2011..2013"}, {}},
      {"en", "Inflation stayed low in 2009-2012, the report said.", {"[2009-2012] 2009..2012"}, {}},
      {"de", "Von 2008 bis 2012 leitete sie das Ministerium.", {"[2008 bis 2012] 2008..2012"}, {}},
      {"de", "Zwischen 1990 und 1995 wuchs die Stadt kaum.", {"[1990 und 1995] 1990..1995"}, {}},
      {"de",
       "Im Zeitraum von 2016 bis 2019 wurde die Brücke saniert.",
       {"[2016 bis 2019] 2016..2019"},
       {}},
      {"pl", "Od 2010 do 2014 roku kierował szpitalem.", {"[2010 do 2014 roku] 2010..2014"}, {}},
      {"pl",
       "Między 2005 a 2008 firma dwukrotnie zmieniła siedzibę.",
       {"[2005 a 2008] 2005..2008"},
       {}},
      {"pl", "W latach 2001–2003 mieszkał w Krakowie.", {"[2001–2003] 2001..2003"}, {}},
      {"ru", "С 2012 по 2016 год он работал в Киеве.", {"[2012 по 2016 год] 2012..2016"}, {}},
      {"ru", "В 2014–2015 годах курс рубля упал вдвое.", {"[2014–2015 годах] 2014..2015"}, {}},
      {"ru", "От 2003 до 2007 года завод простаивал.", {"[2003 до 2007 года] 2003..2007"}, {}},
      {"uk", "З 2016 по 2019 рік він очолював раду.", {"[2016 по 2019 рік] 2016..2019"}, {}},
      {"uk", "У 2020–2021 роках школи часто закривали.", {"[2020–2021 роках] 2020..2021"}, {}},
      {"uk", "Від 1999 до 2004 року вона жила у Львові.", {"[1999 до 2004 року] 1999..2004"}, {}},
      {"fr", "De 2012 à 2017, elle a présidé la région.", {"[2012 à 2017] 2012..2017"}, {}},
      {"fr", "Entre 2008 et 2010, le chômage a bondi.", {"[2008 et 2010] 2008..2010"}, {}},
      {"es", "Entre 2013 y 2016 gobernó la provincia.", {"[2013 y 2016] 2013..2016"}, {}},
      {"es", "Desde 2004 hasta 2009 vivió en Lima.", {"[2004 hasta 2009] 2004..2009"}, {}},
      {"es", "De 2010 a 2012 la empresa perdió dinero.", {"[2010 a 2012] 2010..2012"}, {}},
      // Counts: a second figure that is no later year of the century, or a
      // counted noun after it.
      {"pl",
       "Do akcji zgłosiło się od 1800 do 2200 wolontariuszy.",
       {},
       {"[od 1800 do 2200] 1800..2200"}},
      {"pl",
       "Według policji w marszu szło od 2000 do 2050 osób.",
       {},
       {"[od 2000 do 2050] 2000..2050"}},
      {"pl", "Ewakuowano od 1900 do 2000 mieszkańców.", {}, {"[od 1900 do 2000] 1900..2000"}},
      {"ru", "Эвакуированы от 1900 до 2000 жителей.", {}, {"[от 1900 до 2000] 1900..2000"}},
      {"en",
       "Between 1900 and 2000 residents fled the town.",
       {},
       {"[Between 1900 and 2000] 1900..2000"}},
      {"de",
       "Zwischen 1900 und 2000 Menschen demonstrierten.",
       {},
       {"[Zwischen 1900 und 2000] 1900..2000"}},
      // A single year after a cue stays a year; a bound after it stays a bound.
      {"pl", "Od 2019 firma nie płaci podatków.", {"[2019] 2019"}, {}},
      {"pl", "W 2020 do 3000 osób straciło pracę.", {"[2020] 2020"}, {"[do 3000] 3000"}},
      {"ru",
       "В 2019 году до 2500 человек покинули город.",
       {"[2019 году] 2019"},
       {"[до 2500] 2500"}},
      // Articles that count one in a list of figures; elsewhere articles.
      {"fr", "Trois gendarmes et un pompier ont été blessés.", {}, {"[Trois] 3", "[un] 1"}},
      {"fr",
       "Deux enfants, une femme et un retraité figurent parmi les victimes.",
       {},
       {"[Deux] 2", "[une] 1", "[un] 1"}},
      {"fr",
       "Selon la préfecture, 40 manifestants et un policier ont été interpellés.",
       {},
       {"[40] 40", "[un] 1"}},
      {"fr", "Un témoin a vu la voiture quitter les lieux.", {}, {}},
      {"fr", "Il a signé un accord et une déclaration commune.", {}, {}},
      {"es", "Murieron cuatro soldados y una enfermera.", {}, {"[cuatro] 4", "[una] 1"}},
      {"es", "Fueron detenidos dos menores y una mujer.", {}, {"[dos] 2", "[una] 1"}},
      {"es", "Un portavoz y una abogada hablaron con la prensa.", {}, {}},
      {"es", "Tras la reunión firmaron un acuerdo y un comunicado.", {}, {}},
  };
  return cases;
}

TEST(YearAndCountRanges, FreshSentences) {
  size_t passed = 0;
  for (const Case& c : Cases()) {
    const Found f = Annotate(c.lang, c.text);
    EXPECT_EQ(f.dates, c.dates) << c.lang << ": " << c.text;
    EXPECT_EQ(f.figures, c.figures) << c.lang << ": " << c.text;
    if (f.dates == c.dates && f.figures == c.figures) ++passed;
  }
  std::cout << "fresh year/count range sentences: " << passed << " of " << Cases().size()
            << " pass\n";
}

// An article after a figure that is no list ("3 ans, un homme"; a
// duration, then a new clause) stays an article.
TEST(ListArticles, NoListAfterTheFigure) {
  for (const auto& [lang, text] : std::vector<std::pair<std::string_view, std::string_view>>{
           {"fr", "Il y a 3 ans, un homme a disparu dans la forêt."},
           {"fr", "Vers 20 heures, une patrouille a repéré le véhicule."},
           {"es", "Hace 2 años, un incendio arrasó el pueblo."},
           {"es", "Tras 40 minutos de espera, una ambulancia llegó al lugar."}}) {
    for (const std::string& figure : Annotate(lang, text).figures) {
      EXPECT_EQ(figure.find("[un"), std::string::npos) << text << ": " << figure;
    }
  }
}

}  // namespace
}  // namespace parallax
