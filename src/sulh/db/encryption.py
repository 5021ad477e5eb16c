"""Encryption at rest for the SQLite file: SQLCipher, keyed from a passphrase.

SQLCipher (through the `sqlcipher3` wheels) encrypts every page of the database
and of its write-ahead log with AES-256 and authenticates each page with an
HMAC; a backup written from an encrypted database is encrypted the same way.

The key: SQLCipher can derive it from the passphrase itself (PBKDF2-HMAC-SHA512,
256,000 rounds, ~0.1 s) but does so for every connection it opens, and Sulh opens
one per unit of work.  Instead the passphrase is turned into a raw 256-bit key
once per process with argon2id (memory-hard, so a stolen file is much costlier
to attack on graphics cards than with PBKDF2), salted with the random 16 bytes
SQLCipher keeps at the start of the file, and handed to SQLCipher as a raw key
with that salt (`PRAGMA key = "x'<key><salt>'"`), which skips SQLCipher's own
derivation.  The argon2id parameters below are part of the file format: changing
them would make existing files unreadable.

The passphrase comes from the caller (the app asks for it before the sign-in) or
from $SULH_DB_PASSPHRASE (the command line, tests).  A file is taken to be
encrypted when it does not start with SQLite's plain header.

One process never opens the same file with both the standard `sqlite3` module
and `sqlcipher3` at once (two SQLite libraries do not see each other's POSIX
locks): an encrypted database is opened with `sqlcipher3` only, and every raw
connection to it (backups, checks) goes through `raw_connect` here.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from sulh.db.location import SQLITE_MAGIC as SQLITE_MAGIC  # re-exported
from sulh.db.location import is_encrypted as is_encrypted
from sulh.domain.errors import SulhError
from sulh.i18n import QT_TRANSLATE_NOOP, msg

ENV_PASSPHRASE = "SULH_DB_PASSPHRASE"
SALT_BYTES = 16
#: argon2id: 3 passes over 64 MiB with 4 lanes (RFC 9106's second recommended option).
ARGON2_TIME_COST = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_PARALLELISM = 4
KEY_BYTES = 32
MIN_PASSPHRASE = 10


class EncryptionError(SulhError):
    pass


class PassphraseNeeded(EncryptionError):
    """The file is encrypted and no passphrase was given."""


class WrongPassphrase(EncryptionError):
    """The passphrase does not open the file (or the file is damaged)."""


def needs_passphrase_message(path: Path) -> SulhError:
    return PassphraseNeeded(msg(QT_TRANSLATE_NOOP(
        "Encryption", "The database {path} is encrypted: give its passphrase (in the app when "
                      "it asks, or in SULH_DB_PASSPHRASE for commands)."), path=str(path)),
        field="passphrase")


def wrong_passphrase_message(path: Path) -> SulhError:
    return WrongPassphrase(msg(QT_TRANSLATE_NOOP(
        "Encryption", "This passphrase does not open the database {path}. Check it and try "
                      "again (letters are case-sensitive; the keyboard language matters)."),
        path=str(path)), field="passphrase")


def dbapi() -> ModuleType:
    """The SQLCipher driver (a required dependency; imported only when needed)."""
    import sqlcipher3.dbapi2 as module  # type: ignore[import-not-found,unused-ignore]

    found: ModuleType = module
    return found


def file_salt(path: Path) -> bytes | None:
    """The salt SQLCipher keeps in an encrypted file's first bytes."""
    try:
        with path.open("rb") as fh:
            head = fh.read(SALT_BYTES)
    except OSError:
        return None
    return head if len(head) == SALT_BYTES and head != SQLITE_MAGIC else None


def derive_key(passphrase: str, salt: bytes) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(passphrase.encode("utf-8"), salt, time_cost=ARGON2_TIME_COST,
                           memory_cost=ARGON2_MEMORY_KIB, parallelism=ARGON2_PARALLELISM,
                           hash_len=KEY_BYTES, type=Type.ID)


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise EncryptionError(msg(QT_TRANSLATE_NOOP(
            "Encryption", "Use a passphrase of at least {n} characters: several words are "
                          "easier to remember and harder to guess."), n=MIN_PASSPHRASE),
            field="passphrase")


@dataclass
class Cipher:
    """A passphrase and the keys derived from it, by salt."""

    passphrase: str
    salt: bytes                      # the live database's
    _keys: dict[bytes, bytes] = field(default_factory=dict, repr=False)

    @classmethod
    def new(cls, passphrase: str) -> Cipher:
        return cls(passphrase, secrets.token_bytes(SALT_BYTES))

    def key(self, salt: bytes | None = None) -> bytes:
        salt = salt or self.salt
        if salt not in self._keys:
            self._keys[salt] = derive_key(self.passphrase, salt)
        return self._keys[salt]

    def pragma(self, salt: bytes | None = None) -> str:
        salt = salt or self.salt
        return f"PRAGMA key = \"x'{self.key(salt).hex()}{salt.hex()}'\""

    def connect(self, path: Path, *, salt: bytes | None = None, read_only: bool = False,
                timeout: float = 30.0, check_same_thread: bool = True) -> Any:
        """A keyed SQLCipher connection; `salt` None means the file's own (or, for a new
        file, the live database's, so a backup opens with the same passphrase)."""
        module = dbapi()
        if read_only:
            conn = module.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout,
                                  isolation_level=None, check_same_thread=check_same_thread)
        else:
            conn = module.connect(str(path), timeout=timeout, isolation_level=None,
                                  check_same_thread=check_same_thread)
        # A wrong key is reported to the caller; SQLCipher would also print it.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(self.pragma(salt or file_salt(path) or self.salt))
        return conn


def resolve_cipher(path: Path, passphrase: str | None) -> Cipher | None:
    """How to open the SQLite file at `path`: with a cipher, or plain (None).

    An encrypted file needs the passphrase; a new (empty) file is created
    encrypted when a passphrase is given; a plain file stays plain.
    """
    if passphrase is None:
        passphrase = os.environ.get(ENV_PASSPHRASE) or None
    if is_encrypted(path):
        if not passphrase:
            raise needs_passphrase_message(path)
        salt = file_salt(path)
        assert salt is not None
        return Cipher(passphrase, salt)
    empty = not path.exists() or path.stat().st_size == 0
    if empty and passphrase:
        check_passphrase(passphrase)
        return Cipher.new(passphrase)
    return None


# ---------------------------------------------------------------- engines and raw connections

_CIPHERS: weakref.WeakKeyDictionary[Any, Cipher] = weakref.WeakKeyDictionary()


def remember(engine: Any, cipher: Cipher) -> None:
    _CIPHERS[engine] = cipher


def cipher_of(engine: Any) -> Cipher | None:
    return _CIPHERS.get(engine)


def driver_of(engine: Any) -> ModuleType:
    """The DB-API module the engine's connections come from (for its error classes)."""
    return dbapi() if cipher_of(engine) is not None else sqlite3


def raw_connect(engine: Any, path: Path | None = None, *, new: bool = False,
                read_only: bool = False, timeout: float = 30.0) -> Any:
    """A raw DB-API connection (autocommit) to the engine's SQLite file, or to another
    file with the same encryption: `new` for a file about to be written (a backup,
    a safety copy), otherwise an existing file, opened with its own salt."""
    live = Path(str(engine.url.database))
    target = path or live
    cipher = cipher_of(engine)
    if cipher is None:
        if read_only:
            return sqlite3.connect(f"file:{target}?mode=ro", uri=True, timeout=timeout,
                                   isolation_level=None)
        return sqlite3.connect(target, timeout=timeout, isolation_level=None)
    if new:
        return cipher.connect(target, salt=cipher.salt, timeout=timeout)
    if target != live and not is_encrypted(target):
        # A plain file (an old backup) is read plain, by the same library.
        module = dbapi()
        uri = f"file:{target}?mode=ro" if read_only else str(target)
        return module.connect(uri, uri=read_only, timeout=timeout, isolation_level=None)
    return cipher.connect(target, read_only=read_only, timeout=timeout)
