"""Platform packs: built-in packs shipped as data, plus a team's ``kind: platform`` files."""

from __future__ import annotations

from checker.model.repository import Repository

#: Platforms with a built-in pack (``checker/data/platforms/<id>.yaml``).
BUILTIN_IDS = (
    "wechat",
    "weixin_channels",
    "weibo",
    "douyin",
    "kuaishou",
    "xiaohongshu",
    "bilibili",
    "linkedin",
)


def known_ids(repo: Repository) -> set[str]:
    """Every platform id a policy or draft may name: built-in packs plus the team's own packs."""
    ids = set(BUILTIN_IDS)
    for doc in repo.platform_overrides:
        value = doc.data.get("id")
        if isinstance(value, str) and value:
            ids.add(value)
    return ids
