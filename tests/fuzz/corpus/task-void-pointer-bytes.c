void checksum(const void *buf, unsigned long nbytes, unsigned *sum);

void caller(const char *data, unsigned *s) {
#pragma torc task in(buf[0:nbytes]) out(sum)
  checksum(data, 64, s);
}

