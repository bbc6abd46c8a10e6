/* Includes a header by a quoted path relative to this file. */
#include "helper.h"

void caller(int *r) {
#pragma torc task
  *r = helper(HELPER_VALUE);
}
