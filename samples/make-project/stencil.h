/*
 * The task functions of the make-project sample. The pragmas on these
 * declarations say how the pointer parameters' data moves, for every file
 * that spawns them; a plain compiler ignores them.
 */
#ifndef STENCIL_H
#define STENCIL_H

/* One step of heat diffusion on cells [lo, hi) of a rod of n cells:
 * reads the whole old rod, writes the new values of its own cells. */
#pragma torc task in(old[0:n]) out(new_part[0:hi - lo])
void smooth_block(int n, const double *old, int lo, int hi, double *new_part);

/* The sum of a block of cells, for the total heat. */
#pragma torc task in(cells[0:len])
double block_sum(int len, const double *cells);

#endif
