#!/usr/bin/env python3
"""Runs a command with a terminal as its stdin, stdout and stderr.

usage: pty-run.py -- COMMAND...

Prints what the command wrote, with the carriage returns and the erase-
line sequences a line rewritten in place uses shown as <CR> and <EL>, and
exits with the command's status. Fails if the command runs longer than
120 seconds.
"""
import os
import pty
import select
import sys
import time


def main():
    command = sys.argv[1:]
    if command[:1] == ["--"]:
        command = command[1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    out = b""
    deadline = time.monotonic() + 120
    while True:
        if time.monotonic() > deadline:
            os.kill(pid, 9)
            sys.exit("pty-run: the command ran longer than 120 s")
        ready, _, _ = select.select([fd], [], [], 1.0)
        if not ready:
            continue
        try:
            data = os.read(fd, 65536)
        except OSError:  # the terminal closes when the command ends
            break
        if not data:
            break
        out += data
    _, status = os.waitpid(pid, 0)
    # The terminal turns each newline into CR LF; only the other CRs count.
    text = out.decode("utf-8", "replace").replace("\r\n", "\n")
    text = text.replace("\r", "<CR>").replace("\x1b[K", "<EL>")
    sys.stdout.write(text)
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
