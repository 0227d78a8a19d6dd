#!/usr/bin/env python3
"""Reruns every `$ advisor advise …` example in README.md's text blocks and puts the real output under it.

A README that shows a card the program no longer prints misleads the people who read it first; run this
after changing what the card says (it uses the debug build: `swift build` first).
"""
import pathlib
import shlex
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
binary = root / ".build" / "debug" / "advisor"
readme = root / "README.md"
lines = readme.read_text(encoding="utf-8").split("\n")
out = []
i = 0
changed = 0
while i < len(lines):
    line = lines[i]
    out.append(line)
    if line.startswith("$ advisor advise ") and not any(s in line for s in ("--json", "|", "--batch", "<", ">")):
        command = line[2:]
        j = i + 1
        while command.endswith("\\"):
            command = command[:-1] + " " + lines[j].strip()
            out.append(lines[j])
            j += 1
        end = j
        while lines[end] != "```":
            end += 1
        arguments = shlex.split(command)[1:]
        result = subprocess.run([str(binary)] + arguments, capture_output=True, text=True, env={"LANG": "en_US.UTF-8"})
        if result.returncode != 0:
            sys.exit(f"README.md:{i + 1}: `{command}` failed: {result.stderr.strip()}")
        fresh = result.stdout.rstrip("\n").split("\n")
        if fresh != lines[j:end]:
            changed += 1
        out.extend(fresh)
        i = end
        continue
    i += 1
readme.write_text("\n".join(out), encoding="utf-8")
print(f"{changed} example(s) refreshed")
