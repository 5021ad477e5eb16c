"""Translatable messages that the domain and services can raise without importing Qt.

A message keeps its English source text, a translation context and its
parameters apart, so the GUI can translate it with Qt's translator (installed
through `set_translator`) and the CLI can print it in English or the same
translation.  Source strings are marked with `QT_TRANSLATE_NOOP(context, text)`,
which pyside6-lupdate extracts without Qt being imported here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity
_language = "en"


def set_translator(translator: Translator | None) -> None:
    """Install the function used to translate (context, source) pairs."""
    global _translator
    _translator = translator or _identity


def set_language(language: str) -> None:
    """The user's language, for names that come with the data (reference data), not
    from the translation files."""
    global _language
    _language = language


def current_language() -> str:
    return _language


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> tuple[str, str]:  # noqa: N802 - the name lupdate looks for
    """Mark a string for translation without translating it now."""
    return (context, text)


@dataclass(frozen=True)
class Message:
    context: str
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self) -> str:
        template = translate(self.context, self.text)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message itself.
            return self.text.format(**self.params)

    def __str__(self) -> str:
        return self.render()


def msg(marked: tuple[str, str], **params: Any) -> Message:
    context, text = marked
    return Message(context, text, params)


@dataclass(frozen=True)
class Names:
    """A name given in each language by the data itself (a category, a closure reason):
    as a message parameter it shows in the user's language, else English."""

    names: Mapping[str, str]

    def __str__(self) -> str:
        return (self.names.get(_language) or self.names.get("en")
                or next((v for v in self.names.values() if v), ""))


@dataclass(frozen=True)
class Joined:
    """Several parameters shown as one list ("Category, Description"), each rendered in
    the user's language when it is a message or a name."""

    items: tuple[Any, ...]
    separator: str = ", "

    def __str__(self) -> str:
        return self.separator.join(str(item) for item in self.items)
