void work(int i);

void caller(int i) {
#pragma torc task node(i % 2)
  work(i);
#pragma torc task worker(3)
  work(i);
}

