"""The processes of this machine that run a given executable, for the tools
that check a program's processes are gone or kill them."""
import os


def running(binary):
    """The process ids, as strings, of the processes whose executable is
    `binary` (followed through links)."""
    want = os.path.realpath(binary)
    found = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            if os.readlink("/proc/%s/exe" % pid) == want:
                found.append(pid)
        except OSError:  # gone, or not ours to read
            pass
    return found
