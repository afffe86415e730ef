// Small UTF-8 helpers shared by the stages. Thread-safe (pure functions).
#ifndef CROSSCHECK_COMMON_UTF8_H_
#define CROSSCHECK_COMMON_UTF8_H_

#include <string>

namespace crosscheck {

// Appends the UTF-8 encoding of code point `c` (<= U+10FFFF) to `out`.
void AppendUtf8(char32_t c, std::string& out);

}  // namespace crosscheck

#endif  // CROSSCHECK_COMMON_UTF8_H_
