#!/usr/bin/env python3
"""Regenerate Sources/TextMatching/TraditionalChinese.swift from OpenCC's TSCharacters table.

The table is factual data (which Simplified character each Traditional one becomes), read from
the copy of OpenCC's dictionary that the PyPI package `opencc-python-reimplemented` ships. The
Swift package itself depends on nothing: this script is only run by hand when the table should
change, and its output is committed.

How to run it, from the repository root:

    python3 -m venv /tmp/opencc-venv
    /tmp/opencc-venv/bin/pip install opencc-python-reimplemented==0.1.7
    /tmp/opencc-venv/bin/python scripts/generate-traditional-table.py

Options:
    --dictionary PATH   read this TSCharacters.txt instead of the installed package's copy
    --output PATH       write here instead of Sources/TextMatching/TraditionalChinese.swift

Each line of TSCharacters.txt is "T<TAB>S1 S2 ...". A pair (T, S1) is kept when T and S1 are each a
single Unicode scalar in the Basic Multilingual Plane and T != S1; the first candidate is OpenCC's
preferred Simplified form.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from importlib import metadata
from pathlib import Path

PACKAGE = "opencc-python-reimplemented"
PAIRS_PER_LINE = 50  # 100 scalars a source line
REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = REPO_ROOT / "Sources" / "TextMatching" / "TraditionalChinese.swift"


def installed_dictionary() -> tuple[Path, str]:
    """The TSCharacters.txt of the installed opencc-python-reimplemented, and a note naming its version."""
    spec = importlib.util.find_spec("opencc")
    if spec is None or spec.origin is None:
        sys.exit(f"{PACKAGE} is not installed: pip install {PACKAGE}")
    path = Path(spec.origin).parent / "dictionary" / "TSCharacters.txt"
    if not path.is_file():
        sys.exit(f"{path} not found: is the installed 'opencc' module {PACKAGE}?")
    try:
        version = metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        version = "unknown version"
    return path, f"{PACKAGE} {version}"


def is_single_bmp_scalar(text: str) -> bool:
    return len(text) == 1 and ord(text) <= 0xFFFF and not 0xD800 <= ord(text) <= 0xDFFF


def read_pairs(path: Path) -> list[tuple[str, str]]:
    pairs: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip("\r\n")
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 2:
            sys.exit(f"{path}:{number}: expected 'T<TAB>S ...', got {line!r}")
        traditional, candidates = fields[0].strip(), fields[1].split()
        if not candidates:
            continue
        simplified = candidates[0]
        if traditional == simplified:
            continue
        if not (is_single_bmp_scalar(traditional) and is_single_bmp_scalar(simplified)):
            continue
        if traditional in pairs:  # keep OpenCC's first entry, as its converter does
            continue
        pairs[traditional] = simplified
    return sorted(pairs.items(), key=lambda pair: ord(pair[0]))


def swift_source(pairs: list[tuple[str, str]], source_note: str) -> str:
    for traditional, simplified in pairs:
        for scalar in (traditional, simplified):
            if scalar in '"\\' or not scalar.isprintable():
                sys.exit(f"unexpected scalar U+{ord(scalar):04X} in the table")
    lines = []
    for start in range(0, len(pairs), PAIRS_PER_LINE):
        chunk = pairs[start:start + PAIRS_PER_LINE]
        lines.append("".join(t + s for t, s in chunk))
    literal = "\\\n".join(lines)
    return f'''/// Traditional Chinese characters and their Simplified forms, so a customer writing 認識 matches a cue written 认识.
///
/// Generated from OpenCC's character table (TSCharacters) by scripts/generate-traditional-table.py; do not edit by hand.
/// Source: TSCharacters.txt from {source_note}; {len(pairs)} pairs.
enum TraditionalChinese {{
    /// Pairs of scalars, Traditional then Simplified, concatenated: "認认識识…".
    static let pairs: String = """
{literal}
"""

    /// Traditional scalar value to Simplified scalar value, built from `pairs` on first use.
    private static let table: [UInt32: UInt32] = {{
        var table: [UInt32: UInt32] = [:]
        var traditional: Unicode.Scalar?
        for scalar in pairs.unicodeScalars {{
            if let first = traditional {{
                table[first.value] = scalar.value
                traditional = nil
            }} else {{
                traditional = scalar
            }}
        }}
        return table
    }}()

    /// The Simplified form of `scalar`, or the scalar itself when it has none.
    static func simplified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {{
        guard scalar.value >= 0x3400, let value = table[scalar.value] else {{ return scalar }}
        return Unicode.Scalar(value) ?? scalar
    }}
}}
'''


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dictionary", type=Path, help="a TSCharacters.txt to read instead of the installed package's")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="the Swift file to write")
    arguments = parser.parse_args()
    if arguments.dictionary:
        path, note = arguments.dictionary, f"the file {arguments.dictionary.name}"
    else:
        path, note = installed_dictionary()
    pairs = read_pairs(path)
    arguments.output.write_text(swift_source(pairs, note), encoding="utf-8")
    print(f"wrote {len(pairs)} pairs to {arguments.output}")


if __name__ == "__main__":
    main()
