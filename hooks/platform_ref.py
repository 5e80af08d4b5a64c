"""Appendix E: the platform quick reference, from the checker's platform packs.

Each pack is resolved for every draft format (text, image and text, video) with the company's
publishing profile and its own ``kind: platform`` files applied, exactly as the checker resolves
it for a draft; a value that differs by format is shown per format.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hooks.markup import cell, code, relative, table

if TYPE_CHECKING:
    from checker.model.repository import Repository
    from checker.packs.platforms import Limit, PlatformPack, Provenance

PAGE = "appendix/e.md"

FORMAT_NAMES = {"text": "纯文字", "image_text": "图文", "video": "视频"}
FIELD_NAMES = {
    "title": "标题",
    "summary": "摘要",
    "body": "正文",
    "images": "图片",
    "video_seconds": "视频时长",
}
UNITS = {
    "chars": "字",
    "weighted": "加权字",
    "bytes": "字节",
    "images": "张",
    "seconds": "秒",
    "tags": "个",
}
UNIT_NOTES = {
    "chars": "每个字符（汉字、字母、标点、表情）计 1",
    "weighted": "汉字等非 ASCII 字符计 2、ASCII 字符计 1，再折算",
    "bytes": "按 UTF-8 字节计（一个汉字 3 字节）",
}
CONFIDENCE = {"high": "高", "medium": "中", "low": "低"}
HASHTAG_SYNTAX = {
    "single": "`#话题`",
    "double": "`#话题#`",
    "either": "`#话题` 或 `#话题#`",
    "field": "只用话题栏",
    "none": "不支持话题",
}
LINK_POLICY = {
    "forbid": "禁止",
    "discourage": "不建议（影响分发）",
    "not_clickable": "可以写但不可点击",
    "allow": "允许",
}
CONTACT_POLICY = {"forbid": "禁止", "discourage": "不建议（影响分发）", "allow": "允许"}
CONTACT_KINDS = {
    "mobile": "手机号",
    "landline": "座机",
    "service_number": "400/800 客服号",
    "email": "邮箱",
    "wechat": "微信号",
    "qq": "QQ",
    "qr_code": "二维码",
    "other_platform": "引导去其他平台",
    "shop": "站外店铺",
}
VOLATILE = ":material-alert-outline:{ title=易变：平台常调整，超出时报告为警告 }"


@dataclass(frozen=True)
class PlatformView:
    """One platform's pack, resolved for each draft format."""

    id: str
    profile: str
    by_format: Mapping[str, PlatformPack]

    @property
    def main(self) -> PlatformPack:
        return next(iter(self.by_format.values()))


def load(repo: Repository) -> list[PlatformView]:
    """Every platform a draft may name, resolved as the checker resolves it for this repository."""
    from checker.packs import platforms

    views = []
    for platform_id in sorted(platforms.known_ids(repo), key=_order):
        profile = platforms.profile_for(repo.config, platform_id)
        by_format = {}
        for fmt in platforms.FORMATS:
            pack = platforms.resolve(platform_id, repo, profile, fmt)
            if pack is not None:
                by_format[fmt] = pack
        if by_format:
            views.append(PlatformView(platform_id, profile, by_format))
    return views


def _order(platform_id: str) -> tuple[int, str]:
    from checker.packs import platforms

    builtin = platforms.BUILTIN_IDS
    if platform_id in builtin:
        return builtin.index(platform_id), ""
    return len(builtin), platform_id


def names(views: Sequence[PlatformView]) -> dict[str, str]:
    return {view.id: view.main.name for view in views}


def _limit_text(limit: Limit | None) -> str:
    if limit is None:
        return "不限"
    if limit.max is None:
        return "必填" if limit.required else "不限"
    text = f"≤ {limit.max} {UNITS.get(limit.unit, limit.unit)}"
    if limit.soft_max is not None:
        text += f"（建议 ≤ {limit.soft_max}）"
    if limit.min:
        text = f"{limit.min}–{limit.max} {UNITS.get(limit.unit, limit.unit)}"
    if limit.provenance.volatile:
        text += " " + VOLATILE
    return text


def limit_summary(view: PlatformView, field: str) -> str:
    """A limit across formats: one value, or the value of each format where they differ."""
    values = {fmt: _limit_text(pack.limit(field)) for fmt, pack in view.by_format.items()}
    distinct = list(dict.fromkeys(values.values()))
    if len(distinct) == 1:
        return distinct[0]
    return "<br>".join(f"{FORMAT_NAMES.get(fmt, fmt)} {text}" for fmt, text in values.items())


def _provenance(p: Provenance) -> list[str]:
    return [
        CONFIDENCE.get(p.confidence, "未注明"),
        "是" if p.volatile else "否",
        cell(p.source) if p.source else "—",
        cell(p.note) if p.note else "",
    ]


def _review(pack: PlatformPack, today: dt.date, stale_after_days: int) -> str:
    if pack.reviewed_on is None:
        return "未注明"
    days = (today - pack.reviewed_on).days
    text = pack.reviewed_on.isoformat()
    if days > stale_after_days:
        text += f"（{days} 天前，**需要复核**）"
    return text


def _hashtags(pack: PlatformPack) -> str:
    tags = pack.hashtags
    text = HASHTAG_SYNTAX.get(tags.syntax, cell(tags.syntax))
    if tags.limit is not None and tags.limit.max is not None:
        text += f"，≤ {tags.limit.max} 个"
        if tags.limit.provenance.volatile:
            text += " " + VOLATILE
    return text


def overview(views: Sequence[PlatformView], today: dt.date, stale_after_days: int) -> str:
    rows = []
    for view in views:
        pack = view.main
        rows.append(
            [
                f"[{cell(pack.name)}](#{view.id})<br>{code(view.id)}",
                limit_summary(view, "title"),
                limit_summary(view, "body"),
                limit_summary(view, "images"),
                limit_summary(view, "video_seconds"),
                _hashtags(pack),
                LINK_POLICY.get(pack.links.policy, cell(pack.links.policy)),
                CONTACT_POLICY.get(pack.contact_info.policy, cell(pack.contact_info.policy)),
            ]
        )
    return table(["平台", "标题", "正文", "图片", "视频", "话题", "外链", "联系方式"], rows)


def platform_section(view: PlatformView, today: dt.date, stale_after_days: int) -> list[str]:
    pack = view.main
    out = [f"## {pack.name}（{view.id}） {{ #{view.id} }}", ""]
    facts = [f"复核日期：{_review(pack, today, stale_after_days)}"]
    if pack.profiles:
        chosen = view.profile or "默认"
        facts.append(f"发布方式：{chosen}（可选 {'、'.join(pack.profiles)}）")
    if pack.overridden_by:
        facts.append("团队覆盖：" + "、".join(code(path) for path in pack.overridden_by))
    if not pack.builtin:
        facts.append("团队自己的平台包")
    out += ["；".join(facts) + "。", ""]

    rows = []
    for field, label in FIELD_NAMES.items():
        for fmt, fmt_pack in view.by_format.items():
            limit = fmt_pack.limit(field)
            if limit is None:
                continue
            same = [f for f, p in view.by_format.items() if p.limit(field) == limit]
            if fmt != same[0]:
                continue  # shown with the first format that has the same value
            scope = (
                ""
                if len(same) == len(view.by_format)
                else "（" + "、".join(FORMAT_NAMES.get(f, f) for f in same) + "）"
            )
            rows.append([label + scope, _limit_text(limit), *_provenance(limit.provenance)])
    tags = pack.hashtags
    rows.append(["话题格式", _hashtags(pack), *_provenance(tags.provenance)])
    links = pack.links
    hosts = "、".join(code(h) for h in links.allowed_hosts)
    policy = LINK_POLICY.get(links.policy, cell(links.policy))
    rows.append(
        [
            "外部链接",
            policy + (f"；站内域名 {hosts}" if hosts else ""),
            *_provenance(links.provenance),
        ]
    )
    contact = pack.contact_info
    kinds = "、".join(CONTACT_KINDS.get(k, k) for k in sorted(contact.kinds))
    rows.append(
        [
            "联系方式",
            CONTACT_POLICY.get(contact.policy, cell(contact.policy))
            + (f"：{kinds}" if kinds else ""),
            *_provenance(contact.provenance),
        ]
    )
    if pack.ad_label is not None:
        ad = pack.ad_label
        accepted = "、".join(f"「{cell(a)}」" for a in ad.accepted if a != ad.label)
        rows.append(
            [
                "广告标识",
                f"「{cell(ad.label)}」" + (f"（也接受 {accepted}）" if accepted else ""),
                *_provenance(ad.provenance)[:3],
                cell(ad.declaration),
            ]
        )
    out += [table(["项目", "规定", "可信度", "易变", "来源", "说明"], rows), ""]
    if pack.sources:
        out += ["来源：", ""]
        for source in pack.sources:
            title = cell(source.title)
            linked = source.url.startswith(("http://", "https://"))
            line = f"[{title}]({source.url})" if linked else title
            extra = "，".join(x for x in (source.ref, source.date) if x)
            out.append(f"- {code(source.id)} {line}" + (f"（{cell(extra)}）" if extra else ""))
        out.append("")
    return out


def render(views: Sequence[PlatformView], today: dt.date, stale_after_days: int) -> str:
    """Appendix E."""
    out = [
        "---",
        "tags: [平台, 平台规则, 速查]",
        "hide: [navigation]",
        "---",
        "",
        "# 附录 E 平台速查",
        "",
        "检查器对各平台的标题、正文、图片、视频、话题、外链和联系方式的要求，来自随检查器发布的平台包；"
        "团队可以用 `kind: platform` 的制度文件覆盖任何一项"
        f"（[3.1 平台画像]({relative('ch3/3.1.md', PAGE)})、"
        f"[3.4 平台规则与规则跟踪]({relative('ch3/3.4.md', PAGE)})）。"
        "本页在构建时读取同一套平台包，已经应用了青禾自己的平台文件和发布方式。",
        "",
        f"标有 {VOLATILE} 的数值平台常调整，或者来源可信度低：超出时检查器报告为警告而不是错误。"
        f"平台包超过 {stale_after_days} 天未复核会被 `rules/stale` 提示。",
        "",
        "计数单位：" + "；".join(f"**{UNITS[k]}**：{v}" for k, v in UNIT_NOTES.items()) + "。",
        "",
        "## 一览",
        "",
        overview(views, today, stale_after_days),
        "",
    ]
    for view in views:
        out += platform_section(view, today, stale_after_days)
    return "\n".join(out).rstrip() + "\n"
