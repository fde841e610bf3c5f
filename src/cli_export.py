"""Command line: the document commands of this module (see register)."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def register(sub: argparse._SubParsersAction,
             db_arg: Callable[[argparse.ArgumentParser], None]) -> dict[str, Callable]:
    """Add this module's subcommands to `sub`; return {name: handler(args) -> exit code}."""
    return {}
