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
    # However active the user, the password is asked again after this long (a shared
    # PC whose user never goes idle, or walked away from with the mouse jiggling).
    session_hours: int = 12

    # Automatic backups (on leaving the app, and daily): the folder an administrator
    # chose (a USB stick, say; None: the data folder's backups/), and how many of the
    # newest are kept, one per day and one per week.
    backup_folder: str | None = None
    backup_keep_daily: int = 7
    backup_keep_weekly: int = 4
    backup_on_exit: bool = True
    backup_daily: bool = True

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
        if (not isinstance(s.session_hours, int) or isinstance(s.session_hours, bool)
                or not 1 <= s.session_hours <= 24):
            s.session_hours = 12
        if not isinstance(s.backup_folder, str) or not s.backup_folder.strip():
            s.backup_folder = None
        for name, default, high in (("backup_keep_daily", 7, 366), ("backup_keep_weekly", 4, 520)):
            value = getattr(s, name)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= high:
                setattr(s, name, default)
        if s.backup_keep_daily < 1:
            s.backup_keep_daily = 1
        for name in ("backup_on_exit", "backup_daily"):
            if not isinstance(getattr(s, name), bool):
                setattr(s, name, True)
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
