// Quantities: percentages, money, counts of things and measures, read from the
// tokens of an analysed Document into Document::quantities.
//
//   kind     value                       unit                        counts
//   percent  95 ("95%", "27.5 percent")   "%"                         ""
//   money    4e6 ("4m pounds")            ISO 4217: USD EUR GBP JPY   ""
//            5.2e9 ("$5.2 billion")       CHF CAD AUD INR CNY SEK RUB
//   count    1200 ("1,200 people")        ""                          "people" (the counted noun
//                                                                     as written)
//   measure  110 ("110km/h")              mi km m cm mm ft in kg lb   ""
//                                         t mph km/h gal l barrels
//                                         deg ha acres points
//
// The span covers the number with its currency, scale and unit ("$5.2 billion",
// "4m pounds", "26.2 miles", "95%"); for a count, the number alone ("1,200").
// Modifiers are kept apart in Quantity::modifier ("more than", "about", "at
// least", "up to", ...) and are not in the span; a range ("between 5 and 10
// percent", "5-10%", "$5m to $8m") is one quantity with value = the low end and
// Quantity::high = the high end.
//
// Not quantities: years, dates, clock times and durations (the timex stage reads
// them), ordinals ("5,626th"), identifiers ("COVID-19", "No. 3", "Building 7"),
// vote tallies and scores ("359-64"), "one", and bare numbers whose noun is not
// stated ("nine of the 10").
//
// Thread safety: pure function of the Document. Failure: none; text it cannot
// read adds nothing.
#ifndef CROSSCHECK_EXTRACT_QUANTITY_RECOGNIZER_H_
#define CROSSCHECK_EXTRACT_QUANTITY_RECOGNIZER_H_

#include <memory>
#include <vector>

#include "crosscheck/document.h"
#include "crosscheck/extract.h"

namespace crosscheck::extract {

// The quantities of `document` (analysed and tagged), in text order.
std::vector<Quantity> RecognizeQuantities(const Document& document);

// The pipeline stage "quantities": replaces Document::quantities with
// RecognizeQuantities.
std::unique_ptr<DocumentStage> MakeQuantityStage();

}  // namespace crosscheck::extract

#endif  // CROSSCHECK_EXTRACT_QUANTITY_RECOGNIZER_H_
