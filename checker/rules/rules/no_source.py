"""规则包或平台包没有写来源。

## 检查什么

规则包（`kind: rulepack`）要用 `source` 写明规则的依据，平台包（`kind: platform`）要用 `sources`
列出平台规则的出处：品牌手册、法务意见、平台公告或规则中心页面。缺少来源、或者写成空字符串、
空列表时报告。两种写法（`source`、`sources`）都接受。

## 为什么重要

没有来源，后来的人无法判断一条规则依据的是品牌手册、法务意见还是平台公告，也就无法复核它
是否过时；规则与实际要求不一致时，也没人知道该找谁确认。

## 示例

```yaml title="policies/rulepack-qinghe-brand.yaml"
kind: rulepack
version: 1
id: qinghe-brand
reviewed_on: 2026-11-20
rules:
  - id: brand-name
    type: substitution
    message: 品牌名写作「{replacement}」，不写「{match}」。
    swap: {清禾: 青禾}
    case: sensitive
    match: substring
```

## 应改为

```yaml title="policies/rulepack-qinghe-brand.yaml"
kind: rulepack
version: 1
id: qinghe-brand
source: 青禾品牌视觉与用语规范（2026 版）；法务部 2026-11 审阅意见
reviewed_on: 2026-11-20
rules:
  - id: brand-name
    type: substitution
    message: 品牌名写作「{replacement}」，不写「{match}」。
    swap: {清禾: 青禾}
    case: sensitive
    match: substring
```
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.rules._policy import top_key
from checker.rules.api import Context

ID = "rules/no-source"
SEVERITY = "error"
HANDBOOK = "ch3/3.4"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("rulepack", "platform")


def _given(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return any(_given(item) for item in value)
    if isinstance(value, dict):
        return any(_given(item) for item in value.values())
    return False


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    data = doc.data
    if _given(data.get("source")) or _given(data.get("sources")):
        return
    key = "sources" if doc.kind == "platform" else "source"
    pack = data.get("id")
    args = {"pack": pack if isinstance(pack, str) and pack else doc.path, "key": key}
    if "source" in data or "sources" in data:
        present = "source" if "source" in data else "sources"
        start, end = doc.key_span((present,))
    else:
        start, end = top_key(doc, "id")
    yield Problem(start, end, args)
