/* config.c: parsing and validation of the TORC_* environment variables. */
#include "core/config.h"

#include <stdio.h>
#include <string.h>

/*
 * Parses a whole decimal number in [lo, hi]. Only digits are accepted (no
 * sign, spaces or suffix), so a typo is reported rather than half-read.
 */
static int parse_int(const char *s, int lo, int hi, int *out) {
  long v = 0;
  if (*s == '\0')
    return -1;
  for (const char *p = s; *p; p++) {
    if (*p < '0' || *p > '9')
      return -1;
    v = v * 10 + (*p - '0');
    if (v > hi)
      return -1;
  }
  if (v < lo)
    return -1;
  *out = (int)v;
  return 0;
}

static int read_flag(torc__config_lookup lookup, const char *name, int dflt,
                     int *out, char *err, size_t err_size) {
  const char *s = lookup(name);
  *out = dflt;
  if (s == NULL)
    return 0;
  if (parse_int(s, 0, 1, out) == 0)
    return 0;
  snprintf(err, err_size, "%s='%s' is not 0 or 1", name, s);
  return -1;
}

static int read_bind(torc__config_lookup lookup, enum torc__affinity_bind *out,
                     char *err, size_t err_size) {
  const char *s = lookup("TORC_BIND");
  *out = TORC__BIND_CORES;
  if (s == NULL || strcmp(s, "cores") == 0)
    return 0;
  if (strcmp(s, "none") == 0) {
    *out = TORC__BIND_NONE;
    return 0;
  }
  snprintf(err, err_size, "TORC_BIND='%s' is not cores or none", s);
  return -1;
}

int torc__config_read(torc__config_lookup lookup, struct torc__config *cfg,
                      char *err, size_t err_size) {
  const char *w = lookup("TORC_WORKERS");
  cfg->workers = 0;
  if (w != NULL && parse_int(w, 1, TORC__MAX_WORKERS, &cfg->workers) != 0) {
    snprintf(err, err_size,
             "TORC_WORKERS='%s' is not a whole number between 1 and %d", w,
             TORC__MAX_WORKERS);
    return -1;
  }
  if (read_flag(lookup, "TORC_STEALING", 1, &cfg->stealing, err, err_size))
    return -1;
  if (read_flag(lookup, "TORC_STATS", 0, &cfg->stats, err, err_size))
    return -1;
  if (read_flag(lookup, "TORC_PROGRESS", 0, &cfg->progress, err, err_size))
    return -1;
  if (read_bind(lookup, &cfg->bind, err, err_size))
    return -1;
  /* The file itself is opened by the life cycle, on node 0 only; an empty
   * value names no file at all, on any node. */
  cfg->trace = lookup("TORC_TRACE");
  if (cfg->trace != NULL && cfg->trace[0] == '\0') {
    snprintf(err, err_size, "TORC_TRACE is empty; set it to the path of the "
             "trace file to write");
    return -1;
  }
  /* The journal is opened by the life cycle, on every node. */
  cfg->checkpoint = lookup("TORC_CHECKPOINT");
  if (cfg->checkpoint != NULL && cfg->checkpoint[0] == '\0') {
    snprintf(err, err_size, "TORC_CHECKPOINT is empty; set it to the "
             "directory that holds the run's journal");
    return -1;
  }
  return 0;
}

int torc__config_thread_level(torc__config_lookup lookup, int *level,
                              char *err, size_t err_size) {
  static const char *const names[] = {"single", "funneled", "serialized",
                                      "multiple"};
  const char *s = lookup("TORC_MPI_THREAD_LEVEL");
  *level = 3;
  if (s == NULL)
    return 0;
  for (int i = 0; i < 4; i++)
    if (strcmp(s, names[i]) == 0) {
      *level = i;
      return 0;
    }
  snprintf(err, err_size, "TORC_MPI_THREAD_LEVEL='%s' is not single, "
           "funneled, serialized or multiple", s);
  return -1;
}

int torc__config_start_timeout(torc__config_lookup lookup, int *seconds,
                               char *err, size_t err_size) {
  const char *s = lookup("TORC_START_TIMEOUT");
  *seconds = TORC__START_TIMEOUT_DEFAULT;
  if (s == NULL || parse_int(s, 1, 86400, seconds) == 0)
    return 0;
  snprintf(err, err_size,
           "TORC_START_TIMEOUT='%s' is not a whole number of seconds between "
           "1 and 86400", s);
  return -1;
}
