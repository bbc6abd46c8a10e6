double table[100];
static int count;

void setup(int lo, int n) {
#pragma torc broadcast(count, table[lo:n])
}

