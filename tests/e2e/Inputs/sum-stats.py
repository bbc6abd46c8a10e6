"""Sums one counter over the `node[N]: name=value, ...` lines on stdin."""
import re
import sys

name = sys.argv[1]
total = sum(int(m.group(1)) for line in sys.stdin
            for m in [re.search(r"\b%s=(\d+)" % re.escape(name), line)] if m)
print("%s=%d" % (name, total))
