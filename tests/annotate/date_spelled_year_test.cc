// Years spelled in words after a day and month (date_spelled_year.cc),
// read from the number layer's tokens through the whole annotator.
// Reference 2022-03-17T09:40.
#include <gtest/gtest.h>

#include <iterator>

#include "date_test_util.h"

namespace parallax {
namespace {

using annotate::testing::Case;
using annotate::testing::Negative;

constexpr const char* kRef = "2022-03-17T09:40";

TEST(DateSpelledYear, CenturyAndYearOrOneNumber) {
  annotate::testing::CheckAll(
      {
          {"en", "The mine closed on 4 June nineteen eighty four, records show.",
           "4 June nineteen eighty four", "1984-06-04"},
          {"en", "The bridge opened October 2, nineteen zero five, in Ohio.",
           "October 2, nineteen zero five", "1905-10-02"},
          {"de", "Das Werk schloss am 8. Juli neunzehnhundertneunzig.",
           "8. Juli neunzehnhundertneunzig", "1990-07-08"},
          {"fr", "Le traité fut signé le 9 mai mil neuf cent cinquante.",
           "9 mai mil neuf cent cinquante", "1950-05-09"},
          {"ru", "Завод открыли 3 марта тысяча девятьсот семьдесят второго года.",
           "3 марта тысяча девятьсот семьдесят второго года", "1972-03-03"},
          {"pl", "Stocznia stanęła 14 sierpnia tysiąc dziewięćset osiemdziesiątego roku.",
           "14 sierpnia tysiąc dziewięćset osiemdziesiątego roku", "1980-08-14"},
      },
      kRef);
}

// A count after the date is no year: the clause goes on after it, or the
// date already has one, or the day does not exist in that year.
TEST(DateSpelledYear, CountsAfterADateAreNoYear) {
  const Negative kNone[] = {
      {"en", "On May 5, nineteen seventy protesters marched downtown.", "seventy"},
      {"de", "Am 5. Mai kamen zweitausend Menschen zum Protest.", "zweitausend"},
      {"en", "Since Feb 29, nineteen ninety nine people have left.", "ninety"},
  };
  annotate::testing::CheckNone(std::begin(kNone), std::end(kNone), kRef);
}

}  // namespace
}  // namespace parallax
