// parallax annotate stage, quantities: the money rules around a number,
// shared by quantities.cc: codes and cased signs in their exact case
// ("USD 5", "5 RM", "30 MUSD"), the sign or name before the number ("$5",
// "Евро 20"), the name of the same currency after a signed amount ("$10 -
// 20 dólares") and amounts in a unit and its subunit ("20 долларов 43
// цента", "1 USD et 23 centimes"). Private to src/annotate/.
#ifndef PARALLAX_ANNOTATE_QUANTITY_MONEY_H_
#define PARALLAX_ANNOTATE_QUANTITY_MONEY_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/number_scan.h"
#include "annotate/quantity_lexicon.h"
#include "annotate/quantity_ranges.h"
#include "annotate/quantity_window.h"
#include "parallax/document.h"

namespace parallax::annotate::qty {

// A code or cased sign of the lexicon right after `pos` (one space or none
// between), in its exact case and not running on into a letter: "USD",
// "RM", "MUSD" (a scaled code: millions of USD). Sets `unit` and `scale` (1
// unless scaled) and returns its end, or 0 when there is none.
size_t CasedAfter(std::string_view text, size_t pos, const QuantityLexicon::Impl& lex,
                  std::string* unit, double* scale);

// The money before the number `tok`, starting at or after `floor`: a code
// or cased sign ("USD 5", "RM42", "MAUD 60"), a currency sign ("$", "€",
// "US$") or a currency_before name ("Евро 20"; never before a year-like
// figure, "Euro 2024", nor before a figure with a unit of its own). Returns
// a Prefix whose start is npos when there is none.
Prefix MoneyPrefix(std::string_view text, const Window& before, const NumberToken& tok,
                   size_t floor, const QuantityLexicon::Impl& lex);

// After an amount with a sign or code before it, the name or code of the
// same currency belongs to the mention ("$10 - 20 dólares"); returns its
// end, or `pos` when none follows.
size_t SameCurrencyAfter(std::string_view text, size_t pos, const QuantityLexicon::Impl& lex,
                         const std::string& unit);

// A name of lex.scaled_currencies right after `pos`, for an amount with a
// scale word ("20 millions de livres"), unless a not_money_after word
// follows it ("2 millions de livres vendus"). Sets `unit` and returns its
// end, or 0.
size_t ScaledCurrencyAfter(std::string_view text, size_t pos, const QuantityLexicon::Impl& lex,
                           std::string* unit);

// Joins a whole amount of money `q` ending at `end` and the subunit amount
// after it into one figure: "20 dollars and 43 cents" (20.43), "1 USD et 23
// centimes" (the subunit takes the main currency), "15 dólares con 50." (a
// bare one- or two-digit figure at the end of the clause is cents). The
// number after it is numbers[*i + 1]; on a join `q` gets the sum, *i moves
// past that number and the new end is returned; otherwise `end`.
size_t JoinSubunit(std::string_view text, const std::vector<NumberToken>& numbers, size_t* i,
                   size_t end, const QuantityLexicon::Impl& lex, Quantity& q);

}  // namespace parallax::annotate::qty

#endif  // PARALLAX_ANNOTATE_QUANTITY_MONEY_H_
