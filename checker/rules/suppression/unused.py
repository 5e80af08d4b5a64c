"""抑制注释没有抑制任何问题（问题已修好、规则编号写错，或规则不可抑制）。

## 检查什么

写明了理由的抑制注释，如果在这次检查里没有真正抑制掉它点名的规则的任何问题，就报告本规则：
多半是内容已经改好了、注释放错了行，或者规则编号写错了。配置里用 `unsuppressible`
列出的规则（例如 `ad-law/*`）不能用注释抑制，针对它们的注释也会被报告。
规则在这次运行里没有启用（`--select`/`--ignore`）时不报告。

## 为什么重要

过期的抑制注释会在以后真正出问题时把问题藏起来。像 Ruff 报告没用的 `noqa` 一样，
让注释始终只留在真正需要它的地方。

## 示例

```markdown title="drafts/unused.md"
---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
---
<!-- opscheck-disable-next-line ad-law/absolute-term: 这里说的是活动第一期 -->
青禾焕新季，今晚八点开始。
```

## 应改为

```markdown title="drafts/unused.md"
---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
---
青禾焕新季，今晚八点开始。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.engine.suppress import State
from checker.findings import Problem
from checker.rules import registry
from checker.rules.api import Context

ID = "suppression/unused"
SEVERITY = "warning"
HANDBOOK = "ch10/10.4"
FIXABLE = None
TARGET = "post"


def check(state: State, ctx: Context) -> Iterator[Problem]:
    if not state.directives:
        return  # (most files: no need for the set of every rule id)
    known = set(registry.rule_ids()) | set(ctx.active)
    verdicts: dict[str, str | None] = {}  # a pattern repeated in many comments is judged once
    for directive in state.directives:
        if directive.action == "enable" or not directive.reason:
            continue
        for pattern in directive.patterns:
            if pattern in directive.used:
                continue
            if pattern not in verdicts:
                verdicts[pattern] = _verdict(pattern, known, state, ctx)
            variant = verdicts[pattern]
            if variant is not None:
                yield Problem(directive.start, directive.end, {"rule": pattern}, variant)


def _verdict(pattern: str, known: set[str], state: State, ctx: Context) -> str | None:
    """The message variant for an unused pattern, or None when it is not reported."""
    if not any(registry.matches(pattern, rule_id) for rule_id in known):
        return "unknown"
    if state.protected(pattern):
        return "unsuppressible"
    if any(registry.matches(pattern, rule_id) for rule_id in ctx.active):
        return ""
    return None
