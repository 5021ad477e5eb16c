"""Forum members, meetings, trainings and awareness campaigns, community survey rounds.

New tables only: nothing that exists is rebuilt, so the upgrade and the
downgrade leave every case row as it was.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def _version_and_times(*, updated: bool = True) -> list[sa.Column]:
    columns = [sa.Column('created_at', sa.DateTime(timezone=True), nullable=False)]
    if updated:
        columns.append(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False))
    columns.append(sa.Column('version', sa.Integer(), nullable=False))
    return columns


def _counts_table(name: str, parent: str, parent_table: str) -> None:
    """Counts of people by category and sex (attendance, participants)."""
    op.create_table(name,
    sa.Column(parent, sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint([parent], [f'{parent_table}.id'],
                            name=op.f(f'fk_{name}_{parent}_{parent_table}')),
    sa.PrimaryKeyConstraint(parent, 'category', 'sex', name=op.f(f'pk_{name}'))
    )


def upgrade() -> None:
    op.create_table('forum_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('forum_id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    *_version_and_times(updated=False),
    sa.ForeignKeyConstraint(['forum_id'], ['forums.id'],
                            name=op.f('fk_forum_members_forum_id_forums')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_forum_members'))
    )
    op.create_index(op.f('ix_forum_members_forum_id'), 'forum_members', ['forum_id'])

    op.create_table('forum_meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('forum_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('agenda', sa.Text(), nullable=False),
    sa.Column('issues', sa.Text(), nullable=False),
    sa.Column('attendance_total', sa.Integer(), nullable=False),
    sa.Column('recorded_by', sa.Integer(), nullable=False),
    *_version_and_times(),
    sa.ForeignKeyConstraint(['forum_id'], ['forums.id'],
                            name=op.f('fk_forum_meetings_forum_id_forums')),
    sa.ForeignKeyConstraint(['recorded_by'], ['users.id'],
                            name=op.f('fk_forum_meetings_recorded_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_forum_meetings'))
    )
    op.create_index(op.f('ix_forum_meetings_forum_id'), 'forum_meetings', ['forum_id'])
    op.create_index(op.f('ix_forum_meetings_held_on'), 'forum_meetings', ['held_on'])
    _counts_table('meeting_attendance', 'meeting_id', 'forum_meetings')

    op.create_table('meeting_actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['forum_meetings.id'],
                            name=op.f('fk_meeting_actions_meeting_id_forum_meetings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_actions'))
    )
    op.create_index(op.f('ix_meeting_actions_meeting_id'), 'meeting_actions', ['meeting_id'])
    op.create_index(op.f('ix_meeting_actions_due_on'), 'meeting_actions', ['due_on'])

    op.create_table('forum_trainings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('forum_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('trainer', sa.String(length=200), nullable=False),
    sa.Column('participants_total', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.Integer(), nullable=False),
    *_version_and_times(),
    sa.ForeignKeyConstraint(['forum_id'], ['forums.id'],
                            name=op.f('fk_forum_trainings_forum_id_forums')),
    sa.ForeignKeyConstraint(['recorded_by'], ['users.id'],
                            name=op.f('fk_forum_trainings_recorded_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_forum_trainings'))
    )
    op.create_index(op.f('ix_forum_trainings_forum_id'), 'forum_trainings', ['forum_id'])
    op.create_index(op.f('ix_forum_trainings_held_on'), 'forum_trainings', ['held_on'])
    _counts_table('training_participants', 'training_id', 'forum_trainings')

    op.create_table('survey_rounds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('forum_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('quarter', sa.Integer(), nullable=False),
    sa.Column('baseline', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('respondents_f', sa.Integer(), nullable=False),
    sa.Column('respondents_m', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('source_file', sa.String(length=260), nullable=False),
    sa.Column('mapping_name', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_by', sa.Integer(), nullable=False),
    *_version_and_times(),
    sa.ForeignKeyConstraint(['forum_id'], ['forums.id'],
                            name=op.f('fk_survey_rounds_forum_id_forums')),
    sa.ForeignKeyConstraint(['recorded_by'], ['users.id'],
                            name=op.f('fk_survey_rounds_recorded_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_rounds')),
    sa.UniqueConstraint('forum_id', 'year', 'quarter', name=op.f('uq_survey_rounds_forum_id'))
    )
    op.create_index(op.f('ix_survey_rounds_forum_id'), 'survey_rounds', ['forum_id'])
    op.create_index('uq_survey_rounds_one_baseline', 'survey_rounds', ['forum_id'],
                    unique=True, sqlite_where=sa.text('baseline'),
                    postgresql_where=sa.text('baseline'))

    op.create_table('survey_results',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('indicator', sa.String(length=24), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=False),
    sa.Column('yes', sa.Integer(), nullable=False),
    sa.Column('answered', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['survey_rounds.id'],
                            name=op.f('fk_survey_results_round_id_survey_rounds')),
    sa.PrimaryKeyConstraint('round_id', 'indicator', 'sex', name=op.f('pk_survey_results'))
    )

    op.create_table('survey_mappings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('forum_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('columns', sa.JSON(), nullable=False),
    *_version_and_times(),
    sa.ForeignKeyConstraint(['forum_id'], ['forums.id'],
                            name=op.f('fk_survey_mappings_forum_id_forums')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_survey_mappings')),
    sa.UniqueConstraint('forum_id', 'name', name=op.f('uq_survey_mappings_forum_id'))
    )
    op.create_index(op.f('ix_survey_mappings_forum_id'), 'survey_mappings', ['forum_id'])


def downgrade() -> None:
    # Children before parents; dropping a table drops its indexes with it.
    for table in ('survey_mappings', 'survey_results', 'survey_rounds',
                  'training_participants', 'forum_trainings', 'meeting_actions',
                  'meeting_attendance', 'forum_meetings', 'forum_members'):
        op.drop_table(table)
