/* sections.c: the sizes of the sections a spawn names, checked there. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "support/fatal.h"
#include "tasks/tasks.h"
#include "torc_abi.h"

TORC_API torc_abi_u64 torc_abi_string_bytes(const char *s) {
  return s == NULL ? 0 : (torc_abi_u64)strlen(s) + 1;
}

TORC_API torc_abi_u64 torc_abi_section_bytes(torc_abi_i64 count,
                                             torc_abi_u64 element_size,
                                             const char *section,
                                             const torc_abi_task *task,
                                             const torc_abi_site *site) {
  /* An object cannot be larger than PTRDIFF_MAX bytes. */
  int too_large =
      element_size != 0 && count > 0 &&
      (torc_abi_u64)count > (torc_abi_u64)PTRDIFF_MAX / element_size;
  if (count >= 0 && !too_large)
    return (torc_abi_u64)count * element_size;
  /* Stopped here, where the spawn and its clause are known: wrapped into a
   * huge size, the section would fail later, on whichever node tried to
   * allocate it, naming nothing the user wrote. */
  char who[160];
  if (task != NULL)
    snprintf(who, sizeof who, "task '%s'", task->name);
  else
    snprintf(who, sizeof who, "broadcast");
  const char *where = task != NULL ? "torc task" : "torc broadcast";
  const char *file = torc__site_file(site);
  unsigned line = torc__site_line(site);
  if (count < 0)
    torc__fatal(where, "%s:%u: %s: section '%s' has a negative length, %lld",
                file, line, who, section, (long long)count);
  torc__fatal(where, "%s:%u: %s: section '%s' has %lld elements of %llu "
              "bytes, more than any object can hold", file, line, who, section,
              (long long)count, (unsigned long long)element_size);
}
