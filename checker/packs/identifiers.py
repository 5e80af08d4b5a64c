"""Find personal identifiers in prose: phone numbers, ID numbers, bank cards, e-mail addresses.

Facts (with sources in the handbook's reference notes, platform-facts §3):
- resident ID (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit sequence, a check
  character by ISO 7064 MOD 11-2 (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, table
  ``10X98765432``); foreigners' permanent residence IDs since 2023 start with 9 and use the same
  check;
- unified social credit code (GB 32100-2015): 18 characters from ``0-9A-HJ-NPQRTUWXY`` with a
  MOD 31 check; organisational, not personal;
- mobile numbers: 11 digits ``1[3-9]xxxxxxxxx``, optional ``+86``/``0086``/``86``, spaced or
  hyphenated as 3-4-4; 400/800 numbers are corporate service numbers;
- bank cards: 16-19 digits, checked with Luhn (ISO/IEC 7812).

Digits are matched after NFKC width folding, so ``１３８…`` counts; every hit carries the exact
original offsets.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from checker.packs.normalize import normalize

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)

_SEP = r"[ \-\u00a0]?"
_MOBILE = re.compile(
    r"(?<![0-9A-Za-z+])(?:(?:\+|00)?86"
    + _SEP
    + r")?(1[3-9][0-9*]"
    + _SEP
    + r"[0-9*]{4}"
    + _SEP
    + r"[0-9]{4})(?![0-9A-Za-z])"
)
_SERVICE = re.compile(r"(?<![0-9])([48]00" + _SEP + r"[0-9]{3}" + _SEP + r"[0-9]{4})(?![0-9])")
_LANDLINE = re.compile(
    r"(?<![0-9])(0[1-9][0-9]{1,2}[ \-]?[2-9][0-9]{6,7})(?:-[0-9]{1,6})?(?![0-9])"
)
_ID = re.compile(r"(?<![0-9A-Za-z])([1-9][0-9*]{16}[0-9Xx*])(?![0-9A-Za-z])")
_USCC = re.compile(
    r"(?<![0-9A-Z])([0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Z])"
)
_CARD = re.compile(r"(?<![0-9])((?:[0-9]{4}[ \-]?){3}[0-9]{4}(?:[ \-]?[0-9]{1,3})?)(?![0-9])")
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"
)


@dataclass(frozen=True, slots=True)
class Hit:
    """An identifier found in a text; offsets index the original text."""

    kind: str  # mobile | service | landline | id | bank-card | email
    start: int
    end: int
    text: str
    masked: bool = False
    valid: bool = True  # check digit / Luhn passed (where one exists)


def id_checksum_ok(value: str) -> bool:
    """MOD 11-2 check of an 18-character resident ID number."""
    if len(value) != 18 or not value[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(value[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == value[17].upper()


def id_date_ok(value: str) -> bool:
    try:
        born = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born <= dt.date.today()


def uscc_ok(value: str) -> bool:
    """MOD 31 check of an 18-character unified social credit code."""
    value = value.upper()
    if len(value) != 18 or any(char not in _USCC_CHARS for char in value):
        return False
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(value[:17], _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31] == value[17]


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _scan(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int, str]]:
    """Regex hits on the width-folded text, mapped back to original offsets (group 1)."""
    norm = normalize(text, fold_case=False)
    found = []
    for match in pattern.finditer(norm.text):
        start, end = norm.span(match.start(1), match.end(1))
        found.append((start, end, match.group(1)))
    return found


def find_phones(text: str) -> list[Hit]:
    """Mobile numbers (masked ones flagged), 400/800 service numbers and landlines."""
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []
    for start, end, _ in _scan(text, _SERVICE):
        hits.append(Hit("service", start, end, text[start:end]))
        taken.append((start, end))
    for start, end, value in _scan(text, _MOBILE):
        if any(a < end and start < b for a, b in taken):
            continue
        digits = re.sub(r"[^0-9*]", "", value)
        if len(digits) != 11:
            continue
        hits.append(Hit("mobile", start, end, text[start:end], masked="*" in digits))
        taken.append((start, end))
    for start, end, _ in _scan(text, _LANDLINE):
        if any(a < end and start < b for a, b in taken):
            continue
        hits.append(Hit("landline", start, end, text[start:end]))
    return sorted(hits, key=lambda h: h.start)


def find_ids(text: str) -> list[Hit]:
    """18-character resident ID numbers that pass the check digit and date (or are masked)."""
    hits = []
    credit = {(s, e) for s, e, v in _scan(text, _USCC) if uscc_ok(v)}
    for start, end, value in _scan(text, _ID):
        if "*" in value:
            digits = value.replace("*", "")
            if value.count("*") >= 4 and len(digits) >= 6:
                hits.append(Hit("id", start, end, text[start:end], masked=True))
            continue
        if (start, end) in credit and not id_checksum_ok(value):
            continue
        valid = id_checksum_ok(value) and id_date_ok(value)
        hits.append(Hit("id", start, end, text[start:end], valid=valid))
    return hits


def find_bank_cards(text: str) -> list[Hit]:
    """16-19 digit runs (optionally grouped by four); ``valid`` is the Luhn check."""
    hits = []
    for start, end, value in _scan(text, _CARD):
        digits = re.sub(r"[^0-9]", "", value)
        if not 16 <= len(digits) <= 19:
            continue
        hits.append(Hit("bank-card", start, end, text[start:end], valid=luhn_ok(digits)))
    return hits


def find_emails(text: str) -> list[Hit]:
    return [Hit("email", s, e, text[s:e]) for s, e, _ in _scan(text, _EMAIL)]
