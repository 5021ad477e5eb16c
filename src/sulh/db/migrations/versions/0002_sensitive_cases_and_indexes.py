"""Sensitive cases; indexes for follow-ups due and audit events by date.

On SQLite the downgrade rebuilds `cases`, whose children must survive it
(foreign keys are off while migrating: see sulh.db.migrate).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

SENSITIVE_CATEGORIES = ('gbv', 'domestic_violence', 'sexual_violence', 'honour_threat',
                        'forced_child_marriage', 'child_abuse', 'child_labour')


def upgrade() -> None:
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_at'), ['at'], unique=False)

    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sensitive', sa.Boolean(), server_default=sa.false(), nullable=False))

    # Cases logged before this revision are marked as new ones are (categories
    # whose refer_reason is gbv or child_at_risk, as the reference data stood here).
    cases = sa.table('cases', sa.column('category', sa.String), sa.column('sensitive', sa.Boolean))
    op.execute(cases.update().where(cases.c.category.in_(SENSITIVE_CATEGORIES))
               .values(sensitive=True))

    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_ups_done_on'), ['done_on'], unique=False)

def downgrade() -> None:
    with op.batch_alter_table('follow_ups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_ups_done_on'))

    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_column('sensitive')

    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_at'))

