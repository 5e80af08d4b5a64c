"""同一个映射里重复出现了同一个键。

## 检查什么

YAML 映射（`键: 值`）里同一个键写了两次时报告第二次出现的位置，并指出第一次在哪一行。
常见于复制粘贴一段账号或目标后忘了改键名。

## 为什么重要

PyYAML 等常见解析器遇到重复键不会报错，而是悄悄保留最后一个值，前面的设置就这样丢了：
比如一个账号写了两次 `approval`，真正生效的审批链可能不是审稿人以为的那一条。

## 示例

```yaml title="policies/workflow.yaml"
kind: workflow
version: 1
pillars: [{id: product, name: 产品种草}]
statuses: [draft, in_review, approved, scheduled, published]
approval_tiers: {low: [], medium: [content-lead], high: [content-lead, legal-reviewer]}
lead_time_hours: 24
reply_sla_hours: 2
lead_time_hours: 48
```

## 应改为

删掉多余的一行，只保留团队确认过的取值：

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
from checker.model.document import LoadedFile
from checker.rules.api import Context
from checker.rules.input._common import issues_of

ID = "input/duplicate-key"
SEVERITY = "error"
HANDBOOK = "preface"
FIXABLE = None
TARGET = "file"


def check(file: LoadedFile, ctx: Context) -> Iterator[Problem]:
    return issues_of(file, ID)
