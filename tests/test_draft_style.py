"""The typography rules (style/*): what they report, what they leave alone, what --fix writes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from checker.config import Config
from checker.findings import Problem
from checker.input.text import SourceText
from checker.model.document import Draft, load_draft
from checker.model.repository import Repository
from checker.rules import registry
from checker.rules.api import Context
from tests.helpers import check_json, example_repo, write

FRONT = "---\nplatform: xiaohongshu\naccount: xhs-official\nauthor: zhang-wei\nstatus: draft\n"


def _draft(body: str, front: str = "") -> Draft:
    text = FRONT + front + "---\n" + body
    return load_draft(Path("drafts/x.md"), "drafts/x.md", text=SourceText(text))


def _problems(rule_id: str, body: str, front: str = "", **config: object) -> list[Problem]:
    cfg = Config(**config)  # type: ignore[arg-type]
    ctx = Context(Repository(None, cfg), cfg, dt.date(2026, 11, 26))
    draft = _draft(body, front)
    assert draft.trusted, draft.issues
    return list(registry.load(rule_id).check(draft, ctx))


def found(rule_id: str, body: str, **config: object) -> list[str]:
    """The text each problem points at."""
    draft = _draft(body)
    return [draft.source.text[p.start : p.end] for p in _problems(rule_id, body, **config)]


def fixed(rule_id: str, body: str, front: str = "", **config: object) -> str:
    """The body after applying the rule's safe fixes until nothing changes."""
    text = body
    for _ in range(10):
        draft = _draft(text, front)
        problems = _problems(rule_id, text, front, **config)
        edits = sorted(
            (e for p in problems if p.fix is not None for e in p.fix.edits),
            key=lambda e: (e.start, e.end),
        )
        source = draft.source.text
        out, cursor = [], 0
        for e in edits:
            if e.start < cursor:
                continue
            out.append(source[cursor : e.start] + e.replacement)
            cursor = e.end
        out.append(source[cursor:])
        new = "".join(out)
        if new == source:
            break
        text = new[new.index("---\n", 4) + 4 :]
    return text


# --- style/cjk-spacing ------------------------------------------------------------------------

SPACING = "style/cjk-spacing"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("下载青禾智家App，马上体验", "下载青禾智家 App，马上体验"),
        ("今天出去买菜花了5000元。", "今天出去买菜花了 5000 元。"),
        ("连接Wi-Fi后就能远程预约", "连接 Wi-Fi 后就能远程预约"),
        ("固件升级到v2.1.0版本", "固件升级到 v2.1.0 版本"),
        ("iPhone15上市了", "iPhone15 上市了"),
        ("活动在2026年12月1日开始", "活动在 2026 年 12 月 1 日开始"),
        ("用C++开发的控制板", "用 C++ 开发的控制板"),
        ("销量增长50%的秘密", "销量增长 50% 的秘密"),
        ("适合3-5人的家庭", "适合 3-5 人的家庭"),
        ("湿度保持在 50 % 最舒服", "湿度保持在 50% 最舒服"),
        ("旋转 90 ° 即可", "旋转 90° 即可"),
        ("新品上市 ，欢迎体验", "新品上市，欢迎体验"),
        ("用 iPhone ，好开心", "用 iPhone，好开心"),
        ("青禾 （华南） 门店", "青禾（华南）门店"),
        ("等一下…… 马上就好", "等一下……马上就好"),
        ("他说 “懂生活” 的家电", "他说“懂生活”的家电"),
        ("售价1,000元起", "售价 1,000 元起"),
        ("晚上20:00直播", "晚上 20:00 直播"),
        ("- 列表里的App也要空格\n", "- 列表里的 App 也要空格\n"),
        ("## 标题里的5G手机\n", "## 标题里的 5G 手机\n"),
        ("| 名称 | 说明 |\n|---|---|\n| 青禾App | 支持Wi-Fi |\n", None),
    ],
)
def test_spacing_is_reported_and_fixed(before: str, after: str | None) -> None:
    assert _problems(SPACING, before)
    if after is not None:
        assert fixed(SPACING, before) == after


@pytest.mark.parametrize(
    "text",
    [
        "下载青禾智家 App，连接 Wi-Fi 后就能远程预约，湿度保持在 50% 最舒服。",
        "旋转 90° 即可，温度 25℃ 左右。",
        "详情见 https://qinghe.example.cn/app下载页 或发邮件到 service@qinghe.example.cn。",
        "参加话题 #秋冬OOTD# 和 #青禾App测评 赢好礼",
        "感谢 @青禾家居Official 的支持",
        "运行 `pip install opscheck`即可，`config.yaml`文件放在根目录",
        "```\n代码App里5000元不检查\n```\n",
        "[点击下载](https://qinghe.example.cn/App下载)",
        "<!-- 注释里的App不检查 -->\n",
        "This whole paragraph is English, with 2026 numbers.",
        "全角标点后面（iPhone 15）不加空格。",
        "乔布斯说过“Stay hungry, stay foolish.”",
        "Ｗｉ－Ｆｉ 这样的全角字母另有规则处理",
    ],
)
def test_spacing_leaves_these_alone(text: str) -> None:
    assert found(SPACING, text) == []


def test_digit_spacing_can_be_turned_off_but_letters_still_count() -> None:
    assert found(SPACING, "花了5000元，2026年见", cjk_digit_spacing=False) == []
    assert found(SPACING, "花了5000元买5G手机", cjk_digit_spacing=False) == ["买5", "G手"]


def test_spacing_points_at_the_two_characters_that_touch() -> None:
    assert found(SPACING, "下载App吧") == ["载A", "p吧"]


def test_spacing_in_front_matter_title_is_fixed_in_place() -> None:
    draft_text = FRONT + "title: 青禾App上线\n---\n正文。\n"
    draft = load_draft(Path("x.md"), "x.md", text=SourceText(draft_text))
    cfg = Config()
    problems = list(
        registry.load(SPACING).check(draft, Context(Repository(None, cfg), cfg, dt.date.today()))
    )
    assert [draft_text[p.start : p.end] for p in problems] == ["禾A", "p上"]
    assert all(p.fix is not None for p in problems)


def test_front_matter_tags_are_not_prose_to_rewrite() -> None:
    assert _problems(SPACING, "正文。\n", front="tags: [秋冬OOTD, 青禾App]\n") == []


def test_text_split_by_markup_is_reported_without_a_fix() -> None:
    problems = _problems(SPACING, "**加粗**English")
    assert len(problems) == 1 and problems[0].fix is None


def test_folded_yaml_title_is_reported_without_a_fix() -> None:
    problems = _problems(SPACING, "正文。\n", front="title: >-\n  青禾App\n  上线\n")
    assert problems and all(p.fix is None for p in problems)


# --- style/fullwidth-punctuation --------------------------------------------------------------

WIDTH = "style/fullwidth-punctuation"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("小巧,安静,好清洁!", "小巧，安静，好清洁！"),
        ("真的吗?", "真的吗？"),
        ("注意:早上先加水;晚上清洗", "注意：早上先加水；晚上清洗"),
        ("好, 安静", "好，安静"),
        ("我最喜欢的还是iPhone!", "我最喜欢的还是iPhone！"),
        ("Tips:多喝水", "Tips：多喝水"),
        ("这台破壁机(P1)很安静", "这台破壁机（P1）很安静"),
        ("(1)先加水，再开机", "（1）先加水，再开机"),
        ("青禾智家 App (iOS 版) 已上线", "青禾智家 App（iOS 版）已上线"),
        ('“懂生活”和"会生活"的家电', "“懂生活”和“会生活”的家电"),
        ("还有更多...", "还有更多……"),
        ("等一下。。。马上就好", "等一下……马上就好"),
        ("等一下…马上就好", "等一下……马上就好"),
        ("破壁机--厨房好帮手", "破壁机——厨房好帮手"),
        ("滤网寿命约３０００小时", "滤网寿命约3000小时"),
        ("下载ＡＰＰ", "下载APP"),
        ("厨房小电里的 ＮＯ．１，去除率 １００％", "厨房小电里的 NO.1，去除率 100%"),
        ("真的吗?!", "真的吗？！"),
        ("版本号是 3.", "版本号是 3。"),
        ("空气炸锅Pro:4.9分好评", "空气炸锅Pro：4.9分好评"),
        ("支持米家/HomeKit,A/B两档", "支持米家/HomeKit，A/B两档"),
        ("青禾 vs. 某品牌,谁更好?", "青禾 vs. 某品牌，谁更好？"),
    ],
)
def test_fullwidth_is_reported_and_fixed(before: str, after: str) -> None:
    assert _problems(WIDTH, before)
    assert fixed(WIDTH, before) == after


@pytest.mark.parametrize(
    "text",
    [
        "乔布斯说过“Stay hungry, stay foolish.”这句话。",
        "他常说 Stay hungry, stay foolish. 然后笑笑。",
        "容量 3.5 升，售价 1,000 元，晚上 20:00 开播，比例 3:1。",
        "基于 Node.js 和 v2.0 开发，访问 qinghe.example.cn 了解。",
        "网址 https://qinghe.example.cn/a?x=1,2&y=3 请收藏。",
        "联系 service@qinghe.example.cn 咨询。",
        "今天好开心 :) 明天见 (^_^) 再见 T_T",
        "调用 f(x) 计算，或者看 iPhone (2026) review",
        "This is an English paragraph. It keeps its commas, periods and (parentheses)!",
        "用 `opscheck --fix` 修复，或者用 --fix 参数。",
        "省略号写作……破折号写作——",
        "路径是 C:\\Users\\qinghe\\a.txt 和 /usr/local/bin/opscheck。",
        "引用 &amp; 和 &lt;tag&gt; 保持原样。",
        'Say "hi" to Tom.',
        "终于等到了！！",
        "青禾 vs. 某品牌的对比，见 No. 3 号展台",
        "按“目标—平台—内容”三层组织，北京—上海",
        "来源 GMV = 46 + (58 − 6) + (25 − 3) = 120 万元",
        "| 步骤 | 负责 |\n|---|---|\n| 1. 筛选达人 | 活动经理 |\n",
        "步骤如下：\n1. 先加水\n2. 再开机",
    ],
)
def test_fullwidth_leaves_these_alone(text: str) -> None:
    assert found(WIDTH, text) == []


def test_quotes_are_left_alone_when_unbalanced() -> None:
    assert found(WIDTH, '他说"你好，然后走了') == []


# --- style/repeated-punctuation ---------------------------------------------------------------

REPEATED = "style/repeated-punctuation"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("终于等到了！！", "终于等到了！"),
        ("终于等到了！！！", "终于等到了！"),
        ("你准备好了吗？？", "你准备好了吗？"),
        ("真的吗？？！！", "真的吗？！"),
        ("好的。。", "好的。"),
        ("首先，，加水", "首先，加水"),
        ("太好了!!!", "太好了！"),
    ],
)
def test_repeated_is_reported_and_collapsed(before: str, after: str) -> None:
    assert _problems(REPEATED, before)
    assert fixed(REPEATED, before) == after


@pytest.mark.parametrize(
    "text",
    ["真的吗？！", "还有更多……", "等一下。。。", "Wow!! That is great!!", "a?!b", "好！真好！"],
)
def test_repeated_leaves_these_alone(text: str) -> None:
    assert found(REPEATED, text) == []


# --- style/proper-noun ------------------------------------------------------------------------

NOUN = "style/proper-noun"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("用 iphone 拍照", "用 iPhone 拍照"),
        ("用 IPHONE 拍照", "用 iPhone 拍照"),
        ("连接 wifi 即可", "连接 Wi-Fi 即可"),
        ("连接 WiFi 即可", "连接 Wi-Fi 即可"),
        ("连接 Wi-fi 即可", "连接 Wi-Fi 即可"),
        ("支持 IOS 和 android", "支持 iOS 和 Android"),
        ("在 appstore 下载", "在 App Store 下载"),
        ("在 App store 下载", "在 App Store 下载"),
        ("代码在 github 上", "代码在 GitHub 上"),
        ("用 javascript 和 nodejs 写的", "用 JavaScript 和 Node.js 写的"),
        ("室内 pm2.5 浓度", "室内 PM2.5 浓度"),
        ("用 iphone。", "用 iPhone。"),
    ],
)
def test_proper_nouns_are_reported_and_fixed(before: str, after: str) -> None:
    assert _problems(NOUN, before)
    assert fixed(NOUN, before) == after


@pytest.mark.parametrize(
    "text",
    [
        "用 iPhone 连接 Wi-Fi，在 App Store 下载青禾智家 App。",
        "源码见 github.com/qinghe/firmware 和 https://github.com/qinghe",
        "截图文件 iphone-setup.png 和 ios_guide.pdf",
        "参加 #iphone# 话题，感谢 @github 的支持",
        "邮件发到 wifi@qinghe.example.cn",
        "新款 iphone15 和 wifi6 路由器",
        "艺术家 Ai Weiwei 的作品",
        "`iphone` 是变量名",
        "IPHONE LAUNCH EVENT TONIGHT",
    ],
)
def test_proper_nouns_leave_these_alone(text: str) -> None:
    assert found(NOUN, text) == []


def test_team_names_extend_and_override_the_dictionary() -> None:
    assert fixed(NOUN, "QingHe 和 qinghe", proper_nouns=["QINGHE"]) == "QINGHE 和 QINGHE"
    assert found(NOUN, "连接 Wifi", proper_nouns=["Wifi"]) == []
    assert fixed(NOUN, "下载青禾智家APP", proper_nouns=["青禾智家 App"]) == "下载青禾智家 App"


# --- through the command line -------------------------------------------------------------------


def test_style_findings_are_warnings_with_fixes_in_json(tmp_path: Path) -> None:
    root = example_repo(tmp_path)
    write(root, {"drafts/a.md": FRONT + "---\n下载青禾App,连接wifi!!\n"})
    outcome = check_json("drafts/a.md", cwd=root)
    style = [d for d in outcome.json["diagnostics"] if d["rule"].startswith("style/")]
    assert {d["rule"] for d in style} == {
        "style/cjk-spacing",
        "style/fullwidth-punctuation",
        "style/proper-noun",
        "style/repeated-punctuation",
    }
    assert all(d["severity"] == "warning" and d["handbook"] == "ch4/4.5" for d in style)
    assert all(d["fix"] and d["fix"]["replacement"] is not None for d in style)
    spacing = next(d for d in style if d["rule"] == "style/cjk-spacing")
    assert (spacing["line"], spacing["column"]) == (7, 4)


def test_a_suppressed_style_finding_is_not_reported(tmp_path: Path) -> None:
    root = example_repo(tmp_path)
    body = "<!-- opscheck-disable-next-line style/cjk-spacing: 引用用户原评论，保留原貌 -->\n用了2个月还像新的\n"
    write(root, {"drafts/a.md": FRONT + "---\n" + body})
    outcome = check_json("drafts/a.md", cwd=root)
    rules = outcome.rules()
    assert "style/cjk-spacing" not in rules
    assert "suppression/unused" not in rules


def test_english_messages(tmp_path: Path) -> None:
    root = example_repo(tmp_path)
    write(root, {"drafts/a.md": FRONT + "---\n湿度 50 %\n"})
    outcome = check_json("drafts/a.md", "--lang", "en", cwd=root)
    (message,) = [
        d["message"] for d in outcome.json["diagnostics"] if d["rule"] == "style/cjk-spacing"
    ]
    assert message == "No space between a number and “%”: write “50%”, not “50 %”."
