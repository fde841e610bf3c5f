"""The use cases: what the ui and the command line may ask of a board's record. No Qt.

Each public function takes the acting user (`actor.Actor`) and what it needs, opens a unit of
work (`uow.UnitOfWork`), validates, checks permission (`permissions`), commits, and returns
frozen dataclasses; a refusal is a `coordboard.errors.DomainError` with a message for the user.
Import a feature through its package's face (`from coordboard.services import tasks;
tasks.update_task(...)`); its modules hold one job each and their private names stay inside.

Features (packages): tasks, meetings, plans, members (memberships and people), dashboard
(counts, lists and charts), reports (progress reports and reminder letters), documents (the
ND 30/2020 document model, its DOCX renderer and the builders of every document), demo (the
small demo world and the national-scale one).

Features in one module: auth (accounts, sign-in, throttling), boards, catalogue (agencies,
sectors, levels, kinds, roles), register (document numbers), workdays (the working calendar
as stored), db_copy (SQLite to PostgreSQL).

Shared by all of them: actor (who acts, roles), permissions, uow, changes (did another PC
commit?), day_settings (whole-number settings shared by every PC), spreadsheets (XLSX writing).
"""
