// HTML cues: what a tag name, a class or an id says about an element.
//
// TagRoleOf sorts tags into those whose subtree holds no readable text
// (skipped: script, style, svg, iframe, media, form controls, <head>), inline
// tags (no block boundary), <br>, and block-level tags (everything else,
// unknown and custom elements included). <button> and <noscript> are blocks,
// not skipped: libxml2 nests the rest of the page inside an unclosed button,
// and noscript boxes often hold the article for readers without scripts.
//
// ElementFlags reads the tag and the class, id, role and itemprop attributes:
//   negative tags   nav aside footer header menu dialog figcaption
//   article tags    article main, role="main", itemprop="articleBody"
//   forms           form (a weak mark: furniture unless it holds prose)
//   negative cues   class/id words for site furniture, in any language the
//                   web's markup uses (it is English by convention): comment,
//                   share, social, related, recommend, promo, cookie/consent,
//                   footer, sidebar, widget, advert/ad, banner, breadcrumb,
//                   newsletter, subscribe, popup/modal, caption/credit,
//                   byline/author, tags, meta/date, pagination, teaser,
//                   read-more, login, masthead, toolbar, sponsor, nav/menu ...
//   positive cues   article-body, entry-content, post-content, story-body,
//                   itemprop=articleBody ...
// Class names are split into words at any character that is not a letter or
// digit ("c-share-bar" -> c, share, bar) and matched as words, so "ad" does
// not match "header" or "download".
//
// Thread safety: pure functions.
#ifndef CROSSCHECK_INGEST_HTML_HTML_CUES_H_
#define CROSSCHECK_INGEST_HTML_HTML_CUES_H_

#include <libxml/tree.h>

#include <cstdint>
#include <string_view>

namespace crosscheck {

enum class TagRole : std::uint8_t { kSkip, kInline, kBreak, kBlock };

TagRole TagRoleOf(std::string_view tag);

// Element flags (ElementFlag in html_blocks.h) for an element with tag `tag`.
std::uint16_t ElementFlags(const xmlNode* node, std::string_view tag);

// True when the element is hidden from readers by an inline style
// (display:none, visibility:hidden). The `hidden` attribute is not taken:
// server-rendered pages stream their article into <div hidden> boxes that a
// script reveals.
bool IsHidden(const xmlNode* node);

// The class/id words' verdict on their own: -2 furniture (strong mark), -1
// weak furniture mark, +1 article body, 0 neither (exposed for tests).
int ClassCue(std::string_view class_and_id);

}  // namespace crosscheck

#endif  // CROSSCHECK_INGEST_HTML_HTML_CUES_H_
