"""在禁止或不鼓励站外导流的平台上放了外部链接。

## 检查什么

按平台包的 `links.policy` 检查正文、标题和摘要里的链接：Markdown 链接（`[文字](网址)`、
`<网址>`、引用式链接）以及直接写出的网址和域名（`qinghe.example.cn/app`）。平台自己的域名
（`links.allowed_hosts`，例如小红书的 `xhslink.com`）不算外部链接；淘宝、天猫、京东、拼多多、
有赞、微店等店铺链接单独说明。

| 规定 | 平台（内置） | 报告 |
|---|---|---|
| `forbid` 禁止 | 小红书 | 错误：所有站外网址和店铺链接 |
| `discourage` 不鼓励 | 抖音、快手 | 警告：强导流会被限流 |
| `not_clickable` 不可点击 | 公众号 | 警告：只检查 Markdown 链接，指向公众号文章（`mp.weixin.qq.com`）的除外 |
| `allow` 允许 | 微博、视频号、B 站、领英 | 不检查 |

代码、图片地址和 HTML 注释不检查。电话、微信号、二维码提示等联系方式由
`platform/contact-info` 检查。

## 为什么重要

小红书《社区规范》和《交易导流违规管理细则》禁止在笔记中出现站外链接和店铺链接，处罚从限流到
封号；抖音、快手会对强导流的内容降低分发。公众号正文里普通账号的外部链接读者点不开，
应当放在「阅读原文」里。

## 示例

```markdown title="drafts/xhs-blender-review.md"
---
platform: xiaohongshu
account: xhs-official
title: 破壁机上手一周，早餐终于不将就了
author: zhang-wei
status: draft
images: 6
---
早上七点按下预约，七点半就能喝上现磨豆浆。想了解参数的朋友可以看看官网 https://www.qinghe.example.cn/q7 。
```

## 应改为

```markdown title="drafts/xhs-blender-review.md"
---
platform: xiaohongshu
account: xhs-official
title: 破壁机上手一周，早餐终于不将就了
author: zhang-wei
status: draft
images: 6
---
早上七点按下预约，七点半就能喝上现磨豆浆。详细参数整理在第 6 张图里，有问题欢迎在评论区问我们。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Problem, Severity
from checker.input.markdown import may_hold_url
from checker.model.document import Draft
from checker.rules.api import Context
from checker.rules.platform._common import base_args, pack_of, soft_severity

ID = "platform/external-link"
SEVERITY = "error"
HANDBOOK = "ch4/4.4"
FIXABLE = None
TARGET = "draft"

_LINK_KINDS = ("inline", "reference", "autolink")


def check(draft: Draft, ctx: Context) -> Iterator[Problem]:
    pack = pack_of(draft, ctx)
    if pack is None or pack.links.policy not in ("forbid", "discourage", "not_clickable"):
        return
    from checker.packs.diversion import host_matches, host_of, is_shop_host

    policy = pack.links.policy
    found: list[tuple[int, int, str]] = []
    markdown: list[tuple[int, int]] = []
    for link in draft.body.links:
        if link.kind in _LINK_KINDS:
            markdown.append((link.start, link.end))
            found.append((link.start, link.end, link.url))
    if policy != "not_clickable" and may_hold_url(draft.prose.text):
        for segment in draft.segments():
            for a, b in segment.urls:
                start, end = segment.span(a, b)
                if not any(s <= start and end <= e for s, e in markdown):
                    found.append((start, end, segment.text[a:b]))
    for start, end, url in sorted(found):
        host = host_of(url)
        if not host or host_matches(host, pack.links.allowed_hosts):
            continue
        shop = is_shop_host(host)
        if policy == "forbid":
            variant = "shop" if shop else ""
            severity = soft_severity(pack.links.provenance)
        elif policy == "discourage":
            variant = "shop-discourage" if shop else "discourage"
            severity = Severity.WARNING
        else:
            variant, severity = "not-clickable", Severity.WARNING
        shown = url if len(url) <= 80 else url[:77] + "..."
        args = base_args(pack) | {"url": shown, "host": host}
        yield Problem(start, end, args, variant=variant, severity=severity)
