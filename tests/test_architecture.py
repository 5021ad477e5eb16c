"""The layering the code is built on: checked on the source, so a shortcut fails a test."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "sulh"


def imports_of(folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in folder.rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0] if not node.module.startswith("sulh.")
                          else ".".join(node.module.split(".")[:2]))
        found[str(path.relative_to(SRC))] = names
    return found


def test_domain_imports_no_framework():
    for module, names in imports_of(SRC / "domain").items():
        assert not names & {"PySide6", "sqlalchemy", "alembic", "sulh.db", "sulh.services",
                            "sulh.gui"}, module


def test_gui_never_touches_the_database():
    for module, names in imports_of(SRC / "gui").items():
        assert not names & {"sqlalchemy", "alembic", "sulh.db"}, module


def test_services_and_storage_never_import_qt():
    for folder in ("services", "db"):
        for module, names in imports_of(SRC / folder).items():
            assert "PySide6" not in names, module


def test_ruff_finds_nothing():
    if shutil.which("ruff") is None:
        pytest.fail("ruff is part of the test extras: pip install '.[test]'")
    r = subprocess.run(["ruff", "check", str(SRC), str(SRC.parents[1] / "tests")],
                       capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stdout


def test_mypy_strict_on_domain_and_services():
    r = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--ignore-missing-imports",
                        "--no-incremental", str(SRC / "domain"), str(SRC / "services")],
                       capture_output=True, text=True, check=False,
                       cwd=SRC.parents[1])
    assert r.returncode == 0, r.stdout[-3000:]
