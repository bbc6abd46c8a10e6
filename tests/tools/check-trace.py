#!/usr/bin/env python3
"""Checks a trace written with TORC_TRACE=file.json.

usage: check-trace.py TRACE --nodes N --workers W [--stats FILE]
                      [--cross-node-flow] [--spmd-calls C]

Fails, with one line saying why, unless:
- the file is JSON with a "traceEvents" list and displayTimeUnit "ns";
- every node 0..N-1 is a process (pid = node + 1) named "node N (host)",
  with a named thread for each of its W workers and for communication;
- every slice ("X") has a duration >= 0, and the slices of each thread
  nest properly: two slices either do not overlap or one contains the
  other;
- with --stats, the number of task slices equals the sum of executed= over
  the TORC_STATS lines in FILE;
- every flow id starts (flow_out only) before it ends (flow_in only), each
  time it is used, with any steps (both) in between, in time order;
- with --cross-node-flow, some flow passes from one node to another;
- with --spmd-calls, every node has C slices of spmd calls.
Prints a summary line when all holds.
"""
import argparse
import collections
import json
import re
import sys


class Bad(Exception):
    pass


def ns(value):
    """Microseconds with three decimals, as written, to whole ns."""
    return int(round(float(value) * 1000))


def check_metadata(events, nodes, workers):
    names = {}
    threads = collections.defaultdict(dict)
    for e in events:
        if e.get("ph") != "M":
            continue
        if e.get("name") == "process_name":
            names[e["pid"]] = e["args"]["name"]
        elif e.get("name") == "thread_name":
            threads[e["pid"]][e["tid"]] = e["args"]["name"]
    for node in range(nodes):
        pid = node + 1
        name = names.get(pid, "")
        if not re.match(r"node %d \(.+\)$" % node, name):
            raise Bad("node %d (pid %d) has no process name, or a wrong one: "
                      "%r" % (node, pid, name))
        want = {w + 1: "worker %d" % w for w in range(workers)}
        want[workers + 1] = "communication"
        if threads[pid] != want:
            raise Bad("node %d's threads are named %r, expected %r"
                      % (node, threads[pid], want))
    extra = set(names) - set(range(1, nodes + 1))
    if extra:
        raise Bad("processes beyond the %d nodes: %r" % (nodes, sorted(extra)))


def slices(events):
    out = []
    for e in events:
        if e.get("ph") != "X":
            continue
        for key in ("pid", "tid", "ts", "dur", "name", "cat"):
            if key not in e:
                raise Bad("a slice without %r: %r" % (key, e))
        if e["dur"] < 0:
            raise Bad("a slice with a negative duration: %r" % e)
        out.append(e)
    return out


def check_nesting(xs):
    by_thread = collections.defaultdict(list)
    for e in xs:
        start = ns(e["ts"])
        by_thread[(e["pid"], e["tid"])].append((start, start + ns(e["dur"]), e))
    for thread, spans in by_thread.items():
        # Outer slices first when two start together.
        spans.sort(key=lambda s: (s[0], -s[1]))
        stack = []
        for start, end, e in spans:
            while stack and stack[-1][1] <= start:
                stack.pop()
            if stack and end > stack[-1][1]:
                raise Bad("on pid %d tid %d, %r (%d-%d ns) overlaps %r "
                          "(%d-%d ns) without nesting"
                          % (thread[0], thread[1], e["name"], start, end,
                             stack[-1][2]["name"], stack[-1][0],
                             stack[-1][1]))
            stack.append((start, end, e))


def executed(stats_file):
    total, lines = 0, 0
    with open(stats_file) as f:
        for line in f:
            m = re.search(r"^node\[\d+\]: .*\bexecuted=(\d+)", line)
            if m:
                total += int(m.group(1))
                lines += 1
    if lines == 0:
        raise Bad("no TORC_STATS lines in %s" % stats_file)
    return total


def check_flows(xs):
    """Returns (flows, flows that cross nodes)."""
    by_id = collections.defaultdict(list)
    for e in xs:
        if "bind_id" not in e:
            continue
        into, out = e.get("flow_in", False), e.get("flow_out", False)
        if not (into or out):
            raise Bad("a slice with bind_id but no direction: %r" % e)
        by_id[e["bind_id"]].append((ns(e["ts"]), into, out, e))
    uses, crossing = 0, 0
    for fid, steps in by_id.items():
        steps.sort(key=lambda s: s[0])
        open_at = None  # the pids of the use in progress
        for ts, into, out, e in steps:
            if out and not into:
                if open_at is not None:
                    raise Bad("flow %s starts again at %r before it ended"
                              % (fid, e["name"]))
                open_at = {e["pid"]}
            elif open_at is None:
                raise Bad("flow %s reaches %r (pid %d, %d ns) before it "
                          "starts" % (fid, e["name"], e["pid"], ts))
            else:
                open_at.add(e["pid"])
                if into and not out:
                    uses += 1
                    crossing += len(open_at) > 1
                    open_at = None
        if open_at is not None:
            raise Bad("flow %s starts but never ends" % fid)
    return uses, crossing


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("trace")
    parser.add_argument("--nodes", type=int, required=True)
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--stats")
    parser.add_argument("--cross-node-flow", action="store_true")
    parser.add_argument("--spmd-calls", type=int,
                        help="spmd slices every node must have")
    args = parser.parse_args()
    try:
        try:
            with open(args.trace) as f:
                doc = json.load(f)
        except OSError as e:
            raise Bad(e.strerror)
        except ValueError as e:
            raise Bad("not valid JSON: %s" % e)
        events = doc.get("traceEvents")
        if not isinstance(events, list):
            raise Bad("no traceEvents list")
        if doc.get("displayTimeUnit") != "ns":
            raise Bad("displayTimeUnit is %r" % doc.get("displayTimeUnit"))
        check_metadata(events, args.nodes, args.workers)
        xs = slices(events)
        check_nesting(xs)
        tasks = [e for e in xs if e["cat"] == "task"]
        if args.stats is not None:
            want = executed(args.stats)
            if len(tasks) != want:
                raise Bad("%d task slices, but the nodes executed %d tasks"
                          % (len(tasks), want))
        uses, crossing = check_flows(xs)
        if args.cross_node_flow and crossing == 0:
            raise Bad("no flow goes from one node to another")
        if args.spmd_calls is not None:
            for node in range(args.nodes):
                n = sum(1 for e in xs
                        if e["cat"] == "spmd" and e["pid"] - 1 == node)
                if n != args.spmd_calls:
                    raise Bad("node %d has %d spmd slices, not %d"
                              % (node, n, args.spmd_calls))
        on = sorted({e["pid"] - 1 for e in tasks})
    except Bad as e:
        print("check-trace: %s: %s" % (args.trace, e))
        return 1
    print("trace ok: %d task slices on nodes %s, %d flows, %d across nodes"
          % (len(tasks), ",".join(map(str, on)), uses, crossing))
    return 0


if __name__ == "__main__":
    sys.exit(main())
