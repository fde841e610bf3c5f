"""The rows of the national demo's tasks and of what hangs off them (co-operating agencies,
progress updates, extensions, recurring series), with every derived column filled as the
services fill it: the folded title, the effective deadline after extensions, `sort_rank`,
the completion date and 100 % of a done task, `last_update_on`, and a carried-over copy that
goes on where its predecessor stood. A task's fate (status, updates) is drawn as of the build
day, so that every status class occurs. Rows are buffered and written by flush().
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from coordboard.models import Task, TaskExtension, TaskSeries, TaskUpdate, task_cooperators
from coordboard.rules.status import sort_rank
from coordboard.services.demo.national.bulk import next_id, put, transaction
from coordboard.services.demo.national.texts import (
    CANCEL_REASONS,
    DONE_TEXTS,
    EXTENSION_REASONS,
    NOTE_TEXTS,
    PROGRESS_TEXTS,
    SUSPEND_REASONS,
)
from coordboard.services.demo.national.world import World, day_between
from coordboard.text import fold

_fold = lru_cache(maxsize=16384)(fold)  # titles repeat within a board's year


class TaskRows:
    def __init__(self, w: World) -> None:
        self.w = w
        c = w.conn
        self.ids = {
            t: next_id(c, t.__table__) for t in (Task, TaskUpdate, TaskExtension, TaskSeries)
        }
        self.buf: dict[str, list[dict]] = {
            "series": [],
            "tasks": [],
            "coop": [],
            "updates": [],
            "extensions": [],
        }

    def series(self, kind: str, points: str, day: date) -> int:
        """A new recurring series (created on `day`); its id."""
        series_id = self.ids[TaskSeries]
        self.buf["series"].append(
            {
                "id": series_id,
                "kind": kind,
                "points": points,
                **self.w.tracked(day),
            }
        )
        self.ids[TaskSeries] += 1
        return series_id

    def task(
        self,
        board_id: int,
        plan_id: int | None,
        section_id: int | None,
        pos: int,
        title: str,
        lead: int,
        coops: tuple[int, ...],
        assigned: date,
        kind: str,
        deadline: date | None,
        *,
        source: tuple,
        carried_from: dict | None = None,
        series_id: int | None = None,
        period_key: str = "",
        extend: bool = True,
        relative_days: int | None = None,
    ) -> dict:
        rng, today = self.w.rng, self.w.today
        task_id = self.ids[Task]
        self.ids[Task] += 1
        effective = deadline
        extensions: list[dict] = []
        if (
            extend
            and deadline is not None
            and rng.random() < 0.03
            and deadline <= today + timedelta(days=15)
        ):
            current = deadline
            for _ in range(1 if rng.random() < 0.85 else 2):
                approved = min(today, max(assigned, current - timedelta(days=rng.randint(0, 10))))
                if approved > today or current > today + timedelta(days=15):
                    break
                new = current + timedelta(days=rng.randint(10, 60))
                extensions.append(
                    {
                        "id": self.ids[TaskExtension],
                        "task_id": task_id,
                        "old_deadline": current,
                        "new_deadline": new,
                        "reason": rng.choice(EXTENSION_REASONS),
                        "approved_by": "Trưởng ban",
                        "approved_on": approved,
                        "entered_by_id": None,
                        **self.w.tracked(approved),
                    }
                )
                self.ids[TaskExtension] += 1
                current = new
            effective = current
        updates: list[dict]
        if carried_from is not None and carried_from["status"] == "suspended":
            status, completed, percent, note, updates = (
                "suspended",
                None,
                carried_from["percent"],
                carried_from["status_note"],
                [],
            )
        else:
            status, completed, percent, note, updates = self._fate(
                task_id,
                lead,
                coops,
                assigned,
                effective,
                extensions[-1]["approved_on"] if extensions else assigned,
            )
        last_update = max((u["update_date"] for u in updates), default=None)
        if carried_from is not None:  # copy_to_next_year: it goes on where it stood
            if status in ("not_started", "in_progress") and carried_from["percent"] > percent:
                status, percent = "in_progress", carried_from["percent"]
            last_update = max(
                filter(None, (last_update, carried_from["last_update_on"])), default=None
            )
        source_kind, source_number, source_date, source_issuer = source
        row = {
            "id": task_id,
            "board_id": board_id,
            "plan_id": plan_id,
            "section_id": section_id,
            "position": pos,
            "title": title,
            "title_folded": _fold(title),
            "description": "",
            "source_kind": source_kind,
            "meeting_id": None,
            "source_number": source_number,
            "source_date": source_date,
            "source_issuer": source_issuer,
            "sector_id": self.w.sector.get(self.w.agency_sector[lead]),
            "lead_agency_id": lead,
            "responsible_person": "",
            "assigned_date": assigned,
            "deadline_kind": kind,
            "deadline": deadline,
            "relative_base": assigned if kind == "relative" else None,
            "relative_days": relative_days,
            "effective_deadline": effective,
            "series_id": series_id,
            "period_key": period_key,
            "expected_output": "",
            "target_value": None,
            "target_unit": "",
            "achieved_value": None,
            "status": status,
            "sort_rank": sort_rank(status, effective),
            "percent": percent,
            "completed_on": completed,
            "status_note": note,
            "carried_from_id": carried_from["id"] if carried_from else None,
            "last_update_on": last_update,
            **self.w.tracked(
                assigned,
                1 + len(updates) + len(extensions),
                max(
                    last_update or assigned,
                    extensions[-1]["approved_on"] if extensions else assigned,
                ),
            ),
        }
        self.buf["tasks"].append(row)
        self.buf["coop"].extend({"task_id": task_id, "agency_id": a} for a in coops)
        self.buf["extensions"].extend(extensions)
        for u in updates:
            u["id"] = self.ids[TaskUpdate]
            self.ids[TaskUpdate] += 1
        self.buf["updates"].extend(updates)
        return row

    def _fate(
        self,
        task_id: int,
        lead: int,
        coops: tuple[int, ...],
        assigned: date,
        deadline: date | None,
        open_until: date,
    ) -> tuple[str, date | None, int, str, list[dict]]:
        """Status, completion date, percent, status note and progress updates as of today.
        The task was unfinished until `open_until` at least (an extension was approved then)."""
        rng, today = self.w.rng, self.w.today
        updates: list[dict] = []

        def update(
            day: date,
            text_: str,
            *,
            percent: int | None = None,
            agency: int | None = lead,
            old: str | None = None,
            new: str | None = None,
        ) -> None:
            """By the agency's focal point; by the secretariat (no agency) when agency is None."""
            updates.append(
                {
                    "task_id": task_id,
                    "update_date": day,
                    "author_id": None,
                    "author_name": "Đầu mối cơ quan" if agency else "Tổ thư ký",
                    "agency_id": agency,
                    "text": text_,
                    "percent": percent,
                    "old_status": old,
                    "new_status": new,
                    **self.w.tracked(day),
                }
            )

        def progress_until(end: date, final: int) -> str:
            """0-2 progress updates between assignment and `end`; the status they leave."""
            k = rng.choice((1, 1, 2)) if final else 0
            pct = final
            days = sorted(day_between(rng, assigned, end) for _ in range(k))
            for i, day in enumerate(days):
                pct = final if i == k - 1 else max(10, final - rng.choice((10, 20, 30)))
                update(day, rng.choice(PROGRESS_TEXTS), percent=pct)
            return "in_progress" if k else "not_started"

        r = rng.random()
        if r < 0.02 or (r < 0.035 and assigned < today):
            status = "cancelled" if r < 0.02 else "suspended"
            reason = rng.choice(CANCEL_REASONS if status == "cancelled" else SUSPEND_REASONS)
            day = day_between(rng, open_until, today)
            percent = rng.choice((0, 0, 20, 40))
            before = progress_until(day, percent)
            update(day, reason, agency=None, old=before, new=status)  # only the secretariat
            return status, None, percent, reason, updates
        finish: date | None
        if deadline is None:
            done = rng.random() < 0.45 and assigned < today
            finish = day_between(rng, assigned, today)
        elif deadline < today:
            x = rng.random()
            late_possible = deadline + timedelta(days=1) <= today
            if x < (0.12 if deadline.year == today.year else 0.05):
                done, finish = False, None
            elif x < 0.28 and late_possible:
                done = True
                finish = day_between(
                    rng, deadline + timedelta(days=1), min(deadline + timedelta(days=120), today)
                )
            else:
                done = True
                finish = day_between(rng, max(open_until, deadline - timedelta(days=75)), deadline)
        else:
            done = rng.random() < 0.18 and open_until < today
            finish = day_between(rng, open_until, today - timedelta(days=1)) if done else None
        if done:
            assert finish is not None  # every branch that finishes a task draws its day
            before = progress_until(finish, rng.choice((40, 60, 80)) if rng.random() < 0.15 else 0)
            update(finish, rng.choice(DONE_TEXTS), old=before, new="done")
            if coops and rng.random() < 0.15:
                update(day_between(rng, assigned, finish), rng.choice(NOTE_TEXTS), agency=coops[0])
            return "done", finish, 100, "", updates
        percent = 0 if rng.random() < 0.3 else rng.randint(1, 9) * 10
        status = progress_until(today, percent) if percent else "not_started"
        if status == "not_started":
            percent = 0
        if coops and rng.random() < 0.15:
            update(day_between(rng, assigned, today), rng.choice(NOTE_TEXTS), agency=coops[0])
        return status, None, percent, "", updates

    def flush(self) -> None:
        buf, c = self.buf, self.w.conn
        with transaction(c):
            put(c, TaskSeries.__table__, buf["series"])
            put(c, Task.__table__, buf["tasks"])
            put(c, task_cooperators, buf["coop"])
            put(c, TaskUpdate.__table__, buf["updates"])
            put(c, TaskExtension.__table__, buf["extensions"])
        for key, counter in (
            ("series", "series"),
            ("tasks", "tasks"),
            ("coop", "cooperators"),
            ("updates", "updates"),
            ("extensions", "extensions"),
        ):
            self.w.counts[counter] += len(buf[key])
            buf[key].clear()
        self.w.progress("tasks", self.w.counts["tasks"], self.w.tasks_total)
