"""绝对化用语：“最佳”“顶级”“全网最低价”和没有证据的“第一”“唯一”“领先”。

## 检查什么

在标题、摘要、话题和正文（含小标题、列表、链接文字）里找《广告法》第九条第（三）项所说的
“国家级、最高级、最佳等用语”：“最”字开头的最高级（最佳、最强、最便宜）、“全网最…”“史上最…”、
顶级、极致、独一无二，以及“第一”“NO.1”“唯一”“独家”“首创”“领先”“销量冠军”一类排名说法。
匹配前统一全角半角、英文大小写并去掉零宽字符，所以中间夹了零宽字符的“全网最低价”和全角的“ＮＯ．１”
同样会被发现；
代码、网址、链接地址和 front matter 的键不检查。

按《广告绝对化用语执法指南》结合语境判断，下列用法不报告：

- 表示顺序和时间：第一次、第一步、第一季度、第一时间、第一期、第一批、最近、最后、最终、最早；
  句首的列举“第一，”“第一、”；
- 经营理念和目标：同一小句里有“致力于、追求、力争、努力、目标、理念、使命”等，例如“力争做到最好”；
- 同一品牌内部的比较：“青禾迄今最安静的一款”“我们最轻的型号”“旗下销量最高的型号”（品牌名取自账号
  矩阵的账号名，也可在配置 `options` 的 `brand_names` 中补充）；
- 使用、储存提示和参数上限：最佳食用期、最佳湿度、最好先预热、最高 230℃、最大功率；
- 型号和编号：“No.1 Pro”、同一篇里还有“No.2”的编号列表；
- 依法评定的称号和地名：国家级非物质文化遗产、国家级高新技术企业、能效领跑者；唯一标识、唯一编码；
- 明确否定的说法（“我们不是最便宜的”），但反问句（“这难道不是最好的吗？”）照样报告；
- 在讲规则时被引号单独引用的词（“《广告法》禁止使用‘最佳’”），以及书名号里的作品名。

排名和奖项类说法（第一、唯一、领先、销量最高、荣获……最佳……奖）在 front matter 的 `evidence`
中登记了说法、来源、期间和地域时降为警告，提醒发布前核对证据；登记不全时仍是错误并指出缺什么。

## 为什么重要

违反第九条的罚款是二十万元以上一百万元以下（《广告法》第五十七条），而且不看广告费多少。
执法指南要求看整体语境，所以这条规则不是一张死板的词表：它放过正常的序数、理念和自家比较，
只留下真正需要改的说法。

## 示例

```markdown title="drafts/xhs-k7.md"
---
platform: xiaohongshu
account: xhs-air
title: 青禾净化器 K7 上手一周
author: chen-jing
pillar: product
status: draft
risk: medium
tags: [空气净化器, 新品体验]
---
青禾净化器 K7 是全网最安静的净化器，睡眠模式下几乎听不到声音，行业第一！
```

## 应改为

```markdown title="drafts/xhs-k7.md"
---
platform: xiaohongshu
account: xhs-air
title: 青禾净化器 K7 上手一周
author: chen-jing
pillar: product
status: draft
risk: medium
tags: [空气净化器, 新品体验]
---
青禾净化器 K7 是我们迄今最安静的一款：睡眠模式下噪声 22 分贝，第一次用就睡得很安稳。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import Draft
from checker.rules.ad_law._common import problems
from checker.rules.api import Context

ID = "ad-law/absolute-term"
SEVERITY = "error"
HANDBOOK = "ch9/9.1"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    yield from problems(draft, ctx, ID)
