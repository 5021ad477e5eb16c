"""Reference data added by an administrator (categories, places, sources, destinations, closure reasons, clauses).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A new table only: nothing that exists is rebuilt.
    op.create_table('reference_additions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('code', sa.String(length=48), nullable=False),
    sa.Column('name_ar', sa.Text(), nullable=False),
    sa.Column('name_ckb', sa.Text(), nullable=False),
    sa.Column('name_en', sa.Text(), nullable=False),
    sa.Column('parent', sa.String(length=16), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('origin', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'],
                            name=op.f('fk_reference_additions_created_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reference_additions')),
    sa.UniqueConstraint('kind', 'code', name=op.f('uq_reference_additions_kind'))
    )


def downgrade() -> None:
    # Cases keep the codes of added entries as text; after a downgrade those codes
    # show as they are (an older Sulh never knew their names).
    op.drop_table('reference_additions')
