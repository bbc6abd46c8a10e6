//===- PragmaParser.h - directive tokens to directive records -------------===//

#ifndef TORCC_PRAGMAPARSER_H
#define TORCC_PRAGMAPARSER_H

#include "Diagnostics.h"
#include "Directive.h"

#include <optional>

namespace torcc {

/// Parses the tokens of one `#pragma torc` into a Directive. Reports every
/// malformed, unknown or unsupported part at its location and returns
/// nothing then; it never guesses at what a bad directive meant.
std::optional<Directive> parseDirective(const RawDirective &Raw,
                                        Diagnostics &Diags);

} // namespace torcc

#endif
