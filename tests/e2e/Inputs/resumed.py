"""Reads the TORC_STATS lines on stdin of a run that resumed: prints the
tasks restored from the journal, those spawned and run, and their total."""
import re
import sys

text = sys.stdin.read()
restored = sum(int(n) for n in re.findall(r"\brestored=(\d+)", text))
spawned = sum(int(n) for n in re.findall(r"\bcreated=(\d+)", text))
print("restored %d, ran %d, total %d" % (restored, spawned, restored + spawned))
