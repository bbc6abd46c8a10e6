void caller(void) {
  int x = 1;
  #pragma torc wait
  (void)x;
}

