"""专有名词使用官方写法和大小写：iPhone、Wi-Fi、App Store、GitHub。

## 检查什么

在标题、摘要和正文里查找词典中的专有名词：按完整的拉丁字母词匹配、不区分大小写，写法与
官方不同时报告并给出正确写法，例如 `iphone`、`IPHONE` 改为 `iPhone`，`wifi`、`WiFi` 改为
`Wi-Fi`，`IOS` 改为 `iOS`，`appstore` 改为 `App Store`。可以用 `opscheck --fix` 自动修复。

词典随检查器提供（`checker/data/terms/proper_nouns.txt`，写明了来源），团队在配置里用
`proper_nouns = ["QINGHE", "青禾智家 App"]` 加入自己的品牌名，同名时以团队的写法为准。

不报告：更长的词里的一部分（`iphone15` 是另一个词，`wifi6` 同理）；网址、电子邮箱、文件名
和路径（`github.com`、`iphone.png`）、话题标签（`#iphone#`）、@提及、代码和链接地址；
整段都用大写字母写的标题；两个字母的缩写写成首字母大写时（`Ai Weiwei` 是人名）。

## 为什么重要

手册 4.5 节要求专有名词使用官方写法。品牌方对自己名字的写法很在意，写错既不专业，也容易
在搜索和话题聚合时漏掉；合作稿里把合作方的品牌名写错，还可能被要求撤稿重发。

## 示例

```markdown title="drafts/wechat-app-guide.md"
---
platform: wechat
account: wechat-official
author: he-huan
status: draft
title: 用 iphone 远程控制青禾空气净化器
---
打开青禾智家 App，在 IOS 或 Android 手机上都能连接 wifi，App store 里搜索“青禾智家”即可下载。
```

## 应改为

```markdown title="drafts/wechat-app-guide.md"
---
platform: wechat
account: wechat-official
author: he-huan
status: draft
title: 用 iPhone 远程控制青禾空气净化器
---
打开青禾智家 App，在 iOS 或 Android 手机上都能连接 Wi-Fi，App Store 里搜索“青禾智家”即可下载。
固件更新说明见 github.com/qinghe/firmware，截图文件名是 iphone-setup.png。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from checker.findings import Problem
from checker.model.document import Draft
from checker.packs.matcher import SHARED, Matcher, Term
from checker.rules.api import Context
from checker.rules.style._common import SCOPES, edit, is_ascii_alnum, problem, protected

ID = "style/proper-noun"
SEVERITY = "warning"
HANDBOOK = "ch4/4.5"
FIXABLE = "safe"
TARGET = "draft"

_BEFORE = frozenset("./\\@#_-&=")
_AFTER = frozenset("/\\@_")
_JOIN = re.compile(r"[- ]|\.(?=[A-Za-z])")
_LOWER = re.compile("[a-z]")
_UPPER = re.compile("[A-Z]")


@cache
def dictionary() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The shipped dictionary: (official spelling, extra wrong spellings)."""
    from checker import data as shipped

    text = shipped.read_text("terms", "proper_nouns.txt")
    entries = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, extra = line.partition("\t")
        spellings = tuple(s.strip() for s in extra.split("|") if s.strip())
        entries.append((name.strip(), spellings))
    return tuple(entries)


def spellings(name: str, extra: tuple[str, ...] = ()) -> list[str]:
    """The spellings matched for one official name (case variants are folded by the matcher)."""
    found = [name, *extra]
    joined = _JOIN.sub("", name)
    if joined != name and len(joined) >= 4:
        found.append(joined)
    return found


@cache
def matcher(team: tuple[str, ...]) -> Matcher:
    """One matcher for the shipped dictionary plus the team's names (the team's spelling wins)."""
    official: dict[str, str] = {}
    entries = list(dictionary()) + [(name, ()) for name in team if name.strip()]
    for name, extra in entries:
        for spelling in spellings(name.strip(), extra):
            official[spelling.casefold()] = name.strip()
    terms = [Term(key, payload=name, word=True) for key, name in official.items()]
    return Matcher(terms, group=SHARED)


def _acronym_title_case(name: str, found: str) -> bool:
    """``Ai`` for ``AI``: two-letter acronyms in title case are usually names, not typos."""
    return (
        len(name) <= 2
        and name.upper() == name
        and len(found) == 2
        and found[0].isupper()
        and found[1:].islower()
    )


def _embedded(text: str, start: int, end: int) -> bool:
    """Part of a file name, path, domain, identifier or tag rather than a word of prose."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    after2 = text[end + 1] if end + 1 < len(text) else ""
    if before in _BEFORE or after in _AFTER:
        return True
    return after in ".-" and is_ascii_alnum(after2)


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    team = tuple(str(name) for name in ctx.config.proper_nouns)
    prose = draft.prose
    per_segment = matcher(team).find_in(prose)  # one scan of the whole draft
    for segment, matches in zip(prose.segments, per_segment, strict=True):
        if not matches or segment.scope not in SCOPES:
            continue
        guard = protected(segment)
        text = segment.text
        shouting: bool | None = None  # all Latin letters in capitals (found when needed)
        for match in matches:
            name = str(match.term.payload)
            found = match.text
            if found == name or guard.overlaps(match.start, match.end):
                continue
            if _embedded(text, match.start, match.end) or _acronym_title_case(name, found):
                continue
            if found.isupper():
                if shouting is None:
                    shouting = not _LOWER.search(text) and len(_UPPER.findall(text)) > 6
                if shouting:
                    continue
            yield problem(
                segment,
                match.start,
                match.end,
                {"before": found, "after": name},
                edits=[edit(segment, match.start, match.end, name)],
            )
