"""公开内容里出现身份证号。

## 检查什么

在标题、摘要、话题和正文里找 18 位公民身份号码（含 2023 年起以 9 开头的外国人永久居留身份证号），
并按 GB 11643-1999 验证：前两位是省级行政区代码，出生日期是真实的过去日期，末位校验码按
ISO 7064 MOD 11-2 计算正确。三项都通过才报告为错误。

- 遮盖后的号码（“110101********1234”）只作提示；
- 校验码不对的 18 位数字通常是订单号，不报告；只有写在“身份证”“证件号”等字样后面、出生日期
  又有效时，才作提示（可能是输错的身份证号，前 17 位仍然暴露出生日期和籍贯）；
- 统一社会信用代码（GB 32100-2015，MOD 31 校验）和写在“订单号”“信用代码”“税号”后面的号码不报告；
- 写在“身份证”后面的旧式 15 位号码作提示。

代码、网址和链接地址里的数字不检查。

## 为什么重要

身份证号可以用来冒名办理业务，泄露后果严重；按《个人信息保护法》第二十五条、第二十八条，它不能
出现在公开内容里。校验码和日期检查让订单号、流水号不会被误报。

## 示例

```markdown title="drafts/weibo-winner.md"
---
platform: weibo
account: weibo-official
title: 焕新季抽奖结果
author: chen-jie
pillar: campaign
status: draft
risk: medium
---
恭喜中奖用户王先生，身份证号 110101199003071233，请于 7 日内领取奖品。
```

## 应改为

```markdown title="drafts/weibo-winner.md"
---
platform: weibo
account: weibo-official
title: 焕新季抽奖结果
author: chen-jie
pillar: campaign
status: draft
risk: medium
---
恭喜中奖用户王先生（身份证号后四位 1233），请于 7 日内私信领取奖品。订单号 110101199003071234。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem, Severity
from checker.model.document import Draft
from checker.packs import identifiers
from checker.rules.api import Context
from checker.rules.privacy._common import hits

ID = "privacy/id-number"
SEVERITY = "error"
HANDBOOK = "ch9/9.2"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    for _segment, hit, start, end in hits(draft, identifiers.find_ids):
        args = {"number": hit.text}
        if hit.kind == "id15":
            yield Problem(start, end, args, "legacy", severity=Severity.INFO)
        elif hit.masked:
            yield Problem(start, end, args, "masked", severity=Severity.INFO)
        elif hit.valid:
            yield Problem(start, end, args)
        elif hit.context == "id" and identifiers.id_date_ok(hit.text):
            yield Problem(start, end, args, "bad-check", severity=Severity.INFO)
