/* journal.c: the checkpoint journal on disk (journal.h). */
#include "checkpoint/journal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "checkpoint/digest.h"
#include "checkpoint/state.h"
#include "support/fatal.h"

static const char MAGIC[8] = {'T', 'O', 'R', 'C', 'J', 'R', 'N', 1};
enum { HEADER_BYTES = 24, RECORD_HEAD = 24, RECORD_TAIL = 8 };
/* Larger payloads are refused as corrupt rather than trusted. */
#define MAX_PAYLOAD (UINT32_MAX - RECORD_HEAD - RECORD_TAIL)
#define SYNC_INTERVAL_NS 50000000ll

struct torc__journal_slot {
  uint64_t key[2];
  const unsigned char *payload; /* NULL: an empty slot */
  uint32_t bytes;
};

static uint64_t check_of(const void *data, size_t n) {
  struct torc__digest d;
  uint64_t out[2];
  torc__digest_init(&d);
  torc__digest_add(&d, data, n);
  torc__digest_end(&d, out);
  return out[0];
}

static size_t slot_of(const uint64_t key[2]) {
  struct torc__journal_state *J = &torc__checkpoint->journal;
  return (size_t)(key[0] ^ (key[1] >> 7)) & (J->nslots - 1);
}

const void *torc__journal_find(const uint64_t key[2], uint32_t *bytes) {
  struct torc__journal_state *J = &torc__checkpoint->journal;
  if (J->nslots == 0)
    return NULL;
  for (size_t i = slot_of(key);; i = (i + 1) & (J->nslots - 1)) {
    const struct torc__journal_slot *s = &J->slots[i];
    if (s->payload == NULL)
      return NULL;
    if (s->key[0] == key[0] && s->key[1] == key[1]) {
      *bytes = s->bytes;
      return s->payload;
    }
  }
}

static int grow_index(void) {
  struct torc__journal_state *J = &torc__checkpoint->journal;
  size_t n = J->nslots ? 2 * J->nslots : 1024;
  struct torc__journal_slot *old = J->slots;
  size_t old_n = J->nslots;
  J->slots = calloc(n, sizeof *J->slots);
  if (J->slots == NULL)
    return -1;
  J->nslots = n;
  for (size_t i = 0; i < old_n; i++)
    if (old[i].payload != NULL) {
      size_t j = slot_of(old[i].key);
      while (J->slots[j].payload != NULL)
        j = (j + 1) & (n - 1);
      J->slots[j] = old[i];
    }
  free(old);
  return 0;
}

static int index_record(const uint64_t key[2], const unsigned char *payload,
                        uint32_t bytes) {
  struct torc__journal_state *J = &torc__checkpoint->journal;
  if (2 * (J->nrecords + 1) > J->nslots && grow_index() != 0)
    return -1;
  size_t i = slot_of(key);
  for (; J->slots[i].payload != NULL; i = (i + 1) & (J->nslots - 1))
    if (J->slots[i].key[0] == key[0] && J->slots[i].key[1] == key[1])
      return 0; /* the same task recorded twice: the first stands */
  J->slots[i] = (struct torc__journal_slot){{key[0], key[1]}, payload, bytes};
  J->nrecords++;
  return 0;
}

static int read_whole(int fd, unsigned char **out, size_t *size) {
  struct stat st;
  if (fstat(fd, &st) != 0)
    return -1;
  unsigned char *buf = malloc((size_t)st.st_size + 1);
  if (buf == NULL)
    return -1;
  size_t got = 0;
  while (got < (size_t)st.st_size) {
    ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      break; /* shorter than it was: another node is cutting its tail */
    got += (size_t)n;
  }
  *out = buf;
  *size = got;
  return 0;
}

/*
 * Reads the journal in `path` into the index. Sets *valid to the length
 * of its valid part (0 when not even its header is complete). Returns 0,
 * or -1 with `err` set when the file must not be used.
 */
static int load(const char *dir, const char *path, uint64_t build,
                size_t *valid, char *err, size_t err_size) {
  struct torc__journal_state *J = &torc__checkpoint->journal;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  unsigned char *buf = NULL;
  size_t size = 0;
  if (fd < 0 || read_whole(fd, &buf, &size) != 0) {
    snprintf(err, err_size, "TORC_CHECKPOINT=%s: cannot read %s: %s", dir,
             path, strerror(errno));
    if (fd >= 0)
      close(fd);
    return -1;
  }
  close(fd);
  *valid = 0;
  unsigned char **files = realloc(J->files, (J->nfiles + 1) * sizeof *files);
  if (files == NULL) {
    free(buf);
    snprintf(err, err_size, "out of memory reading %s", path);
    return -1;
  }
  J->files = files;
  J->files[J->nfiles++] = buf;
  if (size < HEADER_BYTES)
    return 0; /* a header cut short: the file was just being created */
  uint64_t written_by, check;
  memcpy(&written_by, buf + 8, 8);
  memcpy(&check, buf + 16, 8);
  if (memcmp(buf, MAGIC, 7) != 0 || check != check_of(buf, 16)) {
    snprintf(err, err_size, "TORC_CHECKPOINT=%s: %s is not a torc journal; "
             "use a directory of torc journals only", dir, path);
    return -1;
  }
  if (buf[7] != MAGIC[7] || written_by != build) {
    snprintf(err, err_size, "TORC_CHECKPOINT=%s: %s was written by a "
             "different build of this program, whose tasks may compute "
             "other results; remove it, or choose another directory", dir,
             path);
    return -1;
  }
  size_t at = HEADER_BYTES;
  while (size - at >= RECORD_HEAD + RECORD_TAIL) {
    uint32_t bytes, zero;
    uint64_t key[2];
    memcpy(&bytes, buf + at, 4);
    memcpy(&zero, buf + at + 4, 4);
    memcpy(key, buf + at + 8, 16);
    if (zero != 0 || bytes > size - at - RECORD_HEAD - RECORD_TAIL)
      break;
    size_t end = at + RECORD_HEAD + bytes;
    memcpy(&check, buf + end, 8);
    if (check != check_of(buf + at, end - at))
      break;
    if (index_record(key, buf + at + RECORD_HEAD, bytes) != 0) {
      snprintf(err, err_size, "out of memory reading %s", path);
      return -1;
    }
    at = end + RECORD_TAIL;
  }
  *valid = at;
  return 0;
}

static int journal_number(const char *name, int *node) {
  int n = -1, end = 0;
  if (sscanf(name, "node-%d.journal%n", &n, &end) != 1 || n < 0 ||
      name[end] != '\0')
    return -1;
  *node = n;
  return 0;
}

static int load_all(const char *dir, int node, uint64_t build,
                    size_t *own_valid, char *err, size_t err_size) {
  DIR *d = opendir(dir);
  if (d == NULL) {
    snprintf(err, err_size, "TORC_CHECKPOINT=%s: cannot read the directory: "
             "%s", dir, strerror(errno));
    return -1;
  }
  int status = 0;
  *own_valid = 0;
  for (struct dirent *e; status == 0 && (e = readdir(d)) != NULL;) {
    int n;
    if (journal_number(e->d_name, &n) != 0)
      continue;
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    size_t valid = 0;
    status = load(dir, path, build, &valid, err, err_size);
    if (n == node)
      *own_valid = valid;
  }
  closedir(d);
  return status;
}

static int write_all(int fd, const void *data, size_t n) {
  const unsigned char *p = data;
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR)
      continue;
    if (w <= 0)
      return -1;
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

/* Opens this node's journal for appending: its torn tail cut, or a new
 * file with its header. */
static int open_own(const char *dir, uint64_t build, size_t valid, char *err,
                    size_t err_size) {
  struct torc__journal_state *J = &torc__checkpoint->journal;
  J->fd = open(J->path, O_WRONLY | O_CREAT | O_CLOEXEC, 0666);
  if (J->fd < 0 || ftruncate(J->fd, (off_t)valid) != 0 ||
      lseek(J->fd, 0, SEEK_END) < 0)
    goto fail;
  if (valid == 0) {
    unsigned char header[HEADER_BYTES];
    memcpy(header, MAGIC, 8);
    memcpy(header + 8, &build, 8);
    uint64_t check = check_of(header, 16);
    memcpy(header + 16, &check, 8);
    if (write_all(J->fd, header, sizeof header) != 0 || fdatasync(J->fd) != 0)
      goto fail;
  }
  return 0;
fail:
  snprintf(err, err_size, "TORC_CHECKPOINT=%s: cannot write %s: %s", dir,
           J->path, strerror(errno));
  return -1;
}

int torc__journal_open(const char *dir, int node, uint64_t build, char *err,
                       size_t err_size) {
  struct torc__journal_state *J = &torc__checkpoint->journal;
  struct stat st;
  if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
    snprintf(err, err_size, "TORC_CHECKPOINT=%s: cannot create the "
             "directory: %s", dir, strerror(errno));
    return -1;
  }
  if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
    snprintf(err, err_size, "TORC_CHECKPOINT=%s: not a directory", dir);
    return -1;
  }
  if (build == 0) {
    snprintf(err, err_size, "TORC_CHECKPOINT=%s: this program's build "
             "cannot be identified (its executable cannot be read), so a "
             "journal of another build could not be told apart", dir);
    return -1;
  }
  if ((size_t)snprintf(J->path, sizeof J->path, "%s/node-%d.journal", dir,
                       node) >= sizeof J->path) {
    snprintf(err, err_size, "TORC_CHECKPOINT=%s: the path is too long", dir);
    return -1;
  }
  size_t valid = 0;
  if (load_all(dir, node, build, &valid, err, err_size) != 0 ||
      open_own(dir, build, valid, err, err_size) != 0) {
    char ignored[8];
    torc__journal_close(ignored, sizeof ignored);
    return -1;
  }
  clock_gettime(CLOCK_MONOTONIC, &J->last_sync);
  return 0;
}

void torc__journal_append(const uint64_t key[2], const struct iovec *parts,
                          int nparts) {
  struct torc__journal_state *J = &torc__checkpoint->journal;
  size_t bytes = 0;
  for (int i = 0; i < nparts; i++)
    bytes += parts[i].iov_len;
  if (bytes > MAX_PAYLOAD)
    torc__fatal("torc checkpoint", "a task's outputs take %zu bytes, more "
                "than a journal record holds (4 GiB)", bytes);
  /* The record is built whole, so that one write puts it in the file. */
  size_t total = RECORD_HEAD + bytes + RECORD_TAIL;
  unsigned char *rec = malloc(total);
  if (rec == NULL)
    torc__fatal("torc checkpoint", "out of memory recording a task");
  uint32_t n = (uint32_t)bytes, zero = 0;
  memcpy(rec, &n, 4);
  memcpy(rec + 4, &zero, 4);
  memcpy(rec + 8, key, 16);
  unsigned char *p = rec + RECORD_HEAD;
  for (int i = 0; i < nparts; i++) {
    if (parts[i].iov_len)
      memcpy(p, parts[i].iov_base, parts[i].iov_len);
    p += parts[i].iov_len;
  }
  uint64_t check = check_of(rec, RECORD_HEAD + bytes);
  memcpy(p, &check, 8);
  pthread_mutex_lock(&J->lock);
  int bad = write_all(J->fd, rec, total);
  int error = errno;
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  long long since = (now.tv_sec - J->last_sync.tv_sec) * 1000000000ll +
                    (now.tv_nsec - J->last_sync.tv_nsec);
  if (!bad && since >= SYNC_INTERVAL_NS) {
    bad = fdatasync(J->fd) != 0;
    error = errno;
    J->last_sync = now;
  }
  pthread_mutex_unlock(&J->lock);
  free(rec);
  if (bad)
    torc__fatal("torc checkpoint", "cannot write %s: %s", J->path,
                strerror(error));
}

int torc__journal_close(char *err, size_t err_size) {
  struct torc__journal_state *J = &torc__checkpoint->journal;
  int status = 0;
  if (J->fd >= 0) {
    if (fdatasync(J->fd) != 0 || close(J->fd) != 0) {
      snprintf(err, err_size, "cannot write %s: %s", J->path, strerror(errno));
      status = -1;
    }
  }
  for (int i = 0; i < J->nfiles; i++)
    free(J->files[i]);
  free(J->files);
  free(J->slots);
  return status;
}
