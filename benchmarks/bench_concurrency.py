"""Many PCs, one board: concurrent clients against one PostgreSQL server.

Starts a throwaway PostgreSQL server from the local binaries (tests/pgserver.py, as the test
suite does), builds the small demo into a fresh database, then runs --clients clients for
--seconds, each with its own `open_database(url)` (its own engine and pool) and signed in as
one of the demo accounts (admin, thuky, yte, giaoduc, congan, xem, round robin). Each client
does about 70 % reads (first page of `tasks.list_tasks` with a random filter, `tasks.get_task`,
`tasks.class_counts`) and 30 % writes (`tasks.add_update` with a unique text token on a task
its role may update; for the secretariat and the administrator also `tasks.update_task` title
edits with `expected_version`). A ConflictError is an expected outcome: it is counted, the task
is reloaded and the write retried once.

Afterwards it checks that no update was lost: every add_update that returned has its token in
task_updates exactly once (and no token of a failed call is there); per edited task, the
stored version went up by exactly the number of successful update_task edits (a note added with
add_update leaves the task's version alone, so notes from several PCs never conflict) and the
stored title is the one written by the edit that produced the highest version.

    .venv/bin/python benchmarks/bench_concurrency.py [--clients 20] [--seconds 60]
        [--mode thread|process] [--quick]

--quick: 5 clients for 5 s, to check that it runs. --mode process runs each client in its own
process (to see whether the GIL limits the thread figures).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import resource
import sys
import threading
import time
import traceback
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # for pgserver

from sqlalchemy import func, select  # noqa: E402

from coordboard.db import open_database  # noqa: E402
from coordboard.errors import ConflictError  # noqa: E402
from coordboard.models import Task, TaskUpdate  # noqa: E402
from coordboard.services import auth, demo, tasks  # noqa: E402
from coordboard.services.actor import FOCAL_POINT, VIEWER  # noqa: E402
from coordboard.services.tasks import (  # noqa: E402
    ProgressInput,
    TaskFilter,
    classification,
)
from pgserver import PostgresServer, pg_available  # noqa: E402

USERS = ("admin", "thuky", "yte", "giaoduc", "congan", "xem")
READ_SHARE = 0.70
TOKEN = "bench-"
EDIT_BUMP = 1  # version increments per update_task (notes do not move the version)


@dataclass
class ClientResult:
    username: str
    lat: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    reads: int = 0
    writes: int = 0
    conflicts: int = 0
    retry_failed: int = 0  # a conflict again after the one retry (expected under contention)
    errors: list[str] = field(default_factory=list)
    tokens_ok: list[tuple[int, str]] = field(default_factory=list)  # (task id, token)
    tokens_failed: list[str] = field(default_factory=list)
    edits_ok: list[tuple[int, int, str]] = field(default_factory=list)  # (task, version, title)


def _plan(url: str) -> dict[str, dict]:
    """Per demo account: the tasks it sees, may add updates to and may edit."""
    db = open_database(url)
    try:
        plan = {}
        for username in USERS:
            actor = auth.actor_for(db, username)
            visible = [r.id for r in tasks.list_tasks(db, actor, limit=100_000)]
            notes, edits = [], []
            for tid in visible:
                d = tasks.get_task(db, actor, tid)
                if d.can_edit:
                    edits.append(tid)
                    notes.append(tid)
                elif actor.role == FOCAL_POINT and d.can_update_progress:  # led by its agency
                    notes.append(tid)
            plan[username] = {
                "visible": visible,
                "notes": notes,
                "edits": edits,
                "role": actor.role,
                "agency_id": actor.agency_id,
            }
        return plan
    finally:
        db.dispose()


def _random_filter(rng: random.Random, info: dict, agencies: list[int]) -> TaskFilter:
    r = rng.random()
    if r < 0.25:
        return TaskFilter()
    if r < 0.45:
        return TaskFilter(classes=(rng.choice(classification.CLASSES),))
    if r < 0.6:
        return TaskFilter(text=rng.choice(["bao cao", "tre em", "kế hoạch", "truyen thong"]))
    if r < 0.8 and info["agency_id"] is not None:
        return TaskFilter(agency_id=info["agency_id"])
    return TaskFilter(lead_agency_id=rng.choice(agencies))


def run_client(
    url: str,
    idx: int,
    username: str,
    info: dict,
    agencies: list[int],
    start_at: float,
    seconds: float,
    seed: int,
) -> ClientResult:
    res = ClientResult(username)
    rng = random.Random(seed * 1000 + idx)
    db = open_database(url)
    try:
        actor = auth.actor_for(db, username)
        visible, notes, edits = info["visible"], info["notes"], info["edits"]
        can_write = info["role"] != VIEWER and (notes or edits)
        seq = 0
        delay = start_at - time.time()
        if delay > 0:
            time.sleep(delay)
        end = start_at + seconds
        while time.time() < end:
            seq += 1
            write = can_write and rng.random() >= READ_SHARE
            if write and edits and rng.random() < 0.4:
                kind = "update_task"
            elif write:
                kind = "add_update"
            else:
                kind = rng.choice(["list_tasks", "get_task", "class_counts"])
            t0 = time.perf_counter()
            try:
                if kind == "list_tasks":
                    tasks.list_tasks(db, actor, _random_filter(rng, info, agencies))
                elif kind == "get_task":
                    tasks.get_task(db, actor, rng.choice(visible))
                elif kind == "class_counts":
                    tasks.class_counts(db, actor)
                elif kind == "add_update":
                    tid = rng.choice(notes or edits)
                    token = f"{TOKEN}{idx}-{seq}-{uuid.uuid4().hex[:12]}"
                    data = ProgressInput(update_date=date.today(), text=token)
                    for attempt in (1, 2):
                        try:
                            tasks.add_update(db, actor, tid, data)
                            res.tokens_ok.append((tid, token))
                            break
                        except ConflictError:
                            res.conflicts += 1
                            if attempt == 2:
                                res.retry_failed += 1
                                res.tokens_failed.append(token)
                            # add_update takes no expected version: just try again
                elif kind == "update_task":
                    tid = rng.choice(edits)
                    title_base = None
                    for attempt in (1, 2):
                        d = tasks.get_task(db, actor, tid)  # (re)load what the form shows
                        if title_base is None:
                            title_base = d.data.title.split(" #bench")[0]
                        title = f"{title_base} #bench {idx}-{seq}-{attempt}"
                        try:
                            saved = tasks.update_task(
                                db,
                                actor,
                                tid,
                                replace(d.data, title=title),
                                expected_version=d.version,
                            )
                            # the version read back after the commit: ours, or a later one
                            res.edits_ok.append((tid, saved.version, title))
                            break
                        except ConflictError:
                            res.conflicts += 1
                            if attempt == 2:
                                res.retry_failed += 1
                if kind in ("add_update", "update_task"):
                    res.writes += 1
                else:
                    res.reads += 1
            except Exception as exc:  # noqa: BLE001 - reported, not hidden
                res.errors.append(f"{kind}: {type(exc).__name__}: {exc}")
                if len(res.errors) <= 3:
                    traceback.print_exc()
            res.lat[kind].append(time.perf_counter() - t0)
    finally:
        db.dispose()
    res.lat = dict(res.lat)
    return res


def _run_client_args(args: tuple) -> ClientResult:
    return run_client(*args)


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))
    return s[k] * 1000


def verify(url: str, results: list[ClientResult], initial: dict[int, tuple[int, str]]) -> int:
    """Check no successful write was lost; returns the number of writes checked."""
    db = open_database(url)
    problems: list[str] = []
    try:
        with db.session() as s:
            stored = Counter(
                s.scalars(select(TaskUpdate.text).where(TaskUpdate.text.like(f"{TOKEN}%")))
            )
            task_of = dict(
                s.execute(
                    select(TaskUpdate.text, TaskUpdate.task_id).where(
                        TaskUpdate.text.like(f"{TOKEN}%")
                    )
                ).all()
            )
            final = {
                tid: (v, title)
                for tid, v, title in s.execute(select(Task.id, Task.version, Task.title))
            }
    finally:
        db.dispose()
    ok_tokens = [t for r in results for t in r.tokens_ok]
    failed = [t for r in results for t in r.tokens_failed]
    for tid, token in ok_tokens:
        if stored.get(token, 0) != 1:
            problems.append(f"token {token}: stored {stored.get(token, 0)} times, expected 1")
        elif task_of[token] != tid:
            problems.append(f"token {token}: on task {task_of[token]}, expected {tid}")
    for token in failed:
        if stored.get(token, 0):
            problems.append(f"token {token} of a failed add_update is stored")
    if len(stored) != len(ok_tokens):
        problems.append(f"{len(stored)} bench tokens stored, {len(ok_tokens)} successful calls")
    # A note (add_update without a progress change) leaves the version alone; each update_task
    # moves it exactly once.
    adds = Counter(tid for tid, _ in ok_tokens)
    notes: list[str] = []
    edits: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for r in results:
        for tid, version, title in r.edits_ok:
            edits[tid].append((version, title))
    for tid in set(adds) | set(edits):
        v0, _ = initial[tid]
        v, title = final[tid]
        expected = v0 + EDIT_BUMP * len(edits.get(tid, ()))
        if v < expected:
            problems.append(
                f"task {tid}: version {v0} -> {v}, fewer bumps than the "
                f"{adds[tid]} add_update + {len(edits.get(tid, ()))} update_task"
            )
        elif v != expected:  # more bumps than writes: odd, but nothing was lost
            notes.append(
                f"task {tid}: version {v0} -> {v}, expected {expected} from "
                f"{adds[tid]} add_update + {len(edits.get(tid, ()))} update_task"
            )
    for tid, done in edits.items():
        # the last committed edit reads back the highest version (ties: commits in between)
        top = max(v for v, _ in done)
        if final[tid][1] not in {t for v, t in done if v == top}:
            problems.append(f"task {tid}: title {final[tid][1]!r} is not the last edit's")
    for n in notes[:20]:
        print("  note (extra version bumps, no write lost):", n)
    for p in problems[:20]:
        print("  LOST/INCONSISTENT:", p)
    if problems:
        print(f"  {len(problems)} problem(s) found")
        return -len(problems)
    return len(ok_tokens) + sum(len(d) for d in edits.values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--mode", choices=("thread", "process"), default="thread")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--quick", action="store_true", help="5 clients for 5 s")
    args = ap.parse_args(argv)
    if args.quick:
        args.clients, args.seconds = 5, 5
    ok, reason = pg_available()
    if not ok:
        print("cannot start PostgreSQL:", reason)
        return 2
    with PostgresServer() as pg:
        url = pg.create_database("bench_concurrency")
        t0 = time.perf_counter()
        db = open_database(url)
        demo.build(db)
        with db.session() as s:
            initial = {
                tid: (v, t) for tid, v, t in s.execute(select(Task.id, Task.version, Task.title))
            }
            agencies = sorted(set(s.scalars(select(Task.lead_agency_id))))
            n_updates0 = s.scalar(select(func.count()).select_from(TaskUpdate))
        db.dispose()
        plan = _plan(url)
        print(
            f"PostgreSQL on 127.0.0.1:{pg.port}; demo built in "
            f"{time.perf_counter() - t0:.1f} s: {len(initial)} tasks, {n_updates0} updates"
        )
        for u in USERS:
            p = plan[u]
            print(
                f"  {u:8} {p['role']:12} sees {len(p['visible']):3}, adds updates to "
                f"{len(p['notes']):3}, edits {len(p['edits']):3}"
            )
        start_at = time.time() + 1.0
        jobs = [
            (
                url,
                i,
                USERS[i % len(USERS)],
                plan[USERS[i % len(USERS)]],
                agencies,
                start_at,
                args.seconds,
                args.seed,
            )
            for i in range(args.clients)
        ]
        cpu0 = resource.getrusage(resource.RUSAGE_SELF)
        if args.mode == "thread":
            results: list[ClientResult | None] = [None] * len(jobs)

            def work(i: int) -> None:
                results[i] = run_client(*jobs[i])

            threads = [threading.Thread(target=work, args=(i,)) for i in range(len(jobs))]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            cpu1 = resource.getrusage(resource.RUSAGE_SELF)
            cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
        else:
            c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            with mp.get_context("fork").Pool(len(jobs)) as pool:
                results = pool.map(_run_client_args, jobs)
            c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (c1.ru_utime - c0.ru_utime) + (c1.ru_stime - c0.ru_stime)
        wall = time.time() - start_at
        results = [r for r in results if r is not None]
        if len(results) != len(jobs):
            print(f"{len(jobs) - len(results)} client(s) died")
        elapsed = args.seconds
        reads = sum(r.reads for r in results)
        writes = sum(r.writes for r in results)
        conflicts = sum(r.conflicts for r in results)
        retry_failed = sum(r.retry_failed for r in results)
        errors = [e for r in results for e in r.errors]
        lat: dict[str, list[float]] = defaultdict(list)
        for r in results:
            for k, v in r.lat.items():
                lat[k].extend(v)
        print(
            f"\n{args.clients} clients ({args.mode}s), {args.seconds:g} s, own engine each; "
            f"client CPU {cpu:.1f} s over {wall:.1f} s wall "
            f"({cpu / wall:.2f} cores; {os.cpu_count()} CPUs)"
        )
        print(
            f"throughput: {(reads + writes) / elapsed:8.1f} ops/s total, "
            f"{reads / elapsed:8.1f} reads/s, {writes / elapsed:8.1f} writes/s "
            f"({reads + writes} ops: {reads} reads, {writes} writes)"
        )
        print(
            f"{'operation':14} {'count':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}"
        )
        for k in ("list_tasks", "get_task", "class_counts", "add_update", "update_task"):
            v = lat.get(k, [])
            print(
                f"{k:14} {len(v):7} {_pct(v, 50):8.1f} {_pct(v, 95):8.1f} "
                f"{_pct(v, 99):8.1f} {(max(v) * 1000 if v else float('nan')):8.1f}"
            )
        allv = [x for v in lat.values() for x in v]
        print(
            f"{'all':14} {len(allv):7} {_pct(allv, 50):8.1f} {_pct(allv, 95):8.1f} "
            f"{_pct(allv, 99):8.1f}"
        )
        print(f"conflicts seen: {conflicts} (still conflicting after one retry: {retry_failed})")
        print(f"errors: {len(errors)}")
        for e, n in Counter(errors).most_common(5):
            print(f"  {n} x {e}")
        checked = verify(url, results, initial)
        if checked >= 0:
            print(f"no update lost: {checked} updates checked")
            return 1 if errors else 0
        return 1


if __name__ == "__main__":
    sys.exit(main())
