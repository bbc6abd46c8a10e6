static int helper(int x) { return x + 1; }

void caller(int *r) {
#pragma torc task
  *r = helper(1);
}

