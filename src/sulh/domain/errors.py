"""Errors that carry a translatable message and, where it applies, the field or rule at fault."""

from __future__ import annotations

from typing import Any

from sulh.i18n import Message


class SulhError(Exception):
    """Base of every error a user may see. `message` is translatable."""

    def __init__(self, message: Message, *, field: str | None = None, rule: str | None = None,
                 details: Any = None) -> None:
        super().__init__(message.text.format(**message.params))
        self.message = message
        self.field = field
        self.rule = rule
        self.details = details

    def __str__(self) -> str:
        return self.message.render()


class ValidationError(SulhError):
    """A value a user typed is not acceptable; `field` names it."""


class ValidationErrors(SulhError):
    """Several fields at fault at once (a form, an imported record)."""

    def __init__(self, message: Message, errors: list[ValidationError]) -> None:
        super().__init__(message, details=errors)
        self.errors = errors

    def __str__(self) -> str:
        lines = [self.message.render()]
        lines += [f"  {e.field}: {e}" if e.field else f"  {e}" for e in self.errors]
        return "\n".join(lines)


class MoveRefused(SulhError):
    """A stage move that the rules do not allow; `rule` names the rule."""


class PermissionDenied(SulhError):
    """The signed-in user's role may not do this."""


class NotFound(SulhError):
    pass


class StaleRecord(SulhError):
    """Someone else saved the record after this user opened it.

    `details` holds the record as it is now, so the screen can show what changed.
    """


class AgreementLocked(SulhError):
    """A signed agreement changes only through a recorded amendment."""


class ClauseRefused(SulhError):
    """An agreement clause that must never be part of an agreement."""


class Cancelled(SulhError):
    """The user stopped long work (an export, an import, a batch print) before it was
    done; what it had begun was undone: no file was left and nothing was recorded."""
