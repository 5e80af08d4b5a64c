"""中文与英文、数字之间加空格；百分号、度数前和全角标点两侧不加空格。

## 检查什么

在标题、摘要和正文里检查三件事，都可以用 `opscheck --fix` 自动修复：

- 汉字与拉丁字母、阿拉伯数字直接相连时，要在中间加一个空格，两个方向都算：
  `下载青禾智家App` 写成 `下载青禾智家 App`，`容量1.5升` 写成 `容量 1.5 升`。
  一个“词”按整体对待，里面不拆：`Wi-Fi`、`C++`、`v2.1.0`、`20:00`、`3-5`、`1,000`、
  `iPhone15` 都只在和汉字相接的两端加空格。日期同样处理：`2026年12月` 写成 `2026 年 12 月`，
  与手册正文一致。
- 数字与百分号 `%`、度数符号 `°` 之间不加空格：`50 %` 写成 `50%`。
- 全角标点（，。！？：；、（）【】《》「」等）两侧不加空格：`新品上市 ，欢迎体验` 写成
  `新品上市，欢迎体验`。弯引号、省略号和破折号在紧挨中文时也按全角标点处理。

不检查代码、行内代码、链接地址、网址、电子邮箱、话题标签 `#话题#`、@提及、文件路径和
front matter 里的 `tags`（平台按原样匹配话题，不能改）。不少出版物在中文和数字之间不加空格；
团队如果采用这种风格，在配置里写 `cjk_digit_spacing = false`，只检查字母部分
（`5G手机` 仍要写成 `5G 手机`，`5000元` 不再提示）。

## 为什么重要

手册 4.5 节规定中英文、中文与数字之间加空格。同一个账号里有的稿件加、有的不加，读者会觉得
不用心；混排不加空格时，`青禾智家App` 这样的品牌名在手机上也不容易看清。依据是业界通行的
《中文文案排版指北》；标点用法以 GB/T 15834-2011《标点符号用法》为准。

## 示例

```markdown title="drafts/xhs-app-launch.md"
---
platform: xiaohongshu
account: xhs-official
author: zhang-wei
status: draft
title: 青禾智家App上线远程预约
---
下载青禾智家App，连接Wi-Fi后就能远程预约煮饭。

卧室湿度保持在50 %最舒服 ，加湿器会自动调节。
```

## 应改为

```markdown title="drafts/xhs-app-launch.md"
---
platform: xiaohongshu
account: xhs-official
author: zhang-wei
status: draft
title: 青禾智家 App 上线远程预约
---
下载青禾智家 App，连接 Wi-Fi 后就能远程预约煮饭。

卧室湿度保持在 50% 最舒服，加湿器会自动调节。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.findings import Problem
from checker.input.markdown import Segment
from checker.model.document import Draft
from checker.packs.keyed import Keyed
from checker.rules.api import Context
from checker.rules.style._common import (
    CJK_CLASS,
    FULLWIDTH_PUNCT,
    SHARED_PUNCT,
    Protected,
    edit,
    has_chinese,
    has_letter,
    is_cjk,
    problem,
    segments,
)

ID = "style/cjk-spacing"
SEVERITY = "warning"
HANDBOOK = "ch4/4.5"
FIXABLE = "safe"
TARGET = "draft"

_LETTER = r"A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
#: A Latin "word": letters and digits joined by - _ . / + ' & (Wi-Fi, v2.1.0, AT&T) or, between
#: digits, by : (20:00, 3:1), with an optional leading currency sign and trailing % ° + # (50%,
#: C++, C#).
_TOKEN = re.compile(rf"[$¥€£]?[{_LETTER}]+(?:(?<=[0-9]):[0-9]+|[-_./+'’&·][{_LETTER}]+)*[%°+#]*")
_UNIT_SPACE = re.compile(r"(?<=[0-9])[ \u00a0]+(?=[%°])")
_SPACE_RUN = re.compile(r"[ \t\u00a0]+")
# What a segment needs for each check to find anything (letter-, digit- or space-led, so that
# the regular expression engine skips the Chinese text in between quickly):
#: a Latin word whose first or last character touches a Han character;
_TOUCHING = re.compile(rf"[$¥€£{_LETTER}%°+#](?:(?<=[{CJK_CLASS}].)|(?=[{CJK_CLASS}]))")
#: a space between a number and % or °;
_NUMBER_SPACE = Keyed(r"[0-9][ \u00a0]+[%°]", ("%", "°"))
#: a space next to full-width or shared punctuation.
_MARKS = re.escape("".join(sorted(FULLWIDTH_PUNCT | SHARED_PUNCT)))
_SPACE_BY_MARK = re.compile(rf"[ \t\u00a0](?:(?<=[{_MARKS}].)|(?=[{_MARKS}]))")


def _fullwidth_side(text: str, index: int, step: int) -> bool:
    """Whether ``text[index]`` is punctuation that takes no space; ``step`` (-1 or 1) points
    from it away from the space, to the text it belongs to."""
    char = text[index]
    if char in FULLWIDTH_PUNCT:
        return True
    if char not in SHARED_PUNCT:
        return False
    inner = index + step
    while 0 <= inner < len(text) and text[inner] == char:
        inner += step  # …… and —— are one mark
    return 0 <= inner < len(text) and (is_cjk(text[inner]) or text[inner] in FULLWIDTH_PUNCT)


def _missing_spaces(segment: Segment, guard: Protected, digits: bool) -> Iterator[Problem]:
    text = segment.text
    if not _TOUCHING.search(text):
        return
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        cjk_before = start > 0 and is_cjk(text[start - 1])
        if not cjk_before and not (end < len(text) and is_cjk(text[end])):
            continue  # no Han character touches it (most Latin words in a draft)
        token = match.group()
        if guard.overlaps(max(0, start - 1), end + 1):
            continue
        if not digits and not has_letter(token):
            continue
        if cjk_before:
            before = text[start - 1] + token
            yield problem(
                segment,
                start,
                start,
                {"before": before, "after": text[start - 1] + " " + token},
                edits=[edit(segment, start, start, " ")],
            )
        if end < len(text) and is_cjk(text[end]):
            yield problem(
                segment,
                end,
                end,
                {"before": token + text[end], "after": token + " " + text[end]},
                edits=[edit(segment, end, end, " ")],
            )


def _unit_spaces(segment: Segment, guard: Protected) -> Iterator[Problem]:
    text = segment.text
    for match in _UNIT_SPACE.finditer(text):
        start, end = match.span()
        if guard.overlaps(start - 1, end + 1):
            continue
        sign = text[end]
        number = re.search(r"[0-9.,]+$", text[:start])
        shown = number.group() if number else text[start - 1]
        yield problem(
            segment,
            start,
            end,
            {"sign": sign, "before": shown + match.group() + sign, "after": shown + sign},
            "unit",
            edits=[edit(segment, start, end, "")],
        )


def _spaces_by_fullwidth(segment: Segment, guard: Protected) -> Iterator[Problem]:
    text = segment.text
    if not _SPACE_BY_MARK.search(text):
        return
    for match in _SPACE_RUN.finditer(text):
        start, end = match.span()
        if start == 0 or end >= len(text) or text[start - 1] in "\r\n" or text[end] in "\r\n":
            continue
        left, right = start - 1, end
        if guard.covers(left) or guard.covers(right):
            continue
        if _fullwidth_side(text, left, -1):
            mark = text[left]
        elif _fullwidth_side(text, right, 1):
            mark = text[right]
        else:
            continue
        yield problem(
            segment,
            start,
            end,
            {
                "mark": mark,
                "before": text[left] + match.group() + text[right],
                "after": text[left] + text[right],
            },
            "fullwidth",
            edits=[edit(segment, start, end, "")],
        )


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    digits = bool(ctx.config.cjk_digit_spacing)
    for segment, guard in segments(draft, _TOUCHING, _NUMBER_SPACE, _SPACE_BY_MARK):
        text = segment.text
        # A space before a unit needs the unit (% or °) in the segment.
        found = list(_unit_spaces(segment, guard)) if "%" in text or "°" in text else []
        if has_chinese(text):
            found.extend(_missing_spaces(segment, guard, digits))
            found.extend(_spaces_by_fullwidth(segment, guard))
        yield from sorted(found, key=lambda p: (p.start, p.end))
