/*
 * sites.h: spawn sites on the wire.
 *
 * A task that runs on another node must still be able to name the
 * `#pragma torc task` that spawned it when it fails. Sending the file name
 * with every TASK record would cost bytes per task, so each sender numbers
 * the sites it sends, and before the first TASK record for a destination
 * that uses a number it sends that destination one SITE record defining it
 * (number, line, file name). The receiver keeps a copy of each site per
 * sender for the rest of the run, so the REMOTE records it builds point to
 * a stable torc_abi_site, which it can pass on to a third node in turn.
 *
 * Communication thread only, between setup and teardown of the node; the
 * copies are read by any thread that reports a failure.
 */
#ifndef TORC_SITES_H
#define TORC_SITES_H

#include <stdint.h>

#include "network/msg.h"
#include "torc_abi.h"

void torc__sites_init(int nnodes);
void torc__sites_destroy(void);

/*
 * The number of `site` for TASK records to `dest`, appending the SITE record
 * that defines it to dest's frame the first time. TORC__NO_SITE for NULL.
 */
uint32_t torc__sites_out(int dest, const torc_abi_site *site);

/* Reads a SITE record from `source` and remembers the site it defines. */
void torc__sites_define(struct torc__msg_reader *r, int source);

/* The site that `source` numbered `id`; NULL for TORC__NO_SITE. */
const torc_abi_site *torc__sites_in(int source, uint32_t id);

#endif /* TORC_SITES_H */
