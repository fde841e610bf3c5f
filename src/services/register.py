"""The register of outgoing documents and the letterhead a board's documents carry.

ND 30/2020: a document's number is its order among the documents the body issued that year
(it restarts at 1 on 1 January), written "05/BB-BĐH" — number, type code, the issuing body's
short code. Numbers here are kept per board, year and type; a number once issued is never given
again, even if the document it went to is deleted.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, literal, select
from sqlalchemy.orm import Session

from coordboard.db import Database
from coordboard.errors import NotFound, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import AdminLevel, Board, BoardKind, RegisteredDocument
from coordboard.services import permissions
from coordboard.services.actor import Actor
from coordboard.services.uow import UnitOfWork, sqlite_write_lock

# the short code a body of each kind signs with, when the board has none of its own
KIND_CODES = {
    "steering": "BCĐ",
    "executive": "BĐH",
    "commune_board": "BBVTE",
    "standing_group": "NTT",
    "interagency": "BCĐ",
}
# "tỉnh Vĩnh Long" -> place "Vĩnh Long"; the words a Vietnamese area name starts with
# the first key of the advisory lock on a board's register (PostgreSQL), the board id the second
REGISTER_LOCK_SPACE = 0x52454749  # "REGI"
AREA_PREFIXES = ("thành phố", "tỉnh", "xã", "phường", "đặc khu", "thị trấn", "huyện", "quận")


@dataclass(frozen=True)
class Letterhead:
    board_id: int
    governing_body: str  # "UBND TỈNH VĨNH LONG" ("" for a body with none above it)
    issuing_body: str  # "BAN ĐIỀU HÀNH CÔNG TÁC TRẺ EM TỈNH VĨNH LONG"
    doc_code: str  # "BĐH"
    place: str  # "Vĩnh Long", for the place-and-date line
    board_name: str

    def number(self, number: int | None, type_code: str) -> str:
        """'Số: 05/BB-BĐH' (zero-padded below 10); blanks for a draft; a công văn has no type."""
        suffix = f"{type_code}-{self.doc_code}" if type_code else self.doc_code
        if number is None:
            return f"Số:      /{suffix}"
        return f"Số: {number:02d}/{suffix}"

    def reference(self, number: int | None, type_code: str) -> str:
        """'05/BB-BĐH' as cited in other documents and in a task's source."""
        return self.number(number, type_code).removeprefix("Số:").strip()


def _upper(text: str) -> str:
    return unicodedata.normalize("NFC", text.upper())


def place_of(area: str) -> str:
    folded = area.strip()
    for prefix in AREA_PREFIXES:
        if folded.lower().startswith(prefix + " "):
            return folded[len(prefix) + 1 :].strip()
    return folded


def _letterhead(s: Session, board: Board) -> Letterhead:
    kind_code = s.scalar(select(BoardKind.code).where(BoardKind.id == board.kind_id))
    level_code = s.scalar(select(AdminLevel.code).where(AdminLevel.id == board.level_id))
    doc_code = board.doc_code or KIND_CODES.get(kind_code or "", "BĐH")
    governing = board.governing_body
    if not governing and board.area and level_code != "central":
        governing = "UBND " + board.area
    return Letterhead(
        board.id,
        _upper(governing),
        _upper(board.name),
        doc_code,
        place_of(board.area) or "Hà Nội",
        board.name,
    )


def letterhead_in(s: Session, board_id: int) -> Letterhead:
    board = s.get(Board, board_id)
    if board is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The board no longer exists."))
    return _letterhead(s, board)


def letterhead(db: Database, actor: Actor, board_id: int) -> Letterhead:
    with UnitOfWork(db, actor) as uow:
        permissions.require_view_board(uow.session, actor, board_id)
        return letterhead_in(uow.session, board_id)


def issue_number(
    s: Session,
    actor: Actor,
    board_id: int,
    type_code: str,
    issued_on: date,
    summary: str = "",
    meeting_id: int | None = None,
) -> int:
    """Take the next number of the board's register for `issued_on`'s year, in the caller's
    transaction. Two PCs taking one at once: the board's register is locked until the
    transaction ends, so the second waits for the first to commit (or roll back) and then
    takes the number after it; the unique constraint stays as the last guard."""
    if type_code not in ("BB", "TB", "GM", "BC", "KH", "QĐ", ""):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown document type."))
    _lock_register(s, board_id)
    last = s.scalar(
        select(func.max(RegisteredDocument.number)).where(
            RegisteredDocument.board_id == board_id,
            RegisteredDocument.year == issued_on.year,
            RegisteredDocument.type_code == type_code,
        )
    )
    number = (last or 0) + 1
    s.add(
        RegisteredDocument(
            board_id=board_id,
            year=issued_on.year,
            type_code=type_code,
            number=number,
            issued_on=issued_on,
            summary=summary[:1000],
            meeting_id=meeting_id,
            issued_by_id=actor.user_id,
        )
    )
    s.flush()
    return number


def _lock_register(s: Session, board_id: int) -> None:
    """Hold the board's register against other writers until the transaction ends, before
    its highest number is read. PostgreSQL: a transaction-level advisory lock (a row lock on
    the board would also hold up every insert that refers to the board). SQLite: the write
    lock (one writer at a time)."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(select(func.pg_advisory_xact_lock(literal(REGISTER_LOCK_SPACE), board_id)))
    sqlite_write_lock(s)


@dataclass(frozen=True)
class RegisterEntry:
    id: int
    year: int
    type_code: str
    number: int
    reference: str
    issued_on: date
    summary: str
    meeting_id: int | None


def register_entries(
    db: Database, actor: Actor, board_id: int, year: int | None = None
) -> list[RegisterEntry]:
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        permissions.require_view_board(s, actor, board_id)
        head = letterhead_in(s, board_id)
        query = select(RegisteredDocument).where(RegisteredDocument.board_id == board_id)
        if year is not None:
            query = query.where(RegisteredDocument.year == year)
        rows = s.scalars(
            query.order_by(
                RegisteredDocument.year, RegisteredDocument.type_code, RegisteredDocument.number
            )
        ).all()
        return [
            RegisterEntry(
                r.id,
                r.year,
                r.type_code,
                r.number,
                head.reference(r.number, r.type_code),
                r.issued_on,
                r.summary,
                r.meeting_id,
            )
            for r in rows
        ]
