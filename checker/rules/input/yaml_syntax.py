"""YAML 语法错误，指出行和列。

## 检查什么

制度文件（`policies/*.yaml`）和草稿的 front matter 必须是合法的 YAML。解析失败时报告本规则，
位置就是解析器停下的地方，消息里带着解析器给出的原因（例如缺少冒号、缩进不齐、括号没有闭合）。
一个文件里只能有一个 YAML 文档：出现第二个 `---` 也报告本规则。

## 为什么重要

语法错误的文件无法读出任何字段，账号、角色、审批链等引用都会失效，其余检查只能跳过。
越早在提交时发现，越不会让一个小小的缩进错误拖住整条发布流程。

## 示例

```yaml title="policies/workflow.yaml"
kind: workflow
version: 1
pillars: [{id: product, name: 产品种草}
statuses: [draft, in_review, approved, scheduled, published]
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

from checker import messages
from checker.findings import Problem
from checker.model.document import LoadedFile
from checker.rules.api import Context
from checker.rules.input._common import issues_of

#: libyaml's wording -> catalogue key of a plainer explanation.
EXPLAIN = (
    ("expected ',' or ']'", "yaml.flow-sequence"),
    ("expected ',' or '}'", "yaml.flow-mapping"),
    ("mapping values are not allowed", "yaml.mapping-value"),
    ("could not find expected ':'", "yaml.colon"),
    ("did not find expected key", "yaml.key"),
    ("did not find expected '-' indicator", "yaml.dash"),
    ("cannot start any token", "yaml.bad-start"),
    ("found unexpected end of stream", "yaml.eof"),
    ("did not find expected node content", "yaml.node"),
    ("found unknown escape character", "yaml.escape"),
    ("found undefined alias", "yaml.alias"),
    ("control characters are not allowed", "yaml.control"),
)

ID = "input/yaml-syntax"
SEVERITY = "error"
HANDBOOK = "preface"
FIXABLE = None
TARGET = "file"


def explain(problem: str, lang: str) -> str:
    """A plain explanation of libyaml's message (the original when none is known)."""
    for needle, key in EXPLAIN:
        if needle in problem:
            return messages.text(key, lang)
    return problem


def check(file: LoadedFile, ctx: Context) -> Iterator[Problem]:
    if not file.issues:
        return iter(())  # nearly every file: no generator to start and run
    return _explained(file, ctx)


def _explained(file: LoadedFile, ctx: Context) -> Iterator[Problem]:
    for problem in issues_of(file, ID):
        if "problem" not in problem.args:
            yield problem
            continue
        args = dict(problem.args)
        args["problem"] = explain(str(args["problem"]), ctx.lang)
        yield problem._replace(args=args)
