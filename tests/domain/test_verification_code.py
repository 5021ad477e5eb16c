"""The verification code's two forms: what is printed reads back, however it is typed, and
no single changed character is taken for the original."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sulh.domain import verification as v
from sulh.domain.verification import CodeForm, MalformedCode
from sulh.i18n import Message

NUMBER = "BGD01-2026-00042-A1"
DIGEST = hashlib.sha256("الاتفاق".encode()).hexdigest()
KEY = v.new_key_pair()
OTHER_KEY = v.new_key_pair()
QR_CHARS = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def qr_for(number: str = NUMBER, digest: str = DIGEST, key: v.KeyPair = KEY) -> str:
    return v.qr_payload(number, digest, key.key_id, v.sign(key.private, number, digest,
                                                           key.key_id))


def accepted(code: str, number: str = NUMBER, digest: str = DIGEST,
             public: bytes = KEY.public) -> bool:
    """Whether a checker holding the record (`number`, `digest`) and the public key would
    take `code` for a paper of it."""
    try:
        parsed = v.parse_code(code)
    except MalformedCode:
        return False
    if parsed.number != number or not parsed.matches(digest):
        return False
    return parsed.form is CodeForm.TEXT or parsed.verify_with(public)


def test_the_text_form_is_the_number_and_twelve_unambiguous_characters():
    text = v.text_form(NUMBER, DIGEST)
    number, check = text.split(" · ")
    assert number == NUMBER
    assert len(check) == 14 and check[4] == check[9] == "-"
    chars = check.replace("-", "")
    assert not set(chars) & set("ILOU")
    # The same 60 bits begin the QR code's digest part, so the two forms agree visibly.
    assert qr_for().split(":")[2].startswith(chars)
    parsed = v.parse_code(text)
    assert (parsed.form, parsed.number, parsed.check) == (CodeForm.TEXT, NUMBER, chars)
    assert parsed.matches(DIGEST) and parsed.digest is None and parsed.signature is None


def test_the_qr_form_round_trips_and_fits_a_small_alphanumeric_qr_symbol():
    payload = qr_for()
    assert payload.startswith("SULH1:" + NUMBER + ":")
    assert set(payload) <= QR_CHARS
    assert len(payload) < 200
    parsed = v.parse_code(payload)
    assert parsed.form is CodeForm.QR
    assert (parsed.number, parsed.digest, parsed.key_id) == (NUMBER, DIGEST, KEY.key_id)
    assert parsed.check == v.check_value(DIGEST)
    assert parsed.verify_with(KEY.public)
    assert not parsed.verify_with(OTHER_KEY.public)


@pytest.mark.parametrize("typed", [
    "BGD01-2026-00042-A1 · {c}",
    "bgd01-2026-00042-a1 · {lc}",
    "BGD01-2026-00042-A1 {c}",
    "BGD01-2026-00042-A1{c}",
    "BGD01-2026-00042-A1{compact}",
    "BGD01202600042A1{compact}",
    "  BGD01 2026 00042 A1   {spaced}  ",
    "BGD٠١-٢٠٢٦-٠٠٠٤٢-A١ · {c}",                 # Arabic-Indic digits
    "BGD۰۱-۲۰۲۶-۰۰۰۴۲-A۱ · {c}",                 # Extended (Kurdish, Persian) digits
    "BGD01–2026—00042‐A1 • {c}",                  # the dashes a word processor makes
    "\u200fBGD01-2026-00042-A1\u200f · \u2066{c}\u2069",   # bidi marks from an RTL field
    "BGD01-2026-00042-A1: {c}",
    "ＢＧＤ０１-２０２６-０００４２-Ａ１ {c}",       # full-width, from some input methods
    "BGD01-2026-00042-A01 · {c}",
])
def test_typed_variants_of_the_text_form_are_read(typed: str):
    check = v.check_value(DIGEST)
    c = v.group(check)
    code = typed.format(c=c, lc=c.lower(), compact=check, spaced=" ".join(check))
    parsed = v.parse_code(code)
    assert parsed.number == NUMBER
    assert parsed.matches(DIGEST)


def test_letters_that_look_like_digits_are_read_as_the_digits():
    check = v.check_value(DIGEST)
    # O for 0, I and l for 1: in the check value only (forum codes such as SUL, NIN
    # have real I, L, O, U).
    typed = check.replace("0", "O").replace("1", "l")
    assert v.parse_code(f"{NUMBER} {typed}").check == check
    number = "SUL01-2026-00007-A2"
    assert v.parse_code(v.text_form(number, DIGEST)).number == number


def test_the_qr_text_is_read_when_pasted_with_spaces_or_in_lower_case():
    payload = qr_for()
    assert accepted(payload.lower())
    assert accepted(f"  {payload[:60]}\n{payload[60:]} ")


def test_every_single_character_change_of_the_text_form_fails():
    text = v.text_form(NUMBER, DIGEST)
    tried = 0
    for i, ch in enumerate(text):
        for new in "0123456789ABCDEFGHJKMNPQRSTVWXYZ":
            if new == ch.upper() or ch in " ·-":
                continue
            tried += 1
            assert not accepted(text[:i] + new + text[i + 1:]), (i, new)
    assert tried > 500


def test_every_single_character_change_of_the_qr_form_fails():
    payload = qr_for()
    tried = 0
    for i, ch in enumerate(payload):
        # Substitutions that mean something else (not O for 0, which reads the same).
        for new in "0123456789ABCDEFGHJKMNPQRSTVWXYZ:-":
            if new == ch:
                continue
            tried += 1
            assert not accepted(payload[:i] + new + payload[i + 1:]), (i, ch, new)
    assert tried > 6000


def test_a_dropped_or_added_character_fails():
    payload, text = qr_for(), v.text_form(NUMBER, DIGEST)
    for code in (payload, text):
        for i in range(len(code)):
            if code[i] not in " ·-":
                assert not accepted(code[:i] + code[i + 1:]), (code, i)
    assert not accepted(payload + "0")
    assert not accepted(text + "0")


def test_a_forged_signature_fails():
    # Someone with another key who writes this installation's key id into the code.
    forged = v.qr_payload(NUMBER, DIGEST, KEY.key_id,
                          v.sign(OTHER_KEY.private, NUMBER, DIGEST, KEY.key_id))
    assert not accepted(forged)
    # A genuine signature moved onto another content, number or key id.
    parts = qr_for().split(":")
    other = hashlib.sha256(b"other content").hexdigest()
    moved = ":".join([parts[0], parts[1], v.encode(bytes.fromhex(other)), *parts[3:]])
    assert not accepted(moved, digest=other)
    renumbered = qr_for().replace(NUMBER, "BGD01-2026-00042-A2")
    assert not accepted(renumbered, number="BGD01-2026-00042-A2")
    rekeyed = ":".join([*parts[:3], OTHER_KEY.key_id, parts[4]])
    assert not accepted(rekeyed, public=OTHER_KEY.public)
    # An all-zero signature, and a signature of the right length from nowhere.
    assert not accepted(":".join([*parts[:4], "0" * 103]))
    assert not accepted(":".join([*parts[:4], v.encode(bytes(range(64)))]))


def test_the_signed_message_separates_its_parts():
    assert v.signed_message(NUMBER, DIGEST, "ABCDEFGH") != v.signed_message(
        NUMBER + "1", DIGEST, "ABCDEFGH")
    assert v.signed_message(NUMBER, DIGEST, KEY.key_id).startswith(b"SULH1:\n")


def test_padding_bits_must_be_zero():
    # 32 bytes take 52 characters; the last carries 4 padding bits.  A last character
    # with a padding bit set would otherwise decode to the same digest.
    good = v.encode(bytes.fromhex(DIGEST))
    assert v.decode(good, 32).hex() == DIGEST
    last = v.ALPHABET.index(good[-1])
    for pad in range(1, 16):
        with pytest.raises(MalformedCode):
            v.decode(good[:-1] + v.ALPHABET[last | pad], 32)


@pytest.mark.parametrize(("code", "says"), [
    ("", "Type or scan"),
    ("   ", "Type or scan"),
    ("hello", "not a Sulh verification code"),
    ("BGD01-2026-00042-A1", "not a Sulh verification code"),
    ("BGD01-2026-00042-A1 · 7KQ2-M4XD", "not a Sulh verification code"),
    ("BGD01-2026-00042-A0 · 7KQ2-M4XD-9PVA", "not an agreement number"),
    ("BGD01-2026-00042-A1 · 7KQ2-M4XD-9PVU", "cannot be in it: U"),
    ("SULH2:BGD01-2026-00042-A1:AAAA", "format 2"),
    ("SULHX:BGD01", "not a Sulh verification code"),
    ("SULH1:BGD01-2026-00042-A1:ABC", "incomplete"),
    ("SULH1:BGD01-2026-00042:" + "0" * 52 + ":" + "0" * 8 + ":" + "0" * 103,
     "not an agreement number"),
    ("SULH1:BGD01-2026-00042-A1:" + "0" * 51 + ":" + "0" * 8 + ":" + "0" * 103,
     "51 characters instead of 52"),
    ("SULH1:BGD01-2026-00042-A1:" + "0" * 52 + ":" + "0" * 7 + ":" + "0" * 103,
     "7 characters instead of 8"),
    ("SULH1:BGD01-2026-00042-A1:" + "0" * 52 + ":" + "0" * 8 + ":" + "0" * 102 + "U",
     "cannot be in it: U"),
])
def test_malformed_codes_are_refused_with_a_translatable_reason(code: str, says: str):
    with pytest.raises(MalformedCode) as e:
        v.parse_code(code)
    assert isinstance(e.value.message, Message)
    assert e.value.message.context == "Verification"
    assert says in str(e.value)
    assert e.value.field == "code" and e.value.rule == "malformed_code"


def test_making_a_code_refuses_what_is_not_a_number_or_a_digest():
    with pytest.raises(ValueError):
        v.text_form("BGD01-2026-00042", DIGEST)
    with pytest.raises(ValueError):
        v.text_form(NUMBER, DIGEST.upper())
    with pytest.raises(ValueError):
        v.qr_payload(NUMBER, DIGEST, KEY.key_id, b"short")


def test_key_ids_are_short_and_name_the_public_key():
    assert len(KEY.key_id) == 8 and set(KEY.key_id) <= set(v.ALPHABET)
    assert KEY.key_id == v.key_id(KEY.public) == v.key_id(v.public_key_of(KEY.private))
    assert KEY.key_id != OTHER_KEY.key_id


numbers = st.builds(
    lambda forum, digits, year, seq, n: f"{forum}{digits:02d}-{year:04d}-{seq:05d}-A{n}",
    st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3),
    st.integers(0, 99), st.integers(2000, 2099), st.integers(0, 10**7), st.integers(1, 999))
digests = st.binary(min_size=32, max_size=32).map(bytes.hex)


@settings(max_examples=150, deadline=None)
@given(numbers, digests, digests)
def test_any_number_and_digest_round_trip_in_both_forms(number: str, digest: str,
                                                        other: str):
    text = v.text_form(number, digest)
    parsed = v.parse_code(text)
    assert (parsed.number, parsed.check) == (number, v.check_value(digest))
    assert parsed.matches(digest)
    assert v.parse_code(text.lower().replace(" · ", "")).matches(digest)
    assert parsed.matches(other) == (v.check_value(other) == v.check_value(digest))
    payload = qr_for(number, digest)
    assert set(payload) <= QR_CHARS
    qr = v.parse_code(payload)
    assert (qr.number, qr.digest) == (number, digest)
    assert qr.verify_with(KEY.public)
    assert qr.matches(digest) and qr.matches(other) == (other == digest)


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=0, max_size=80))
def test_base32_round_trips_any_bytes(data: bytes):
    encoded = v.encode(data)
    assert len(encoded) == -(-len(data) * 8 // 5)
    assert v.decode(encoded, len(data)) == data
    assert v.decode(encoded.lower(), len(data)) == data


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_either_read_or_refused_with_a_reason(text: str):
    try:
        parsed = v.parse_code(text)
    except MalformedCode as e:
        assert str(e)
    else:
        assert v.AGREEMENT_NUMBER.match(parsed.number)
