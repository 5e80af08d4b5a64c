"""Find personal identifiers in prose: phone numbers, ID numbers, bank cards, e-mail addresses.

Facts (with sources in the handbook's reference notes, platform-facts §3):
- resident ID (GB 11643-1999): 6-digit area code (province 11-65, 71, 81-83; foreigners' permanent
  residence IDs since 2023-12-01 start with 9), 8-digit birth date, 3-digit sequence, a check
  character by ISO 7064 MOD 11-2 (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, table
  ``10X98765432``); the pre-1999 15-digit form has a ``YYMMDD`` date and no check character;
- unified social credit code (GB 32100-2015): 18 characters from ``0-9A-HJ-NPQRTUWXY`` with a
  MOD 31 check; organisational, not personal;
- mobile numbers: 11 digits ``1[3-9]xxxxxxxxx``, optional ``+86``/``0086``/``86``, spaced or
  hyphenated as 3-4-4; only the number blocks the carriers have issued (130-139, 145-149,
  150-153, 155-159, 162, 165-167, 170-178, 180-189, 190-193, 195-199) count, which keeps
  11-digit order numbers out; 400/800 numbers are corporate service numbers;
- bank cards: 16-19 digits, usually starting with 62 (UnionPay), 4, 5 or 3, checked with Luhn
  (ISO/IEC 7812).

A number right after an order, tracking or serial-number word (``订单号``, ``快递单号``, ``SN``)
is that kind of number, not personal information, and is left out.

Digits are matched after NFKC width folding, so ``１３８…`` counts; every hit carries the exact
original offsets.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from checker.packs.keyed import Lazy
from checker.packs.normalize import normalize
from checker.packs.spans import Spans

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_PROVINCES = frozenset(
    [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46]
    + [50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83]
)
_MOBILE_BLOCKS = frozenset(
    [f"13{d}" for d in range(10)]
    + ["145", "146", "147", "148", "149", "150", "151", "152", "153", "155", "156", "157"]
    + ["158", "159", "162", "165", "166", "167"]
    + [f"17{d}" for d in range(9)]
    + [f"18{d}" for d in range(10)]
    + ["190", "191", "192", "193", "195", "196", "197", "198", "199"]
)

_SEP = r"[ \-\u00a0]?"
_MOBILE = Lazy(
    r"(?<![0-9A-Za-z+])(?:(?:\+|00)?86"
    + _SEP
    + r")?(1[3-9][0-9*]"
    + _SEP
    + r"[0-9*]{4}"
    + _SEP
    + r"[0-9]{4})(?![0-9A-Za-z])"
)
_SERVICE = Lazy(r"(?<![0-9])([48]00" + _SEP + r"[0-9]{3}" + _SEP + r"[0-9]{4})(?![0-9])")
_LANDLINE = Lazy(
    r"(?<![0-9])((?:\(0[1-9][0-9]{1,2}\)|（0[1-9][0-9]{1,2}）|0[1-9][0-9]{1,2})[ \-]?"
    r"[2-9][0-9]{6,7})(?:-[0-9]{1,6})?(?![0-9])"
)
_ID = Lazy(r"(?<![0-9A-Za-z])([1-9][0-9*]{16}[0-9Xx*])(?![0-9A-Za-z])")
_ID15 = Lazy(r"(?<![0-9A-Za-z])([1-9][0-9]{14})(?![0-9A-Za-z])")
_USCC = Lazy(r"(?<![0-9A-Z])([0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Z])")
_CARD = Lazy(r"(?<![0-9])((?:[0-9]{4}[ \-]?){3}[0-9]{4}(?:[ \-]?[0-9]{1,3})?)(?![0-9])")
_EMAIL = Lazy(
    r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"
)

#: Words that make the number after them an order, tracking or serial number.
_ORDER_WORDS = Lazy(
    r"(?:订单|单号|运单|快递|物流|编号|流水号|交易号|工单|批次|批号|序列号|序号|货号|条码|券码|"
    r"兑换码|激活码|验证码|取件码|提货码|会员号|会员卡号|账单|发票|型号|追踪号|单据|工号|学号|"
    r"员工号|员工编号|用户id|(?<![a-z])uid|(?<![a-z])sn|"
    r"(?<![a-z])no\.?)[\s:：#＃号为是]*(?:[a-z]{0,3}[\-\s]?)?$"
)
_ID_WORDS = Lazy(r"身份证|证件号|身份号码|公民身份|居住证|永久居留")
_CARD_WORDS = Lazy(
    r"卡号|银行卡|储蓄卡|借记卡|信用卡|银行账号|银行账户|收款账户|收款账号|转账|汇款|开户|银行|"
    r"(?:工行|建行|农行|中行|招行|交行|邮储|浦发|民生|中信|光大|兴业|平安|华夏|广发)卡?"
)
_USCC_WORDS = Lazy(r"信用代码|社会信用|税号|纳税人识别号|营业执照|注册号")
_CLAUSE_END = "，,。！？!?；;\n"

#: Free e-mail providers: an address there belongs to a person, whatever its local part.
FREE_MAIL = frozenset(
    [
        "qq.com",
        "vip.qq.com",
        "foxmail.com",
        "163.com",
        "126.com",
        "yeah.net",
        "vip.163.com",
        "vip.126.com",
        "sina.com",
        "sina.cn",
        "vip.sina.com",
        "sohu.com",
        "139.com",
        "189.cn",
        "wo.cn",
        "aliyun.com",
        "gmail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "yahoo.com",
        "yahoo.com.cn",
        "proton.me",
        "protonmail.com",
    ]
)
#: Local parts that name a function, not a person (service@, press@ ...).
ROLE_MAILBOXES = frozenset(
    [
        "service",
        "services",
        "support",
        "help",
        "info",
        "contact",
        "hello",
        "hi",
        "pr",
        "press",
        "media",
        "news",
        "marketing",
        "market",
        "sales",
        "bd",
        "business",
        "partner",
        "partners",
        "cooperation",
        "hezuo",
        "kefu",
        "hr",
        "jobs",
        "job",
        "career",
        "careers",
        "zhaopin",
        "recruit",
        "recruitment",
        "admin",
        "office",
        "legal",
        "compliance",
        "privacy",
        "feedback",
        "complaint",
        "complaints",
        "tousu",
        "ir",
        "invest",
        "finance",
        "billing",
        "invoice",
        "noreply",
        "no-reply",
        "webmaster",
        "postmaster",
        "team",
        "shop",
        "store",
        "customer",
        "customerservice",
        "editor",
        "editors",
        "tougao",
        "submit",
        "submission",
        "contribute",
    ]
)


class Hit(NamedTuple):
    """An identifier found in a text; offsets index the original text."""

    kind: str  # mobile | service | landline | id | id15 | bank-card | email
    start: int
    end: int
    text: str
    masked: bool = False
    valid: bool = True  # check digit / Luhn passed (where one exists)
    context: str = ""  # "id" | "card" when the words before it say what it is


def id_checksum_ok(value: str) -> bool:
    """MOD 11-2 check of an 18-character resident ID number."""
    if len(value) != 18 or not value[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(value[:17], _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11] == value[17].upper()


def id_date_ok(value: str) -> bool:
    """True when the birth date of an 18-digit (or 15-digit) ID number is a real past date."""
    try:
        if len(value) == 15:
            born = dt.date(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]))
        else:
            born = dt.date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= born <= dt.date.today()


def id_area_ok(value: str) -> bool:
    """The first two digits name a province-level area (or the 9 of a foreigner's ID)."""
    return value[:1] == "9" or (value[:2].isdigit() and int(value[:2]) in _PROVINCES)


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


def digits_of(value: str) -> str:
    """The digits of a phone number without country prefix (``+86 138-…`` -> ``138…``)."""
    digits = re.sub(r"[^0-9]", "", normalize(value, fold_case=False).text)
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) - len(prefix) >= 10:
            return digits[len(prefix) :]
    return digits


#: A run of at least 7 digits (or masks and separators): anything shorter holds no number.
_NUMBERISH = re.compile(r"[0-9０-９][0-9０-９*＊ \-\u00a0]{6,}")


#: ``id(text) -> (text, has_number(text))`` for the last texts asked about: the privacy rules
#: and the contact finder ask about the same segment texts several times per draft.
_NUMBER_MEMO: dict[int, tuple[str, bool]] = {}


def has_number(text: str) -> bool:
    """False when ``text`` holds no run of digits long enough for a phone, ID or card number."""
    known = _NUMBER_MEMO.get(id(text))
    if known is not None and known[0] is text:
        return known[1]
    found = _NUMBERISH.search(text) is not None
    if len(_NUMBER_MEMO) >= 256:
        _NUMBER_MEMO.clear()
    _NUMBER_MEMO[id(text)] = (text, found)
    return found


def has_email(text: str) -> bool:
    """False when ``text`` holds no ``@`` (half- or full-width), so no e-mail address."""
    return "@" in text or "＠" in text


def _scan(text: str, pattern: re.Pattern[str] | Lazy) -> list[tuple[int, int, str]]:
    """Regex hits on the width-folded text, mapped back to original offsets (group 1)."""
    norm = normalize(text, fold_case=False)
    found = []
    for match in pattern.finditer(norm.text):
        start, end = norm.span(match.start(1), match.end(1))
        found.append((start, end, match.group(1)))
    return found


def before(text: str, start: int, limit: int = 14) -> str:
    """The normalised, lower-cased text of the clause before ``start`` (at most ``limit`` chars)."""
    first = start
    while first > 0 and start - first < limit and text[first - 1] not in _CLAUSE_END:
        first -= 1
    return normalize(text[first:start]).text


def is_order_number(text: str, start: int) -> bool:
    """True when the words right before ``start`` say it is an order, tracking or serial number."""
    return bool(_ORDER_WORDS.search(before(text, start)))


def _context(text: str, start: int) -> str:
    clause = before(text, start, 20)
    if _ID_WORDS.search(clause):
        return "id"
    if _CARD_WORDS.search(clause):
        return "card"
    if _USCC_WORDS.search(clause):
        return "uscc"
    return ""


def find_phones(text: str) -> list[Hit]:
    """Mobile numbers (masked ones flagged), 400/800 service numbers and landlines.

    Numbers written as order, tracking or serial numbers are not phone numbers and are skipped.
    """
    hits: list[Hit] = []
    taken = Spans()
    if not has_number(text):
        return hits
    for start, end, _ in _scan(text, _SERVICE):
        hits.append(Hit("service", start, end, text[start:end]))
        taken.add(start, end)
    for start, end, value in _scan(text, _MOBILE):
        if taken.overlaps(start, end):
            continue
        digits = re.sub(r"[^0-9*]", "", value)
        if len(digits) != 11 or digits[:3] not in _MOBILE_BLOCKS:
            continue
        taken.add(start, end)
        if is_order_number(text, start):
            continue
        hits.append(Hit("mobile", start, end, text[start:end], masked="*" in digits))
    for start, end, _ in _scan(text, _LANDLINE):
        if taken.overlaps(start, end) or is_order_number(text, start):
            continue
        hits.append(Hit("landline", start, end, text[start:end]))
    return sorted(hits, key=lambda h: h.start)


def find_ids(text: str) -> list[Hit]:
    """Resident ID numbers: 18 characters (``valid`` = check digit, date and area all pass),
    masked ones, and 15-digit legacy numbers written next to an ID word.

    Unified social credit codes and order numbers are skipped.
    """
    hits: list[Hit] = []
    if not has_number(text):
        return hits
    credit = {(s, e) for s, e, v in _scan(text, _USCC) if uscc_ok(v)}
    for start, end, value in _scan(text, _ID):
        context = _context(text, start)
        if is_order_number(text, start) or context == "uscc":
            continue
        if "*" in value:
            digits = value.replace("*", "")
            if value.count("*") >= 4 and len(digits) >= 6 and id_area_ok(value):
                hits.append(Hit("id", start, end, text[start:end], masked=True, context=context))
            continue
        checked = id_checksum_ok(value)
        if (start, end) in credit and not checked:
            continue
        valid = checked and id_date_ok(value) and id_area_ok(value)
        hits.append(Hit("id", start, end, text[start:end], valid=valid, context=context))
    for start, end, value in _scan(text, _ID15):
        context = _context(text, start)
        if context == "id" and id_date_ok(value) and id_area_ok(value):
            hits.append(Hit("id15", start, end, text[start:end], valid=False, context=context))
    return sorted(hits, key=lambda h: h.start)


def find_bank_cards(text: str) -> list[Hit]:
    """16-19 digit runs (optionally grouped by four); ``valid`` is the Luhn check.

    Order numbers are skipped; ``context`` is ``card`` when a card word comes before the number.
    """
    hits: list[Hit] = []
    if not has_number(text):
        return hits
    for start, end, value in _scan(text, _CARD):
        digits = re.sub(r"[^0-9]", "", value)
        if not 16 <= len(digits) <= 19 or is_order_number(text, start):
            continue
        context = _context(text, start)
        hits.append(
            Hit("bank-card", start, end, text[start:end], valid=luhn_ok(digits), context=context)
        )
    return hits


def card_prefix_ok(value: str) -> bool:
    """Card numbers issued in China start with 62 (UnionPay), 4, 5, 3 or the old 9 series."""
    digits = re.sub(r"[^0-9]", "", value)
    return digits[:1] in ("3", "4", "5", "6", "9")


def find_emails(text: str) -> list[Hit]:
    if not has_email(text):
        return []
    return [Hit("email", s, e, text[s:e]) for s, e, _ in _scan(text, _EMAIL)]


def email_domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower().rstrip(".")


def domain_in(domain: str, domains: list[str]) -> bool:
    """True when ``domain`` is one of ``domains`` or a subdomain of one."""
    domain = domain.lower()
    for entry in domains:
        allowed = entry.lower().strip().lstrip("@").lstrip(".")
        if allowed and (domain == allowed or domain.endswith("." + allowed)):
            return True
    return False


def personal_email(address: str, company_domains: list[str]) -> bool:
    """A personal address: not at the company's domains, and at a free-mail provider or with a
    local part that is not a function mailbox (``service@``, ``press@``)."""
    domain = email_domain(address)
    if domain_in(domain, company_domains):
        return False
    if domain in FREE_MAIL:
        return True
    local = address.rsplit("@", 1)[0].lower()
    base = re.split(r"[.+_-]", local, maxsplit=1)[0]
    return local not in ROLE_MAILBOXES and base not in ROLE_MAILBOXES
