// parallax: small URL helpers shared by the readers and the pipeline.
#ifndef PARALLAX_URL_H_
#define PARALLAX_URL_H_

#include <string>
#include <string_view>

namespace parallax {

// The site of an absolute URL: its host, lower-cased, without a leading
// "www.", a trailing dot, user info or port ("https://user@WWW.Example.kz:8443/a"
// -> "example.kz"; IPv6 literals keep their brackets). "" when `url` has no
// "scheme://". Never throws.
std::string SiteOfUrl(std::string_view url);

}  // namespace parallax

#endif  // PARALLAX_URL_H_
