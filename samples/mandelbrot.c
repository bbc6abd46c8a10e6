/*
 * mandelbrot: draws the Mandelbrot set as a grey-scale image, one task per
 * few rows. `parallel for` turns the loop over rows into tasks; each row
 * task writes only its own row, which out(row[0:width]) brings back into
 * the image on node 0. The image is written as a binary PGM file that any
 * image viewer opens, and stdout gets a checksum of its pixels, which is the
 * same in every configuration and in the plain sequential build.
 *
 *   torcc -O2 mandelbrot.c -o mandelbrot
 *   TORC_WORKERS=2 mpirun -np 2 ./mandelbrot mandelbrot.pgm 1600 1200
 *
 * Arguments: the output file (default mandelbrot.pgm), the width (default
 * 800) and height (default 600) in pixels, and the iteration limit
 * (default 500).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* The part of the complex plane shown. */
static const double X_MIN = -2.2, X_MAX = 1.0, Y_MIN = -1.2, Y_MAX = 1.2;

/* Renders row y of a width x height picture: black inside the set and far
 * from it, brighter the longer a point takes to escape, which lights up the
 * set's edge. */
#pragma torc task out(row[0:width])
void render_row(int y, int width, int height, int max_iter,
                unsigned char *row) {
  double ci = Y_MAX - (Y_MAX - Y_MIN) * (y + 0.5) / height;
  for (int x = 0; x < width; x++) {
    double cr = X_MIN + (X_MAX - X_MIN) * (x + 0.5) / width;
    double zr = 0.0, zi = 0.0;
    int n = 0;
    while (n < max_iter && zr * zr + zi * zi <= 4.0) {
      double t = zr * zr - zi * zi + cr;
      zi = 2.0 * zr * zi + ci;
      zr = t;
      n++;
    }
    row[x] = n == max_iter ? 0 : (unsigned char)(255 * n / (n + 16));
  }
}

/* FNV-1a: a short fingerprint of the pixels, to compare runs. */
static uint32_t checksum(const unsigned char *p, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ p[i]) * 16777619u;
  return h;
}

int main(int argc, char **argv) {
  const char *path = argc > 1 ? argv[1] : "mandelbrot.pgm";
  int width = argc > 2 ? atoi(argv[2]) : 800;
  int height = argc > 3 ? atoi(argv[3]) : 600;
  int max_iter = argc > 4 ? atoi(argv[4]) : 500;
  if (width < 1 || height < 1 || max_iter < 1) {
    fprintf(stderr, "usage: mandelbrot [file [width [height [limit]]]]\n");
    return 2;
  }
  unsigned char *image = malloc((size_t)width * height);

#pragma torc parallel for chunksize(4)
  for (int y = 0; y < height; y++)
    render_row(y, width, height, max_iter, &image[(size_t)y * width]);

  FILE *out = fopen(path, "wb");
  if (out == NULL) {
    perror(path);
    return 1;
  }
  fprintf(out, "P5\n%d %d\n255\n", width, height);
  fwrite(image, 1, (size_t)width * height, out);
  if (fclose(out) != 0) {
    perror(path);
    return 1;
  }
  size_t inside = 0;
  for (size_t i = 0; i < (size_t)width * height; i++)
    inside += image[i] == 0;
  printf("%dx%d pixels, %zu inside the set, checksum %08x\n", width, height,
         inside, (unsigned)checksum(image, (size_t)width * height));
  free(image);
  return 0;
}
