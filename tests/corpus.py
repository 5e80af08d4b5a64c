"""A deterministic generator of realistic drafts for the example company (tests and bench/).

Most drafts are clean; some carry the problems a real team makes: an absolute term, a guarantee,
a personal phone number, a misspelt front-matter field, a repeated key, a broken front matter,
a suppression comment without a reason. Which ones fire depends on the rules registered, so the
same corpus keeps exercising new rules as they land.
"""

from __future__ import annotations

import random
from pathlib import Path

ACCOUNTS = [
    ("wechat", "wechat-official", "content-writer"),
    ("xiaohongshu", "xhs-official", "content-writer"),
    ("xiaohongshu", "xhs-air", "content-writer"),
    ("douyin", "douyin-kitchen", "content-writer"),
    ("douyin", "douyin-south", "regional-ops"),
    ("bilibili", "bilibili-lab", "content-writer"),
    ("weibo", "weibo-official", "community-manager"),
]
AUTHORS = ["zhang-wei", "chen-jing", "he-huan"]
PILLARS = ["product", "tutorial", "brand", "service"]
TOPICS = [
    ("破壁机", "早餐豆浆十分钟就能做好，清洗只要加水空转一次。"),
    ("空气净化器", "换季时花粉多，滤网按提示更换，卧室里开睡眠档就够安静。"),
    ("电饭煲", "预约功能适合上班族，早上设好时间，下班回家米饭刚好焖透。"),
    ("加湿器", "冬天开暖气屋里干，湿度保持在百分之四十到六十之间更舒服。"),
    ("咖啡机", "研磨粗细和水温都会影响口感，先从中等研磨度开始试。"),
    ("空气炸锅", "鸡翅先腌半小时，一百八十度烤十五分钟，中途翻一次面。"),
]
PROBLEMS = [
    "这是全网最佳的{p}，效果第一。",
    "用了{p}，保证百分之百有效，无效退款。",
    "有问题直接打我手机 13812345678 联系。",
    "国家级专家推荐的{p}。",
]


def draft(rng: random.Random, index: int) -> str:
    platform, account, _ = rng.choice(ACCOUNTS)
    product, sentence = rng.choice(TOPICS)
    lines = [
        "---",
        f"platform: {platform}",
        f"account: {account}",
        f"title: {product}使用心得 第{index}期",
        f"author: {rng.choice(AUTHORS)}",
        f"pillar: {rng.choice(PILLARS)}",
        "status: draft",
        "risk: low",
        "sponsored: false",
        f"tags: [{product}, 家居生活]",
    ]
    kind = rng.random()
    if kind < 0.05:
        lines.append("sponsered: true")  # misspelt field
    elif kind < 0.08:
        lines.append("risk: medium")  # repeated key
    lines.append("---")
    body = [f"## {product}的日常用法", "", sentence, ""]
    paragraphs = rng.randint(2, 6)
    for _ in range(paragraphs):
        body.append(sentence * rng.randint(1, 3))
        body.append("")
    if rng.random() < 0.25:
        body.append(rng.choice(PROBLEMS).format(p=product))
        body.append("")
    if rng.random() < 0.04:
        body.insert(0, "<!-- opscheck-disable-next-line ad-law/absolute-term -->")
    text = "\n".join(lines + body)
    if rng.random() < 0.02:
        text = text.replace("---\n", "", 1).replace("---\n", "", 1)  # no front matter
    return text


def write_corpus(root: Path, count: int, seed: int = 7) -> list[Path]:
    """Write ``count`` drafts under ``root/drafts/`` in a few sub-folders."""
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        folder = root / "drafts" / f"batch-{index % 7}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"post-{index:05d}.md"
        path.write_text(draft(rng, index), encoding="utf-8")
        paths.append(path)
    return paths
