"""Dashboard refresh: one board of ~2,000 tasks, and every board of a 1,000,000-task database.

Times `dashboard.dashboard()` (everything the Dashboard page shows: counts per status class,
completion rate, by sector, by lead agency, month by month, the overdue / due-soon / recent
lists and the silent agencies) and replays every SQL statement it sent, with its bound
parameters, through the raw `sqlite3` module: the service's time against the sum of the same
statements. Also times `import matplotlib` + the chart modules in a fresh interpreter, and
drawing the three charts. Prints figures and a markdown table; no assertions.

    .venv/bin/python benchmarks/bench_dashboard.py [--db DIR] [--sizes 70000,1000000]
        [--repeat 5]

The databases are built with `coordboard demo --scale national --tasks N` (see
bench_tasks.py); --db DIR keeps them in DIR (national-<N>.sqlite) and reuses them. The "one
board" case is the province whose board and commune boards hold nearest 2,000 tasks, its
communes rolled up: about 2,000 in a 70,000-task database (at a million, the smallest
province, with some ten thousand).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlalchemy import event, func, select

from coordboard import db as dbmod
from coordboard.models import Board, Task, User
from coordboard.services import dashboard
from coordboard.services.actor import Actor

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_tasks import ensure_database, timed

TARGET_BOARD_MS = 300
TARGET_RATIO = 1.3


def captured(database: dbmod.Database, fn) -> list[tuple[str, tuple]]:
    """Every statement `fn` sent, as the driver got it."""
    sent: list[tuple[str, tuple]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        sent.append((statement, tuple(parameters)))

    event.listen(database.engine, "before_cursor_execute", capture)
    try:
        fn()
    finally:
        event.remove(database.engine, "before_cursor_execute", capture)
    return sent


def replay(raw: sqlite3.Connection, statements: list[tuple[str, tuple]]) -> None:
    raw.execute("BEGIN")
    try:
        for sql, params in statements:
            raw.execute(sql, params).fetchall()
    finally:
        raw.execute("ROLLBACK")


def per_statement(raw: sqlite3.Connection, statements, repeat: int) -> list[tuple[float, str]]:
    out = []
    for sql, params in statements:
        ms, _ = timed(lambda: raw.execute(sql, params).fetchall(), repeat)  # noqa: B023 - timed() calls it at once
        out.append((ms, " ".join(sql.split())[:110]))
    return out


def admin(database: dbmod.Database) -> Actor:
    with database.session() as s:
        u = s.scalar(select(User).where(User.username == "admin"))
        return Actor(u.id, u.username, u.role, u.agency_id, u.full_name)


def province_near(database: dbmod.Database, target: int) -> tuple[int, int]:
    """(board id, tasks of it and its communes) of the province whose count is nearest
    `target`."""
    with database.session() as s:
        parent = dict(s.execute(select(Board.id, Board.parent_id)).all())
        per_board = dict(
            s.execute(select(Task.board_id, func.count()).group_by(Task.board_id)).all()
        )
    totals: dict[int, int] = {}
    for board, n in per_board.items():
        root = board if parent.get(board) is None else parent[board]
        totals[root] = totals.get(root, 0) + n
    return min(totals.items(), key=lambda kv: abs(kv[1] - target))


def run_case(
    path: Path, label: str, query: dashboard.DashboardQuery, repeat: int, detail: bool
) -> dict:
    database = dbmod.open_database(path)
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        actor = admin(database)
        call = lambda: dashboard.dashboard(database, actor, query)  # noqa: E731
        call()  # warm the page cache and the statement cache
        service_ms, result = timed(call, repeat)
        statements = captured(database, call)
        replay(raw, statements)
        raw_ms, _ = timed(lambda: replay(raw, statements), repeat)
        print(
            f"  {label}: service {service_ms:.1f} ms, the same {len(statements)} statements "
            f"in raw sqlite3 {raw_ms:.1f} ms, x{service_ms / raw_ms:.2f}; "
            f"{result.counts.total:,} tasks",
            flush=True,
        )
        if detail:
            for ms, sql in sorted(per_statement(raw, statements, repeat), reverse=True):
                print(f"      {ms:8.1f} ms  {sql}")
        return {
            "label": label,
            "service": service_ms,
            "raw": raw_ms,
            "tasks": result.counts.total,
            "statements": len(statements),
        }
    finally:
        raw.close()
        database.dispose()


def import_cost() -> tuple[float, float, bool]:
    """(ms to import matplotlib's Figure and its Qt canvas, ms for services/charts.py once
    coordboard's services are loaded, whether importing the main window and the app module
    pulls matplotlib in), each in a fresh interpreter."""
    probe = (
        "import time, sys\n"
        "import PySide6.QtWidgets, coordboard.services.dashboard\n"
        "t = time.perf_counter()\n"
        "from matplotlib.figure import Figure\n"
        "from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg\n"
        "a = time.perf_counter() - t\n"
        "t = time.perf_counter()\n"
        "import coordboard.services.dashboard.charts\n"
        "print(a * 1000, (time.perf_counter() - t) * 1000)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True
    ).stdout.split()
    gui = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, coordboard.ui.main_window, coordboard.app\n"
            "print('matplotlib' in sys.modules)",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return float(out[0]), float(out[1]), gui == "True"


def chart_cost(path: Path, repeat: int) -> tuple[float, float]:
    """(ms to build the three figures, ms to draw them with Agg at 8 x 3.5 inches, 100 dpi):
    the page builds them in its worker; the drawing is what its Qt canvases do on the main
    thread."""
    from coordboard.services.dashboard import charts

    database = dbmod.open_database(path)
    try:
        board, _ = province_near(database, 2000)
        result = dashboard.dashboard(
            database, admin(database), dashboard.DashboardQuery(board, include_children=True)
        )
    finally:
        database.dispose()
    builders = (charts.sector_chart, charts.agency_chart, charts.monthly_chart)

    def build() -> list:
        return [make(result, (8, 3.5)) for make in builders]

    def draw(figures) -> None:
        for fig in figures:
            fig.canvas.draw()  # the Agg canvas charts.py attaches

    draw(build())
    build_ms, _ = timed(build, repeat)
    draw_ms = (
        statistics.median(timed(lambda: draw(build()), 1)[0] for _ in range(repeat)) - build_ms
    )
    return build_ms, draw_ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="70000,1000000")
    parser.add_argument("--db", type=Path, help="folder to keep and reuse the databases in")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--detail", action="store_true", help="time each statement")
    args = parser.parse_args()
    temp = None if args.db else tempfile.TemporaryDirectory()
    folder = args.db or Path(temp.name)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    try:
        for size in (int(x) for x in args.sizes.split(",")):
            path, _ = ensure_database(folder, size, rebuild=False)
            database = dbmod.open_database(path)
            board, board_tasks = province_near(database, 2000)
            database.dispose()
            print(f"{size:,} tasks")
            rows.append(
                (
                    size,
                    run_case(
                        path,
                        f"one province board + its communes ({board_tasks:,} tasks)",
                        dashboard.DashboardQuery(board, include_children=True),
                        args.repeat,
                        args.detail,
                    ),
                )
            )
            rows.append(
                (
                    size,
                    run_case(
                        path, "every board", dashboard.DashboardQuery(), args.repeat, args.detail
                    ),
                )
            )
        build_ms, draw_ms = chart_cost(path, args.repeat)
    finally:
        if temp is not None:
            temp.cleanup()
    mpl_ms, charts_import_ms, gui_pulls = import_cost()
    print()
    print("| tasks | dashboard of | service ms | raw SQL ms | ratio |")
    print("|---:|---|---:|---:|---:|")
    for size, r in rows:
        print(
            f"| {size:,} | {r['label']} | {r['service']:.0f} | {r['raw']:.0f} | "
            f"{r['service'] / r['raw']:.2f} |"
        )
    print()
    print(f"- targets: one board of ~2,000 tasks ≤ {TARGET_BOARD_MS} ms; ratio ≤ {TARGET_RATIO}")
    print(
        f"- import of matplotlib's Figure + Qt canvas: {mpl_ms:.0f} ms; of services/charts.py "
        f"after it: {charts_import_ms:.0f} ms (in the page's worker, on its first refresh)"
    )
    print(f"- importing the main window and the app module imports matplotlib: {gui_pulls}")
    print(
        f"- the three charts of the ~2,000-task board: built in {build_ms:.0f} ms (worker), "
        f"drawn in {draw_ms:.0f} ms (Agg; the canvases do this on the main thread, one chart "
        f"per event-loop turn, and only for charts whose numbers changed)"
    )


if __name__ == "__main__":
    main()
