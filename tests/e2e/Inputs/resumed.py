"""Reads the stderr of a run that resumed, with its TORC_STATS lines and
its "sweep: T ms" line: prints the tasks restored from the journal, those
spawned and run, and their total. With the stderr of a fresh run as its
argument, also prints whether the resumed sweep took less time."""
import re
import sys


def sweep_ms(text):
    return float(re.search(r"^sweep: ([0-9.]+) ms$", text, re.M).group(1))


text = sys.stdin.read()
restored = sum(int(n) for n in re.findall(r"\brestored=(\d+)", text))
spawned = sum(int(n) for n in re.findall(r"\bcreated=(\d+)", text))
print("restored %d, ran %d, total %d" % (restored, spawned, restored + spawned))
if len(sys.argv) > 1:
    with open(sys.argv[1]) as fresh:
        faster = sweep_ms(text) < sweep_ms(fresh.read())
    print("faster than a fresh run: %s" % ("yes" if faster else "no"))
