#!/usr/bin/env python3
"""Kills a program mid-run, as a batch system's time limit would.

usage: kill-when.py --file F --bytes N --binary B -- COMMAND...

Starts COMMAND, waits until file F holds at least N bytes, then sends
SIGKILL to every process running executable B, and waits for COMMAND to
end. Passes the command's stdout and stderr on. Fails, with one line
saying why, if COMMAND ends before F is that long, if it still runs 60
seconds after the kill or 120 seconds after its start, or if it ends with
status 0 although it was killed. Prints how many processes it killed.
"""
import argparse
import os
import signal
import subprocess
import sys
import time

import processes


def size_of(path):
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def fail(why, command):
    command.kill()
    sys.exit("kill-when: " + why)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--file", required=True)
    parser.add_argument("--bytes", type=int, required=True)
    parser.add_argument("--binary", required=True)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    started = time.monotonic()
    proc = subprocess.Popen(command)
    while size_of(args.file) < args.bytes:
        if proc.poll() is not None:
            sys.exit("kill-when: the command ended (status %d) before %s "
                     "held %d bytes" % (proc.returncode, args.file, args.bytes))
        if time.monotonic() - started > 120:
            fail("%s never held %d bytes" % (args.file, args.bytes), proc)
        time.sleep(0.005)
    killed = 0
    for pid in processes.running(args.binary):
        try:
            os.kill(int(pid), signal.SIGKILL)
            killed += 1
        except ProcessLookupError:
            pass
    try:
        status = proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        fail("the command still runs 60 s after the kill", proc)
    if status == 0:
        sys.exit("kill-when: the command ended with status 0 after the kill")
    sys.stdout.flush()
    print("kill-when: killed %d process%s" % (killed, "" if killed == 1 else "es"))


if __name__ == "__main__":
    main()
