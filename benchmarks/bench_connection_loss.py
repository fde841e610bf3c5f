"""The server goes away and comes back: how long each step takes for one PC.

Starts a throwaway PostgreSQL server from the local binaries (tests/pgserver.py), builds the
demo into a fresh database, and measures, --rounds times:

- "test connection" of a profile (profiles.check_connection: connect, classify, version);
- opening the database as the app does (open_database) and signing in;
- with the server stopped (fast shutdown, as when its PC shuts down): how long a read that
  finds it gone takes to fail with ConnectionLost, and a read with no server at all (refused);
- after the server is started again: how long until it accepts connections, and how long the
  first read of the same Database takes (its pool drops the dead connections: pool_pre_ping);
- the live-refresh watcher (services/changes.py): its first poll after the restart.

    .venv/bin/python benchmarks/bench_connection_loss.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from coordboard import profiles
from coordboard.db import ConnectionLost, open_database
from coordboard.profiles import POSTGRESQL, Profile
from coordboard.services import auth, demo, tasks
from coordboard.services.changes import ChangeWatcher
from pgserver import PostgresServer


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def timed(fn) -> tuple[float, object]:
    started = time.perf_counter()
    try:
        result = fn()
    except ConnectionLost as exc:
        result = exc
    return time.perf_counter() - started, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    figures: dict[str, list[float]] = {}

    def note(name: str, seconds: float) -> None:
        figures.setdefault(name, []).append(ms(seconds))

    with PostgresServer() as pg:
        url = pg.create_database("bench")
        database = open_database(url)
        demo.build(database)
        database.dispose()
        profile = Profile(
            name="bench",
            kind=POSTGRESQL,
            host=pg.host,
            port=pg.port,
            database="bench",
            user=pg.user,
            sslmode="disable",
        )
        for _ in range(args.rounds):
            seconds, check = timed(lambda: profiles.check_connection(profile))
            assert check.state == "current", check
            note("test connection", seconds)
            seconds, database = timed(lambda: profiles.open_profile(profile))
            note("open the database", seconds)
            seconds, actor = timed(lambda: auth.login(database, "thuky", "demo1234"))  # noqa: B023 - timed() calls it at once
            note("sign in (argon2 included)", seconds)
            watcher = ChangeWatcher(database)
            tasks.list_tasks(database, actor)

            pg.pause()
            seconds, lost = timed(lambda: tasks.list_tasks(database, actor))  # noqa: B023 - timed() calls it at once
            assert isinstance(lost, ConnectionLost), lost
            note("read, server just stopped: ConnectionLost", seconds)
            seconds, lost = timed(lambda: tasks.list_tasks(database, actor))  # noqa: B023 - timed() calls it at once
            assert isinstance(lost, ConnectionLost), lost
            note("read, no server: ConnectionLost", seconds)
            try:
                watcher.poll()
            except Exception:  # noqa: BLE001 - the watcher notices too
                pass

            seconds, _ = timed(pg.resume)
            note("server restart until it accepts connections", seconds)
            seconds, rows = timed(lambda: tasks.list_tasks(database, actor))  # noqa: B023 - timed() calls it at once
            assert isinstance(rows, list), rows
            note("first read after the restart (same Database)", seconds)
            started, polls = time.perf_counter(), 0
            while True:  # the app polls once a second; here again at once
                polls += 1
                try:
                    changed = watcher.poll()
                    break
                except Exception:  # noqa: BLE001 - the dead connection is dropped first
                    continue
            assert changed is True, changed  # reconnected: changes meanwhile unknown
            note(
                "live-refresh watcher: reconnected after the restart", time.perf_counter() - started
            )
            figures.setdefault("  polls it took (a count, not ms)", []).append(polls)
            watcher.close()
            database.dispose()

    width = max(len(name) for name in figures)
    print(f"{'step':<{width}}  median ms   max ms   ({args.rounds} rounds)")
    for name, values in figures.items():
        print(f"{name:<{width}}  {statistics.median(values):9.1f}  {max(values):7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
