"""规则包里的正则表达式无法编译、会匹配空文字，或者在某些文字上超过运行时间上限。

## 检查什么

规则包（`kind: rulepack`）里 `type: pattern` 的规则写的是正则表达式（Python 语法）。加载
规则包时：

- 先编译，编译不了时报告出错原因（例如括号不配对）；
- 再检查它会不会匹配空文字（例如 `(青禾)?`），这样的表达式在每个位置都“命中”，没有意义；
- 最后用几段刻意构造的长文字（同一个字符重复几千次，再接一个让匹配失败的字符）试运行，
  每段限时 0.1 秒，超时说明表达式有“灾难性回溯”，例如 `(a|aa)+$`、`(\\w+\\s?)+$`。

问题报告在规则包文件里 `pattern` 所在的行。检查草稿时每个表达式在每段文字上同样限时，
超时的那段不检查并给出提示，之后本次运行不再使用这个表达式，CI 不会因此卡住。

## 为什么重要

一个写得不好的正则表达式在普通文字上看不出问题，遇到一段特别的文字时却可能运行几分钟
甚至更久，拖垮整条 CI 流水线；编译不了的表达式则会让这条规则悄悄失效。这两种问题都应当
在合并规则包之前发现。

## 示例

```yaml title="policies/rulepack-qinghe-brand.yaml"
kind: rulepack
version: 1
id: qinghe-brand
source: 青禾品牌视觉与用语规范（2026 版）
reviewed_on: 2026-11-20
rules:
  - id: price-promise
    type: pattern
    message: 不要承诺「{match}」这样的价格，价格以下单页面为准。
    severity: warning
    pattern: "(全网|史上)(最低|最便宜"
    case: insensitive
    match: substring
  - id: repeated-word
    type: pattern
    message: 「{match}」里有重复的词。
    severity: info
    pattern: "(a|aa)+$"
    case: insensitive
    match: substring
```

## 应改为

```yaml title="policies/rulepack-qinghe-brand.yaml"
kind: rulepack
version: 1
id: qinghe-brand
source: 青禾品牌视觉与用语规范（2026 版）
reviewed_on: 2026-11-20
rules:
  - id: price-promise
    type: pattern
    message: 不要承诺「{match}」这样的价格，价格以下单页面为准。
    severity: warning
    pattern: "(全网|史上)(最低|最便宜)价?"
    case: insensitive
    match: substring
    examples:
      fail: [双十一全网最低价]
      pass: [双十一到手价 399 元]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.rules.api import Context

ID = "rules/bad-pattern"
SEVERITY = "error"
HANDBOOK = "ch3/3.4"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("rulepack",)


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    from checker.packs import terms

    for spec in terms.specs(doc):
        if spec.type != "pattern" or spec.pattern is None:
            continue
        result = terms.check_pattern(spec.pattern, spec.case)
        if not result.variant:
            continue
        start, end = doc.span(("rules", spec.position, "pattern"))
        args: dict[str, object] = {
            "rule": spec.id,
            "pack": spec.pack,
            "pattern": spec.pattern,
            "error": result.error,
            "limit": terms.PATTERN_TIMEOUT,
            "sample": result.sample,
        }
        yield Problem(start, end, args, result.variant)
