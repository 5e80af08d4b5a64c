"""制度文件缺少 `kind`，或者 `kind` 不是已知的类型。

## 检查什么

每个制度文件都以 `kind:` 和 `version: 1` 开头，opscheck 按 `kind` 而不是文件名决定怎样检查它。
`kind` 只能是 `strategy`、`organization`、`platforms`、`workflow`、`rulepack`、`platform` 之一。
缺少 `kind`、拼错，或者整个文件不是映射时报告本规则。

## 为什么重要

不认识类型的文件不会被任何规则检查，也不会进入账号、角色、审批链的交叉引用，错误会一直藏着。

## 示例

```yaml title="policies/workflow.yaml"
kind: work-flow
version: 1
```

## 应改为

```yaml title="policies/workflow.yaml"
kind: workflow
version: 1
pillars: [{id: product, name: 产品种草}]
statuses: [draft, in_review, approved, scheduled, published]
approval_tiers: {low: [], medium: [content-lead], high: [content-lead, legal-reviewer]}
lead_time_hours: 24
reply_sla_hours: 2
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.model.repository import KINDS
from checker.rules.api import Context

ID = "schema/unknown-kind"
SEVERITY = "error"
HANDBOOK = "preface"
FIXABLE = None
TARGET = "policy"


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    allowed = "、".join(KINDS)
    data = doc.yaml.data if doc.yaml is not None else None
    if not isinstance(data, dict):
        yield Problem(0, 0, {"allowed": allowed}, "not-mapping")
        return
    kind = data.get("kind")
    if kind is None:
        yield Problem(0, 0, {"allowed": allowed}, "missing")
        return
    if kind in KINDS:
        return
    start, end = doc.span(("kind",))
    import difflib  # only for a kind that is not known

    guess = difflib.get_close_matches(str(kind), KINDS, n=1)
    variant = "guess" if guess else ""
    yield Problem(
        start, end, {"kind": kind, "allowed": allowed, "guess": guess[0] if guess else ""}, variant
    )
