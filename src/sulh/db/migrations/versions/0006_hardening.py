"""Sign-in lockout for names without an account; where the audit trail's head was anchored.

The per-account counters (users.failed_sign_ins, users.locked_until) are in the
first revision already; this adds the same counters for user names that have no
account, so that a lockout answers alike whether or not the name exists, and the
record of every copy of the audit chain's head that left the database.  New
tables only: no existing table is rebuilt.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sign_in_throttle',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('failed_sign_ins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_failed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_sign_in_throttle'))
    )
    with op.batch_alter_table('sign_in_throttle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sign_in_throttle_last_failed_at'),
                              ['last_failed_at'], unique=False)

    op.create_table('audit_anchors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.Column('events', sa.BigInteger(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('location', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_anchors'))
    )


def downgrade() -> None:
    op.drop_table('audit_anchors')
    with op.batch_alter_table('sign_in_throttle', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sign_in_throttle_last_failed_at'))
    op.drop_table('sign_in_throttle')
