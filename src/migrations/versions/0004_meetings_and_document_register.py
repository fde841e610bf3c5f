"""Meetings (agenda with attached documents, attendees, opinions, conclusions), the register of
numbered outgoing documents, the boards' document header fields and tasks.conclusion_id.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 06:52:06.949367

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('meetings',
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=500), nullable=False),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.Column('online_link', sa.String(length=1000), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('record_revision', sa.Integer(), nullable=False),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('minutes_number', sa.Integer(), nullable=True),
    sa.Column('notice_number', sa.Integer(), nullable=True),
    sa.Column('notice_date', sa.Date(), nullable=True),
    sa.Column('invitation_number', sa.Integer(), nullable=True),
    sa.Column('invitation_date', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('ends_at >= starts_at', name=op.f('ck_meetings_ends_after_start')),
    sa.ForeignKeyConstraint(['approved_by_id'], ['users.id'], name=op.f('fk_meetings_approved_by_id_users')),
    sa.ForeignKeyConstraint(['board_id'], ['boards.id'], name=op.f('fk_meetings_board_id_boards')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index('ix_meetings_board_start', ['board_id', 'starts_at'], unique=False)

    op.create_table('document_register',
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('type_code', sa.String(length=10), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('summary', sa.String(length=1000), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('issued_by_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('number > 0', name=op.f('ck_document_register_number_positive')),
    sa.ForeignKeyConstraint(['board_id'], ['boards.id'], name=op.f('fk_document_register_board_id_boards')),
    sa.ForeignKeyConstraint(['issued_by_id'], ['users.id'], name=op.f('fk_document_register_issued_by_id_users')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_document_register_meeting_id_meetings'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_register')),
    sa.UniqueConstraint('board_id', 'year', 'type_code', 'number', name='uq_document_register_number')
    )
    with op.batch_alter_table('document_register', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_register_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('meeting_agenda_items',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=1000), nullable=False),
    sa.Column('presenter', sa.String(length=300), nullable=False),
    sa.Column('presenter_agency_id', sa.Integer(), nullable=True),
    sa.Column('planned_minutes', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('finished', sa.Boolean(), nullable=False),
    sa.Column('carried_from_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('planned_minutes >= 0', name=op.f('ck_meeting_agenda_items_minutes_not_negative')),
    sa.ForeignKeyConstraint(['carried_from_id'], ['meeting_agenda_items.id'], name=op.f('fk_meeting_agenda_items_carried_from_id_meeting_agenda_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_agenda_items_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['presenter_agency_id'], ['agencies.id'], name=op.f('fk_meeting_agenda_items_presenter_agency_id_agencies')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_agenda_items'))
    )
    with op.batch_alter_table('meeting_agenda_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_agenda_items_carried_from_id'), ['carried_from_id'], unique=False)
        batch_op.create_index('ix_meeting_agenda_items_meeting', ['meeting_id', 'position'], unique=False)

    op.create_table('meeting_attendees',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('membership_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('board_role', sa.String(length=100), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('attendance', sa.String(length=20), nullable=False),
    sa.Column('absence_reason', sa.String(length=500), nullable=False),
    sa.Column('delegate_name', sa.String(length=200), nullable=False),
    sa.Column('delegate_title', sa.String(length=300), nullable=False),
    sa.Column('meeting_role', sa.String(length=20), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind = 'member' OR membership_id IS NULL", name=op.f('ck_meeting_attendees_guest_has_no_membership')),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_meeting_attendees_agency_id_agencies')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_attendees_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['membership_id'], ['memberships.id'], name=op.f('fk_meeting_attendees_membership_id_memberships')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_meeting_attendees_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendees')),
    sa.UniqueConstraint('meeting_id', 'membership_id', name='uq_meeting_attendees_membership')
    )
    with op.batch_alter_table('meeting_attendees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendees_agency_id'), ['agency_id'], unique=False)
        batch_op.create_index('ix_meeting_attendees_meeting', ['meeting_id', 'position'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_attendees_membership_id'), ['membership_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_attendees_person_id'), ['person_id'], unique=False)

    op.create_table('meeting_conclusions',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_conclusions_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_conclusions'))
    )
    with op.batch_alter_table('meeting_conclusions', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_conclusions_meeting', ['meeting_id', 'position'], unique=False)

    op.create_table('meeting_documents',
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=300), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('added_by_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['added_by_id'], ['users.id'], name=op.f('fk_meeting_documents_added_by_id_users')),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['meeting_agenda_items.id'], name=op.f('fk_meeting_documents_agenda_item_id_meeting_agenda_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_documents'))
    )
    with op.batch_alter_table('meeting_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_documents_agenda_item_id'), ['agenda_item_id'], unique=False)

    op.create_table('meeting_opinions',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('attendee_id', sa.Integer(), nullable=True),
    sa.Column('speaker', sa.String(length=300), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_meeting_opinions_agency_id_agencies')),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['meeting_agenda_items.id'], name=op.f('fk_meeting_opinions_agenda_item_id_meeting_agenda_items'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['attendee_id'], ['meeting_attendees.id'], name=op.f('fk_meeting_opinions_attendee_id_meeting_attendees'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_opinions_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_opinions'))
    )
    with op.batch_alter_table('meeting_opinions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_opinions_agenda_item_id'), ['agenda_item_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_opinions_attendee_id'), ['attendee_id'], unique=False)
        batch_op.create_index('ix_meeting_opinions_meeting', ['meeting_id', 'position'], unique=False)

    with op.batch_alter_table('boards', schema=None) as batch_op:
        batch_op.add_column(sa.Column('doc_code', sa.String(length=30), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('governing_body', sa.String(length=300), nullable=False, server_default=''))

    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('conclusion_id', sa.Integer(), nullable=True))
        batch_op.create_index('ix_tasks_conclusion', ['conclusion_id'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_tasks_conclusion')
        batch_op.drop_column('conclusion_id')

    with op.batch_alter_table('boards', schema=None) as batch_op:
        batch_op.drop_column('governing_body')
        batch_op.drop_column('doc_code')

    with op.batch_alter_table('meeting_opinions', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_opinions_meeting')
        batch_op.drop_index(batch_op.f('ix_meeting_opinions_attendee_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_opinions_agenda_item_id'))

    op.drop_table('meeting_opinions')
    with op.batch_alter_table('meeting_documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_documents_agenda_item_id'))

    op.drop_table('meeting_documents')
    with op.batch_alter_table('meeting_conclusions', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_conclusions_meeting')

    op.drop_table('meeting_conclusions')
    with op.batch_alter_table('meeting_attendees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendees_person_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_attendees_membership_id'))
        batch_op.drop_index('ix_meeting_attendees_meeting')
        batch_op.drop_index(batch_op.f('ix_meeting_attendees_agency_id'))

    op.drop_table('meeting_attendees')
    with op.batch_alter_table('meeting_agenda_items', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_agenda_items_meeting')
        batch_op.drop_index(batch_op.f('ix_meeting_agenda_items_carried_from_id'))

    op.drop_table('meeting_agenda_items')
    with op.batch_alter_table('document_register', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_register_meeting_id'))

    op.drop_table('document_register')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index('ix_meetings_board_start')

    op.drop_table('meetings')
