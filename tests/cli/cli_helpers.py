"""What the command-line tests share: main() in-process, one-line errors."""

from __future__ import annotations

from coordboard.cli import main


def cli(*args: str, lang: str = "en") -> int:
    """Runs the command in-process; an argparse exit becomes its code."""
    try:
        return main(["--lang", lang, *args])
    except SystemExit as exc:
        return exc.code


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {lines!r}"
    return lines[0]
