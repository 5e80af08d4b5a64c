"""平台编号没有对应的平台包：检查器不认识这个平台。

## 检查什么

`platforms` 里的 `platform`、账号矩阵里每个账号的 `platform`，以及规则包里规则的 `platforms`
限定，都必须是某个平台包定义的编号：内置的 `wechat`（公众号）、`weixin_channels`（视频号）、
`weibo`、`douyin`、`kuaishou`、`xiaohongshu`、`bilibili`、`linkedin`，或团队在 `policies/` 里用
`kind: platform` 文件定义的平台。写成 `xhs`、`小红书`、`公众号` 等常见别名时会提示正确的编号。

## 为什么重要

检查器按平台编号找到标题长度、话题格式、导流限制等规则。编号写错，这个平台的稿件就
得不到任何平台规则检查，而且不会有任何提示。

## 示例

```yaml title="policies/platforms.yaml"
kind: platforms
version: 1
platforms:
  - {platform: wechat, tier: core, selection: {audience_fit: 4, format_fit: 5, goal_support: 4, expected_roi: 4}, rationale: 私域和会员服务的入口}
  - {platform: xhs, tier: core, selection: {audience_fit: 5, format_fit: 5, goal_support: 5, expected_roi: 4}, rationale: 目标用户集中，适合种草}
accounts:
  - {id: xhs-official, platform: xhs, type: official, name: 青禾家居, positioning: 生活方式种草与新品体验, owner: content-lead, verified: true, approval: [content-lead]}
```

## 应改为

```yaml title="policies/platforms.yaml"
kind: platforms
version: 1
platforms:
  - {platform: wechat, tier: core, selection: {audience_fit: 4, format_fit: 5, goal_support: 4, expected_roi: 4}, rationale: 私域和会员服务的入口}
  - {platform: xiaohongshu, tier: core, selection: {audience_fit: 5, format_fit: 5, goal_support: 5, expected_roi: 4}, rationale: 目标用户集中，适合种草}
accounts:
  - {id: xhs-official, platform: xiaohongshu, type: official, name: 青禾家居, positioning: 生活方式种草与新品体验, owner: content-lead, verified: true, approval: [content-lead]}
```
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.rules._policy import GUESS_BUDGET, guess, join
from checker.rules.api import Context

ID = "platforms/unknown"
SEVERITY = "error"
HANDBOOK = "ch3/3.1"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("platforms", "rulepack")

#: Names people commonly write instead of the checker's platform ids.
ALIASES = {
    "wechat": ("公众号", "微信公众号", "微信", "weixin", "wechat_official", "wechat_mp", "mp"),
    "weixin_channels": ("视频号", "微信视频号", "channels", "wechat_channels", "wechat_video"),
    "weibo": ("微博", "新浪微博", "sina_weibo", "sina"),
    "douyin": ("抖音", "tiktok", "dy"),
    "kuaishou": ("快手", "ks", "kwai"),
    "xiaohongshu": ("小红书", "xhs", "red", "rednote", "little_red_book"),
    "bilibili": ("哔哩哔哩", "b站", "bili", "b_station"),
    "linkedin": ("领英", "linked_in"),
}


def suggestion(value: str, known: list[str]) -> str:
    key = unicodedata.normalize("NFKC", value).strip().casefold().replace("-", "_")
    key = key.replace(" ", "_")
    for canonical, aliases in ALIASES.items():
        if canonical in known and (key == canonical or key in aliases):
            return canonical
    return guess(key, known)


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    repo = ctx.repo
    known = sorted(repo.known_platforms)
    listed = join(known, ctx.lang)
    suggested = 0
    for ref in repo.dangling("platform"):
        if ref.where.doc is not doc:
            continue
        hint = suggestion(ref.value, known) if suggested < GUESS_BUDGET else ""
        suggested += 1
        start, end = ref.where.span()
        yield Problem(
            start,
            end,
            {"platform": ref.value, "guess": hint, "known": listed},
            "guess" if hint else "",
        )
