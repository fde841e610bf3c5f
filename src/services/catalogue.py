"""The editable catalogue: sectors, agencies, levels, board kinds and roles."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from coordboard.db import Database
from coordboard.errors import NotFound, ValidationError
from coordboard.i18n import QT_TRANSLATE_NOOP
from coordboard.models import AdminLevel, Agency, BoardKind, BoardRole, Sector
from coordboard.services import permissions
from coordboard.services.actor import Actor
from coordboard.services.uow import UnitOfWork, check_length, check_version
from coordboard.text import clean, fold


@dataclass(frozen=True)
class Item:
    """A catalogue entry as pickers show it."""

    id: int
    code: str
    name: str
    active: bool


@dataclass(frozen=True)
class SectorInfo:
    id: int
    code: str
    name: str
    sort_order: int
    active: bool
    version: int


@dataclass(frozen=True)
class AgencyInfo:
    id: int
    code: str
    name: str
    short_name: str
    sector_id: int | None
    sector_name: str
    level_id: int | None
    active: bool
    version: int


@dataclass(frozen=True)
class RoleInfo:
    id: int
    code: str
    name: str
    rank: int
    unique_per_board: bool


@dataclass(frozen=True)
class Catalogue:
    sectors: tuple[SectorInfo, ...]
    agencies: tuple[AgencyInfo, ...]
    levels: tuple[Item, ...]
    kinds: tuple[Item, ...]
    roles: tuple[RoleInfo, ...]


def _sector_info(x: Sector) -> SectorInfo:
    return SectorInfo(x.id, x.code, x.name, x.sort_order, x.active, x.version)


def _agency_info(a: Agency) -> AgencyInfo:
    return AgencyInfo(
        id=a.id,
        code=a.code,
        name=a.name,
        short_name=a.short_name,
        sector_id=a.sector_id,
        sector_name=a.sector.name if a.sector else "",
        level_id=a.level_id,
        active=a.active,
        version=a.version,
    )


def load_catalogue(db: Database, actor: Actor) -> Catalogue:
    """Everything the pickers need, in one read (every account may read the catalogue)."""
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        return Catalogue(
            sectors=tuple(
                _sector_info(x)
                for x in s.scalars(select(Sector).order_by(Sector.sort_order, Sector.name))
            ),
            agencies=tuple(_agency_info(a) for a in s.scalars(select(Agency).order_by(Agency.id))),
            levels=tuple(
                Item(x.id, x.code, x.name, x.active)
                for x in s.scalars(select(AdminLevel).order_by(AdminLevel.rank))
            ),
            kinds=tuple(
                Item(x.id, x.code, x.name, x.active)
                for x in s.scalars(select(BoardKind).order_by(BoardKind.id))
            ),
            roles=tuple(
                RoleInfo(x.id, x.code, x.name, x.rank, x.unique_per_board)
                for x in s.scalars(select(BoardRole).order_by(BoardRole.rank))
            ),
        )


def save_agency(
    db: Database,
    actor: Actor,
    *,
    code: str,
    name: str,
    short_name: str = "",
    sector_id: int | None = None,
    level_id: int | None = None,
    active: bool = True,
    agency_id: int | None = None,
    expected_version: int | None = None,
) -> AgencyInfo:
    """Create (agency_id None) or update an agency. Names are unique regardless of accents."""
    permissions.require_catalogue_editor(actor)
    name, code, short_name = clean(name), clean(code).upper(), clean(short_name)
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The agency name must not be empty."), field="name"
        )
    if not code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The agency code must not be empty."), field="code"
        )
    for field, value in (("code", code), ("name", name), ("short_name", short_name)):
        check_length(value, Agency.__table__.c[field], field)
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        clash = s.scalar(
            select(Agency).where(
                (Agency.name_folded == fold(name)) | (Agency.code == code),
                Agency.id != (agency_id or 0),
            )
        )
        if clash is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "An agency with this name or code already exists: {name}."
                ),
                field="name" if clash.name_folded == fold(name) else "code",
                name=clash.name,
            )
        if agency_id is None:
            agency = Agency()
            s.add(agency)
        else:
            agency = s.get(Agency, agency_id)
            if agency is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "The agency no longer exists."))
            check_version(agency.version, expected_version)
        agency.code, agency.name, agency.short_name = code, name, short_name or name
        agency.name_folded = fold(name)
        agency.sector_id, agency.level_id, agency.active = sector_id, level_id, active
        uow.commit()
        return _agency_info(agency)


def save_sector(
    db: Database,
    actor: Actor,
    *,
    code: str,
    name: str,
    sort_order: int = 50,
    sector_id: int | None = None,
    expected_version: int | None = None,
) -> SectorInfo:
    permissions.require_catalogue_editor(actor)
    name, code = clean(name), clean(code).lower()
    if not code:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The sector code must not be empty."), field="code"
        )
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The sector name must not be empty."), field="name"
        )
    for field, value in (("code", code), ("name", name)):
        check_length(value, Sector.__table__.c[field], field)
    with UnitOfWork(db, actor) as uow:
        s = uow.session
        clash = s.scalar(
            select(Sector).where(
                (Sector.name_folded == fold(name)) | (Sector.code == code),
                Sector.id != (sector_id or 0),
            )
        )
        if clash is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "A sector with this name or code already exists: {name}."
                ),
                field="name" if clash.name_folded == fold(name) else "code",
                name=clash.name,
            )
        sector = Sector() if sector_id is None else s.get(Sector, sector_id)
        if sector is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The sector no longer exists."))
        if sector_id is None:
            s.add(sector)
        else:
            check_version(sector.version, expected_version)
        sector.code, sector.name, sector.name_folded = code, name, fold(name)
        sector.sort_order = sort_order
        uow.commit()
        return _sector_info(sector)
