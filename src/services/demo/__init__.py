"""A realistic fictional board world for trying the app out (`coordboard demo`).

The shapes come from the seed documents (a province executive board for child affairs with
members from many departments and mass organisations, commune boards under it, a re-staffing);
every person is invented.

This is the package's public face; the work is done in

- world      build() and holds_data(): the boards, members and accounts of the small world;
- seats      the tables of its shape (seats, communes, accounts), shared with the national demo;
- names      fictional names and phone numbers;
- plans      the plans and tasks, shaped on seeds 001 and 003 (their texts in plan_data);
- meetings   the three meetings of the province board (the annual review in annual_review);
- national   the national-scale generator (`coordboard demo --scale national`).
"""

from __future__ import annotations

from coordboard.services.demo.names import (
    FAMILY,
    FEMALE_GIVEN,
    FEMALE_MIDDLE,
    MALE_GIVEN,
    MALE_MIDDLE,
    Names,
)
from coordboard.services.demo.seats import (
    ACCOUNTS,
    COMMUNE_SEATS,
    COMMUNES,
    PROVINCE,
    PROVINCE_SEATS,
)
from coordboard.services.demo.world import DEMO_PASSWORD, DemoAccount, build, holds_data

__all__ = [
    "ACCOUNTS",
    "COMMUNES",
    "COMMUNE_SEATS",
    "DEMO_PASSWORD",
    "FAMILY",
    "FEMALE_GIVEN",
    "FEMALE_MIDDLE",
    "MALE_GIVEN",
    "MALE_MIDDLE",
    "PROVINCE",
    "PROVINCE_SEATS",
    "DemoAccount",
    "Names",
    "build",
    "holds_data",
]
