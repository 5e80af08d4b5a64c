"""草稿缺少 front matter、front matter 没有闭合，或者不是映射。

## 检查什么

`drafts/` 下的每篇草稿都以 `---` 开头、以另一行 `---` 结束的 YAML front matter 开始，里面是
`键: 值` 形式的映射（平台、账号、作者、状态等）。下面三种情况报告本规则：

- 第一行不是 `---`（没有 front matter）；
- 有开头的 `---` 但找不到结束的 `---`；
- front matter 是列表或单个值，而不是映射。

## 为什么重要

平台、账号、审批、是否商业合作、是否 AI 生成都写在 front matter 里。读不出它们，平台限制、
审批链、广告标识和 AI 标识都没法检查，草稿等于绕过了整个流程。

## 示例

```markdown title="drafts/unclosed.md"
---
platform: xiaohongshu
account: xhs-official
author: zhang-wei
status: draft

三件基础款搞定一周通勤。
```

## 应改为

```markdown title="drafts/unclosed.md"
---
platform: xiaohongshu
account: xhs-official
author: zhang-wei
status: draft
---
三件基础款搞定一周通勤。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import LoadedFile
from checker.rules.api import Context
from checker.rules.input._common import issues_of

ID = "input/front-matter"
SEVERITY = "error"
HANDBOOK = "ch4/4.3"
FIXABLE = None
TARGET = "file"


def check(file: LoadedFile, ctx: Context) -> Iterator[Problem]:
    return issues_of(file, ID)
