/* Message records: TASK, RESULT, SITE and value records survive a round
 * trip, with inline and bulk sections, NULL bases and empty sections. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "network/msg.h"

#define THRESHOLD 64

static void task_round_trip(struct torc__msg_buf *b, unsigned char *big) {
  struct { int n; double f; } args = {42, 2.5};
  unsigned char small[10];
  for (int i = 0; i < 10; i++)
    small[i] = (unsigned char)(i * 3);
  struct torc__msg_wire_task t = {3, 1, 0xdeadbeefcafeull, 7, 0, 4, 5, sizeof args,
                              &args};
  struct torc__msg_wire_buf bufs[4] = {
      {8, sizeof small, 1 /* in */, 0, small},
      {0, 1000, 2 /* out */, 0, big},
      {16, 1000, 3 /* inout */, 0, big},
      {0, 0, 1, 1 /* NULL */, NULL}};
  torc__msg_put_task(b, 1 /* TASK */, &t, bufs, THRESHOLD);
  CHECK(!(bufs[0].flags & (1u << 1)));  /* small: inline */
  CHECK(!(bufs[1].flags & (1u << 2)));  /* out: carries no data */
  CHECK(bufs[2].flags & (1u << 1));     /* large inout: bulk */
}

static void check_task(struct torc__msg_reader *body) {
  struct torc__msg_wire_task t;
  torc__msg_get_task(body, &t);
  CHECK(t.origin_node == 3 && t.worker == 1 && t.handle == 0xdeadbeefcafeull);
  CHECK(t.task_id == 7 && t.num_buffers == 4 && t.args_size == 16);
  CHECK(t.site == 5);
  int n;
  double f;
  memcpy(&n, t.args, sizeof n);
  memcpy(&f, (const char *)t.args + 8, sizeof f);
  CHECK(n == 42 && f == 2.5);
  struct torc__msg_wire_buf w;
  torc__msg_get_buf(body, &w);
  CHECK(w.offset == 8 && w.bytes == 10 && w.direction == 1 && w.data);
  for (int i = 0; i < 10; i++)
    CHECK(((const unsigned char *)w.data)[i] == i * 3);
  torc__msg_get_buf(body, &w);
  CHECK(w.bytes == 1000 && w.direction == 2 && w.data == NULL);
  torc__msg_get_buf(body, &w);
  CHECK(w.offset == 16 && (w.flags & TORC__W_BULK) && w.data == NULL);
  torc__msg_get_buf(body, &w);
  CHECK((w.flags & TORC__W_NULL) && w.bytes == 0);
  CHECK(body->p == body->end);
}

int main(void) {
  struct torc__msg_buf b;
  unsigned char big[1000];
  for (int i = 0; i < 1000; i++)
    big[i] = (unsigned char)i;
  torc__msg_buf_init(&b);
  task_round_trip(&b, big);

  long result = -123456789L;
  struct torc__msg_wire_buf outs[2] = {{0, 5, 2, 0, "hello"}, {0, 1000, 3, 0, big}};
  torc__msg_put_result(&b, 99, &result, sizeof result, 2, outs, THRESHOLD);
  CHECK(!(outs[0].flags & TORC__W_BULK) && (outs[1].flags & TORC__W_BULK));
  torc__msg_put_site(&b, 5, "dir/prog.c", 12);
  torc__msg_put_value(&b, TORC__REC_SHUTDOWN, (uint64_t)(int64_t)-3);

  size_t len;
  unsigned char *bytes = torc__msg_buf_take(&b, &len);
  CHECK(len % 8 == 0);
  struct torc__msg_reader frame = {bytes, bytes + len, 0}, body;
  uint32_t kind;
  CHECK(torc__msg_next(&frame, &kind, &body) && kind == TORC__REC_TASK);
  check_task(&body);

  CHECK(torc__msg_next(&frame, &kind, &body) && kind == TORC__REC_RESULT);
  uint64_t handle, size;
  const void *value;
  uint32_t nout;
  torc__msg_get_result(&body, &handle, &value, &size, &nout);
  CHECK(handle == 99 && size == sizeof result && nout == 2);
  CHECK(memcmp(value, &result, sizeof result) == 0);
  struct torc__msg_wire_buf w;
  torc__msg_get_buf(&body, &w);
  CHECK(w.bytes == 5 && memcmp(w.data, "hello", 5) == 0);
  torc__msg_get_buf(&body, &w);
  CHECK(w.bytes == 1000 && (w.flags & TORC__W_BULK) && w.data == NULL);

  CHECK(torc__msg_next(&frame, &kind, &body) && kind == TORC__REC_SITE);
  uint32_t site_id, line;
  const char *file;
  torc__msg_get_site(&body, &site_id, &file, &line);
  CHECK(site_id == 5 && line == 12 && strcmp(file, "dir/prog.c") == 0);
  CHECK(body.p == body.end);

  CHECK(torc__msg_next(&frame, &kind, &body) && kind == TORC__REC_SHUTDOWN);
  CHECK((int64_t)torc__msg_get_value(&body) == -3);
  CHECK(!torc__msg_next(&frame, &kind, &body));
  free(bytes);
  printf("msg: ok\n");
  return 0;
}
