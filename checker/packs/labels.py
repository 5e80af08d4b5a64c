"""Ad and AI labels, and the commercial signals that make a draft an ad.

What counts as a *visible* 广告 label (《广告法》第十四条; 《互联网广告管理办法》第九条 asks for a
prominent 广告 mark on reviews and experience posts with a way to buy):

- the word 广告 set off as a label: ``【广告】``, ``（广告）``, ``[广告]``, ``#广告``, a tag
  ``广告``, a phrase such as ``本文为广告`` / ``内含广告`` (not ``不含广告``), or ``广告``
  standing alone at the start or the end of the title, summary or body (``广告｜…``, ``…。广告``);
- only in what readers see: title, summary, tags and body prose; never in code, HTML comments,
  link targets or front-matter keys;
- prominent when it is in the title, summary or tags, or in the opening block of the body (and
  the block after it when the first is a heading or a short line) or its closing block; a label
  buried in the middle of the body is reported as not prominent.

``合作``, ``推广``, ``赞助`` and the like are not the statutory word and do not count.

An AI label (《人工智能生成合成内容标识办法》第十条, GB 45438-2025) is any visible statement that
the content is AI-generated or AI-assisted: ``AI 生成``, ``本文含 AI 生成内容``, ``由人工智能生成``,
``AI 辅助创作``, ``AIGC``, or in English ``AI-generated``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple
from urllib.parse import urlsplit

from checker.input.markdown import Segment, may_hold_url
from checker.model.document import Draft
from checker.packs.keyed import Keyed, Lazy
from checker.packs.matcher import SHARED, Matcher, Term
from checker.packs.normalize import normalize

#: Shops and marketplaces whose links are a way to buy (suffix match on the host).
SHOP_HOSTS = (
    "taobao.com",
    "tmall.com",
    "tmall.hk",
    "tb.cn",
    "jd.com",
    "jd.hk",
    "3.cn",
    "pinduoduo.com",
    "yangkeduo.com",
    "jinritemai.com",
    "kwaixiaodian.com",
    "youzan.com",
    "weidian.com",
    "koudaitong.com",
    "vip.com",
    "suning.com",
    "dangdang.com",
    "dewu.com",
    "amazon.cn",
    "wxaurl.cn",
)
_MINI_PROGRAM = Keyed(r"#小程序://|weixin://dl/business|weixin://dl/shop", ("://",), re.I)

_SIGNAL_TERMS = {
    "code": ("优惠码", "折扣码", "优惠券码", "专属码", "兑换码", "淘口令", "复制口令", "口令红包"),
    "order": (
        "下单链接",
        "购买链接",
        "商品链接",
        "购物链接",
        "同款链接",
        "链接在评论区",
        "评论区链接",
        "点击购买",
        "立即购买",
        "立即下单",
        "马上下单",
        "去下单",
        "点击下单",
        "直播间下单",
        "小程序下单",
        "小程序购买",
        "小程序商城",
        "拍下",
        "下方链接",
    ),
    "coupon": ("领券", "领取优惠券", "领优惠券"),
    "cart": ("小黄车", "购物车", "商品橱窗", "橱窗链接"),
}
_WRONG_WORDS = ("合作", "推广", "赞助", "品牌合作", "商务合作", "商业合作", "恰饭", "sponsored")

_BRACKET = Lazy(r"[【\[〔（(「『<《]\s*+(?:商业)?广告(?:合作|推广|投放)?\s*+[】\]〕）)」』>》]")
_HASHTAG = Lazy(r"#\s*(?:商业)?广告(?=$|[#\s,，。.!！?？、|｜/])|#ad(?![a-z0-9])")
_PHRASE = Lazy(
    r"(?<![不无没非])(?:本文|本篇|本条|本期|本视频|本片|本内容|本笔记|本推送|此文|此条|以下内容|以下|"
    r"该内容|这是一?[条篇则]|内含|含有?|包含|附有)(?:内容)?\s*+(?:为|是|系|属于|含有?|包含)?\s*+"
    r"(?:一[条篇则]\s*+)?(?:商业)?广告|advertisement"
)
_EDGE_START = Lazy(r"^[\s#【\[（(「『]*+(?:商业)?广告(?:合作|推广|投放)?(?![\u4e00-\u9fff])")
_EDGE_END = Lazy(r"(?<![\u4e00-\u9fff])(?:商业)?广告[\s】\]）)」』]*+[。.!！]?\s*+$")

_AI_LABEL = Lazy(
    r"(?<![a-z])(?:ai|aigc)(?![a-z])\s*(?:生成|合成|辅助|创作|制作|绘制|绘图|作图|配音|参与|生图|出图|"
    r"修图|改写|写作|撰写|翻译|内容)"
    r"|人工智能\s*(?:生成|合成|辅助|创作|制作)"
    r"|由\s*(?:ai|aigc|人工智能)(?![a-z])"
    r"|(?<![a-z])aigc(?![a-z])"
    r"|(?:使用|借助|采用|利用|运用)了?\s*(?:ai|人工智能)(?![a-z])"
    r"|(?<![a-z])ai[\s-]*(?:generated|assisted|created)"
    r"|(?:generated|created|made)\s+(?:with|by|using)\s+(?:ai|artificial intelligence)(?![a-z])"
)


class Signal(NamedTuple):
    """Something that makes a draft commercial: a shop link or a call to buy."""

    kind: str  # shop-link | mini-program | code | order | coupon | cart
    text: str
    start: int
    end: int


class AdLabel(NamedTuple):
    """Where the draft's 广告 label is: ``prominent``, ``buried`` or ``missing``."""

    state: str
    wrong_word: str = ""


@cache
def _signal_matcher() -> Matcher:
    terms = [Term(t, kind) for kind, items in _SIGNAL_TERMS.items() for t in items]
    terms.extend(Term(t, "wrong", word=t.isascii()) for t in _WRONG_WORDS)
    # Not purchase prompts: a return policy, a product page shown for reference.
    terms.extend(Term(t, None) for t in ("不含购物车", "清空购物车"))
    return Matcher(terms, group=SHARED)


def _host(url: str) -> str:
    try:
        parts = urlsplit(url if "://" in url else "//" + url)
    except ValueError:
        return ""
    return (parts.hostname or "").lower()


def shop_link(url: str, extra_hosts: Iterable[str] = ()) -> bool:
    """True for a link to a marketplace, a shop or a WeChat mini program."""
    if _MINI_PROGRAM.search(url):
        return True
    host = _host(url)
    if not host:
        return False
    hosts = tuple(SHOP_HOSTS) + tuple(h.lower().lstrip(".") for h in extra_hosts)
    return any(host == h or host.endswith("." + h) for h in hosts)


def commercial_signals(draft: Draft, extra_hosts: Iterable[str] = ()) -> list[Signal]:
    """Shop links, mini-program links and calls to buy, in file order."""
    extra = tuple(extra_hosts)
    found: list[Signal] = []
    if draft.readable:
        for link in draft.body.links:
            if shop_link(link.url, extra):
                kind = "mini-program" if _MINI_PROGRAM.search(link.url) else "shop-link"
                found.append(Signal(kind, link.url, link.start, link.end))
    prose = draft.prose
    calls = _signal_matcher().find_in(prose)  # one scan of the whole draft
    minis = _MINI_PROGRAM.possible(prose.text)
    urls = may_hold_url(prose.text)  # bare URLs anywhere in the draft at all
    for segment, matches in zip(prose.segments, calls, strict=True):
        if not (matches or urls or minis):
            continue
        text = segment.text
        for start, end in segment.urls if urls else ():
            if shop_link(text[start:end], extra):
                file_start, file_end = segment.span(start, end)
                found.append(Signal("shop-link", text[start:end], file_start, file_end))
        for mini in _MINI_PROGRAM.finditer(text) if minis else ():
            file_start, file_end = segment.span(mini.start(), mini.end())
            found.append(Signal("mini-program", mini.group(0), file_start, file_end))
        for match in matches:
            kind = match.term.payload
            if kind is None or kind == "wrong" or segment.in_url(match.start, match.end):
                continue
            file_start, file_end = segment.span(match.start, match.end)
            found.append(Signal(str(kind), match.text, file_start, file_end))
    unique = {(s.start, s.end): s for s in found}
    return sorted(unique.values(), key=lambda s: s.start)


def _label_in(segment: Segment, first: bool, last: bool) -> bool:
    text = normalize(segment.text).text
    if _BRACKET.search(text) or _HASHTAG.search(text) or _PHRASE.search(text):
        return True
    if segment.scope == "tags" and text.strip().lstrip("#").startswith(("广告", "商业广告")):
        return True
    if first and _EDGE_START.search(text):
        return True
    return last and bool(_EDGE_END.search(text))


def ad_label(draft: Draft) -> AdLabel:
    """Whether the draft shows a 广告 label where readers see it, and how prominently."""
    segments = draft.segments()
    front = [s for s in segments if s.scope in ("title", "summary", "tags")]
    body = [s for s in segments if s.scope not in ("title", "summary", "tags")]
    if any(_label_in(s, first=s.scope != "tags", last=s.scope == "title") for s in front):
        return AdLabel("prominent")
    # The opening is the first block of the body, and the one after it when the first is a
    # heading or a short line (a greeting, a label line).
    opening = body[:1]
    if body and (body[0].scope == "heading" or len(body[0].text.strip()) < 20):
        opening = body[:2]
    for index, segment in enumerate(body):
        is_first = index == 0
        is_last = index == len(body) - 1
        if _label_in(segment, first=is_first, last=is_last):
            prominent = is_last or any(segment is s for s in opening)
            return AdLabel("prominent" if prominent else "buried")
    wrong = ""
    for segment in segments:
        for match in _signal_matcher().find(segment.text):
            if match.term.payload == "wrong" and not segment.in_url(match.start, match.end):
                wrong = match.text
                break
        if wrong:
            break
    return AdLabel("missing", wrong)


def ai_labelled(draft: Draft) -> bool:
    """True when a visible statement says the content is AI-generated or AI-assisted."""
    return any(_AI_LABEL.search(normalize(s.text).text) for s in draft.segments())
