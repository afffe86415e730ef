#include "text/word_tokenizer.h"

#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <limits>
#include <utility>

#include "text/contractions.h"
#include "text/lexicon.h"
#include "text/utf8_scan.h"

namespace crosscheck::text {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool StartsWithNoCase(std::string_view text, std::size_t pos, std::string_view prefix) {
  if (text.size() - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = text[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

// The kind of a piece ICU gave no word status: by its first character.
// Returns false for white space (the piece is dropped).
bool KindOfOther(std::string_view text, std::size_t pos, TokenKind* kind) {
  std::size_t next;
  const std::int32_t c = CodePointAt(text, pos, &next);
  if (IsWhiteSpace(c)) return false;
  if (c < 0) {
    *kind = TokenKind::kOther;
    return true;
  }
  if (c == '%' || c == 0x2030 || c == 0x2031) {  // % ‰ ‱
    *kind = TokenKind::kSymbol;
    return true;
  }
  switch (u_charType(c)) {
    case U_CURRENCY_SYMBOL:
    case U_MATH_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      *kind = TokenKind::kSymbol;
      return true;
    case U_CONNECTOR_PUNCTUATION:
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
      *kind = TokenKind::kPunct;
      return true;
    default:
      *kind = TokenKind::kOther;
      return true;
  }
}

bool IsHyphen(std::string_view piece) {
  return piece == "-" || piece == "\xE2\x80\x90" || piece == "\xE2\x80\x91";  // - U+2010 U+2011
}

// Whether `c` may end a URL (rather than being punctuation after it).
bool UrlTail(char c) {
  switch (c) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '\'':
    case '"':
    case ')':
    case ']':
    case '}':
    case '>':
      return false;
    default:
      return true;
  }
}

}  // namespace

std::size_t MatchUrlOrEmail(std::string_view text, std::size_t pos, std::size_t end) {
  if (pos >= end) return pos;
  // The white-space-delimited chunk starting here.
  std::size_t chunk_end = pos;
  while (chunk_end < end) {
    std::size_t next;
    if (IsWhiteSpace(CodePointAt(text, chunk_end, &next))) break;
    chunk_end = next;
  }
  const std::string_view chunk = text.substr(pos, chunk_end - pos);
  std::size_t stop = pos;
  if (StartsWithNoCase(text, pos, "http://") || StartsWithNoCase(text, pos, "https://") ||
      (StartsWithNoCase(text, pos, "www.") && chunk.size() > 5)) {
    // ASCII only: a curly quote or other non-ASCII character ends the URL.
    stop = pos;
    while (stop < chunk_end && static_cast<unsigned char>(text[stop]) < 0x80) ++stop;
  } else if (chunk.find('@') != std::string_view::npos) {
    // local@domain.tld with the usual characters
    std::size_t i = pos;
    while (i < chunk_end && (IsAsciiAlnum(text[i]) || text[i] == '.' || text[i] == '_' ||
                             text[i] == '%' || text[i] == '+' || text[i] == '-')) {
      ++i;
    }
    if (i == pos || i >= chunk_end || text[i] != '@') return pos;
    ++i;
    const std::size_t domain = i;
    bool dot = false;
    while (i < chunk_end && (IsAsciiAlnum(text[i]) || text[i] == '.' || text[i] == '-')) {
      if (text[i] == '.' && i > domain) dot = true;
      ++i;
    }
    if (!dot) return pos;
    stop = i;
  } else {
    return pos;
  }
  // Trailing punctuation belongs to the sentence, except a ")" closing a "(" inside.
  while (stop > pos && !UrlTail(text[stop - 1])) {
    if (text[stop - 1] == ')') {
      const std::string_view url = text.substr(pos, stop - pos);
      if (std::count(url.begin(), url.end(), '(') >= std::count(url.begin(), url.end(), ')')) {
        break;
      }
    }
    --stop;
  }
  // A URL must keep something after its scheme or "www.".
  const std::string_view url = text.substr(pos, stop - pos);
  if (url.find('@') == std::string_view::npos) {
    const std::size_t body = url.find("//") != std::string_view::npos ? url.find("//") + 2 : 4;
    if (url.size() <= body) return pos;
  }
  return stop;
}

Result<std::unique_ptr<WordTokenizer>> WordTokenizer::Create(const std::string& locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(
      icu::Locale(locale.empty() ? "en" : locale.c_str()), status));
  if (U_FAILURE(status) || it == nullptr) {
    return Status::Internal("ICU word break iterator for locale '" + locale +
                            "': " + u_errorName(status));
  }
  return std::unique_ptr<WordTokenizer>(new WordTokenizer(std::move(it)));
}

WordTokenizer::WordTokenizer(std::unique_ptr<icu::BreakIterator> iterator)
    : iterator_(std::move(iterator)) {}

WordTokenizer::~WordTokenizer() { utext_close(&utext_); }

Status WordTokenizer::Tokenize(std::string_view text, Span range, std::vector<Token>& tokens) {
  if (range.empty()) return Status::Ok();
  if (range.size() >= static_cast<std::uint32_t>(std::numeric_limits<std::int32_t>::max())) {
    return Status::TooLarge("text of " + std::to_string(range.size()) + " bytes to tokenise");
  }
  UErrorCode status = U_ZERO_ERROR;
  utext_openUTF8(&utext_, text.data() + range.start, range.size(), &status);
  iterator_->setText(&utext_, status);
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU word iterator: ") + u_errorName(status),
                            Location{"", -1, static_cast<std::int64_t>(range.start)});
  }
  const std::string_view s = text.substr(range.start, range.size());

  // 1. ICU's pieces, white space dropped, each with a kind.
  pieces_.clear();
  std::int32_t prev = iterator_->first();
  for (std::int32_t b = iterator_->next(); b != icu::BreakIterator::DONE;
       prev = b, b = iterator_->next()) {
    const std::int32_t rule = iterator_->getRuleStatus();
    Piece p{static_cast<std::uint32_t>(prev), static_cast<std::uint32_t>(b), TokenKind::kOther};
    if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT) {
      p.kind = TokenKind::kNumber;
    } else if (rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_IDEO_LIMIT) {
      p.kind = TokenKind::kWord;
    } else if (!KindOfOther(s, p.start, &p.kind)) {
      continue;
    }
    pieces_.push_back(p);
  }

  // 2. Repairs, left to right.
  const std::size_t n = pieces_.size();
  auto emit = [&](std::size_t start, std::size_t end, TokenKind kind) {
    tokens.push_back({Span{range.start + static_cast<std::uint32_t>(start),
                           range.start + static_cast<std::uint32_t>(end)},
                      kind});
  };
  auto adjacent = [&](std::size_t i) {  // piece i+1 exists and touches piece i
    return i + 1 < n && pieces_[i + 1].start == pieces_[i].end;
  };
  auto text_of = [&](std::size_t i) {
    return s.substr(pieces_[i].start, pieces_[i].end - pieces_[i].start);
  };

  // E-mail addresses need an "@"; without one only "http..." and "www." are tried.
  const bool has_at = s.find('@') != std::string_view::npos;
  for (std::size_t i = 0; i < n; ++i) {
    Piece p = pieces_[i];

    // URLs and e-mail addresses, where a chunk of text starts.
    const bool chunk_start = p.start == 0 || [&] {
      std::size_t before;
      const std::int32_t c = CodePointBefore(s, p.start, &before);
      return IsWhiteSpace(c) || IsOpening(c);
    }();
    const char c0 = s[p.start];
    if (chunk_start && p.kind == TokenKind::kWord &&
        (has_at || c0 == 'h' || c0 == 'H' || c0 == 'w' || c0 == 'W')) {
      const std::size_t url_end = MatchUrlOrEmail(s, p.start, s.size());
      if (url_end > p.start) {
        emit(p.start, url_end, TokenKind::kOther);
        while (i + 1 < n && pieces_[i + 1].end <= url_end) ++i;
        if (i + 1 < n && pieces_[i + 1].start < url_end) pieces_[i + 1].start = url_end;
        continue;
      }
    }

    if (p.kind == TokenKind::kWord) {
      // "5.2bn" -> "5.2" "bn"
      std::size_t next;
      if (IsDigit(CodePointAt(s, p.start, &next))) {
        std::size_t k = p.start;
        while (k < p.end && ((s[k] >= '0' && s[k] <= '9') || s[k] == '.' || s[k] == ',')) ++k;
        const std::string_view suffix = s.substr(k, p.end - k);
        bool lower = !suffix.empty() && s[k - 1] >= '0' && s[k - 1] <= '9';
        for (char c : suffix) lower = lower && c >= 'a' && c <= 'z';
        if (lower && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th" &&
            suffix != "s") {
          emit(p.start, k, TokenKind::kNumber);
          p.start = static_cast<std::uint32_t>(k);
        }
      } else {
        // "e" "-" "mail" -> "e-mail" after a bound prefix (letters on both sides);
        // UD splits other compounds: "year" "-" "old".
        while (IsBoundPrefix(s.substr(p.start, p.end - p.start)) && adjacent(i) &&
               adjacent(i + 1) && IsHyphen(text_of(i + 1)) &&
               pieces_[i + 2].kind == TokenKind::kWord &&
               !IsDigit(CodePointAt(s, pieces_[i + 2].start, &next))) {
          p.end = pieces_[i + 2].end;
          i += 2;
        }
      }
      // "U.S" "." -> "U.S."
      if (adjacent(i) && text_of(i + 1) == "." &&
          (pieces_[i + 1].end >= s.size() || s[pieces_[i + 1].end] != '.')) {
        const std::string_view word = s.substr(p.start, p.end - p.start);
        bool attach = IsDottedAbbreviation(word) || IsTitleAbbreviation(word) ||
                      (IsKnownAbbreviation(word) && !IsNumberAbbreviation(word));
        if (!attach && IsNumberAbbreviation(word)) {
          const std::size_t after = TrimStart(s, pieces_[i + 1].end, s.size());
          attach = after < s.size() && IsDigit(CodePointAt(s, after, &next));
        }
        if (attach) {
          p.end = pieces_[i + 1].end;
          ++i;
        }
      }
      // "don't" -> "do" "n't", "Minister's" -> "Minister" "'s" (UD words)
      if (const std::size_t split = ContractionSplit(s.substr(p.start, p.end - p.start));
          split > 0) {
        emit(p.start, p.start + split, p.kind);
        p.start += static_cast<std::uint32_t>(split);
      }
      emit(p.start, p.end, p.kind);
      continue;
    }

    if (p.kind == TokenKind::kPunct || p.kind == TokenKind::kSymbol) {
      // "." "." "." -> "..."
      const std::string_view mark = text_of(i);
      while (adjacent(i) && text_of(i + 1) == mark) {
        p.end = pieces_[i + 1].end;
        ++i;
      }
    }
    emit(p.start, p.end, p.kind);
  }
  return Status::Ok();
}

}  // namespace crosscheck::text
