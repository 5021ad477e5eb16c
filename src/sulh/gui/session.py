"""What every screen of a signed-in user shares: the services, who is signed in,
their settings, and a signal that a case changed (screens decide whether to refresh)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from sulh.domain.roles import Action, may
from sulh.services.context import Actor, ServiceContext
from sulh.settings import Settings


class Events(QObject):
    case_changed = Signal(int)       # case id
    cases_changed = Signal()         # many at once (import, restore)


@dataclass
class AppSession:
    ctx: ServiceContext
    actor: Actor
    settings: Settings
    events: Events = field(default_factory=Events)

    def may(self, action: Action) -> bool:
        return may(self.actor.role, action)

    @property
    def language(self) -> str:
        return self.settings.language
