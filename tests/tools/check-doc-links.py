#!/usr/bin/env python3
"""Checks that Markdown documents stand on their own.

usage: check-doc-links.py --root DIR FILE.md...

Fails, with one line per bad link, unless every link and image of every
FILE ([text](target) and ![alt](target)) is a relative path, or a
fragment (#section), that names a file or directory which exists inside
DIR. A link with a scheme (https:, file:, ...) or an absolute path leads
outside, and fails too. Prints how many links it checked when all hold.
"""
import argparse
import os
import re
import sys

LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
FENCE = re.compile(r"^\s*(```|~~~)")


def links(path):
    """(line number, target) of each link outside code blocks and spans."""
    inside_fence = False
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if FENCE.match(line):
                inside_fence = not inside_fence
                continue
            if inside_fence:
                continue
            # Code spans may show link syntax without being links.
            line = re.sub(r"`[^`]*`", "", line)
            for match in LINK.finditer(line):
                yield number, match.group(1)


def problem(root, document, target):
    """Why target, linked from document, does not stay in root, or None."""
    if target.startswith("#"):
        return None
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", target) or target.startswith("/"):
        return "leads outside the documents"
    path = os.path.normpath(os.path.join(os.path.dirname(document),
                                         target.split("#", 1)[0]))
    if os.path.commonpath([root, os.path.abspath(path)]) != root:
        return "leads outside %s" % root
    if not os.path.exists(path):
        return "names nothing"
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("documents", nargs="+")
    args = parser.parse_args()
    root = os.path.realpath(args.root)
    checked = 0
    bad = []
    for document in args.documents:
        document = os.path.realpath(document)
        for number, target in links(document):
            checked += 1
            why = problem(root, document, target)
            if why:
                bad.append("%s:%d: link '%s' %s" % (document, number, target, why))
    for line in bad:
        print(line)
    if bad:
        sys.exit(1)
    print("%d links in %d documents, all inside" % (checked, len(args.documents)))


if __name__ == "__main__":
    main()
