"""Covering indexes for the statistics (services.statistics).

The figures of a period are counts over the cases logged in it and over their
parties, sessions, agreements and follow-ups.  With these indexes each of those
aggregate queries reads an index range instead of the tables' rows: the cases of a
period by intake date with every column a breakdown groups by, and each child table
by case (or session) with the columns the counts test.

Each breakdown (by stage, outcome, category, channel, governorate) has an index led
by its column, which SQLite skip-scans: the period's range under each value in turn,
counted in index order, with no sorting into groups.  On SQLite, where revision 0005
wrote planner statistics for `cases`, rows for the new indexes are added in the same
way (SQLite skip-scans only an index it knows to start with few values); a real
ANALYZE later replaces them.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-21
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

INDEXES = {
    'ix_cases_statistics': ('cases', ['intake_date', 'forum_id', 'governorate', 'stage',
                                      'closure_reason', 'category', 'channel']),
    # One per breakdown, led by the column it groups by: SQLite reads the period's
    # range under each value in turn (a skip-scan), already grouped, instead of sorting
    # the period's cases into groups.
    'ix_cases_stage_intake': ('cases', ['stage', 'intake_date', 'forum_id', 'governorate']),
    'ix_cases_outcome_intake': ('cases', ['closure_reason', 'intake_date', 'forum_id',
                                          'governorate']),
    'ix_cases_category_intake': ('cases', ['category', 'intake_date', 'forum_id',
                                           'governorate']),
    'ix_cases_channel_intake': ('cases', ['channel', 'intake_date', 'forum_id', 'governorate']),
    'ix_cases_governorate_intake': ('cases', ['governorate', 'intake_date', 'forum_id']),
    'ix_follow_ups_statistics': ('follow_ups', ['case_id', 'done_on', 'due_on', 'result']),
    'ix_parties_statistics': ('parties', ['case_id', 'kind', 'person_id']),
    'ix_session_attendance_statistics': ('session_attendance',
                                         ['session_id', 'attended', 'party_id']),
    'ix_agreements_statistics': ('agreements', ['case_id', 'signed_at']),
}

# Rows per value of each leading part of the new `cases` indexes in a large
# installation (revision 0005's shape: 1,000,000 cases over 2,000 days in 20 forums; a
# forum is in one of 19 governorates; 10 stages, 7 outcomes, 50 categories, 10
# channels).  SQLite skip-scans an index only when it knows its first column has few
# values.
CASES_STATS = {
    'ix_cases_statistics': "1000000 500 25 25 3 2 1 1",
    'ix_cases_stage_intake': "1000000 100000 50 3 3",
    'ix_cases_outcome_intake': "1000000 142857 71 4 4",
    'ix_cases_category_intake': "1000000 20000 10 1 1",
    'ix_cases_channel_intake': "1000000 100000 50 3 3",
    'ix_cases_governorate_intake': "1000000 52631 26 13",
}


def _statistics_kept(bind: sa.engine.Connection) -> bool:
    """Whether this is SQLite with planner statistics for `cases`."""
    return bind.dialect.name == 'sqlite' and bool(bind.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()) and bool(
        bind.exec_driver_sql("SELECT 1 FROM sqlite_stat1 WHERE tbl = 'cases'").first())


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns, unique=False)
    bind = op.get_bind()
    if _statistics_kept(bind):
        for index, stat in CASES_STATS.items():
            bind.exec_driver_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) "
                                 "VALUES ('cases', ?, ?)", (index, stat))


def downgrade() -> None:
    bind = op.get_bind()
    if _statistics_kept(bind):
        for index in CASES_STATS:
            bind.exec_driver_sql("DELETE FROM sqlite_stat1 WHERE idx = ?", (index,))
    for name, (table, _columns) in reversed(INDEXES.items()):
        op.drop_index(name, table_name=table)
