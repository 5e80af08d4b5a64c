"""不安全或超出上限的输入：python 标签、未知标签、别名炸弹、过深嵌套、超大文件。

## 检查什么

- `!!python/object` 等 python 标签和 `!foo` 这类未知标签：opscheck 从不执行或构造它们，只按普通值读取并报告；
- 别名（`*name`）展开后节点总数超过 10 万，即常说的“别名炸弹”（billion laughs）；
- 映射或列表嵌套超过 100 层；
- 超过大小上限的文件（默认 1 MiB，配置项 `max_file_bytes`），包括草稿，这类文件不会被读取。

## 为什么重要

检查器在 CI 里处理的是拉取请求里别人提交的文件。带标签的 YAML 在某些加载器里可以执行代码，
别名炸弹和超深嵌套能让解析耗尽内存或时间。把它们报告出来而不是处理掉，流水线既安全又不会挂起，
其他文件照常检查。

## 示例

```yaml title="policies/workflow.yaml"
kind: workflow
version: 1
pillars: [{id: product, name: 产品种草}]
statuses: !!python/object/apply:os.system ["echo hi"]
approval_tiers: {low: [], medium: [content-lead], high: [content-lead, legal-reviewer]}
lead_time_hours: 24
reply_sla_hours: 2
```

## 应改为

制度文件只用普通的 YAML 值：

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

ID = "input/unsafe-yaml"
SEVERITY = "error"
HANDBOOK = "preface"
FIXABLE = None
TARGET = "file"


def check(file: LoadedFile, ctx: Context) -> Iterator[Problem]:
    return issues_of(file, ID)
