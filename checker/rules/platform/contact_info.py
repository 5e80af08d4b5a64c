"""在禁止或不鼓励站外导流的平台上留了联系方式或引导去别处。

## 检查什么

按平台包的 `contact_info` 检查标题、摘要、话题和正文（不含代码和网址）里把用户引向站外的内容：

- 电话：手机号（含 `+86`、空格或短横线分隔的写法）、座机、400/800 企业号码；
- 邮箱；
- 微信号及其变体：微信、威信、薇信、V信、VX、WX、绿泡泡等后面跟着账号，以及「加V」「加微」
  「+V」「添加微信」这类引导；
- QQ：QQ、扣扣、企鹅、Q群后面跟着号码；
- 二维码引导：扫码关注、长按识别、扫描下方二维码等；
- 其他平台的账号：关注我们的公众号、抖音号：…、B站搜索…、全网同名；
- 站外店铺：淘宝搜索…、天猫旗舰店、京东自营、淘口令。

| 规定 | 平台（内置） | 检查的种类 | 报告 |
|---|---|---|---|
| `forbid` 禁止 | 小红书 | 以上全部，包括企业 400 热线和邮箱 | 错误 |
| `discourage` 不鼓励 | 抖音、快手 | 手机号、微信、QQ、二维码、其他平台、站外店铺 | 警告 |
| `allow` 允许 | 公众号、视频号、微博、B 站、领英 | 不检查 | — |

普通用语不会误报：「微信支付」「微信扫码支付」、英文单词里的 vx/wx、打码的号码、「扫描机身
二维码」（设备上的二维码不是引流），以及发布平台自己的名字（抖音上写「抖音搜索」）。在不鼓励导流
的平台上，配置 `allowed_phones` 里的号码不报告。平台包的 `contact_info.kinds` 可以增减检查的种类。
公开个人手机号、邮箱本身的隐私问题由 `privacy/*` 规则检查。

## 为什么重要

小红书明确禁止在公开内容中留电话、微信号、QQ、二维码、其他平台账号和店铺，处罚从限流到封号，
青禾的 400 客服热线写进小红书笔记同样算导流；抖音、快手会对引导加微信、去其他平台的内容限流。
需要服务的用户应当通过平台私信或平台内的官方组件联系。

## 示例

```markdown title="drafts/xhs-air-filter.md"
---
platform: xiaohongshu
account: xhs-air
title: 滤网多久换一次？看这三个信号
author: chen-jing
status: draft
images: 5
---
滤网变色、出风有异味、CADR 明显下降，就该换了。想要滤网更换提醒表的，加V：qinghe_air2026，备注「滤网」。
```

## 应改为

```markdown title="drafts/xhs-air-filter.md"
---
platform: xiaohongshu
account: xhs-air
title: 滤网多久换一次？看这三个信号
author: chen-jing
status: draft
images: 5
---
滤网变色、出风有异味、CADR 明显下降，就该换了。滤网更换提醒表放在最后一张图里，收藏这篇笔记随时能找到。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker.findings import Problem, Severity
from checker.model.document import Draft
from checker.rules.api import Context
from checker.rules.platform._common import base_args, pack_of, soft_severity

ID = "platform/contact-info"
SEVERITY = "error"
HANDBOOK = "ch4/4.4"
FIXABLE = None
TARGET = "draft"

_PHONE_KINDS = ("mobile", "landline", "service_number")


def _digits(value: str) -> str:
    import unicodedata

    return re.sub(r"[^0-9]", "", unicodedata.normalize("NFKC", value))[-11:]


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    pack = pack_of(draft, ctx)
    contact = pack.contact_info if pack is not None else None
    if pack is None or contact is None or contact.policy not in ("forbid", "discourage"):
        return
    from checker.packs.diversion import find_in, own_names

    forbid = contact.policy == "forbid"
    severity = soft_severity(contact.provenance) if forbid else Severity.WARNING
    suffix = "" if forbid else "-discourage"
    allowed = {_digits(p) for p in ctx.config.allowed_phones} if not forbid else set()
    own = own_names(pack.id, pack.name)
    reported: list[tuple[int, int]] = []
    prose = draft.prose
    for segment, hits in zip(prose.segments, find_in(prose, contact.kinds, own), strict=True):
        for hit in hits:
            if segment.in_url(hit.start, hit.end):
                continue
            if hit.kind in _PHONE_KINDS and _digits(hit.text) in allowed:
                continue
            start, end = segment.span(hit.start, hit.end)
            reported.append((start, end))
            args = base_args(pack) | {"found": hit.text}
            yield Problem(start, end, args, variant=hit.kind + suffix, severity=severity)
    for link in draft.body.links:
        scheme, _, rest = link.url.partition(":")
        kind = {"mailto": "email", "tel": "mobile"}.get(scheme.lower())
        if kind is None or not rest:
            continue
        if any(link.start <= a and b <= link.end for a, b in reported):
            continue  # the link text already shows the address and was reported
        if kind == "mobile":
            from checker.packs.identifiers import find_phones

            phones = find_phones(rest)
            if not phones or phones[0].masked:
                continue
            kind = {"service": "service_number"}.get(phones[0].kind, phones[0].kind)
            if _digits(rest) in allowed:
                continue
        if kind not in contact.kinds:
            continue
        args = base_args(pack) | {"found": rest}
        yield Problem(link.start, link.end, args, variant=kind + suffix, severity=severity)
