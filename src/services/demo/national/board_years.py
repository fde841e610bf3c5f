"""The national demo's tasks, one board's year at a time: the unfinished tasks carried over
from last year's plan when this year's plan is a copy of it, every occurrence of the board's
recurring duties (computed by the recurrence rules from the series' own "DD/MM" text, as the
services do), then the plan's own tasks, meeting conclusions (some due within working days)
and duties from documents. The secondary indexes are dropped for the load and built after it.
"""

from __future__ import annotations

import contextlib
from datetime import date, timedelta
from functools import lru_cache

from coordboard.rules import recurrence
from coordboard.rules.status import sort_rank
from coordboard.services.demo.national.bulk import CHUNK, set_indexes
from coordboard.services.demo.national.task_rows import TaskRows
from coordboard.services.demo.national.texts import DOCUMENTS, SERIES, TITLES
from coordboard.services.demo.national.world import (
    Commune,
    Province,
    World,
    allocate,
    day_between,
)
from coordboard.services.workdays import WorkCalendar


@lru_cache
def _rule(kind: str, points: str) -> recurrence.Recurrence:
    return recurrence.parse_recurrence(kind, points)


def build_tasks(w: World) -> None:
    """Every board's years of tasks, the budget of tasks shared out by weight (a province
    board has about three times a commune's, later years a little more)."""
    rng, c = w.rng, w.conn
    boards = [(p, None) for p in w.provinces] + [(p, cm) for p in w.provinces for cm in p.communes]
    weights = []
    n_years = len(w.years)
    for _p, commune in boards:
        base = 3.0 * rng.uniform(0.8, 1.2) if commune is None else rng.uniform(0.5, 1.5)
        for i in range(n_years):
            weights.append(base * (0.8 + 0.4 * i / max(1, n_years - 1)))
    budget = allocate(w.tasks_total, weights)
    maker = BoardYears(w)
    # Secondary indexes are built once after the load (a sort each) rather than kept up
    # to date row by row; the tables are empty before (the database holds no boards).
    set_indexes(c, "drop")
    try:
        for b, (province, commune) in enumerate(boards):
            carry: list[dict] = []
            series: dict[int, int] = {}
            for i, year in enumerate(w.years):
                carry = maker.board_year(
                    province, commune, year, budget[b * n_years + i], carry, series
                )
            if len(maker.rows.buf["tasks"]) >= CHUNK:
                maker.rows.flush()
        maker.rows.flush()
    except BaseException:
        with contextlib.suppress(Exception):  # leave the schema whole if we still can
            c.rollback()
            set_indexes(c, "create")
        raise
    w.progress("indexes", 0, 1)
    set_indexes(c, "create")
    w.progress("indexes", 1, 1)


class BoardYears:
    """Makes the tasks of one board's year after another, into one TaskRows buffer."""

    def __init__(self, w: World) -> None:
        self.w = w
        self.rows = TaskRows(w)
        self.calendar = WorkCalendar()  # a new database has no calendar exceptions
        self.working_days: dict[tuple[date, int], date] = {}

    def board_year(
        self,
        province: Province,
        commune: Commune | None,
        year: int,
        n: int,
        carry: list[dict],
        series: dict[int, int],
    ) -> list[dict]:
        """Generate `n` tasks of one board's year; returns the tasks to carry to next year."""
        w = self.w
        rng = w.rng
        board_id = commune.board_id if commune else province.board_id
        area = commune.area if commune else province.area
        agencies = list((commune or province).agencies.values())
        plan_id, _code, issued, sections = w.plans[(board_id, year)]
        copied = (board_id, year) in w.copied
        start = date(year, 1, 1) if copied else issued
        year_end = min(date(year, 12, 31), w.today)
        positions: dict[int, int] = {}
        carried_next: list[dict] = []
        made = 0

        def position(section_id: int | None) -> int:
            if section_id is None:
                return 0
            positions[section_id] = positions.get(section_id, 0) + 1
            return positions[section_id]

        def carry_on(task: dict, coops: tuple[int, ...]) -> None:
            """Unfinished plan tasks move to next year's plan when that plan is a copy."""
            if (
                task["status"] in ("not_started", "in_progress", "suspended")
                and year < w.today.year
                and (board_id, year + 1) in w.copied
            ):
                carried_next.append({**task, "coops": coops})  # as it stood when copied
                task["status"] = "carried_over"
                task["status_note"] = w.plans[(board_id, year + 1)][1]
                task["sort_rank"] = sort_rank("carried_over", task["effective_deadline"])

        # carried over from last year's plan (copy_to_next_year)
        for old in carry[:n]:
            deadline = old["effective_deadline"]
            if deadline is not None and deadline < start:
                try:
                    deadline = deadline.replace(year=year)
                except ValueError:
                    deadline = date(year, 2, 28)
                if deadline < start:
                    deadline = deadline.replace(year=year + 1)
            assigned = min(start, deadline) if deadline else start
            section = sections.get(w.agency_sector[old["lead_agency_id"]])
            task = self.rows.task(
                board_id,
                plan_id,
                section,
                position(section),
                old["title"],
                old["lead_agency_id"],
                old["coops"],
                assigned,
                "fixed" if deadline else "none",
                deadline,
                source=("plan", "", None, ""),
                carried_from=old,
                period_key=old["period_key"],
                extend=False,
            )
            carry_on(task, old["coops"])
            made += 1
        # recurring duties: every occurrence of this year
        for s_index, (title, kind, points, which) in enumerate(SERIES):
            if which == "province" and commune is not None:
                continue
            occ = self._occurrences(kind, points, year)
            if n - made < len(occ) + 2:
                continue
            if s_index not in series:
                series[s_index] = self.rows.series(kind, points, issued)
            lead = commune.agencies["VHXH"] if commune else province.agencies["SYT"]
            for key, due in occ:
                self.rows.task(
                    board_id,
                    plan_id,
                    sections["report"],
                    position(sections["report"]),
                    title,
                    lead,
                    self._coops(agencies, lead),
                    start,
                    "recurring",
                    due,
                    source=("plan", "", None, ""),
                    series_id=series[s_index],
                    period_key=key,
                    extend=False,
                )
                made += 1
        # the plan's own tasks, meeting conclusions and duties from documents
        meetings = [day_between(rng, date(year, 1, 10), year_end) for _ in range(3)]
        recent = None
        if year == w.today.year:  # a meeting of the last days, its conclusions due soon
            recent = max(date(year, 1, 1), w.today - timedelta(days=rng.randint(2, 10)))
            meetings.append(recent)
        for _ in range(n - made):
            lead = rng.choice(agencies)
            sector = w.agency_sector[lead]
            template = rng.choice(TITLES.get(sector, TITLES["home_affairs"]))
            title = template.format(area=area, year=year, next=year + 1)
            coops = self._coops(agencies, lead)
            relative_days = None
            r = rng.random()
            if r < 0.75:
                section = sections.get(sector, sections["report"])
                assigned = issued
                source: tuple = ("plan", "", None, "")
                kind, deadline = self._plan_deadline(assigned, year)
            elif r < 0.95:
                section = None
                assigned = rng.choice(meetings)
                suffix = "BĐH" if commune is None else "UBND"
                source = (
                    "meeting",
                    f"{rng.randint(1, 40)}/TB-{suffix}",
                    assigned,
                    w.board_rows[board_id]["name"],
                )
                if rng.random() < 0.3:
                    kind, relative_days = "relative", rng.choice((5, 7, 10, 15, 20))
                    deadline = self._working_days(assigned, relative_days)
                elif assigned == recent and rng.random() < 0.5:
                    kind, deadline = "fixed", w.today + timedelta(days=rng.randint(0, 6))
                else:
                    kind = "fixed"
                    deadline = assigned + timedelta(days=rng.randint(7, 120))
            else:
                section = None
                number, issuer, issued_doc = rng.choice(DOCUMENTS)
                assigned = day_between(rng, date(year, 1, 5), year_end)
                source = ("document", number, issued_doc, issuer)
                kind, deadline = self._plan_deadline(assigned, year)
            if rng.random() < 0.05:
                kind, deadline = "none", None
            task = self.rows.task(
                board_id,
                plan_id if section else None,
                section,
                position(section),
                title,
                lead,
                coops,
                assigned,
                kind,
                deadline,
                source=source,
                relative_days=relative_days if kind == "relative" else None,
            )
            if section is not None:
                carry_on(task, coops)
        return carried_next

    def _occurrences(self, kind: str, points: str, year: int) -> list[tuple[str, date]]:
        """(period key, due day) of every occurrence in `year`, as the services compute them."""
        rule = _rule(kind, points)
        return [
            (o.period_key, o.due)
            for o in recurrence.occurrences(rule, date(year, 1, 1), date(year, 12, 31))
        ]

    def _working_days(self, base: date, n: int) -> date:
        """ "Within n working days of base", as the services count it (holidays included)."""
        key = (base, n)
        if key not in self.working_days:
            self.working_days[key] = self.calendar.add_working_days(base, n)
        return self.working_days[key]

    def _plan_deadline(self, assigned: date, year: int) -> tuple[str, date]:
        rng = self.w.rng
        r = rng.random()
        if r < 0.5:  # the usual dates of plans: month ends, mid-month, reporting days
            month = rng.randint(max(assigned.month, 2), 12)
            day = rng.choice((15, 20, 25, 28))
            deadline = date(year, month, day)
        elif r < 0.93:
            deadline = day_between(rng, assigned + timedelta(days=20), date(year, 12, 31))
        else:  # spills into the next year
            deadline = day_between(rng, date(year + 1, 1, 10), date(year + 1, 3, 31))
        return "fixed", max(deadline, assigned)

    def _coops(self, agencies: list[int], lead: int) -> tuple[int, ...]:
        r = self.w.rng.random()
        k = 0 if r < 0.3 else 1 if r < 0.65 else 2 if r < 0.9 else 3
        others = [a for a in agencies if a != lead]
        return tuple(self.w.rng.sample(others, min(k, len(others))))
