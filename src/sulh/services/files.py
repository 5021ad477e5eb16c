"""Files that appear complete or not at all: written beside their place, flushed to disk,
and renamed into place by the caller only when everything else has succeeded."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_temp(path: Path, data: bytes) -> Path:
    """Write `data` beside `path` and flush it to disk; the caller renames it into place."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
