#!/usr/bin/env python3
"""Checks the runtime's layout, as runtime/DESIGN.md describes it:

- every file of runtime/src sits in a layer's folder, and includes only
  its own folder and the folders below it:
  support < tasks < diagnostics < checkpoint < scheduling < network < core;
- a file includes another folder only through that folder's interface
  header (scheduling/scheduling.h, ...), support/ excepted, whose headers
  are independent tools;
- every name a header declares at file level (a function, a variable, a
  struct, union or enum tag, a typedef) starts with torc__ and the name of
  its file or of its folder; a layer's state.h, which holds the state of
  the layer's files, may also use the name of any file of its folder;
- every function or variable a .c file defines for other files is declared
  in the header of the same name beside it; core/runtime.c, which holds
  the runtime's state, also defines each layer's handle to its part, which
  the layer declares beside the part's type (in a header runtime.h
  reaches);
- no other file names the state itself, torc__runtime: each reaches it
  through its layer's handle.

  check-runtime-layout.py RUNTIME_SRC

Prints one line per breach, FILE:LINE first, and exits 1 if there is any;
else prints a summary and exits 0.
"""
import os
import re
import sys

LAYERS = ["support", "tasks", "diagnostics", "checkpoint", "scheduling",
          "network", "core"]
# The header through which other folders use a folder; support/ has none.
INTERFACE = {layer: "%s/%s.h" % (layer, layer) for layer in LAYERS[1:]}
INTERFACE["checkpoint"] = "checkpoint/checkpoint.h"
# The file that defines the runtime's state and the layers' handles to it.
STATE = "core/runtime.c"

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')
# What a header declares at file level: the name before a parameter list
# (functions, function pointers excluded), a tag, or the last word of an
# extern declaration or typedef.
FUNCTION = re.compile(r"^[A-Za-z_][\w\s\*]*?\b(torc\w*|[a-z_]\w*)\s*\(")
# A definition for other files: at the start of a line, not static, up to
# the name; the public API (TORC_API) is declared in include/ instead.
DEFINITION = re.compile(
    r"^(?!static\b|TORC_API\b|extern\b|typedef\b|struct\s+\w+\s*\{)"
    r"[A-Za-z_][\w\s\*]*?\b(torc__\w+)\s*(\(|=|;|\[)", re.M)
TAG = re.compile(r"^(?:typedef\s+)?(?:struct|union|enum)\s+(\w+)\s*\{")
EXTERN = re.compile(r"^extern\s+[^;(]*?\b(\w+)\s*(?:\[[^\]]*\])?;")
TYPEDEF = re.compile(r"^typedef\s[^;(]*?\(\s*\*\s*(\w+)\s*\)[^;]*;"
                     r"|^typedef\s[^;(]*?\b(\w+)\s*;")


def strip_comments(text):
    """The text with comments and strings blanked, lines kept."""
    def blank(m):
        return re.sub(r"[^\n]", " ", m.group(0))
    return re.sub(r'/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"', blank, text,
                  flags=re.S)


def declared_names(text):
    """(line, name) of what a header declares at file level."""
    code = strip_comments(text)
    depth = 0
    names = []
    statement, start = "", 0
    for number, line in enumerate(code.split("\n"), 1):
        stripped = line.strip()
        if depth == 0 and stripped.startswith("#"):
            continue
        if depth == 0 and not statement.strip():
            start = number
        if depth == 0:
            statement += " " + stripped
            first = statement.strip()
            for pattern in (TAG, EXTERN, TYPEDEF):
                m = pattern.match(first)
                if m:
                    names.append((start, next(g for g in m.groups() if g)))
                    break
            else:
                m = FUNCTION.match(first)
                if m and not first.startswith(("typedef", "#")):
                    names.append((start, m.group(1)))
        depth += line.count("{") - line.count("}")
        if depth == 0 and (stripped.endswith(";") or stripped.endswith("}")):
            statement = ""
    # A statement may be matched on each of its lines; keep the first.
    seen, unique = set(), []
    for line, name in names:
        if name not in seen:
            seen.add(name)
            unique.append((line, name))
    return unique


def include_breaches(folder, shown, text):
    """Includes of a layer above `folder`, or of another folder's file
    other than its interface header."""
    rank = LAYERS.index(folder)
    for number, line in enumerate(text.split("\n"), 1):
        m = INCLUDE.match(line)
        if not m or "/" not in m.group(1):
            continue
        target = m.group(1)
        layer = target.split("/")[0]
        if layer not in LAYERS:
            continue
        if LAYERS.index(layer) > rank:
            yield "%s:%d: %s includes %s, a layer above it" % (
                shown, number, folder, target)
        elif (layer != folder and layer in INTERFACE and
              target != INTERFACE[layer] and shown != INTERFACE.get(folder)):
            yield "%s:%d: includes %s instead of %s" % (
                shown, number, target, INTERFACE[layer])


def header_texts(root, header, follow):
    """The text of `header`, and with `follow` that of every header of
    runtime/src it includes, directly or not."""
    texts, pending, seen = [], [header], set()
    while pending:
        shown = pending.pop()
        full = os.path.join(root, shown)
        if shown in seen or not os.path.exists(full):
            continue
        seen.add(shown)
        with open(full) as f:
            text = f.read()
        texts.append(strip_comments(text))
        for line in text.split("\n") if follow else []:
            m = INCLUDE.match(line)
            if m and "/" in m.group(1):
                pending.append(m.group(1))
    return "\n".join(texts)


def undeclared_definitions(root, path, name, shown, text):
    """Definitions for other files in the .c file `name` that the header
    beside it does not declare."""
    header = name[:-2] + ".h"
    # The state's file also defines the handles its parts' headers declare.
    declared = header_texts(root, os.path.join(os.path.basename(path), header),
                            follow=shown == STATE)
    code = strip_comments(text)
    for m in DEFINITION.finditer(code):
        if not re.search(r"\b%s\b" % m.group(1), declared):
            yield "%s:%d: '%s' is not declared in %s" % (
                shown, code.count("\n", 0, m.start()) + 1, m.group(1), header)


def state_named(shown, text):
    """Uses of torc__runtime outside core/runtime.c and its header."""
    if shown in (STATE, STATE[:-2] + ".h"):
        return
    code = strip_comments(text)
    for m in re.finditer(r"\btorc__runtime\b", code):
        yield "%s:%d: names torc__runtime instead of its layer's handle" % (
            shown, code.count("\n", 0, m.start()) + 1)


def misnamed_declarations(path, folder, name, shown, text):
    """Names the header `name` declares without its file's or folder's
    prefix."""
    stem = name[:-2]
    allowed = ("torc__%s" % stem, "torc__%s" % folder)
    if stem == "state":
        allowed += tuple("torc__%s_" % f[:-2] for f in os.listdir(path)
                         if f.endswith(".c"))
    for number, declared in declared_names(text):
        if not declared.startswith(allowed):
            yield "%s:%d: '%s' does not start with %s or %s" % (
                shown, number, declared, allowed[0], allowed[1])


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    root = os.path.abspath(sys.argv[1])
    breaches = []
    files = 0
    for folder in sorted(os.listdir(root)):
        path = os.path.join(root, folder)
        if not os.path.isdir(path):
            breaches.append("%s: a file outside the layers' folders" % path)
            continue
        if folder not in LAYERS:
            breaches.append("%s: a folder that is no layer" % path)
            continue
        for name in sorted(os.listdir(path)):
            if not name.endswith((".c", ".h")):
                continue
            files += 1
            shown = os.path.join(folder, name)
            with open(os.path.join(path, name)) as f:
                text = f.read()
            breaches += include_breaches(folder, shown, text)
            breaches += state_named(shown, text)
            if name.endswith(".c"):
                breaches += undeclared_definitions(root, path, name, shown,
                                                   text)
            else:
                breaches += misnamed_declarations(path, folder, name, shown,
                                                  text)
    for breach in breaches:
        print(breach)
    if breaches:
        sys.exit(1)
    print("%d files in %d layers, includes one way, names by file" %
          (files, len(LAYERS)))


if __name__ == "__main__":
    main()
