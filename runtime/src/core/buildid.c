/* buildid.c: what tells two builds of a program apart (buildid.h). */
#include "core/buildid.h"

#include <elf.h>
#include <link.h>
#include <stdio.h>
#include <string.h>

#include "support/hash.h"

struct found {
  uint64_t digest;
  int any;
};

/* The GNU build-id note among the notes of one PT_NOTE segment. */
static void scan_notes(const unsigned char *p, size_t size,
                       struct found *out) {
  const unsigned char *end = p + size;
  while (p + sizeof(ElfW(Nhdr)) <= end) {
    const ElfW(Nhdr) *note = (const ElfW(Nhdr) *)p;
    const unsigned char *name = p + sizeof *note;
    const unsigned char *desc = name + ((note->n_namesz + 3) & ~3u);
    const unsigned char *next = desc + ((note->n_descsz + 3) & ~3u);
    if (next > end)
      return;
    if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 &&
        memcmp(name, "GNU", 4) == 0) {
      out->digest = torc__hash(TORC__HASH_START, desc, note->n_descsz);
      out->any = 1;
      return;
    }
    p = next;
  }
}

/* The first object dl_iterate_phdr reports is the executable itself. */
static int scan_executable(struct dl_phdr_info *info, size_t size,
                           void *data) {
  (void)size;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    if (ph->p_type == PT_NOTE)
      scan_notes((const unsigned char *)(info->dlpi_addr + ph->p_vaddr),
                 ph->p_memsz, data);
  }
  return 1;
}

/* Without a build id (linked with --build-id=none): the file's bytes. */
static uint64_t digest_of_file(void) {
  FILE *f = fopen("/proc/self/exe", "rb");
  if (f == NULL)
    return 0;
  uint64_t h = TORC__HASH_START;
  unsigned char chunk[1 << 16];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    h = torc__hash(h, chunk, n);
  fclose(f);
  return h;
}

uint64_t torc__buildid(void) {
  struct found found = {0, 0};
  dl_iterate_phdr(scan_executable, &found);
  return found.any ? found.digest : digest_of_file();
}
