"""中文句子里用全角标点，省略号写作“……”、破折号写作“——”，字母和数字用半角。

## 检查什么

在标题、摘要和正文里：

- 中文句子里的半角 `, . ! ? : ; ( )` 和直引号 `"…"` 改为全角的 `，。！？：；（）` 和 `“…”`，
  同时去掉标点两侧多余的空格（`好, 安静` 改为 `好，安静`）。是不是中文句子，看标点周围的
  字符：紧跟在汉字或全角标点后面；或者跟在夹在中文里的一小段英文（品牌、型号、数字，最多
  三个词）后面，而后面接着中文或到了行尾。括号和引号成对判断：里面有中文，或者外面紧挨着
  中文，就改为全角。
- 中文里的省略号写作 `……`（两个 U+2026），不写 `...`、`。。。` 或单个 `…`；破折号写作
  `——`，不写 `--`。单个 `—` 是 GB/T 15834 的连接号（`北京—上海`、`目标—平台—内容`），不报告。
- 全角的字母和数字（`３０００`、`ＡＰＰ`）改为半角。

这些地方保持原样：完整的英文句子和英文作品名（`Stay hungry, stay foolish.`）、数字里的标点
（`3.5`、`1,000`、`20:00`、`3:1`）、行首的编号 `1.`、算式里的括号 `(58 − 6)`、
`Node.js` 这样词中间的点、网址、电子邮箱、文件路径、
话题标签、HTML 实体和表情符号（`:)`、`(^_^)`），以及代码和链接地址。重复的 `！！`、`？？`
由 `style/repeated-punctuation` 处理。都可以用 `opscheck --fix` 自动修复。

## 为什么重要

手册 4.5 节要求中文句子使用全角标点，依据是 GB/T 15834-2011《标点符号用法》。半角逗号、
句号夹在汉字之间显得挤，在手机上还容易看漏；省略号和破折号写错是审稿时最常见的退回原因
之一。

## 示例

```markdown title="drafts/xhs-blender.md"
---
platform: xiaohongshu
account: xhs-official
author: chen-jing
status: draft
title: 破壁机--厨房好帮手
---
小巧,安静,好清洁!这台破壁机(P1)的静音罩真的有用...

滤网寿命约３０００小时。
```

## 应改为

```markdown title="drafts/xhs-blender.md"
---
platform: xiaohongshu
account: xhs-official
author: chen-jing
status: draft
title: 破壁机——厨房好帮手
---
小巧，安静，好清洁！这台破壁机（P1）的静音罩真的有用……

滤网寿命约 3000 小时。乔布斯说过 “Stay hungry, stay foolish.” 晚上 20:00 直播，倍速 1.5 倍。
```
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from checker.findings import Edit, Problem
from checker.input.markdown import Segment
from checker.model.document import Draft
from checker.packs.keyed import Keyed
from checker.rules.api import Context
from checker.rules.style._common import (
    Protected,
    chinese_side,
    edit,
    has_chinese,
    has_letter,
    in_chinese_sentence,
    is_ascii_alnum,
    is_cjk,
    next_index,
    prev_index,
    problem,
    segments,
    spaces_left,
    spaces_right,
)

ID = "style/fullwidth-punctuation"
SEVERITY = "warning"
HANDBOOK = "ch4/4.5"
FIXABLE = "safe"
TARGET = "draft"

FULL = {",": "，", "!": "！", "?": "？", ":": "：", ";": "；", ".": "。", "(": "（", ")": "）"}
#: Runs of sentence punctuation; a run that repeats a mark belongs to style/repeated-punctuation.
MARK_RUN = re.compile(r"[,;:!?，；：！？。、]+")
#: The runs of :data:`MARK_RUN` that hold a half-width mark (the only ones this rule looks at):
#: a mark that starts a run, then either it was half-width or full-width marks up to a
#: half-width one; then the rest of the run. Possessive quantifiers and the look-behind keep it
#: linear on any text. Each expression here starts with the character it looks for and checks
#: what precedes it afterwards (``X(?<!Y.)`` rather than ``(?<!Y)X``): the engine then skips to
#: the next candidate character instead of trying the look-behind at every position.
HALF_RUN = re.compile(
    r"[,;:!?，；：！？。、](?<![,;:!?，；：！？。、].)(?:(?<=[,;:!?])|[，；：！？。、]*+[,;:!?])"
    r"[,;:!?，；：！？。、]*+"
)
_SINGLE_DOT = re.compile(r"\.(?<![.。…]\.)(?![.。…])")
_ELLIPSIS = re.compile(r"\.{3,}|。{3,}|…(?<!……)(?!…)")
_DASH = re.compile(r"--(?<![-—]--)(?![-—])")
_WIDE_ALNUM = re.compile(r"[０-９Ａ-Ｚａ-ｚ]+(?:[．－＿／＆][０-９Ａ-Ｚａ-ｚ]+)*％?")
#: "1." opening a line: an enumeration, not a full stop.
_ENUMERATION = re.compile(r"(?:^|(?<=[\r\n|]))[ \t]*[0-9]{1,3}$")
#: Parentheses around a formula: (58 − 6), (a + b) × 2.
_FORMULA = re.compile(r"^[\s0-9A-Za-z.,%+\-−×÷*/=<>^]+$")
_PAREN = re.compile("[()（）]")
_QUOTE = re.compile('"')
#: What a segment needs for any of the checks below to find anything: a half-width mark,
#: parenthesis or quote, an ellipsis, a dash or a full-width letter or digit.
_NEEDS = (re.compile(r"[,;:!?.()\"…\-０-９Ａ-Ｚａ-ｚ]"), Keyed("。。。", ("。。。",)))
#: Latin abbreviations whose dot is not a full stop (青禾 vs. 某品牌, No. 1).
_ABBREVIATION = re.compile(
    r"(?<![A-Za-z])(?:vs|etc|e\.g|i\.e|Mr|Mrs|Ms|Dr|No|St|Inc|Ltd|Co|Jr|Sr|approx|Fig|Vol)$",
    re.IGNORECASE,
)


def fold(run: str) -> str:
    """Half-width sentence marks of a run in their full-width form."""
    return "".join(FULL.get(char, char) for char in run)


def repeats(run: str) -> bool:
    folded = fold(run)
    return len(set(folded)) < len(folded)


def _spaced_edit(segment: Segment, start: int, end: int, replacement: str) -> Edit | None:
    """Replace ``[start, end)`` and the spaces on both sides; without them if that cannot be."""
    text = segment.text
    wide = edit(segment, spaces_left(text, start), spaces_right(text, end), replacement)
    return wide if wide is not None else edit(segment, start, end, replacement)


def _shown(text: str, start: int, end: int) -> str:
    """A short excerpt of the prose around a finding, for the message."""
    left = max(0, start - 4)
    right = min(len(text), end + 4)
    return text[left:right].replace("\n", " ").strip()


def _marks(segment: Segment, guard: Protected) -> Iterator[Problem]:
    text = segment.text
    for match in HALF_RUN.finditer(text):
        start, end = match.span()
        run = match.group()
        if repeats(run):
            continue
        if (
            len(run) == 1
            and start > 0
            and end < len(text)
            and text[start - 1].isdigit()
            and text[end].isdigit()
        ):
            continue  # 1,000 / 20:00 / 3:1
        if run == ":" and text[end : end + 2] in ("//", "\\"):
            continue  # a scheme or a drive letter
        # The protected ranges (code, URLs) are found on first use: the cheap tests go first.
        if guard.overlaps(start, end) or not in_chinese_sentence(text, start, end):
            continue
        after = fold(run)
        yield problem(
            segment,
            start,
            end,
            {"mark": run, "fullwidth": after, "before": _shown(text, start, end)},
            edits=[_spaced_edit(segment, start, end, after)],
        )
    for match in _SINGLE_DOT.finditer(text):
        start, end = match.span()
        if end < len(text) and is_ascii_alnum(text[end]):
            continue  # Node.js, 3.5, .com
        if guard.overlaps(start, end):
            continue
        if _ABBREVIATION.search(text, max(0, start - 8), start) or _ENUMERATION.search(
            text, max(0, start - 12), start
        ):
            continue
        if not in_chinese_sentence(text, start, end):
            continue
        yield problem(
            segment,
            start,
            end,
            {"mark": ".", "fullwidth": "。", "before": _shown(text, start, end)},
            edits=[_spaced_edit(segment, start, end, "。")],
        )


def _pairs(text: str, guard: Protected) -> list[tuple[int, int]]:
    """Matching parentheses (half- or full-width) outside the protected ranges."""
    stack: list[int] = []
    found: list[tuple[int, int]] = []
    for paren in _PAREN.finditer(text):
        index, char = paren.start(), paren.group()
        if guard.covers(index):
            continue
        if char in "(（":
            stack.append(index)
        elif stack:
            found.append((stack.pop(), index))
    return sorted(found)


def _parens(segment: Segment, guard: Protected) -> Iterator[Problem]:
    text = segment.text
    for open_at, close_at in _pairs(text, guard):
        half = [i for i in (open_at, close_at) if text[i] in "()"]
        content = text[open_at + 1 : close_at]
        if not half or not content.strip():
            continue
        if not any(is_cjk(c) for c in content):
            if not any(c.isalnum() for c in content):
                continue  # a kaomoji such as (^_^)
            if _FORMULA.match(content) and any(c in "+-−×÷*/=<>^" for c in content):
                continue  # a formula keeps its half-width parentheses
            if open_at > 0 and is_ascii_alnum(text[open_at - 1]):
                continue  # f(x), P1(2026)
            if not in_chinese_sentence(text, open_at, close_at + 1):
                after = next_index(text, close_at + 1)
                if after is None or not is_cjk(text[after]):
                    continue
        edits = [_spaced_edit(segment, i, i + 1, FULL[text[i]]) for i in half]
        if (
            len(edits) == 2
            and edits[0] is not None
            and edits[1] is not None
            and edits[0].end > edits[1].start
        ):
            edits = [edit(segment, i, i + 1, FULL[text[i]]) for i in half]
        before = text[open_at : close_at + 1]
        if len(before) > 24:
            before = before[:10] + "…" + before[-10:]
        yield problem(
            segment,
            open_at,
            close_at + 1,
            {"before": before, "after": "（" + before[1:-1] + "）"},
            "paren",
            edits=edits,
        )


def _quotes(segment: Segment, guard: Protected) -> Iterator[Problem]:
    text = segment.text
    marks = [m.start() for m in _QUOTE.finditer(text) if not guard.covers(m.start())]
    if len(marks) % 2:
        return  # unbalanced: cannot tell opening from closing
    for open_at, close_at in zip(marks[::2], marks[1::2], strict=True):
        content = text[open_at + 1 : close_at]
        if not content.strip():
            continue
        before = prev_index(text, open_at)
        after = next_index(text, close_at + 1)
        chinese = (
            any(is_cjk(c) for c in content)
            or (before is not None and chinese_side(text[before]))
            or (after is not None and is_cjk(text[after]))
        )
        if not chinese:
            continue
        shown = text[open_at : close_at + 1]
        if len(shown) > 24:
            shown = shown[:10] + "…" + shown[-10:]
        yield problem(
            segment,
            open_at,
            close_at + 1,
            {"before": shown, "after": "“" + shown[1:-1] + "”"},
            "quote",
            edits=[
                edit(segment, open_at, open_at + 1, "“"),
                edit(segment, close_at, close_at + 1, "”"),
            ],
        )


def _ellipses(segment: Segment, guard: Protected) -> Iterator[Problem]:
    text = segment.text
    for match in _ELLIPSIS.finditer(text):
        start, end = match.span()
        if guard.overlaps(start, end) or not in_chinese_sentence(text, start, end):
            continue
        yield problem(
            segment,
            start,
            end,
            {"mark": match.group(), "before": _shown(text, start, end)},
            "ellipsis",
            edits=[_spaced_edit(segment, start, end, "……")],
        )


def _dashes(segment: Segment, guard: Protected) -> Iterator[Problem]:
    text = segment.text
    for match in _DASH.finditer(text):
        start, end = match.span()
        if guard.overlaps(start, end):
            continue
        if end < len(text) and is_ascii_alnum(text[end]):
            continue  # a command-line option such as --fix
        before = prev_index(text, start)
        after = next_index(text, end)
        if not (
            (before is not None and is_cjk(text[before]))
            or (after is not None and is_cjk(text[after]))
        ):
            continue
        if match.group() == "—" and not (
            before is not None
            and after is not None
            and is_cjk(text[before])
            and is_cjk(text[after])
        ):
            continue
        yield problem(
            segment,
            start,
            end,
            {"mark": match.group(), "before": _shown(text, start, end)},
            "dash",
            edits=[_spaced_edit(segment, start, end, "——")],
        )


def _wide_alnum(segment: Segment, guard: Protected) -> Iterator[Problem]:
    for match in _WIDE_ALNUM.finditer(segment.text):
        start, end = match.span()
        if guard.overlaps(start, end):
            continue
        narrow = unicodedata.normalize("NFKC", match.group())
        kind = "letters" if has_letter(narrow) else "digits"
        yield problem(
            segment,
            start,
            end,
            {"before": match.group(), "after": narrow, "kind": kind},
            "halfwidth",
            edits=[edit(segment, start, end, narrow)],
        )


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    for segment, guard in segments(draft, *_NEEDS):
        found = list(_wide_alnum(segment, guard))
        text = segment.text
        if has_chinese(text):  # all the others need Chinese around the mark
            # Each check runs only when the characters it looks for are in the segment.
            if any(mark in text for mark in ",;:!?."):
                found.extend(_marks(segment, guard))
            if "(" in text or ")" in text:  # a pair with no half-width parenthesis is fine
                found.extend(_parens(segment, guard))
            if '"' in text:
                found.extend(_quotes(segment, guard))
            if "..." in text or "。。。" in text or "…" in text:
                found.extend(_ellipses(segment, guard))
            if "--" in text:
                found.extend(_dashes(segment, guard))
        yield from sorted(found, key=lambda p: (p.start, p.end))
