// parallax: fundraising appeals as a signal of the source: wallet addresses
// by currency, payment details, donation wording (issue 3).
#ifndef PARALLAX_FUNDRAISING_H_
#define PARALLAX_FUNDRAISING_H_

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "parallax/document.h"

namespace parallax {

struct FundraisingEvidence {
  // "wallet" (a cryptocurrency address, checksum-verified where the currency
  // has one), "iban" (mod-97 verified), "payment" (PayPal, Patreon, bank
  // details...), "wording" (a donation appeal phrase from data/<lang>/).
  std::string kind;
  std::string value;     // the address, IBAN or phrase as written
  std::string currency;  // "BTC", "ETH", "XMR", "USDT-TRC20", ... for wallets; "" otherwise
  Span span;             // byte range in the text it was found in
};

struct Fundraising {
  bool present =
      false;  // at least one wallet, IBAN or payment detail, or wording plus a link/detail
  std::vector<FundraisingEvidence> evidence;
  // {"present": bool, "evidence": [{kind, value, currency, start, end}]}
  nlohmann::json ToJson() const;
};

// Thread-safe after construction.
class FundraisingDetector {
 public:
  // Loads data/<lang>/fundraising.tsv for every language under `data_dir`.
  // Throws DataError on a malformed file.
  explicit FundraisingDetector(const std::string& data_dir);
  ~FundraisingDetector();
  FundraisingDetector(const FundraisingDetector&) = delete;
  FundraisingDetector& operator=(const FundraisingDetector&) = delete;

  // Finds fundraising evidence in `text` (valid UTF-8; the whole page text,
  // before junk removal, so the signal survives it). Never throws.
  Fundraising Detect(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parallax

#endif  // PARALLAX_FUNDRAISING_H_
