/* A header whose inline function holds a directive torcc cannot rewrite. */
static inline void header_wait(void) {
  int x = 0;
#pragma torc wait
  (void)x;
}
