"""What a meeting's documents read of a meeting: the shapes of the data the builders take.

services/meetings hands its `MeetingDetail` in; these protocols say which of its fields the
minutes, the notice and the invitation use, so the builders are type-checked without importing
the meetings use case (documents sit below the use cases: builders take data).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol


class Letterhead(Protocol):
    """The board as its documents name it (services/register.Letterhead)."""

    @property
    def governing_body(self) -> str: ...

    @property
    def issuing_body(self) -> str: ...

    @property
    def place(self) -> str: ...

    @property
    def board_name(self) -> str: ...

    def number(self, number: int | None, type_code: str) -> str: ...


class Meeting(Protocol):
    @property
    def title(self) -> str: ...

    @property
    def starts_at(self) -> datetime: ...

    @property
    def ends_at(self) -> datetime: ...

    @property
    def day(self) -> date: ...

    @property
    def place(self) -> str: ...

    @property
    def mode(self) -> str: ...  # in_person | online | hybrid

    @property
    def online_link(self) -> str: ...

    @property
    def purpose(self) -> str: ...

    @property
    def minutes_number(self) -> int | None: ...

    @property
    def notice_number(self) -> int | None: ...

    @property
    def notice_date(self) -> date | None: ...

    @property
    def invitation_number(self) -> int | None: ...

    @property
    def invitation_date(self) -> date | None: ...


class AgendaItem(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def title(self) -> str: ...

    @property
    def presenter(self) -> str: ...

    @property
    def presenter_agency_name(self) -> str: ...

    @property
    def summary(self) -> str: ...

    @property
    def planned_minutes(self) -> int: ...

    @property
    def documents(self) -> Sequence[object]: ...  # the papers sent with the invitation


class Attendee(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def position(self) -> int: ...

    @property
    def kind(self) -> str: ...  # member | guest

    @property
    def name(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def board_role(self) -> str: ...

    @property
    def agency_name(self) -> str: ...

    @property
    def attendance(self) -> str: ...

    @property
    def absence_reason(self) -> str: ...

    @property
    def delegate_name(self) -> str: ...

    @property
    def delegate_title(self) -> str: ...

    @property
    def attending(self) -> bool: ...


class Opinion(Protocol):
    @property
    def attendee_id(self) -> int | None: ...

    @property
    def speaker(self) -> str: ...

    @property
    def agency_name(self) -> str: ...

    @property
    def text(self) -> str: ...


class ConclusionTask(Protocol):
    @property
    def title(self) -> str: ...

    @property
    def lead_agency_name(self) -> str: ...

    @property
    def cooperating_agency_names(self) -> Sequence[str]: ...

    @property
    def decided_deadline(self) -> date | None: ...


class Conclusion(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def tasks(self) -> Sequence[ConclusionTask]: ...


class Quorum(Protocol):
    @property
    def members(self) -> int: ...

    @property
    def attending(self) -> int: ...

    @property
    def delegated(self) -> int: ...

    @property
    def guests_present(self) -> int: ...


class MeetingDetail(Protocol):
    """services/meetings.MeetingDetail as the builders read it."""

    @property
    def meeting(self) -> Meeting: ...

    @property
    def agenda(self) -> Sequence[AgendaItem]: ...

    @property
    def attendees(self) -> Sequence[Attendee]: ...

    @property
    def conclusions(self) -> Sequence[Conclusion]: ...

    @property
    def quorum(self) -> Quorum: ...

    @property
    def letterhead(self) -> Letterhead: ...

    @property
    def chair(self) -> Attendee | None: ...

    @property
    def secretary(self) -> Attendee | None: ...

    def opinions_on(self, item_id: int | None) -> Sequence[Opinion]: ...
