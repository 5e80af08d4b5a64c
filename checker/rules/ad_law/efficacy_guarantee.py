"""功效与结果保证：“100% 有效”“无效退款”“预防鼻炎”“保本”“包过”。

## 检查什么

在标题、摘要、话题和正文里找对效果、安全、疗效、收益或考试结果的保证，以及非医疗产品宣称
预防、治疗疾病：

- 功效和安全保证：保证有效、立竿见影、永不反弹、无副作用、安全无毒、“100% 清除”“百分之百杀菌”、
  “3 天见效”“无效退款”（《广告法》第十六条、第十七条、第十八条、第二十八条）；
- 疾病和医疗用语：根治、疗效、增强免疫力、降血糖、医用级，以及“预防 / 缓解 / 治疗 / 远离 + 疾病名”
  （如“缓解鼻炎”“防过敏”）；只提到疾病名（“冬天容易感冒”）不算；“过敏原”不是疾病；
- 投资收益：保本、稳赚、零风险、“年化收益 8%”“月入过万”“6 个月回本”（第二十五条）；
- 教育培训：包过、保录取、包就业、“通过率 98%”（第二十四条）；
- 房地产：升值潜力、“步行 5 分钟直达地铁”（第二十六条；只在谈楼盘、房源时检查，门店“步行 5 分钟”
  不报告）。

匹配前统一全角半角和大小写、去掉零宽字符；代码、网址和链接地址不检查。明确否定的句子
（“我们不承诺 100% 有效”）和讲规则时引用的词（“不得使用‘根治’等用语”）不报告。

## 为什么重要

这些是《广告法》明确禁止的内容，罚款按广告费的一到三倍计算（第五十八条），医疗、保健、投资和
教育类的绝对化功效说法在执法指南中不按“情节轻微”处理。青禾的净化器、加湿器和厨房小电都不是
医疗器械，只能说清楚产品做了什么，不能承诺治病或保证效果。

## 示例

```markdown title="drafts/xhs-k7-care.md"
---
platform: xiaohongshu
account: xhs-air
title: 换季鼻子不舒服？
author: chen-jing
pillar: product
status: draft
risk: high
---
开机 1 小时，甲醛 100% 清除，还能预防过敏性鼻炎，无效退款。
```

## 应改为

```markdown title="drafts/xhs-k7-care.md"
---
platform: xiaohongshu
account: xhs-air
title: 换季鼻子不舒服？
author: chen-jing
pillar: product
status: draft
risk: high
---
在 30 m³ 测试舱内运行 60 分钟，甲醛去除率 92%（检测报告编号见商品详情页）；滤网可过滤花粉等过敏原。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import Draft
from checker.rules.ad_law._common import problems
from checker.rules.api import Context

ID = "ad-law/efficacy-guarantee"
SEVERITY = "error"
HANDBOOK = "ch9/9.1"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    yield from problems(draft, ctx, ID)
