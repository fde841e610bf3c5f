"""The plans of the national demo: one per board and year, issued early in the year, with the
same five sections (their tasks are placed by the lead agency's sector).
"""

from __future__ import annotations

from datetime import date

from coordboard.models import Plan, PlanSection
from coordboard.services.demo.national.bulk import next_id, put_chunked
from coordboard.services.demo.national.texts import SECTIONS
from coordboard.services.demo.national.world import World, day_between
from coordboard.text import fold


def build_plans(w: World) -> None:
    """One plan per board and year with the sections of SECTIONS; about a third of the
    plans after the first year are copies of the previous one (their unfinished tasks carry
    over, see board_years)."""
    rng, c = w.rng, w.conn
    plan_id, section_id = next_id(c, Plan.__table__), next_id(c, PlanSection.__table__)
    plans, sections = [], []
    current = w.today.year
    boards = [(p.board_id, p.area, True) for p in w.provinces] + [
        (cm.board_id, cm.area, False) for p in w.provinces for cm in p.communes
    ]
    for board_id, area, is_province in boards:
        number = rng.randint(5, 60)
        for year in w.years:
            copied = year != w.years[0] and rng.random() < 0.35
            issued = min(day_between(rng, date(year, 1, 5), date(year, 2, 28)), w.today)
            code = f"{number + rng.randint(0, 9)}/KH-{'BĐH' if is_province else 'UBND'}"
            title = f"Kế hoạch thực hiện công tác trẻ em năm {year} {area}"
            by_sector: dict[str, int] = {}
            for pos, (num, sec_title, sector_codes) in enumerate(SECTIONS, start=1):
                sections.append(
                    {
                        "id": section_id,
                        "plan_id": plan_id,
                        "parent_id": None,
                        "number": num,
                        "title": sec_title,
                        "position": pos,
                        **w.tracked(issued),
                    }
                )
                for code_ in sector_codes or ("report",):
                    by_sector[code_] = section_id
                section_id += 1
            plans.append(
                {
                    "id": plan_id,
                    "board_id": board_id,
                    "code": code,
                    "title": title,
                    "title_folded": fold(title),
                    "year_from": year,
                    "year_to": year,
                    "issue_date": issued,
                    "basis": "Luật Trẻ em năm 2016; Nghị định số 56/2017/NĐ-CP.",
                    "purpose": "Bảo đảm thực hiện quyền trẻ em; phòng ngừa, giảm thiểu tình "
                    "trạng trẻ em bị xâm hại.",
                    "funding": "Ngân sách nhà nước theo phân cấp và nguồn vận động hợp pháp.",
                    "status": "in_force" if year == current else "closed",
                    "copied_from_id": plan_id - 1 if copied else None,
                    **w.tracked(issued),
                }
            )
            w.plans[(board_id, year)] = (plan_id, code, issued, by_sector)
            if copied:
                w.copied.add((board_id, year))
            plan_id += 1
    put_chunked(c, Plan.__table__, plans)
    put_chunked(c, PlanSection.__table__, sections)
    w.counts["plans"], w.counts["sections"] = len(plans), len(sections)
    w.progress("plans", len(plans), len(plans))
