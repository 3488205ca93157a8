// Number words of Polish, Russian and Ukrainian through ScanNumbers with the
// lexicons in data/{pl,ru,uk}/numbers.tsv: inflected cardinals and hundreds,
// scales and their abbreviations, ordinals in words and digits, vague
// amounts, separators. Sentences are written for this test, worded
// differently from the `# example:` lines of the data files.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/number_scan.h"
#include "annotate/number_test_util.h"
#include "parallax/data_dir.h"

namespace parallax::annotate {
namespace {

using testing::Cover;
using testing::Lexicon;
using testing::One;
using testing::Scan;
using testing::Values;

// ---- Polish ----

TEST(NumberSlavicTest, PolishWordsAcrossScale) {
  const std::string text = "Na wiec przyszło ponad dwadzieścia trzy tysiące osób.";
  const NumberToken t = One("pl", text, 23000);
  EXPECT_EQ(Cover(text, t), "dwadzieścia trzy tysiące");
  EXPECT_TRUE(t.spelled);
  EXPECT_FALSE(t.vague);
  EXPECT_FALSE(t.ordinal);
}

TEST(NumberSlavicTest, PolishObliqueCases) {
  One("pl", "Policja zatrzymała ponad trzystu kibiców.", 300);
  One("pl", "Z dwustoma uczestnikami rozmawiali wolontariusze.", 200);
  One("pl", "Brakuje jeszcze dwóch tysięcy podpisów.", 2000);
  One("pl", "Nagrodę przyznano czterem laureatom.", 4);
  One("pl", "W zawodach startowało pięćdziesięciu siedmiu biegaczy.", 57);
}

TEST(NumberSlavicTest, PolishAbbreviatedScales) {
  const std::string text = "Deficyt sięgnie 91 mln zł w tym roku.";
  const NumberToken t = One("pl", text, 91e6);
  EXPECT_EQ(Cover(text, t), "91 mln");
  One("pl", "Inwestycja pochłonie 2,5 mln zł.", 2.5e6);
  One("pl", "Spółka zarobiła 40 tys. zł netto.", 40000);
  One("pl", "Dług publiczny przekroczył 1,3 bln zł.", 1.3e12);
}

TEST(NumberSlavicTest, PolishGroupSeparators) {
  One("pl", "Na trybunach zasiadło 3\u00a0000 widzów.", 3000);
  One("pl", "Bilet kosztuje 2.500 zł za osobę.", 2500);
  One("pl", "Średnia pensja to 7\u202f450 zł brutto.", 7450);
  One("pl", "Stopa wzrosła do 5,75 procent.", 5.75);
}

TEST(NumberSlavicTest, PolishOrdinals) {
  NumberToken t = One("pl", "Drużyna awansowała z trzeciego miejsca w tabeli.", 3);
  EXPECT_TRUE(t.ordinal);
  t = One("pl", "Biegacz dobiegł na 7. pozycji.", 7);
  EXPECT_TRUE(t.ordinal);
  t = One("pl", "To była jej dwudziesta wygrana.", 20);
  EXPECT_TRUE(t.ordinal);
  t = One("pl", "Obchodzono setną rocznicę powstania.", 100);
  EXPECT_TRUE(t.ordinal);
}

TEST(NumberSlavicTest, PolishVague) {
  NumberToken t = One("pl", "Przez dziesiątki lat nikt tego nie naprawił.", 20);
  EXPECT_TRUE(t.vague);
  t = One("pl", "Kilkaset osób czekało przed urzędem.", 300);
  EXPECT_TRUE(t.vague);
  t = One("pl", "Rannych zostało kilkanaście osób.", 13);
  EXPECT_TRUE(t.vague);
  t = One("pl", "Śledztwo objęło kilkudziesięciu urzędników.", 30);
  EXPECT_TRUE(t.vague);
  t = One("pl", "Na ulice wyszły tysiące ludzi.", 2000);
  EXPECT_TRUE(t.vague);
  // After a number the same form is a scale, not a vague amount.
  t = One("pl", "Na ulice wyszły trzy tysiące ludzi.", 3000);
  EXPECT_FALSE(t.vague);
}

TEST(NumberSlavicTest, PolishNonNumberWords) {
  EXPECT_TRUE(Scan("pl", "Raz w tygodniu odbywa się targ na rynku.").empty());
  EXPECT_TRUE(Scan("pl", "Parę butów zostawiono przy drzwiach.").empty());
}

// ---- Russian ----

TEST(NumberSlavicTest, RussianGenitiveScale) {
  const std::string text = "Эвакуированы около десяти тысяч человек.";
  const NumberToken t = One("ru", text, 10000);
  EXPECT_EQ(Cover(text, t), "десяти тысяч");
  EXPECT_TRUE(t.spelled);
}

TEST(NumberSlavicTest, RussianObliqueCases) {
  One("ru", "Сумма выросла более чем на двести сорок процентов.", 240);
  One("ru", "Письмо подписали более двухсот депутатов.", 200);
  One("ru", "Врачи помогли трёмстам пациентам.", 300);
  One("ru", "Работы ведутся четырьмя бригадами.", 4);
  One("ru", "Одна из версий следствия - поджог.", 1);
  One("ru", "Трое суток спасатели искали туристов.", 3);
  One("ru", "Митинг собрал около полумиллиона сторонников.", 500000);
}

TEST(NumberSlavicTest, RussianAbbreviatedScales) {
  const std::string text = "Штраф составит 10 тыс. рублей.";
  const NumberToken t = One("ru", text, 10000);
  EXPECT_EQ(Cover(text, t), "10 тыс.");
  One("ru", "Выручка достигла 1,2 млрд долларов.", 1.2e9);
  One("ru", "Госдолг превысил 3 трлн рублей.", 3e12);
  One("ru", "На ремонт выделено 2,5 млн рублей.", 2.5e6);
}

TEST(NumberSlavicTest, RussianSeparators) {
  One("ru", "Стадион вмещает 45\u00a0000 зрителей.", 45000);
  One("ru", "Рост составил 0,7 процента.", 0.7);
  // A dot is not a group separator in Russian: never 15.
  for (const NumberToken& t : Scan("ru", "Курс вырос на 1.5 пункта."))
    EXPECT_NE(t.value, 15) << Cover("Курс вырос на 1.5 пункта.", t);
}

TEST(NumberSlavicTest, RussianOrdinals) {
  NumberToken t = One("ru", "Собрание перенесли на 3-го число.", 3);
  EXPECT_TRUE(t.ordinal);
  t = One("ru", "Решение принято в третьем чтении.", 3);
  EXPECT_TRUE(t.ordinal);
  t = One("ru", "Он стал сороковым президентом клуба.", 40);
  EXPECT_TRUE(t.ordinal);
  t = One("ru", "Команда заняла 2-е место.", 2);
  EXPECT_TRUE(t.ordinal);
}

TEST(NumberSlavicTest, RussianVague) {
  NumberToken t = One("ru", "Десятки машин застряли в пробке.", 20);
  EXPECT_TRUE(t.vague);
  t = One("ru", "Погибли сотни животных.", 200);
  EXPECT_TRUE(t.vague);
  t = One("ru", "На площадь вышли тысячи людей.", 2000);
  EXPECT_TRUE(t.vague);
  t = One("ru", "Пострадали несколько человек.", 3);
  EXPECT_TRUE(t.vague);
}

TEST(NumberSlavicTest, RussianNotNumbers) {
  // "семью" is the accusative of "семья" (family) here, not 7.
  EXPECT_TRUE(Scan("ru", "Волонтёры перевезли семью в безопасное место.").empty());
  // "пол" alone is "floor"; only before a scale is it a half.
  EXPECT_TRUE(Scan("ru", "Ваза упала на пол и разбилась.").empty());
}

// ---- Ukrainian ----

TEST(NumberSlavicTest, UkrainianWords) {
  const std::string text = "На акцію прийшли понад дві тисячі людей.";
  const NumberToken t = One("uk", text, 2000);
  EXPECT_EQ(Cover(text, t), "дві тисячі");
  EXPECT_FALSE(t.vague);
  One("uk", "Ремонт тривав близько двохсот днів.", 200);
  One("uk", "Збори провели у сорока трьох громадах.", 43);
  One("uk", "Зарплату підвищили шістьом працівникам.", 6);
}

TEST(NumberSlavicTest, UkrainianApostrophes) {
  One("uk", "Отримали п’ятдесят заявок.", 50);
  One("uk", "Отримали пʼятдесят заявок.", 50);
  One("uk", "Отримали п'ятдесят заявок.", 50);
  // "сім'я" (family) is one word, not 7.
  EXPECT_TRUE(Scan("uk", "Сім'я переїхала до Львова.").empty());
  One("uk", "Сім років тривало будівництво.", 7);
}

TEST(NumberSlavicTest, UkrainianAbbreviationsAndOrdinals) {
  One("uk", "Компанія інвестує 3,4 млрд гривень.", 3.4e9);
  One("uk", "Допомога склала 15 тис. гривень.", 15000);
  NumberToken t = One("uk", "Він фінішував третього дня змагань.", 3);
  EXPECT_TRUE(t.ordinal);
  t = One("uk", "Прийшла 5-та хвиля мобілізації.", 5);
  EXPECT_TRUE(t.ordinal);
  // "друга" is also "friend": not an ordinal.
  EXPECT_TRUE(Scan("uk", "Він чекав свого друга біля вокзалу.").empty());
}

TEST(NumberSlavicTest, UkrainianVague) {
  NumberToken t = One("uk", "Тисячі людей стояли в черзі.", 2000);
  EXPECT_TRUE(t.vague);
  t = One("uk", "Кілька сіл залишилися без світла.", 3);
  EXPECT_TRUE(t.vague);
  t = One("uk", "Кількасот військових прибули на навчання.", 300);
  EXPECT_TRUE(t.vague);
}

}  // namespace
}  // namespace parallax::annotate
