//===- Redeclaration.h - one function annotated on several declarations --===//

#ifndef TORCC_REDECLARATION_H
#define TORCC_REDECLARATION_H

#include "Binder.h"
#include "Diagnostics.h"

namespace torcc {

/// Checks that \p Later, a file-scope `task` directive on a declaration of
/// a function that \p Earlier already annotates, says the same of every
/// parameter. A repeated annotation, as in a header and again on the
/// definition, is fine; a different one is reported at \p Later with a
/// note at \p Earlier, since either choice would silently drop the other.
/// Returns whether they agree.
bool checkRedeclaration(const DeclDirective &Earlier,
                        const DeclDirective &Later, Diagnostics &Diags);

} // namespace torcc

#endif
