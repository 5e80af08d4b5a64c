"""规则包里规则自带的正反例与规则的实际表现不符。

## 检查什么

规则包（`kind: rulepack`）的每条规则可以写 `examples`：`fail` 里的句子这条规则必须报告，
`pass` 里的句子必须不报告。加载规则包时逐句验证，按规则真正的匹配方式（大小写、整词、
繁简转换、检查范围）运行，不看 `platforms` 和 `accounts` 的限定。哪一句不符合，就报告在
规则包文件里这句例句所在的行，并说明是该报告没报告，还是不该报告却报告了（以及命中了什么）。

## 为什么重要

规则写错时通常不会报错，只会悄悄地永远不触发，或者把正确的写法也拦下来：比如替换规则
把正确写法和错误写法写反了，或者 `case: sensitive` 让 `青禾 app` 漏网。正反例是规则的
测试，验证不过说明规则和维护者的本意不一致，应当先改规则或例句，再合并。

## 示例

```yaml title="policies/rulepack-qinghe-brand.yaml"
kind: rulepack
version: 1
id: qinghe-brand
source: 青禾品牌视觉与用语规范（2026 版）
reviewed_on: 2026-11-20
rules:
  - id: app-name
    type: substitution
    message: App 的名称是「{replacement}」，不写「{match}」。
    severity: warning
    swap:
      青禾APP: 青禾智家 App
    case: sensitive
    match: substring
    examples:
      fail: [用青禾APP远程预约煮饭, 打开青禾app查看滤芯寿命]
      pass: [用青禾智家 App 远程预约煮饭]
```

## 应改为

大小写不同的写法也要拦下，所以改为不区分大小写：

```yaml title="policies/rulepack-qinghe-brand.yaml"
kind: rulepack
version: 1
id: qinghe-brand
source: 青禾品牌视觉与用语规范（2026 版）
reviewed_on: 2026-11-20
rules:
  - id: app-name
    type: substitution
    message: App 的名称是「{replacement}」，不写「{match}」。
    severity: warning
    swap:
      青禾APP: 青禾智家 App
    case: insensitive
    match: substring
    examples:
      fail: [用青禾APP远程预约煮饭, 打开青禾app查看滤芯寿命]
      pass: [用青禾智家 App 远程预约煮饭]
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.rules.api import Context

ID = "rules/example-failed"
SEVERITY = "error"
HANDBOOK = "ch3/3.4"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("rulepack",)


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    from checker.packs import terms

    packs = ctx.repo.rulepacks
    engine = terms.engine_for(packs if any(d is doc for d in packs) else [doc])
    for number, spec in enumerate(engine.specs):
        if spec.doc is not doc:
            continue
        if spec.type == "pattern" and number not in engine.patterns:
            continue  # does not compile: rules/bad-pattern says so
        args: dict[str, object] = {"rule": spec.id, "pack": spec.pack, "type": spec.type}
        for index, text in spec.fail:
            if not engine.evaluate(number, text):
                start, end = doc.span(("rules", spec.position, "examples", "fail", index))
                yield Problem(start, end, {**args, "example": text}, "fail")
        for index, text in spec.passing:
            found = engine.evaluate(number, text)
            if found:
                start, end = doc.span(("rules", spec.position, "examples", "pass", index))
                shown = found[0].args.get("match", "")
                yield Problem(start, end, {**args, "example": text, "match": shown}, "pass")
