"""Finding shipped resources (reference data, fonts, translations, forms).

In a wheel they sit inside the package (`sulh/resources`, `sulh/ui`); in a
source checkout they are the top-level `resources/` and `ui/` folders.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _root(name: str) -> Path:
    packaged = Path(str(resources.files("sulh"))) / name
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"Sulh's {name}/ folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    return _root("resources").joinpath(*parts)


def ui_path(*parts: str) -> Path:
    return _root("ui").joinpath(*parts)
