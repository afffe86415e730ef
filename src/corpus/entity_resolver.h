// One entity across articles: the in-article chains of many documents merged
// into canonical entities (DESIGN.md §1 Entity, §2 {"type":"entity"}).
//
//   EntityResolver resolver;
//   for (each stored document d) resolver.Add(d.id, ChainKeysOf(d));  // compact keys only
//   std::vector<Entity> entities = resolver.Finish();
//   resolver.FillMentions(document);        // Mention::entity of one document
//
// Keys: a chain is reduced to its type, best name and the distinct names its
// mentions use (NameWords: titles, "the" and 's dropped); pronouns and
// descriptions are not names. No text is kept, and every string is kept once
// (StringPool): a chain costs 24 bytes plus 4 per alias until Finish, 16
// after it, besides the distinct names, ids and document ids themselves.
//
// Merging (union-find over chains):
//   people       the same full name (two or more words, case aside); then a
//                full name whose first name agrees and whose surname is one
//                edit away (6+ letters: "Tobias Wennerhalm" ~ "Tobias
//                Wennerholm"), or the reverse (5+ letters: "Daniella Ferrer"
//                ~ "Daniela Ferrer", "Tomas Brandt" ~ "Thomas Brandt"); a chain named by a surname
//                alone joins the one person with that surname, and stays alone when there are
//                several (two people who share a surname are never merged)
//   others       (ORG, PLACE, EVENT, OTHER count as one kind, since the
//                tagger mixes them up; GROUP stands apart) the same name, or an
//                initialism whose letters are the initials of exactly one
//                multi-word name ("VPP" ~ "Velmark Progress Party"); a chain
//                holding both ("Green Estuary League (GEL)") joins them too
// An entity's name is its chains' most frequent best name (then the
// longest, then the first in byte order); its kind the most frequent type;
// its aliases every other name (sorted); its documents sorted by id. Ids
// "e1", "e2", ... follow the order of (kind, name, documents), so the same
// documents give the same entities whatever order they were added in.
//
// Renames the text states ("since renamed the Civic Alliance") arrive as one
// chain holding both names (resolve/chain_resolver.h), hence one entity.
// Thread safety: one resolver per thread. Failure: none.
#ifndef CROSSCHECK_CORPUS_ENTITY_RESOLVER_H_
#define CROSSCHECK_CORPUS_ENTITY_RESOLVER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/string_pool.h"
#include "crosscheck/document.h"

namespace crosscheck::corpus {

struct ChainKey {
  std::string chain;                 // in-document chain id ("c3")
  std::string type;                  // PERSON, ORG, ...
  std::string name;                  // best name, titles dropped
  std::vector<std::string> aliases;  // distinct names of its mentions (including name)
};

// The keys of a document's chains: from Document::chains when the resolve
// stage filled them, else rebuilt from the mentions' chain ids (a document
// read back from the store).
std::vector<ChainKey> ChainKeysOf(const Document& document);

// Entity (crosscheck/document.h): id, name, kind, aliases, documents.
using crosscheck::Entity;

class EntityResolver {
 public:
  void Add(const std::string& document_id, std::vector<ChainKey> keys);
  // Merges and numbers the entities; call once, after every Add.
  std::vector<Entity> Finish();
  // The entity id of (document, chain), "" if unknown (call after Finish).
  std::string EntityOf(const std::string& document_id, const std::string& chain) const;
  // A content key of the entity of (document, chain): its kind and its name
  // lower-cased into words ("PERSON\tanna lindqvist"), "" if unknown. Unlike
  // the id it names no document, so renaming or adding an unrelated document
  // never changes it (story vectors use it; call after Finish).
  std::string KeyOf(const std::string& document_id, const std::string& chain) const;
  // Sets Mention::entity (and Quote speakers' entity) of `document`'s mentions.
  void FillMentions(Document& document) const;

 private:
  // A chain's key, its strings numbered in strings_.
  struct Item {
    std::uint32_t document = 0, chain = 0, type = 0, name = 0;
    std::uint32_t aliases_begin = 0, aliases_end = 0;  // a range of alias_ids_
  };
  std::uint32_t Find(std::uint32_t i);
  void Union(std::uint32_t a, std::uint32_t b);
  // The entity index of (document, chain), or -1 (after Finish).
  std::int64_t IndexOf(std::string_view document_id, std::string_view chain) const;

  StringPool strings_;
  std::vector<Item> items_;               // released by Finish
  std::vector<std::uint32_t> alias_ids_;  // released by Finish
  std::vector<std::uint32_t> parent_;     // released by Finish
  // (document << 32 | chain) -> entity index, sorted by key (set by Finish).
  std::vector<std::pair<std::uint64_t, std::uint32_t>> entity_of_;
  std::vector<std::string> content_key_;  // entity index -> KeyOf
};

}  // namespace crosscheck::corpus

#endif  // CROSSCHECK_CORPUS_ENTITY_RESOLVER_H_
