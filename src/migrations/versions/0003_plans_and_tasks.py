"""Plans, sections, tasks with co-operating agencies, progress updates with attachments,
deadline extensions, recurring series and the working-day calendar exceptions.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 04:17:42.550600

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('calendar_days',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_days')),
    sa.UniqueConstraint('day', name=op.f('uq_calendar_days_day'))
    )
    op.create_table('task_series',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('points', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_series'))
    )
    op.create_table('plans',
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=1000), nullable=False),
    sa.Column('title_folded', sa.String(length=1000), nullable=False),
    sa.Column('year_from', sa.Integer(), nullable=False),
    sa.Column('year_to', sa.Integer(), nullable=False),
    sa.Column('issue_date', sa.Date(), nullable=True),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('funding', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('copied_from_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('year_to >= year_from', name=op.f('ck_plans_years_ordered')),
    sa.ForeignKeyConstraint(['board_id'], ['boards.id'], name=op.f('fk_plans_board_id_boards')),
    sa.ForeignKeyConstraint(['copied_from_id'], ['plans.id'], name=op.f('fk_plans_copied_from_id_plans')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plans'))
    )
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.create_index('ix_plans_board_years', ['board_id', 'year_from'], unique=False)

    op.create_table('plan_sections',
    sa.Column('plan_id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=1000), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['plan_sections.id'], name=op.f('fk_plan_sections_parent_id_plan_sections'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_plan_sections_plan_id_plans'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_plan_sections'))
    )
    with op.batch_alter_table('plan_sections', schema=None) as batch_op:
        batch_op.create_index('ix_plan_sections_plan_parent', ['plan_id', 'parent_id', 'position'], unique=False)

    op.create_table('tasks',
    sa.Column('board_id', sa.Integer(), nullable=False),
    sa.Column('plan_id', sa.Integer(), nullable=True),
    sa.Column('section_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=1000), nullable=False),
    sa.Column('title_folded', sa.String(length=1000), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('source_kind', sa.String(length=20), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('source_number', sa.String(length=100), nullable=False),
    sa.Column('source_date', sa.Date(), nullable=True),
    sa.Column('source_issuer', sa.String(length=300), nullable=False),
    sa.Column('sector_id', sa.Integer(), nullable=True),
    sa.Column('lead_agency_id', sa.Integer(), nullable=False),
    sa.Column('responsible_person', sa.String(length=200), nullable=False),
    sa.Column('assigned_date', sa.Date(), nullable=False),
    sa.Column('deadline_kind', sa.String(length=20), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('relative_base', sa.Date(), nullable=True),
    sa.Column('relative_days', sa.Integer(), nullable=True),
    sa.Column('effective_deadline', sa.Date(), nullable=True),
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('period_key', sa.String(length=20), nullable=False),
    sa.Column('expected_output', sa.String(length=1000), nullable=False),
    sa.Column('target_value', sa.Float(), nullable=True),
    sa.Column('target_unit', sa.String(length=50), nullable=False),
    sa.Column('achieved_value', sa.Float(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('sort_rank', sa.Integer(), nullable=False),
    sa.Column('percent', sa.Integer(), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('status_note', sa.String(length=2000), nullable=False),
    sa.Column('carried_from_id', sa.Integer(), nullable=True),
    sa.Column('last_update_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("status <> 'done' OR completed_on IS NOT NULL", name=op.f('ck_tasks_done_has_date')),
    sa.CheckConstraint('deadline IS NULL OR deadline >= assigned_date', name=op.f('ck_tasks_deadline_after_assigned')),
    sa.CheckConstraint('percent >= 0 AND percent <= 100', name=op.f('ck_tasks_percent_range')),
    sa.ForeignKeyConstraint(['board_id'], ['boards.id'], name=op.f('fk_tasks_board_id_boards')),
    sa.ForeignKeyConstraint(['carried_from_id'], ['tasks.id'], name=op.f('fk_tasks_carried_from_id_tasks')),
    sa.ForeignKeyConstraint(['lead_agency_id'], ['agencies.id'], name=op.f('fk_tasks_lead_agency_id_agencies')),
    sa.ForeignKeyConstraint(['plan_id'], ['plans.id'], name=op.f('fk_tasks_plan_id_plans')),
    sa.ForeignKeyConstraint(['section_id'], ['plan_sections.id'], name=op.f('fk_tasks_section_id_plan_sections')),
    sa.ForeignKeyConstraint(['sector_id'], ['sectors.id'], name=op.f('fk_tasks_sector_id_sectors')),
    sa.ForeignKeyConstraint(['series_id'], ['task_series.id'], name=op.f('fk_tasks_series_id_task_series')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tasks'))
    )
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index('ix_tasks_assigned', ['assigned_date'], unique=False)
        batch_op.create_index('ix_tasks_percent', ['percent'], unique=False)
        batch_op.create_index('ix_tasks_last_update', ['last_update_on'], unique=False)
        batch_op.create_index('ix_tasks_carried_from', ['carried_from_id'], unique=False)
        batch_op.create_index('ix_tasks_board_rank', ['board_id', 'sort_rank', 'effective_deadline'], unique=False)
        batch_op.create_index('ix_tasks_deadline', ['effective_deadline'], unique=False)
        batch_op.create_index('ix_tasks_lead_rank', ['lead_agency_id', 'sort_rank', 'effective_deadline'], unique=False)
        batch_op.create_index('ix_tasks_meeting', ['meeting_id'], unique=False)
        batch_op.create_index('ix_tasks_plan_section', ['plan_id', 'section_id', 'position'], unique=False)
        batch_op.create_index('ix_tasks_rank_deadline', ['sort_rank', 'effective_deadline', 'title_folded'], unique=False)
        batch_op.create_index('ix_tasks_sector_rank', ['sector_id', 'sort_rank', 'effective_deadline'], unique=False)
        batch_op.create_index('ix_tasks_series', ['series_id'], unique=False)
        batch_op.create_index('ix_tasks_status_deadline', ['status', 'effective_deadline', 'completed_on'], unique=False)
        batch_op.create_index('ix_tasks_title', ['title_folded'], unique=False)

    op.create_table('task_cooperators',
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_task_cooperators_agency_id_agencies')),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_task_cooperators_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('task_id', 'agency_id', name=op.f('pk_task_cooperators'))
    )
    with op.batch_alter_table('task_cooperators', schema=None) as batch_op:
        batch_op.create_index('ix_task_cooperators_agency', ['agency_id', 'task_id'], unique=False)

    op.create_table('task_extensions',
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('old_deadline', sa.Date(), nullable=False),
    sa.Column('new_deadline', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=2000), nullable=False),
    sa.Column('approved_by', sa.String(length=200), nullable=False),
    sa.Column('approved_on', sa.Date(), nullable=False),
    sa.Column('entered_by_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('new_deadline > old_deadline', name=op.f('ck_task_extensions_later_deadline')),
    sa.ForeignKeyConstraint(['entered_by_id'], ['users.id'], name=op.f('fk_task_extensions_entered_by_id_users')),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_task_extensions_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_extensions'))
    )
    with op.batch_alter_table('task_extensions', schema=None) as batch_op:
        batch_op.create_index('ix_task_extensions_task', ['task_id', 'new_deadline'], unique=False)

    op.create_table('task_updates',
    sa.Column('task_id', sa.Integer(), nullable=False),
    sa.Column('update_date', sa.Date(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=True),
    sa.Column('author_name', sa.String(length=200), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('percent', sa.Integer(), nullable=True),
    sa.Column('old_status', sa.String(length=20), nullable=True),
    sa.Column('new_status', sa.String(length=20), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('percent IS NULL OR (percent >= 0 AND percent <= 100)', name=op.f('ck_task_updates_percent_range')),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_task_updates_agency_id_agencies')),
    sa.ForeignKeyConstraint(['author_id'], ['users.id'], name=op.f('fk_task_updates_author_id_users')),
    sa.ForeignKeyConstraint(['task_id'], ['tasks.id'], name=op.f('fk_task_updates_task_id_tasks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_updates'))
    )
    with op.batch_alter_table('task_updates', schema=None) as batch_op:
        batch_op.create_index('ix_task_updates_agency_date', ['agency_id', 'update_date'], unique=False)
        batch_op.create_index('ix_task_updates_task_date', ['task_id', 'update_date'], unique=False)

    op.create_table('task_attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('update_id', sa.Integer(), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['update_id'], ['task_updates.id'], name=op.f('fk_task_attachments_update_id_task_updates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_task_attachments'))
    )
    with op.batch_alter_table('task_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_task_attachments_update_id'), ['update_id'], unique=False)



def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('task_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_task_attachments_update_id'))

    op.drop_table('task_attachments')
    with op.batch_alter_table('task_updates', schema=None) as batch_op:
        batch_op.drop_index('ix_task_updates_task_date')
        batch_op.drop_index('ix_task_updates_agency_date')

    op.drop_table('task_updates')
    with op.batch_alter_table('task_extensions', schema=None) as batch_op:
        batch_op.drop_index('ix_task_extensions_task')

    op.drop_table('task_extensions')
    with op.batch_alter_table('task_cooperators', schema=None) as batch_op:
        batch_op.drop_index('ix_task_cooperators_agency')

    op.drop_table('task_cooperators')
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_tasks_title')
        batch_op.drop_index('ix_tasks_status_deadline')
        batch_op.drop_index('ix_tasks_series')
        batch_op.drop_index('ix_tasks_sector_rank')
        batch_op.drop_index('ix_tasks_rank_deadline')
        batch_op.drop_index('ix_tasks_plan_section')
        batch_op.drop_index('ix_tasks_meeting')
        batch_op.drop_index('ix_tasks_lead_rank')
        batch_op.drop_index('ix_tasks_deadline')
        batch_op.drop_index('ix_tasks_board_rank')
        batch_op.drop_index('ix_tasks_carried_from')
        batch_op.drop_index('ix_tasks_last_update')
        batch_op.drop_index('ix_tasks_percent')
        batch_op.drop_index('ix_tasks_assigned')

    op.drop_table('tasks')
    with op.batch_alter_table('plan_sections', schema=None) as batch_op:
        batch_op.drop_index('ix_plan_sections_plan_parent')

    op.drop_table('plan_sections')
    with op.batch_alter_table('plans', schema=None) as batch_op:
        batch_op.drop_index('ix_plans_board_years')

    op.drop_table('plans')
    op.drop_table('task_series')
    op.drop_table('calendar_days')
