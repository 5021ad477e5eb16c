"""Refresh Sulh's translation sources and compile them.

    python tools/update_translations.py            # lupdate, then lrelease
    python tools/update_translations.py --compile  # lrelease only (after translating)

`pyside6-lupdate` collects every marked string — `translate("Context", "text")`
in the GUI, `QT_TRANSLATE_NOOP("Context", "text")` in the domain, services and
documents, and every text in ui/*.ui — into resources/translations/sulh_<lang>.ts,
keeping the translations already made and dropping strings the code no longer
has. `pyside6-lrelease` then compiles each .ts into the .qm the app loads.
See resources/translations/README.md for the translator's side.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ar", "ckb")
#: The language written into each .ts file. Qt's lupdate does not know Central Kurdish
#: ("ckb") and refuses to update a file marked so once it holds translations, so the
#: Sorani file is marked "ku" (Kurdish). Only Qt Linguist reads the mark; the app loads
#: sulh_ckb.qm by its file name.
TS_LANGUAGE = {"ar": "ar", "ckb": "ku"}


def source_files(root: Path = ROOT) -> list[Path]:
    """Every file lupdate reads: the Python package and the Designer forms."""
    files = sorted((root / "src" / "sulh").rglob("*.py")) + sorted((root / "ui").glob("*.ui"))
    return [path for path in files if "__pycache__" not in path.parts]


def tool(name: str) -> str:
    """The path of a Qt Linguist tool shipped with PySide6 (lupdate, lrelease).

    The copy inside the PySide6 that this Python imports comes first, so the
    tools match the Qt the app runs with, whatever else is on PATH.
    """
    import PySide6

    bundled = Path(PySide6.__file__).parent / name
    if bundled.exists():
        return str(bundled)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise SystemExit(f"pyside6-{name} is not installed (it comes with PySide6-Essentials)")


def ts_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"sulh_{language}.ts"


def qm_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"sulh_{language}.qm"


def lupdate(ts_file: Path, language: str, files: list[Path] | None = None,
            *, quiet: bool = False) -> None:
    """Merge the strings of `files` (default: all sources) into `ts_file`."""
    files = source_files() if files is None else files
    command = [tool("lupdate"), "-no-obsolete", "-locations", "absolute",
               "-source-language", "en", "-target-language", TS_LANGUAGE.get(language, language),
               *map(str, files), "-ts", str(ts_file)]
    subprocess.run(command, check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL if quiet else None)


def lrelease(ts_file: Path, qm_file: Path, *, quiet: bool = False) -> None:
    command = [tool("lrelease"), str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL if quiet else None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compile", action="store_true",
                        help="only compile the .ts files into .qm files")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        if not args.compile:
            lupdate(ts_path(language), language)
        lrelease(ts_path(language), qm_path(language))
    return 0


if __name__ == "__main__":
    sys.exit(main())
