"""公开内容里出现个人手机号。

## 检查什么

在标题、摘要、话题和正文里找中国大陆手机号：11 位、1 开头、号段为运营商已发放的号段，允许
`+86`/`0086` 前缀和“138 1234 5678”“138-1234-5678”这样的分段写法，全角数字同样识别。

- 企业 400、800 号码不报告；配置 `allowed_phones` 里列出的号码（例如门店登记的企业手机）不报告；
- 遮盖后的号码（“138****5678”）只作提示；
- 写在“订单号”“快递单号”“物流单号”“编号”“SN”等字样后面的 11 位数字是单号，不报告；
- 固定电话默认不报告（公司总机可以公开），只有同一小句里写明是住宅、个人或某位先生女士的电话时
  才作提示。

代码、网址和链接地址里的数字不检查。

## 为什么重要

手机号能直接联系到个人，属于个人信息；《个人信息保护法》第二十五条规定，未经个人单独同意不得
公开其个人信息。用户故事、订单截图的文字说明、门店活动稿最容易带出顾客或员工的电话。需要留联系
方式时，用企业客服热线。

## 示例

```markdown title="drafts/wechat-story.md"
---
platform: wechat
account: wechat-official
title: 一台破壁机和一年的早餐
author: zhang-wei
pillar: brand
status: draft
risk: medium
---
杭州的陈女士说：“有问题随时问我，13912345678，微信同号。”
```

## 应改为

```markdown title="drafts/wechat-story.md"
---
platform: wechat
account: wechat-official
title: 一台破壁机和一年的早餐
author: zhang-wei
pillar: brand
status: draft
risk: medium
---
想了解更多用法，可以在公众号后台留言，或拨打青禾客服热线 400-820-1234。订单号 13800138000 的
顾客请留意短信通知。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.findings import Problem, Severity
from checker.model.document import Draft
from checker.packs import identifiers
from checker.rules.api import Context
from checker.rules.privacy._common import allowed_numbers, hits

ID = "privacy/phone-number"
SEVERITY = "error"
HANDBOOK = "ch9/9.2"
FIXABLE = None
TARGET = "draft"

_PERSONAL_LINE = re.compile(r"住宅|宅电|家里|家中|个人|私人|先生|女士|本人|联系人|手机")


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    allowed = allowed_numbers(ctx.config.allowed_phones)
    for segment, hit, start, end in hits(draft, identifiers.find_phones):
        if hit.kind == "service" or identifiers.digits_of(hit.text) in allowed:
            continue
        args = {"number": hit.text}
        if hit.kind == "mobile":
            if hit.masked:
                yield Problem(start, end, args, "masked", severity=Severity.INFO)
            else:
                yield Problem(start, end, args)
        elif hit.kind == "landline":
            clause = identifiers.before(segment.text, hit.start, 20)
            if _PERSONAL_LINE.search(clause):
                yield Problem(start, end, args, "landline", severity=Severity.INFO)
