"""公开内容里出现个人邮箱。

## 检查什么

在标题、摘要、话题和正文（含显示出来的 `<地址>` 自动链接）里找电子邮箱地址，报告个人邮箱：

- 配置 `company_domains` 里的公司域名及其子域名（如 `qinghe.example.cn`、`hr.qinghe.example.cn`）
  上的地址不报告；
- QQ 邮箱、163、126、新浪、Gmail、Outlook 等个人邮箱服务上的地址一律报告；
- 其他域名上，`service@`、`support@`、`press@`、`hr@`、`kefu@` 这类职能邮箱不报告，
  像人名的地址报告。

代码块、行内代码和链接地址（`mailto:` 目标）不检查。

## 为什么重要

个人邮箱能识别到具体的人，属于个人信息（《个人信息保护法》第二十五条）；员工的私人邮箱出现在
公开内容里，还会招来骚扰和钓鱼邮件。对外联系用公司的职能邮箱。

## 示例

```markdown title="drafts/wechat-service.md"
---
platform: wechat
account: wechat-official
title: 售后对接说明
author: zhang-wei
pillar: service
status: draft
risk: low
---
售后对接人张伟的邮箱是 zw.private@example.com，也可以发到 zhangwei88@163.com。
```

## 应改为

```markdown title="drafts/wechat-service.md"
---
platform: wechat
account: wechat-official
title: 售后对接说明
author: zhang-wei
pillar: service
status: draft
risk: low
---
售后问题请发邮件到 service@qinghe.example.cn，媒体合作请联系 press@partner.example.com。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import Draft
from checker.packs import identifiers
from checker.rules.api import Context

ID = "privacy/email"
SEVERITY = "warning"
HANDBOOK = "ch9/9.2"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    domains = list(ctx.config.company_domains)
    shown = domains[0] if domains else "example.cn"
    seen: set[tuple[int, int]] = set()
    prose = draft.prose  # every segment joined: most drafts hold no @ at all
    for segment in prose.segments if identifiers.has_email(prose.text) else []:
        for hit in identifiers.find_emails(segment.text):
            # Skip an address that sits inside a longer URL (a query string, a path).
            if any(a < hit.start and hit.start < b for a, b in segment.urls):
                continue
            start, end = segment.span(hit.start, hit.end)
            seen.add((start, end))
            if identifiers.personal_email(hit.text, domains):
                yield _problem(start, end, hit.text, shown)
    text = draft.source.text
    for link in draft.body.links if draft.readable else []:
        if link.kind != "email":
            continue
        inner_start = link.start + 1 if text[link.start : link.start + 1] == "<" else link.start
        inner_end = link.end - 1 if text[link.end - 1 : link.end] == ">" else link.end
        address = text[inner_start:inner_end]
        if (inner_start, inner_end) in seen or "@" not in address:
            continue
        if identifiers.personal_email(address, domains):
            yield _problem(inner_start, inner_end, address, shown)


def _problem(start: int, end: int, address: str, domain: str) -> Problem:
    return Problem(start, end, {"address": address, "domain": domain})
