/* Parsing of the TORC_* environment variables, good and bad values. */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "core/config.h"

static const char *workers, *stealing, *stats, *trace, *level, *bind;

static const char *lookup(const char *name) {
  if (strcmp(name, "TORC_WORKERS") == 0)
    return workers;
  if (strcmp(name, "TORC_STEALING") == 0)
    return stealing;
  if (strcmp(name, "TORC_STATS") == 0)
    return stats;
  if (strcmp(name, "TORC_TRACE") == 0)
    return trace;
  if (strcmp(name, "TORC_MPI_THREAD_LEVEL") == 0)
    return level;
  if (strcmp(name, "TORC_BIND") == 0)
    return bind;
  return NULL;
}

static int parse(const char *w, const char *st, const char *s,
                 struct torc__config *cfg, char *err) {
  workers = w;
  stealing = st;
  stats = s;
  err[0] = '\0';
  return torc__config_read(lookup, cfg, err, 256);
}

int main(void) {
  struct torc__config cfg;
  char err[256];

  CHECK(parse(NULL, NULL, NULL, &cfg, err) == 0);
  CHECK(cfg.workers == 0 && cfg.stealing == 1 && cfg.stats == 0);
  CHECK(parse("1", "0", "1", &cfg, err) == 0);
  CHECK(cfg.workers == 1 && cfg.stealing == 0 && cfg.stats == 1);
  CHECK(parse("4096", "1", "0", &cfg, err) == 0);
  CHECK(cfg.workers == 4096 && cfg.stealing == 1 && cfg.stats == 0);
  CHECK(parse("007", NULL, NULL, &cfg, err) == 0 && cfg.workers == 7);

  const char *bad_workers[] = {"0", "abc", "", "-1", "4097", "2x", " 2",
                               "99999999999999999999", "1.5"};
  for (size_t i = 0; i < sizeof bad_workers / sizeof *bad_workers; i++) {
    CHECK(parse(bad_workers[i], NULL, NULL, &cfg, err) == -1);
    char want[128];
    snprintf(want, sizeof want,
             "TORC_WORKERS='%s' is not a whole number between 1 and 4096",
             bad_workers[i]);
    CHECK(strcmp(err, want) == 0);
  }
  CHECK(parse("2", "2", NULL, &cfg, err) == -1);
  CHECK(strcmp(err, "TORC_STEALING='2' is not 0 or 1") == 0);
  CHECK(parse("2", "1", "yes", &cfg, err) == -1);
  CHECK(strcmp(err, "TORC_STATS='yes' is not 0 or 1") == 0);

  /* TORC_BIND: cores unless it says none; nothing else. */
  CHECK(parse(NULL, NULL, NULL, &cfg, err) == 0 &&
        cfg.bind == TORC__BIND_CORES);
  bind = "none";
  CHECK(parse(NULL, NULL, NULL, &cfg, err) == 0 && cfg.bind == TORC__BIND_NONE);
  bind = "cores";
  CHECK(parse(NULL, NULL, NULL, &cfg, err) == 0 &&
        cfg.bind == TORC__BIND_CORES);
  const char *bad_binds[] = {"", "Cores", "core", "none ", "0"};
  for (size_t i = 0; i < sizeof bad_binds / sizeof *bad_binds; i++) {
    bind = bad_binds[i];
    CHECK(parse(NULL, NULL, NULL, &cfg, err) == -1);
    char want[128];
    snprintf(want, sizeof want, "TORC_BIND='%s' is not cores or none",
             bad_binds[i]);
    CHECK(strcmp(err, want) == 0);
  }
  bind = NULL;

  /* TORC_TRACE names a file (opened later, by the life cycle); empty names
   * none. */
  CHECK(parse("2", NULL, NULL, &cfg, err) == 0 && cfg.trace == NULL);
  trace = "run.json";
  CHECK(parse("2", NULL, NULL, &cfg, err) == 0);
  CHECK(cfg.trace != NULL && strcmp(cfg.trace, "run.json") == 0);
  trace = "";
  CHECK(parse("2", NULL, NULL, &cfg, err) == -1);
  CHECK(strcmp(err, "TORC_TRACE is empty; set it to the path of the trace "
                    "file to write") == 0);
  trace = NULL;

  /* The requested MPI thread level: multiple unless a name says less. */
  int lv = -1;
  CHECK(torc__config_thread_level(lookup, &lv, err, 256) == 0 && lv == 3);
  const char *levels[] = {"single", "funneled", "serialized", "multiple"};
  for (int i = 0; i < 4; i++) {
    level = levels[i];
    CHECK(torc__config_thread_level(lookup, &lv, err, 256) == 0 && lv == i);
  }
  level = "MULTIPLE";
  CHECK(torc__config_thread_level(lookup, &lv, err, 256) == -1);
  CHECK(strcmp(err, "TORC_MPI_THREAD_LEVEL='MULTIPLE' is not single, "
                    "funneled, serialized or multiple") == 0);
  level = NULL;
  printf("config: ok\n");
  return 0;
}
