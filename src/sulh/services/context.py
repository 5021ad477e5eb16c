"""What every service call needs: the database, the clock, and who is acting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine

from sulh.db.engine import make_engine
from sulh.db.uow import UnitOfWork
from sulh.domain.roles import Action, Role, require


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class ServiceContext:
    engine: Engine
    clock: Callable[[], dt.datetime] = field(default=_now)

    @classmethod
    def open(cls, url: str | None = None, *, passphrase: str | None = None) -> ServiceContext:
        return cls(make_engine(url, passphrase=passphrase))

    def now(self) -> dt.datetime:
        return self.clock()

    def today(self) -> dt.date:
        """The date on this PC's calendar: an intake typed at 01:00 in Baghdad
        (UTC+3) is dated that day, not the day before as in UTC."""
        return self.clock().astimezone().date()

    def reading(self) -> UnitOfWork:
        return UnitOfWork(self.engine)

    def writing(self) -> UnitOfWork:
        return UnitOfWork(self.engine, write=True)

    def close(self) -> None:
        self.engine.dispose()


@dataclass(frozen=True)
class Actor:
    """The signed-in user, as the services see them."""

    user_id: int
    username: str
    role: Role
    forum_id: int | None = None
    full_name: str = ""

    def require(self, action: Action) -> None:
        require(self.role, action)
