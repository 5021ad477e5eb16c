"""The user's settings on this PC, in one typed object with defaults.

Kept as JSON in the user's configuration folder (platformdirs); window geometry
alone goes to QSettings.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import platformdirs

LANGUAGES = ("ar", "ckb", "en")


def settings_path() -> Path:
    return platformdirs.user_config_path("sulh", appauthor=False) / "settings.json"


@dataclass
class Settings:
    language: str = "ar"
    arabic_indic_digits: bool = False
    idle_lock_minutes: int = 10
    database_url: str | None = None

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        data = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
        s = cls(**data)
        if s.language not in LANGUAGES:
            s.language = "ar"
        if not isinstance(s.idle_lock_minutes, int) or not 1 <= s.idle_lock_minutes <= 240:
            s.idle_lock_minutes = 10
        return s

    def save(self, path: Path | None = None) -> None:
        path = path or settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)

    @property
    def right_to_left(self) -> bool:
        return self.language in ("ar", "ckb")
