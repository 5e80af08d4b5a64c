"""正文超过平台的长度上限。

## 检查什么

按读者看到的文字计算正文长度，超过平台包的上限时报告上限、计数单位和实际长度，并指向超出
上限的第一个字。计入的是段落、标题、列表、表格、链接文字、裸网址和代码里的文字，段落之间的
换行各算 1 个字符；不计入 Markdown 标记（`**`、`#` 等）、链接的目标地址、图片、HTML 注释和
front matter。

话题怎么算：正文里手写的 `#话题` 是正文的一部分，照常计入。抖音、快手、微博、视频号和领英的
话题发布时写在正文里（平台包的 `hashtags.in_text` 为 true），所以 front matter `tags` 里、正文中
还没有出现的话题也按 `#话题 `（含 # 和一个空格；微博为 `#话题# `）计入；小红书和 B 站的话题栏
不占正文字数。

## 为什么重要

超长的正文发不出去，或者被平台截断，截掉的往往是结尾的行动号召和必要的提示语。短视频平台的
描述尤其短：抖音 1000 字、快手 500 字，把整篇图文稿原样贴进描述是常见的错误。

## 示例

```markdown title="drafts/douyin-soymilk.md"
---
platform: douyin
account: douyin-kitchen
title: 破壁机五谷豆浆，早上按一下就能喝
author: he-huan
status: draft
video_seconds: 75
tags: [早餐, 破壁机食谱]
---
今天用青禾破壁机做一杯五谷豆浆，从泡豆到出杯不到半小时，早上起床按一下就能喝上热乎的。

准备材料：黄豆 50 克、黑豆 10 克、燕麦 15 克、小米 10 克、红枣 3 颗（去核）、清水 1000 毫升。喜欢甜一点的可以准备少量冰糖，控糖的朋友可以不放，红枣本身就有淡淡的甜味。

第一步，泡豆。黄豆和黑豆提前一晚用清水泡上，夏天放冰箱冷藏，冬天放室温就可以。泡好的豆子体积会变大一倍左右，打出来的豆浆更细腻，也更容易煮熟。如果早上临时想喝，也可以直接用干豆，选择「五谷」程序时机器会自动延长加热时间。

第二步，清洗。把泡好的豆子倒掉泡豆水，用清水搓洗两遍，去掉浮起来的豆皮。燕麦和小米用细网筛冲洗一下，红枣去核后切成小块，避免枣核卡在刀头附近。

第三步，加料。所有材料放进杯体，加清水到 1000 毫升刻度线。注意不要超过最高水位线，否则加热时容易溢出；也不要低于最低水位线，否则可能干烧报警。

第四步，选择程序。盖好杯盖，确认卡扣已经扣紧，然后选择「五谷豆浆」程序，按下启动键。整个过程大约 28 分钟，机器会先加热再分段搅打，中途不需要看着。程序结束后会有提示音，屏幕显示「完成」。

第五步，过滤与调味。青禾破壁机打出来的豆浆已经比较细腻，一般不需要过滤；如果家里有小朋友或者喜欢更顺滑的口感，可以用滤网过滤一次。需要加糖的话，趁热加入冰糖搅匀即可。

第六步，清洗机器。倒出豆浆后，往杯体里加入约 500 毫升温水，选择「自动清洗」程序，两分钟后倒掉清水，再用软布擦干杯体和杯盖。刀头周围不要用钢丝球，以免划伤涂层。杯盖上的密封圈可以取下来单独冲洗，晾干后再装回去。

几个常见问题：豆浆表面有泡沫是正常现象，静置一分钟就会消失；如果出现糊底，多半是水量不足或者豆子太多，按照刻度线加料就能避免；夜间预约时请把机器放在平稳的台面上，远离墙面留出散热空间。

食材比例可以按自己的口味调整：想要更浓的口感，可以把黄豆加到 60 克；想喝得清淡一些，就多加 100 毫升水。黑豆、燕麦和小米也可以换成红豆、薏米和糙米，做成另一种风味的杂粮饮。换食材时记得同样提前浸泡，并且保持总量不超过杯体标注的最大食材量。

如果你也在用青禾破壁机，欢迎在评论区分享你的独家配方，我们会挑选几位朋友的配方在下期视频里实测。下期我们来做一杯不加糖也好喝的南瓜小米糊，记得关注青禾厨房实验室。使用中遇到任何问题，也可以在评论区留言，我们会尽快回复。
```

## 应改为

描述只留要点，完整步骤放进视频和评论区置顶：

```markdown title="drafts/douyin-soymilk.md"
---
platform: douyin
account: douyin-kitchen
title: 破壁机五谷豆浆，早上按一下就能喝
author: he-huan
status: draft
video_seconds: 75
tags: [早餐, 破壁机食谱]
---
黄豆、黑豆、燕麦、小米和红枣，加水到 1000 毫升，选「五谷豆浆」程序，28 分钟出杯。完整步骤和清洗方法看视频，你的独家配方欢迎在评论区分享。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import Draft
from checker.rules.api import Context
from checker.rules.platform._common import (
    base_args,
    front_tags,
    over_limit_at,
    pack_of,
    prose_tags,
    soft_severity,
    unit_variant,
    visible_bound,
    visible_pieces,
)

ID = "platform/body-too-long"
SEVERITY = "error"
HANDBOOK = "ch4/4.4"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    pack = pack_of(draft, ctx)
    limit = pack.limit("body") if pack is not None else None
    if pack is None or limit is None or limit.max is None:
        return
    added: list[str] = []  # front-matter topics the platform writes into the text
    if pack.hashtags.in_text:
        written = {tag.key for tag in prose_tags(draft, pack.hashtags.syntax)}
        close = "#" if pack.hashtags.syntax == "double" else ""
        added = [f"#{tag.name}{close} " for tag in front_tags(draft) if tag.key not in written]
    extra = "".join(added)
    if limit.measure(visible_bound(draft) + extra) <= limit.max:
        return  # even a generous count fits
    pieces = visible_pieces(draft)
    body = "".join(piece.text for piece in pieces)
    actual = limit.measure(body + extra)
    if actual <= limit.max:
        return
    span = over_limit_at(pieces, limit.max, limit.unit)
    if span is None:  # the body fits; the topics written into it push it over
        span = draft.field_span("tags")
    variant = unit_variant(limit) or ("tags" if extra else "")
    args = base_args(pack) | {
        "actual": actual,
        "limit": limit.max,
        "over": actual - limit.max,
        "tags": len(added),
    }
    yield Problem(span[0], span[1], args, variant=variant, severity=soft_severity(limit.provenance))
