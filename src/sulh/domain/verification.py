"""The verification code printed on an agreement: its two forms, signing, and reading it back.

Two forms of the same code:

* the QR form, for a phone or scanner: ``SULH1:<number>:<digest>:<key id>:<signature>``,
  the content digest (SHA-256) and an Ed25519 signature over (number, digest,
  key id) in Crockford base32.  Every character is in the QR "alphanumeric" set
  (upper-case letters, digits, ``:`` and ``-``), which packs 5.5 bits a module
  pair rather than 8, so the symbol stays small (about 190 characters).
* the short form, to be read aloud or typed: the agreement number and 12
  characters of the digest, ``BGD01-2026-00042-A1 · 7KQ2-M4XD-9PVA``.  It has no
  signature; it says which version of the agreement the paper is, to 60 bits.

Crockford's alphabet has no I, L, O or U, so nothing on the paper can be read
two ways; when reading a code back, O is taken as 0 and I or L as 1.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from sulh.domain.errors import ValidationError
from sulh.i18n import QT_TRANSLATE_NOOP, msg

TAG = "SULH"
FORMAT_VERSION = 1
PREFIX = f"{TAG}{FORMAT_VERSION}:"

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {c: i for i, c in enumerate(ALPHABET)} | {"O": 0, "I": 1, "L": 1}

DIGEST_BYTES = 32
SIGNATURE_BYTES = 64
CHECK_CHARS = 12            # 60 bits of the digest in the short form
KEY_ID_CHARS = 8            # 40 bits of the public key's SHA-256
SEPARATOR = " · "

AGREEMENT_NUMBER = re.compile(r"^[A-Z]{3}[0-9]{2}-[0-9]{4}-[0-9]{5,}-A[1-9][0-9]*$")
# The short form with every separator, space and dash taken out.
_COMPACT_TEXT = re.compile(r"^([A-Z]{3}[0-9]{2})([0-9]{4})([0-9]{5,})A([0-9]+)"
                           rf"([0-9A-Z]{{{CHECK_CHARS}}})$")
_QR = re.compile(r"^SULH([0-9]+):(.*)$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")

# Digits people type from an Arabic or Kurdish keyboard.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
# What people put between the number and the check value, or not at all.
_DROPPED = re.compile(r"[\s\u00b7\u2022\u2219\u22c5\u30fb\u200c\u200d\u200e\u200f"
                      r"\u061c\u0640\u060c\u061b\u202a-\u202e\u2066-\u2069|/\\.,;_*]+")


class CodeForm(StrEnum):
    QR = "qr"
    TEXT = "text"


class MalformedCode(ValidationError):
    """What was typed or scanned is not a verification code this version can read."""

    def __init__(self, marked: tuple[str, str], **params: object) -> None:
        super().__init__(msg(marked, **params), field="code", rule="malformed_code")


# ---------------------------------------------------------------- Crockford base32

def encode(data: bytes) -> str:
    """Crockford base32, most significant bits first, the last group padded with zeros."""
    bits = len(data) * 8
    chars = -(-bits // 5)
    value = int.from_bytes(data, "big") << (chars * 5 - bits)
    return "".join(ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(chars)))


def decode(text: str, nbytes: int) -> bytes:
    """The bytes `encode` made; refuses a wrong length, a foreign character, or padding
    bits that are not zero (so no two different strings decode to the same bytes)."""
    bits = nbytes * 8
    chars = -(-bits // 5)
    if len(text) != chars:
        raise MalformedCode(QT_TRANSLATE_NOOP("Verification", "A part of the code has {found} characters "
                                               "instead of {expected}."),
                            found=len(text), expected=chars)
    value = 0
    for c in text:
        v = _VALUE.get(c.upper())
        if v is None:
            raise MalformedCode(QT_TRANSLATE_NOOP("Verification", "The code contains a character that "
                                                   "cannot be in it: {char}"), char=c)
        value = value << 5 | v
    pad = chars * 5 - bits
    if value & ((1 << pad) - 1):
        raise MalformedCode(QT_TRANSLATE_NOOP("Verification", "The last character of a part of the code "
                                               "is wrong."))
    return (value >> pad).to_bytes(nbytes, "big")


def _canonical_chars(text: str) -> str:
    """Typed characters in their printed form: upper case, O→0, I/L→1."""
    out = []
    for c in text.upper():
        v = _VALUE.get(c)
        if v is None:
            raise MalformedCode(QT_TRANSLATE_NOOP("Verification", "The code contains a character that "
                                                   "cannot be in it: {char}"), char=c)
        out.append(ALPHABET[v])
    return "".join(out)


# ---------------------------------------------------------------- the parts

def check_value(digest: str) -> str:
    """The short form's 12 characters: the first 60 bits of the content digest."""
    _require_digest(digest)
    return encode(bytes.fromhex(digest))[:CHECK_CHARS]


def group(chars: str, size: int = 4) -> str:
    return "-".join(chars[i:i + size] for i in range(0, len(chars), size))


def text_form(number: str, digest: str) -> str:
    """``BGD01-2026-00042-A1 · 7KQ2-M4XD-9PVA``."""
    _require_number(number)
    return f"{number}{SEPARATOR}{group(check_value(digest))}"


def key_id(public_key: bytes) -> str:
    """A short name for a public key, kept in every code it signed."""
    return encode(hashlib.sha256(public_key).digest()[:5])[:KEY_ID_CHARS]


def signed_message(number: str, digest: str, key: str) -> bytes:
    """What the signature covers: the format, the agreement number, the content digest
    and the key id, each on its own line so no two different triples give one message."""
    return f"{PREFIX}\n{number}\n{digest}\n{key}".encode("ascii")


def qr_payload(number: str, digest: str, key: str, signature: bytes) -> str:
    _require_number(number)
    _require_digest(digest)
    if len(signature) != SIGNATURE_BYTES or len(key) != KEY_ID_CHARS:
        raise ValueError("a signature is 64 bytes and a key id 8 characters")
    return ":".join([PREFIX[:-1], number, encode(bytes.fromhex(digest)), key,
                     encode(signature)])


def _require_number(number: str) -> None:
    if not AGREEMENT_NUMBER.match(number):
        raise ValueError(f"not an agreement number: {number!r}")


def _require_digest(digest: str) -> None:
    if not _HEX64.match(digest):
        raise ValueError(f"not a SHA-256 hex digest: {digest!r}")


# ---------------------------------------------------------------- keys and signatures

@dataclass(frozen=True)
class KeyPair:
    private: bytes      # 32 raw bytes
    public: bytes       # 32 raw bytes
    key_id: str


def new_key_pair() -> KeyPair:
    private = Ed25519PrivateKey.generate()
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return KeyPair(raw, public, key_id(public))


def public_key_of(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(
        Encoding.Raw, PublicFormat.Raw)


def sign(private: bytes, number: str, digest: str, key: str) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(
        signed_message(number, digest, key))


def signature_valid(public: bytes, number: str, digest: str, key: str,
                    signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature,
                                                          signed_message(number, digest, key))
    except (InvalidSignature, ValueError):
        return False
    return True


# ---------------------------------------------------------------- reading a code back

@dataclass(frozen=True)
class ParsedCode:
    """A code as read from a paper.  The short form has only `check`; the QR form has the
    whole digest, the key id and the signature as well."""

    form: CodeForm
    number: str
    check: str
    digest: str | None = None
    key_id: str | None = None
    signature: bytes | None = None

    def matches(self, digest: str) -> bool:
        """Whether the paper's code stands for content with this digest."""
        if self.digest is not None:
            return self.digest == digest
        return check_value(digest) == self.check

    def verify_with(self, public: bytes) -> bool:
        if self.digest is None or self.key_id is None or self.signature is None:
            return False
        return signature_valid(public, self.number, self.digest, self.key_id, self.signature)


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_DIGITS).translate(_DASHES).strip()


def parse_code(text: str) -> ParsedCode:
    """Either form, as scanned or typed: spaces, lower case, Arabic-Indic digits, any kind of
    dash, with or without the "·" between the number and the check value."""
    clean = _normalise(text)
    if not clean:
        raise MalformedCode(QT_TRANSLATE_NOOP("Verification", "Type or scan the code printed on the "
                                               "agreement."))
    compact = _DROPPED.sub("", clean).upper()
    qr = _QR.match(compact)
    if qr:
        return _parse_qr(int(qr[1]), qr[2])
    if compact.startswith(TAG) and not compact[len(TAG):len(TAG) + 1].isdigit():
        raise MalformedCode(QT_TRANSLATE_NOOP("Verification", "This is not a Sulh verification code."))
    text_match = _COMPACT_TEXT.match(compact.replace("-", "").replace(":", ""))
    if not text_match:
        raise MalformedCode(QT_TRANSLATE_NOOP("Verification", "This is not a Sulh verification code: it "
                                               "should be an agreement number followed by "
                                               "12 letters and digits, or the QR code's "
                                               "text."))
    forum, year, seq, n, check = text_match.groups()
    number = f"{forum}-{year}-{seq}-A{int(n)}"
    if not AGREEMENT_NUMBER.match(number):
        raise MalformedCode(QT_TRANSLATE_NOOP("Verification", "{number} is not an agreement number."),
                            number=number)
    return ParsedCode(CodeForm.TEXT, number, _canonical_chars(check))


def _parse_qr(version: int, rest: str) -> ParsedCode:
    if version != FORMAT_VERSION:
        raise MalformedCode(QT_TRANSLATE_NOOP("Verification", "This code was made in format {version}, "
                                               "which this version of Sulh cannot read."),
                            version=version)
    parts = rest.split(":")
    if len(parts) != 4:
        raise MalformedCode(QT_TRANSLATE_NOOP("Verification", "The code is incomplete: it has {found} "
                                               "parts instead of 5."), found=len(parts) + 1)
    number, digest_part, key_part, signature_part = parts
    if not AGREEMENT_NUMBER.match(number):
        raise MalformedCode(QT_TRANSLATE_NOOP("Verification", "{number} is not an agreement number."),
                            number=number)
    digest = decode(digest_part, DIGEST_BYTES).hex()
    if len(key_part) != KEY_ID_CHARS:
        raise MalformedCode(QT_TRANSLATE_NOOP("Verification", "A part of the code has {found} characters "
                                               "instead of {expected}."),
                            found=len(key_part), expected=KEY_ID_CHARS)
    key = _canonical_chars(key_part)
    signature = decode(signature_part, SIGNATURE_BYTES)
    return ParsedCode(CodeForm.QR, number, check_value(digest), digest, key, signature)
