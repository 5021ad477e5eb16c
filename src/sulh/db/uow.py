"""The unit of work: one per user action, one transaction, rolled back unless committed."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from sulh.domain.errors import StaleRecord
from sulh.i18n import QT_TRANSLATE_NOOP, msg


class UnitOfWork:
    """`with UnitOfWork(engine, write=True) as uow: ...; uow.commit()`.

    A writing unit takes SQLite's write lock at BEGIN (BEGIN IMMEDIATE), so a
    read-then-write never fails half-way because another PC wrote meanwhile.
    """

    def __init__(self, engine: Engine, *, write: bool = False) -> None:
        self.engine = engine
        self.write = write
        self._connection: Connection | None = None
        self.session: Session

    def __enter__(self) -> Self:
        self._connection = self.engine.connect()
        if self.write:
            self._connection = self._connection.execution_options(sulh_write=True)
        self.session = Session(bind=self._connection, expire_on_commit=False,
                               autoflush=True)
        return self

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            self.session.rollback()
            self.session.close()
        finally:
            assert self._connection is not None
            self._connection.close()
        if isinstance(exc, StaleDataError):
            # The row's version moved between the service's check and its UPDATE: the
            # user sees the same refusal as for a save from an old copy, never a
            # storage error.
            raise StaleRecord(msg(QT_TRANSLATE_NOOP(
                "Error", "Someone else changed this record after you opened it. Reload it to "
                         "see their changes, then apply yours again.")), rule="stale") from exc
