"""权威背书：国家级、政府推荐、特供、驰名商标、免检、专家或医生推荐。

## 检查什么

在标题、摘要、话题和正文里找借用国家、国家机关及其工作人员、军队或权威人士名义的说法：

- 国家和机关：国家级、政府推荐、国家指定、特供、国宴专用、人民大会堂专用、央视推荐，以及
  “市场监管局 / 工信部 / 政府 …推荐、指定、监制”（《广告法》第九条第（二）项、第（三）项）；
- 军队：军工品质、军需、军品、部队专供；
- 驰名商标、著名商标、中国名牌（《商标法》第十四条第五款）；
- 免检、国家免检（免检制度已经取消，属于虚假宣传，《广告法》第四条、第二十八条）；
- 专家推荐、医生推荐、权威认证、医院指定（第十六条、第十八条禁止医疗和保健类广告使用代言和推荐，
  其他商品的这类说法通常无法证明，属于第二十八条的虚假宣传风险）。

依法评定的称号和地名不报告：国家级非物质文化遗产、国家级高新技术企业、国家级专精特新“小巨人”、
国家级企业技术中心、国家级经济技术开发区等；“京东特供”“电商特供”“专供出口”这类渠道说法也不报告。
明确否定的句子和讲规则时引用的词不报告；代码、网址和链接地址不检查。

## 为什么重要

违反第九条的罚款是二十万元以上一百万元以下（《广告法》第五十七条）。权威背书最容易让用户放下戒心，
也最容易被认定为误导；能证明的事实（例如检测机构出具的报告编号）比一句“专家推荐”更有说服力。

## 示例

```markdown title="drafts/wechat-p3.md"
---
platform: wechat
account: wechat-official
title: 破壁机 P3 的十年研发
author: he-huan
pillar: brand
status: draft
risk: medium
---
青禾破壁机 P3，国宴专用品质，专家推荐，中国驰名商标。
```

## 应改为

```markdown title="drafts/wechat-p3.md"
---
platform: wechat
account: wechat-official
title: 破壁机 P3 的十年研发
author: he-huan
pillar: brand
status: draft
risk: medium
---
青禾智能家居是国家级高新技术企业（2024 年认定）。破壁机 P3 的研发团队花了三年调校刀组和转速。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import Draft
from checker.rules.ad_law._common import problems
from checker.rules.api import Context

ID = "ad-law/authority-endorsement"
SEVERITY = "error"
HANDBOOK = "ch9/9.1"
FIXABLE = None
TARGET = "draft"


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    yield from problems(draft, ctx, ID)
