"""商业内容没有可见的“广告”标识。

## 检查什么

两类草稿必须让读者一眼看出是广告：

- front matter 设了 `sponsored: true`（付费、置换、佣金等商业合作）；
- 正文带有购买方式：淘宝、天猫、京东、拼多多、抖店、有赞、微店等店铺链接，微信小程序链接，
  或“优惠码”“折扣码”“下单链接”“购买链接”“点击购买”“领券”“小黄车”“购物车”等购买引导
  （团队可在配置 `options` 的 `shop_domains` 中补充店铺域名）。

这样的草稿要有可见的“广告”标识：“【广告】”“（广告）”“#广告”、值为“广告”的话题、“本文为广告”
一类的说明，或者单独写在标题、摘要、正文开头或结尾的“广告”二字（如“广告｜……”“……。广告”）。
只看读者能看到的地方：标题、摘要、话题和正文；写在 HTML 注释、代码或链接地址里的不算。
标识在标题、摘要、话题或正文的开头、结尾时视为显著；只藏在正文中间时报告为不够显著（警告）。
“合作”“推广”“赞助”“品牌合作”都不是法定用语，不能代替“广告”。

## 为什么重要

《广告法》第十四条要求广告具有可识别性；《互联网广告管理办法》第九条规定，以知识介绍、体验分享、
消费测评等形式推销商品并附购买链接等购买方式的，必须显著标明“广告”。不标识的，发布者最高罚款
十万元（《广告法》第五十九条），平台也会按违规合作处理。

## 示例

```markdown title="drafts/douyin-a5.md"
---
platform: douyin
account: douyin-official
title: 一台锅搞定一周早餐
author: he-huan
pillar: campaign
status: draft
risk: high
sponsored: true
tags: [早餐, 空气炸锅]
video_seconds: 58
---
和美食博主 @小满的厨房 合作，带大家看看青禾空气炸锅 A5 的早餐做法。
下单链接在购物车，优惠码 QH2026 立减 50 元。
```

## 应改为

```markdown title="drafts/douyin-a5.md"
---
platform: douyin
account: douyin-official
title: 一台锅搞定一周早餐
author: he-huan
pillar: campaign
status: draft
risk: high
sponsored: true
tags: [早餐, 空气炸锅]
video_seconds: 58
---
【广告】和美食博主 @小满的厨房 一起，看看青禾空气炸锅 A5 的早餐做法。
商品在购物车，优惠码 QH2026 立减 50 元，活动截至 12 月 12 日 24 时。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem, Severity
from checker.model.document import Draft
from checker.packs import labels
from checker.rules.api import Context

ID = "ad/undisclosed"
SEVERITY = "error"
HANDBOOK = "ch6/6.3"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    sponsored = draft.get("sponsored") is True
    extra = ctx.option(ID, "shop_domains", [])
    domains = [d for d in extra if isinstance(d, str)] if isinstance(extra, list) else []
    signals = labels.commercial_signals(draft, domains)
    if not sponsored and not signals:
        return
    label = labels.ad_label(draft)
    if label.state == "prominent":
        return
    if sponsored:
        start, end = draft.field_span("sponsored")
    else:
        start, end = signals[0].start, signals[0].end
    signal = signals[0].text if signals else ""
    if len(signal) > 60:
        signal = signal[:57] + "..."
    args: dict[str, object] = {"signal": signal, "word": label.wrong_word}
    if label.state == "buried":
        yield Problem(start, end, args, "buried", severity=Severity.WARNING)
    elif label.wrong_word:
        yield Problem(start, end, args, "wrong-word")
    else:
        yield Problem(start, end, args, "" if sponsored else "signal")
