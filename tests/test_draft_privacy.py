"""Personal information in drafts: phone, ID, bank card and e-mail detection and the four rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.findings import Severity
from checker.packs import identifiers
from tests.legal_support import context, fired, make_draft, report, run_rules, score

PRIVACY = ["privacy/phone-number", "privacy/id-number", "privacy/bank-card", "privacy/email"]

VALID_ID = "330106199210100028"
VALID_CARD = "6222021234567894"


def found(body: str, rule: str, **config: object) -> list[tuple[str, Severity, str]]:
    ctx = context(**config) if config else None
    return [(f.matched, f.severity, f.variant) for f in run_rules(make_draft(body), [rule], ctx)]


# --- the detectors --------------------------------------------------------------------------


def test_id_checksum_date_and_area() -> None:
    assert identifiers.id_checksum_ok(VALID_ID)
    assert not identifiers.id_checksum_ok(VALID_ID[:-1] + "9")
    assert identifiers.id_checksum_ok("11010519491231002X")
    assert identifiers.id_checksum_ok("11010519491231002x")
    assert identifiers.id_date_ok(VALID_ID)
    assert not identifiers.id_date_ok("330106199213400028")
    assert identifiers.id_area_ok(VALID_ID)
    assert not identifiers.id_area_ok("190106199210100028")
    assert identifiers.id_area_ok("930106199210100028")  # foreigners since 2023


def test_luhn_and_uscc() -> None:
    assert identifiers.luhn_ok(VALID_CARD)
    assert not identifiers.luhn_ok(VALID_CARD[:-1] + "5")
    assert identifiers.uscc_ok("91330100MA2H3K7Q55")
    assert not identifiers.uscc_ok("91330100MA2H3K7Q56")


@given(st.text(alphabet="0123456789 -+*＊１３８()（）订单号身份证卡@.a", max_size=60))
def test_detectors_never_raise_and_map_inside_the_text(text: str) -> None:
    for finder in (
        identifiers.find_phones,
        identifiers.find_ids,
        identifiers.find_bank_cards,
        identifiers.find_emails,
    ):
        for hit in finder(text):
            assert 0 <= hit.start < hit.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "13912345678",
        "+86 139 1234 5678",
        "0086-139-1234-5678",
        "139-1234-5678",
        "１３９１２３４５６７８",
    ],
)
def test_mobile_number_spellings(text: str) -> None:
    hits = identifiers.find_phones(f"电话 {text}，欢迎来电")
    assert [h.kind for h in hits] == ["mobile"]


@pytest.mark.parametrize(
    "text",
    [
        "订单号 13912345678",
        "快递单号：13912345678",
        "物流单号 13912345678",
        "SN:13912345678",
        "编号 13912345678",
        "10012345678",  # no carrier block starts with 100
        "14112345678",  # 141 is an IoT block, not a phone
        "139123456789",  # twelve digits
    ],
)
def test_numbers_that_are_not_mobile_phones(text: str) -> None:
    assert [h for h in identifiers.find_phones(text) if h.kind == "mobile"] == []


def test_service_and_landline_numbers_are_told_apart() -> None:
    kinds = [
        h.kind for h in identifiers.find_phones("400-820-1234 或 800 820 1234，总机 0571-88886666")
    ]
    assert kinds == ["service", "service", "landline"]


def test_digits_of_strips_the_country_code() -> None:
    assert identifiers.digits_of("+86 139-1234-5678") == "13912345678"
    assert identifiers.digits_of("008613912345678") == "13912345678"
    assert identifiers.digits_of("400-820-1234") == "4008201234"


def test_personal_email() -> None:
    domains = ["qinghe.example.cn"]
    assert not identifiers.personal_email("service@qinghe.example.cn", domains)
    assert not identifiers.personal_email("zhang.wei@hr.qinghe.example.cn", domains)
    assert identifiers.personal_email("service@qq.com", domains)
    assert identifiers.personal_email("zw.private@example.com", domains)
    assert not identifiers.personal_email("press@partner.example.com", domains)
    assert not identifiers.personal_email("support.cn@partner.example.com", domains)
    assert identifiers.personal_email("someone@qinghe.example.cn.evil.com", domains)


# --- the rules ------------------------------------------------------------------------------


def test_phone_number_rule() -> None:
    assert found("有问题打 13912345678。", "privacy/phone-number") == [
        ("13912345678", Severity.ERROR, "")
    ]
    assert found("手机 139****5678 的用户请查收。", "privacy/phone-number") == [
        ("139****5678", Severity.INFO, "masked")
    ]
    assert found("客服热线 400-820-1234。", "privacy/phone-number") == []
    assert found("订单号 13912345678 已发货。", "privacy/phone-number") == []
    assert found("公司总机 0571-88886666。", "privacy/phone-number") == []
    assert found("王女士家里电话 0571-88886666。", "privacy/phone-number") == [
        ("0571-88886666", Severity.INFO, "landline")
    ]
    allowed = found(
        "店长企业手机 136 0000 0001。", "privacy/phone-number", allowed_phones=["13600000001"]
    )
    assert allowed == []


def test_masked_numbers_survive_markdown_emphasis() -> None:
    # Two runs of asterisks in one paragraph read as emphasis markers in Markdown.
    body = "手机 139****5678，身份证 3301**********0028。"
    assert found(body, "privacy/phone-number") == [("139****5678", Severity.INFO, "masked")]
    assert found(body, "privacy/id-number") == [("3301**********0028", Severity.INFO, "masked")]


def test_id_number_rule() -> None:
    assert found(f"身份证 {VALID_ID}。", "privacy/id-number") == [(VALID_ID, Severity.ERROR, "")]
    wrong = VALID_ID[:-1] + "9"
    # Eighteen digits with a wrong check digit are not an ID number ...
    assert found(f"会员编码 {wrong}。", "privacy/id-number") == []
    assert found(f"这串数字 {wrong} 是什么", "privacy/id-number") == []
    # ... but written as one they are a probable typo: a note, not an error.
    assert found(f"身份证号 {wrong}。", "privacy/id-number") == [
        (wrong, Severity.INFO, "bad-check")
    ]
    assert found(f"订单号 {VALID_ID}。", "privacy/id-number") == []
    assert found("统一社会信用代码 91330100MA2H3K7Q55。", "privacy/id-number") == []
    assert found("身份证 330106921010002。", "privacy/id-number") == [
        ("330106921010002", Severity.INFO, "legacy")
    ]


def test_bank_card_rule() -> None:
    assert found(f"退款到 {VALID_CARD}。", "privacy/bank-card") == [
        (VALID_CARD, Severity.ERROR, "")
    ]
    grouped = "6222 0212 3456 7894"
    assert found(f"卡号：{grouped}", "privacy/bank-card") == [(grouped, Severity.ERROR, "")]
    bad = VALID_CARD[:-1] + "5"
    assert found(f"卡号：{bad}", "privacy/bank-card") == [(bad, Severity.WARNING, "unchecked")]
    assert found(f"流水 {bad} 已入账", "privacy/bank-card") == []
    assert found(f"订单号 {VALID_CARD}", "privacy/bank-card") == []
    assert found(f"身份证 {VALID_ID}", "privacy/bank-card") == []


def test_email_rule() -> None:
    assert found("邮箱 zhangwei88@163.com", "privacy/email") == [
        ("zhangwei88@163.com", Severity.WARNING, "")
    ]
    assert found("售后 service@qinghe.example.cn", "privacy/email") == []
    assert found("招聘 hr@jobs.qinghe.example.cn", "privacy/email") == []
    assert found("写信到 <zhangwei88@163.com>", "privacy/email") == [
        ("zhangwei88@163.com", Severity.WARNING, "")
    ]
    assert found("[联系我们](mailto:zhangwei88@163.com)", "privacy/email") == []
    assert found("见 https://example.cn/u?mail=zhangwei88@163.com", "privacy/email") == []


def test_numbers_in_code_and_urls_are_not_checked() -> None:
    body = (
        f"`13912345678` 和 `{VALID_ID}` 是示例。\n\n```\n{VALID_CARD}\n```\n\n"
        "详见 https://example.cn/order/13912345678 。"
    )
    assert fired(run_rules(make_draft(body), PRIVACY)) == set()


def test_numbers_in_the_title_are_checked() -> None:
    draft = make_draft("正文。", title="中奖用户 13912345678")
    assert fired(run_rules(draft, PRIVACY)) == {"privacy/phone-number"}


# --- the labelled corpus --------------------------------------------------------------------


def test_precision_and_recall_on_the_labelled_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    scores = score(PRIVACY)
    with capsys.disabled():
        print("\n" + report(scores))
    for rule, entry in scores.items():
        assert entry.tp >= 2, f"{rule} has too few positive examples in the corpus"
        assert entry.precision >= 0.9, rule
        assert entry.recall >= 0.9, rule
