// Dates in URL paths (see page_meta_url_date.h). A CMS that files articles
// by day writes the date into the path in a handful of shapes; the reader
// looks only at the path (never the host, where digits are ids or names),
// wants the whole day (a year and month are not a date), and rejects a day
// that is really the start of a slug ("/2023/10/3-fragen/").
#include "ingest/html/page_meta_url_date.h"

#include <string>

#include "ingest/html/date_month_names.h"

namespace crosscheck {
namespace {

// The length of `segment`'s leading letters when they are exactly a month
// name (any case) followed by `sep`, with *month set; 0 otherwise.
std::size_t MonthSegment(std::string_view segment, char sep, int* month) {
  std::string lower;
  for (char c : segment) {
    if (c == sep) break;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c < 'a' || c > 'z') return 0;
    lower.push_back(c);
  }
  if (lower.empty() || lower.size() == segment.size()) return 0;
  for (const MonthName& m : MonthsStartingWith(static_cast<unsigned char>(lower[0]))) {
    if (m.name == lower) {
      *month = m.month;
      return lower.size();
    }
  }
  return 0;
}

}  // namespace

std::optional<DateValue> DateFromUrl(std::string_view url, const DateOptions& dates) {
  // Only the path: skip "scheme://host".
  std::size_t scheme = url.find("://");
  std::size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  url = url.substr(path);
  auto digits = [&](std::size_t i) {
    std::size_t n = 0;
    while (i + n < url.size() && url[i + n] >= '0' && url[i + n] <= '9') ++n;
    return n;
  };
  auto number = [&](std::size_t i, std::size_t n) {
    int v = 0;
    for (std::size_t k = 0; k < n; ++k) v = v * 10 + (url[i + k] - '0');
    return v;
  };
  for (std::size_t i = 0; i < url.size(); ++i) {
    if (i > 0 && url[i - 1] >= '0' && url[i - 1] <= '9') continue;
    const std::size_t n = digits(i);
    if (n == 0) continue;
    DateValue v;
    if (n == 4) {
      std::size_t s = i + 4;
      if (s >= url.size() || (url[s] != '/' && url[s] != '-' && url[s] != '_')) continue;
      const char sep = url[s];
      std::size_t n2 = digits(s + 1);
      int named_month = 0;
      if (n2 == 0) {
        // A month name as the whole segment: /2020/jan/20/, /2023/october/03/.
        n2 = MonthSegment(url.substr(s + 1), sep, &named_month);
      }
      if (n2 < 1 || (named_month == 0 && n2 > 2) || s + 1 + n2 >= url.size() ||
          url[s + 1 + n2] != sep) {
        continue;
      }
      std::size_t d = s + 2 + n2;
      std::size_t n3 = digits(d);
      if (n3 < 1 || n3 > 2) continue;
      // With slashes the day is a whole segment: /2023/10/3-fragen-an/ is a
      // year/month permalink whose slug starts with a number.
      if (sep == '/' && d + n3 < url.size() && url[d + n3] == '-') continue;
      v.year = number(i, 4);
      v.month = named_month != 0 ? named_month : number(s + 1, n2);
      v.day = number(d, n3);
    } else if (n == 8) {
      v.year = number(i, 4);
      v.month = number(i + 4, 2);
      v.day = number(i + 6, 2);
    } else if (n <= 2 && i + n < url.size() && url[i + n] == '-' && digits(i + n + 1) >= 1 &&
               digits(i + n + 1) <= 2) {
      // Day first: /29-10-2021 (never month first: URLs of that shape are European).
      const std::size_t m = i + n + 1;
      const std::size_t nm = digits(m);
      const std::size_t y = m + nm + 1;
      if (y >= url.size() || url[m + nm] != '-' || digits(y) != 4) {
        i += n - 1;
        continue;
      }
      v.day = number(i, n);
      v.month = number(m, nm);
      v.year = number(y, 4);
    } else {
      i += n - 1;
      continue;
    }
    // Validate through the common parser (limits, calendar).
    std::optional<DateValue> checked = ParseDate(v.ToString(), dates);
    if (checked) return checked;
    i += n - 1;
  }
  return std::nullopt;
}

}  // namespace crosscheck
