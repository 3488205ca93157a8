// Slavic collective numerals read as their number in every case news text
// uses them: uk "дванадцятеро", "п'ятеро", ru "троих", "восьмерым", pl
// "dwoje", "pięciorga", "dwanaściorgiem" (data/{pl,ru,uk}/numbers.tsv).
// Sentences written for this test, worded unlike the `# example:` lines.
#include <gtest/gtest.h>

#include <string>

#include "annotate/number_scan.h"
#include "annotate/number_test_util.h"

namespace parallax::annotate {
namespace {

using testing::Cover;
using testing::One;

TEST(NumberCollectiveTest, UkrainianElevenToThirty) {
  const std::string text = "Дванадцятеро військових дістали поранення під час обстрілу.";
  EXPECT_EQ(Cover(text, One("uk", text, 12)), "Дванадцятеро");
  One("uk", "Під завалами знайшли одинадцятеро загиблих.", 11);
  One("uk", "Поліція затримала п'ятнадцятеро учасників сутички.", 15);
  One("uk", "Поліція затримала п’ятнадцятеро учасників бійки.", 15);
  One("uk", "Серед постраждалих двадцятеро дітей з табору.", 20);
  One("uk", "Звернення підписали тридцятеро студентів.", 30);
  One("uk", "Додому не повернулися дев'ятнадцятеро моряків.", 19);
}

TEST(NumberCollectiveTest, UkrainianOtherCases) {
  One("uk", "Лікарі врятували дванадцятьох пацієнтів.", 12);
  One("uk", "Рятувальники шукають шістьох зниклих.", 6);
  One("uk", "Волонтери допомогли п'ятьом родинам.", 5);
  One("uk", "На місці працювали восьмеро пожежників.", 8);
}

TEST(NumberCollectiveTest, RussianAllCases) {
  One("ru", "Задержаны восьмеро участников акции.", 8);
  One("ru", "Суд оправдал троих обвиняемых.", 3);
  One("ru", "Спасатели вывели из здания семерых детей.", 7);
  One("ru", "Компенсацию выплатят четверым пострадавшим.", 4);
  One("ru", "С десятерыми задержанными работают следователи.", 10);
  One("ru", "Пятеро полицейских получили ранения.", 5);
}

TEST(NumberCollectiveTest, PolishAllCases) {
  One("pl", "Do szpitala trafiło dwanaścioro dzieci.", 12);
  One("pl", "Rodzice dwanaściorga uczniów złożyli skargę.", 12);
  One("pl", "Jedenaściorgu pasażerom udzielono pomocy.", 11);
  One("pl", "Na zdjęciu widać piętnaścioro dzieci.", 15);
  One("pl", "Opiekunka zajmowała się osiemnaściorgiem maluchów.", 18);
  One("pl", "W wypadku ucierpiało dwadzieścioro dzieci z kolonii.", 20);
  One("pl", "Ratownicy wynieśli z budynku pięcioro dzieci.", 5);
  One("pl", "Wychowuje dwoje dzieci.", 2);
  One("pl", "Nauczycielka pojechała na wycieczkę z siedmiorgiem uczniów.", 7);
}

TEST(NumberCollectiveTest, PolishVagueCollectives) {
  const std::vector<NumberToken> a = testing::Scan("pl", "Kilkoro dzieci zgubiło się w tłumie.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_TRUE(a[0].vague);
  EXPECT_DOUBLE_EQ(a[0].value, 3);
  const std::vector<NumberToken> b =
      testing::Scan("pl", "Kilkanaściorga uczniów nie było w szkole.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_TRUE(b[0].vague);
  EXPECT_DOUBLE_EQ(b[0].value, 13);
}

}  // namespace
}  // namespace parallax::annotate
