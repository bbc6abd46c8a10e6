#!/usr/bin/env python3
"""Writes an annotated C file of about LINES lines for B8: many task
functions with sections, and callers that spawn and wait for them."""
import sys

lines = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
out = ["#include <stdio.h>", ""]
block = 0
while len(out) < lines:
    out += [
        "#pragma torc task in(x[0:n]) out(y[0:n])",
        "void scale_%d(int n, double a, const double *x, double *y) {" % block,
        "  for (int i = 0; i < n; i++)",
        "    y[i] = a * x[i] + %d;" % block,
        "}",
        "",
        "double sum_%d(int n, const double *v) {" % block,
        "  double s = 0;",
        "  for (int i = 0; i < n; i++)",
        "    s += v[i];",
        "  return s;",
        "}",
        "",
        "double run_%d(double *x, double *y, int n) {" % block,
        "  double total;",
        "#pragma torc task",
        "  scale_%d(n, 2.0, x, y);" % block,
        "#pragma torc wait",
        "#pragma torc task in(v[0:n])",
        "  total = sum_%d(n, y);" % block,
        "#pragma torc wait",
        "  return total;",
        "}",
        "",
    ]
    block += 1
out += ["int main(void) {", "  double x[4] = {1, 2, 3, 4}, y[4];",
        "  printf(\"%g\\n\", run_0(x, y, 4));", "  return 0;", "}"]
sys.stdout.write("\n".join(out) + "\n")
