#define TORC_WAIT _Pragma("torc wait")

void work(int i);

void caller(void) {
  _Pragma("torc task") work(1);
  TORC_WAIT
}

