"""公开内容里出现银行卡号。

## 检查什么

在标题、摘要、话题和正文里找 16 到 19 位的数字串（允许每 4 位空格或连字符分组，全角数字同样识别），
用 Luhn 算法（ISO/IEC 7812）校验：

- 校验通过，且以国内常见卡号开头（62 银联、4、5、3，或旧的 9 字头），或前面写着“卡号”“银行卡”
  “收款账户”等字样：错误；
- 前面写着“卡号”等字样但校验不通过：警告（可能是旧卡或输错，同样不该公开）；
- 写在“订单号”“快递单号”“编号”等字样后面的数字、有效的身份证号：不报告。

代码、网址和链接地址里的数字不检查。

## 为什么重要

银行卡号属于金融账户，是《个人信息保护法》第二十八条所列的敏感个人信息。退款、转账说明一旦带上
顾客的卡号，就可能被用于诈骗。收款和退款信息只通过客服的正式渠道提供。

## 示例

```markdown title="drafts/weibo-refund.md"
---
platform: weibo
account: weibo-official
title: 退款进度说明
author: chen-jie
pillar: service
status: draft
risk: medium
---
已为张先生办理退款，款项将退回尾号所在的银行卡 6222 0212 3456 7894，请注意查收。
```

## 应改为

```markdown title="drafts/weibo-refund.md"
---
platform: weibo
account: weibo-official
title: 退款进度说明
author: chen-jie
pillar: service
status: draft
risk: medium
---
已为张先生办理退款（订单号 6222021234567894），款项将原路退回尾号 7894 的银行卡，请注意查收。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem, Severity
from checker.model.document import Draft
from checker.packs import identifiers
from checker.packs.spans import Spans
from checker.rules.api import Context
from checker.rules.privacy._common import hits

ID = "privacy/bank-card"
SEVERITY = "error"
HANDBOOK = "ch9/9.2"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    ids = Spans()
    for _segment, hit, start, end in hits(draft, identifiers.find_ids):
        if hit.valid or hit.masked:
            ids.add(start, end)
    for _segment, hit, start, end in hits(draft, identifiers.find_bank_cards):
        if ids.overlaps(start, end) or hit.context in ("id", "uscc"):
            continue
        args = {"number": hit.text}
        if hit.valid and (hit.context == "card" or identifiers.card_prefix_ok(hit.text)):
            yield Problem(start, end, args)
        elif not hit.valid and hit.context == "card":
            yield Problem(start, end, args, "unchecked", severity=Severity.WARNING)
