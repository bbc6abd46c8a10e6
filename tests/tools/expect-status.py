#!/usr/bin/env python3
"""Runs a command and checks how it ends, for the failure tests.

usage: expect-status.py STATUS BINARY -- COMMAND...

Passes the command's stdout and stderr on (both to stdout, for FileCheck),
fails if it runs longer than 60 seconds (a hang), if its exit status is not
STATUS, or if any process running BINARY is left afterwards.
"""
import os
import signal
import subprocess
import sys
import time

import processes

TIMEOUT = 60


def main():
    status, binary, sep, command = (int(sys.argv[1]), sys.argv[2],
                                    sys.argv[3], sys.argv[4:])
    assert sep == "--", __doc__
    proc = subprocess.Popen(command, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        sys.stdout.buffer.write(out)
        print("expect-status: timed out after %d s" % TIMEOUT)
        return 1
    sys.stdout.buffer.write(out)
    sys.stdout.flush()
    ok = True
    if proc.returncode != status:
        print("expect-status: exit status %d, expected %d"
              % (proc.returncode, status))
        ok = False
    # mpirun may return a moment before its last child is reaped.
    for _ in range(50):
        left = processes.running(binary)
        if not left:
            break
        time.sleep(0.1)
    if left:
        print("expect-status: processes left behind: %s" % " ".join(left))
        ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
