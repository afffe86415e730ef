#include "text/lexicon.h"

#include <string_view>
#include <unordered_set>

namespace crosscheck::text {
namespace {

using WordSet = std::unordered_set<std::string_view>;

const WordSet& Titles() {
  static const WordSet* const kSet =
      new WordSet{"Mr",   "Mrs", "Ms",   "Mx",   "Dr",     "Prof", "Gov",  "Sen",  "Rep",  "Gen",
                  "Lt",   "St",  "Sgt",  "Col",  "Capt",   "Cpl",  "Maj",  "Adm",  "Cmdr", "Brig",
                  "Rev",  "Hon", "Pres", "Supt", "Insp",   "Det",  "Fr",   "Msgr", "Amb",  "Atty",
                  "Gens", "Drs", "Sens", "Reps", "Messrs", "Mme",  "Mlle", "Sr",   "Sra",  "Srta"};
  return *kSet;
}

const WordSet& NumberAbbreviations() {
  static const WordSet* const kSet = new WordSet{
      "No",  "Nos", "no",  "nos", "Vol",  "vol",  "Art", "art", "Fig", "fig", "p",   "pp",
      "Ch",  "ch",  "Sec", "sec", "Para", "para", "Ed",  "ed",  "Jan", "Feb", "Mar", "Apr",
      "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",  "Nov", "Dec", "Rte", "Hwy"};
  return *kSet;
}

const WordSet& OtherAbbreviations() {
  static const WordSet* const kSet =
      new WordSet{"Inc", "Corp", "Co", "Ltd",   "Jr",   "Bros",  "Plc", "Cie",  "Mt",   "Ft",
                  "Ave", "Blvd", "Rd", "Dept",  "Univ", "Assn",  "Est", "etc",  "vs",   "approx",
                  "est", "cf",   "al", "Gov't", "govt", "Calif", "Fla", "Mass", "Wash", "Penn"};
  return *kSet;
}

const WordSet& Starters() {
  static const WordSet* const kSet = new WordSet{
      "The",      "A",       "An",     "He",      "She",       "It",        "They",      "We",
      "I",        "You",     "This",   "That",    "These",     "Those",     "There",     "Here",
      "But",      "And",     "Or",     "So",      "Yet",       "However",   "Meanwhile", "Still",
      "In",       "On",      "At",     "For",     "From",      "With",      "After",     "Before",
      "When",     "While",   "If",     "As",      "His",       "Her",       "Its",       "Their",
      "Our",      "My",      "Your",   "Some",    "Many",      "Most",      "Both",      "Each",
      "Every",    "Not",     "What",   "Who",     "Why",       "How",       "Where",     "Last",
      "Next",     "Then",    "Now",    "Today",   "Yesterday", "Officials", "Critics",   "Since",
      "Although", "Despite", "During", "Under",   "Over",      "By",        "To",        "Such",
      "Other",    "Another", "All",    "Several", "Few",       "More",      "One",       "Two"};
  return *kSet;
}

bool IsAsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

}  // namespace

bool IsTitleAbbreviation(std::string_view word) { return Titles().contains(word); }

bool IsNumberAbbreviation(std::string_view word) { return NumberAbbreviations().contains(word); }

bool IsKnownAbbreviation(std::string_view word) {
  return Titles().contains(word) || NumberAbbreviations().contains(word) ||
         OtherAbbreviations().contains(word);
}

bool IsDottedAbbreviation(std::string_view word) {
  // letter ( '.' letter )*
  if (word.empty() || word.size() % 2 == 0) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (i % 2 == 0 ? !IsAsciiLetter(word[i]) : word[i] != '.') return false;
  }
  return true;
}

bool IsSentenceStarter(std::string_view word) { return Starters().contains(word); }

}  // namespace crosscheck::text
