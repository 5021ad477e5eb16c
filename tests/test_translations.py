"""The Arabic and Kurdish translations: complete, true to their placeholders and
accelerators, current with the code, and compiled into the .qm files the app loads.

A string added to the code (translate(...), QT_TRANSLATE_NOOP(...), a .ui text) fails
here until tools/update_translations.py has collected it and it has been translated;
resources/translations/README.md says how.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from sulh import i18n
from sulh.domain.workflow import STAGE_LABELS, Stage
from sulh.gui import qt_i18n

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ar", "ckb")
HOW = "run `python tools/update_translations.py`, translate, and commit the .ts and .qm files"

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
#: An accelerator marks the next character; "&&" is a literal ampersand.
ACCELERATOR = re.compile(r"&(?!&)(.?)")
#: Letters that belong to one script only: Kurdish is written with ی and ک, never the
#: Arabic ي and ك; Arabic text has no Kurdish or Persian letters.
NOT_IN = {
    "ckb": set("\u064a\u0643"),  # ي ك
    "ar": set("\u06cc\u06a9\u06d5\u06ce\u06c6\u0695\u06b5\u06a4\u06af"),  # ی ک ە ێ ۆ ڕ ڵ ڤ گ
}


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations",
                                                  ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    translation: str
    kind: str  # "" when finished; "unfinished", "vanished", "obsolete" otherwise


def entries(path: Path) -> list[Entry]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append(Entry(name, message.findtext("source") or "",
                             translation.text or "", translation.get("type", "")))
    return out


def accelerators(text: str) -> list[str]:
    return ACCELERATOR.findall(text.replace("&&", ""))


@pytest.fixture(scope="module", params=LANGUAGES)
def language(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def shipped(language: str) -> list[Entry]:
    return entries(tool.ts_path(language))


@pytest.fixture(scope="module")
def translated(shipped: list[Entry]) -> list[Entry]:
    """The messages that have a text to check (lrelease ships unfinished ones too)."""
    return [e for e in shipped if e.translation]


def test_every_message_has_a_finished_translation(shipped: list[Entry]) -> None:
    bad = [f"{e.context}: {e.source!r} ({e.kind or 'empty'})" for e in shipped
           if e.kind or not e.translation.strip()]
    assert not bad, f"{len(bad)} untranslated; {HOW}:\n" + "\n".join(bad)


def test_placeholders_are_kept(translated: list[Entry]) -> None:
    bad = [f"{e.context}: {e.source!r} -> {e.translation!r}" for e in translated
           if Counter(PLACEHOLDER.findall(e.source)) != Counter(PLACEHOLDER.findall(e.translation))]
    assert not bad, "placeholders differ:\n" + "\n".join(bad)


def test_accelerators_and_surrounding_space_are_kept(translated: list[Entry]) -> None:
    bad = []
    for e in translated:
        source, target = accelerators(e.source), accelerators(e.translation)
        if len(source) != len(target):
            bad.append(f"{e.context}: {e.translation!r} has {len(target)} '&', "
                       f"the source {len(source)}")
        elif any(not ch or ch.isspace() for ch in target):
            bad.append(f"{e.context}: {e.translation!r} marks no letter with '&'")
        if (e.source[:1].isspace() != e.translation[:1].isspace()
                or e.source[-1:].isspace() != e.translation[-1:].isspace()):
            bad.append(f"{e.context}: {e.translation!r} should have the spaces around "
                       f"{e.source!r}")
        for mark in (":", "…"):
            if e.source.endswith(mark) != e.translation.endswith(mark):
                bad.append(f"{e.context}: {e.translation!r} should end as {e.source!r} does")
    assert not bad, "\n".join(bad)


def test_each_language_is_written_in_its_own_letters(language: str,
                                                    translated: list[Entry]) -> None:
    bad = [f"{e.context}: {e.translation!r} contains "
           + ", ".join(f"U+{ord(ch):04X} {ch}" for ch in sorted(set(e.translation) & NOT_IN[language]))
           for e in translated if set(e.translation) & NOT_IN[language]]
    assert not bad, "\n".join(bad)


def test_the_translation_sources_are_current(language: str, shipped: list[Entry],
                                             tmp_path: Path) -> None:
    """lupdate over today's code finds no string the shipped .ts lacks."""
    copy = tmp_path / f"sulh_{language}.ts"
    shutil.copy(tool.ts_path(language), copy)
    tool.lupdate(copy, language, quiet=True)
    known = {(e.context, e.source) for e in shipped}
    new = sorted({(e.context, e.source) for e in entries(copy)} - known)
    assert not new, (f"{len(new)} string(s) in the code are not in {tool.ts_path(language).name}; "
                     f"{HOW}:\n" + "\n".join(f"{c}: {s!r}" for c, s in new))


def test_the_compiled_files_match_the_sources(language: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"sulh_{language}.qm"
    tool.lrelease(tool.ts_path(language), compiled, quiet=True)
    assert compiled.read_bytes() == tool.qm_path(language).read_bytes(), (
        f"{tool.qm_path(language).name} is older than its .ts; {HOW}")


@pytest.fixture
def installed(qapp: QCoreApplication, language: str) -> Iterator[QTranslator]:
    """The shipped .qm installed in the application, as the app installs it."""
    translator = QTranslator()
    assert translator.load(str(tool.qm_path(language)))
    qapp.installTranslator(translator)
    i18n.set_translator(qt_i18n.translate)
    try:
        yield translator
    finally:
        i18n.set_translator(None)
        qapp.removeTranslator(translator)


KNOWN = {
    "ar": {("Stage", "Mediation"): "الوساطة", ("MainWindow", "Cases"): "القضايا",
           ("Role", "Forum mediator"): "وسيط المنتدى"},
    "ckb": {("Stage", "Mediation"): "نێوبژیوانی", ("MainWindow", "Cases"): "دۆسیەکان",
            ("Role", "Forum mediator"): "نێوبژیوانی مەکۆ"},
}


def test_the_app_gets_the_translations_through_qt(language: str, shipped: list[Entry],
                                                  installed: QTranslator) -> None:
    for (context, source), expected in KNOWN[language].items():
        assert QCoreApplication.translate(context, source) == expected
    # Every message comes back from the compiled file as the .ts has it.
    wrong = [e for e in shipped if not e.kind
             and QCoreApplication.translate(e.context, e.source) != e.translation]
    assert not wrong, wrong[:5]


def test_a_domain_message_renders_translated_with_its_parameters(
        language: str, shipped: list[Entry], installed: QTranslator) -> None:
    template = {(e.context, e.source): e.translation for e in shipped}
    marked = ("Error", "No case numbered {number}.")
    rendered = str(i18n.msg(marked, number="BGD01-2026-00042"))
    assert rendered == template[marked].format(number="BGD01-2026-00042")
    assert "BGD01-2026-00042" in rendered and "{" not in rendered
    assert str(i18n.msg(STAGE_LABELS[Stage.MEDIATION])) == KNOWN[language][("Stage", "Mediation")]
