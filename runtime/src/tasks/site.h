/*
 * site.h: naming a spawn site in a message.
 *
 * The primary task has no site, and a site may lack its file name;
 * messages then say "<unknown>", line 0.
 */
#ifndef TORC_SITE_H
#define TORC_SITE_H

#include "torc_abi.h"

/* A site's file and line for a message, when the site may be NULL. */
static inline const char *torc__site_file(const torc_abi_site *s) {
  return s != NULL && s->file != NULL ? s->file : "<unknown>";
}
static inline unsigned torc__site_line(const torc_abi_site *s) {
  return s != NULL ? s->line : 0;
}

#endif /* TORC_SITE_H */
