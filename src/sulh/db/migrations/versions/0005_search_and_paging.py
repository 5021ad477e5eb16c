"""Indexes, planner statistics and full-text search for a directorate's scale.

* Composite (sort column, id) indexes on `cases`, so that every page of the case list
  is a range seek from the last row shown (keyset paging) instead of OFFSET, which
  walks past every row before the page; (archived, stage, intake_date, id) and
  (forum_id, intake_date, id) for the list filtered by stage or forum in its default
  order, and for the counts.
* On SQLite, the planner statistics of a large installation (sqlite_stat1) for `cases`
  and `case_mediators`.  Without statistics SQLite takes any index on an equality
  (`archived = 0`, the whole list) over the index that gives the order, and sorts a
  million rows for each page of 200; SQLite documents writing these rows by hand to
  fix the plans ("Manual Control Of Query Plans Using SQLITE_STAT Tables").  A real
  ANALYZE later replaces them.  PostgreSQL keeps its own statistics.
* Search over people's canonical names: on SQLite an FTS5 table `person_names` kept
  in step with `persons` by triggers (every path that writes a person -- services,
  import, restore -- is covered without code of its own); on PostgreSQL a GIN index
  over a `simple` text-search document of the same columns.

Plain column indexes only: SQLite's batch mode (which later revisions may use to
rebuild `cases`) reflects and recreates them, which it cannot do for expression
indexes.  A batch rebuild of `persons` drops the triggers with the old table: such a
revision must call `create_person_search()` again (tests/services/
test_search_and_paging.py finds a person written after a full upgrade).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21
"""
import sqlalchemy as sa  # noqa: F401
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

LIST_INDEXES = {
    'ix_cases_intake_date_id': ['intake_date', 'id'],
    'ix_cases_number_id': ['number', 'id'],
    'ix_cases_stage_id': ['stage', 'id'],
    'ix_cases_category_id': ['category', 'id'],
    'ix_cases_governorate_id': ['governorate', 'id'],
    'ix_cases_archived_stage_intake': ['archived', 'stage', 'intake_date', 'id'],
    'ix_cases_forum_intake': ['forum_id', 'intake_date', 'id'],
}

# A large installation: rows, and distinct values per column (a column not named here
# leaves its indexes to SQLite's defaults).
SHAPE = {
    'cases': (1_000_000, {'id': 1_000_000, 'uid': 1_000_000, 'number': 1_000_000,
                          'archived': 2, 'stage': 10, 'forum_id': 20, 'category': 50,
                          'governorate': 19, 'intake_date': 2_000, 'year': 6,
                          'seq': 100_000}),
    'case_mediators': (1_050_000, {'id': 1_050_000, 'case_id': 1_000_000, 'user_id': 15}),
}

# Letters as tokens, marks kept inside them (canonical names have few left, and a
# mark must not split a word in two); Latin accents folded (Hêmin = Hemin).
SQLITE_TOKENIZER = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"

# The PostgreSQL document: the same expression in the index and in every query
# (sulh.services.cases), or the index is not used.  `translate` folds the accents
# of Kurdish and Turkish Latin spellings, as FTS5 does on SQLite.
PG_DOCUMENT = ("to_tsvector('simple'::regconfig, name_key || ' ' || "
               "translate(lower(latin_name), 'êéèëâàäîïíôöóûüúçşğ', "
               "'eeeeaaaiiiooouuucsg'))")


def create_person_search() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("CREATE VIRTUAL TABLE person_names USING fts5("
                   f"name_key, latin_name, tokenize=\"{SQLITE_TOKENIZER}\")")
        op.execute("INSERT INTO person_names (rowid, name_key, latin_name) "
                   "SELECT id, name_key, latin_name FROM persons")
        op.execute("CREATE TRIGGER person_names_insert AFTER INSERT ON persons BEGIN "
                   "INSERT INTO person_names (rowid, name_key, latin_name) "
                   "VALUES (new.id, new.name_key, new.latin_name); END")
        op.execute("CREATE TRIGGER person_names_update AFTER UPDATE OF name_key, latin_name "
                   "ON persons BEGIN "
                   "UPDATE person_names SET name_key = new.name_key, latin_name = new.latin_name "
                   "WHERE rowid = new.id; END")
        op.execute("CREATE TRIGGER person_names_delete AFTER DELETE ON persons BEGIN "
                   "DELETE FROM person_names WHERE rowid = old.id; END")
    else:
        op.execute(f"CREATE INDEX ix_persons_name_search ON persons USING gin ({PG_DOCUMENT})")


def drop_person_search() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for trigger in ('person_names_insert', 'person_names_update', 'person_names_delete'):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS person_names")
    else:
        op.execute("DROP INDEX IF EXISTS ix_persons_name_search")


def write_statistics() -> None:
    """sqlite_stat1 rows for the SHAPE tables, unless they have statistics already."""
    bind = op.get_bind()
    if bind.dialect.name != 'sqlite':
        return
    op.execute("ANALYZE sqlite_schema")          # makes sqlite_stat1, analyses nothing
    for table, (rows, distinct) in SHAPE.items():
        if bind.exec_driver_sql("SELECT 1 FROM sqlite_stat1 WHERE tbl = ?",
                                (table,)).first():
            continue
        for _seq, index, unique, *_ in bind.exec_driver_sql(
                f"PRAGMA index_list({table})").fetchall():
            columns = [r[2] for r in bind.exec_driver_sql(f"PRAGMA index_info({index})")]
            if not columns or not all(c in distinct for c in columns):
                continue
            averages, product = [], 1
            for column in columns:
                product *= distinct[column]
                averages.append(max(1, rows // product))
            if unique:
                averages[-1] = 1
            bind.exec_driver_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)",
                                 (table, index, " ".join(map(str, [rows, *averages]))))


def drop_statistics() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("ANALYZE sqlite_schema")
        op.execute("DELETE FROM sqlite_stat1 WHERE tbl IN ('cases', 'case_mediators')")


def upgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        for name, columns in LIST_INDEXES.items():
            batch_op.create_index(name, columns, unique=False)
    write_statistics()
    create_person_search()


def downgrade() -> None:
    drop_person_search()
    drop_statistics()
    with op.batch_alter_table('cases', schema=None) as batch_op:
        for name in reversed(LIST_INDEXES):
            batch_op.drop_index(name)
