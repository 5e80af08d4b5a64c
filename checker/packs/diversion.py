"""Find traffic diversion (导流) in prose: contact details, redirections to other platforms and
shops, and the host of a link.

Platforms that forbid diverting users off the platform (Xiaohongshu strictly; Douyin and Kuaishou
penalise it) look for the same things a reviewer does (platform-facts §1.4, §1.6):

- phone numbers (through :func:`checker.packs.identifiers.find_phones`: mobiles, landlines and
  the corporate 400/800 service numbers, told apart so a pack can allow the latter);
- e-mail addresses;
- WeChat ids and their disguises (微信, 威信/薇信/V信, VX, WX, 绿泡泡 ...) followed by an id, and
  the bare prompt to add one (加V, 加微, +V, 添加微信);
- QQ numbers and groups (QQ, 扣扣, 企鹅, Q群 followed by digits);
- QR-code prompts (扫码关注, 长按识别, 扫描下方二维码 ...);
- accounts on other platforms (关注我们的公众号, 抖音号：…, B站搜索…, 全网同名);
- shops elsewhere (淘宝搜索…, 天猫旗舰店, 淘口令 ``¥AbC123dEf¥``).

Ordinary words do not fire: 微信支付 or 微信扫码支付 (no id, no prompt), ``vx`` or ``wx``
inside an English word, a masked number, 扫描机身二维码 (a device QR code is not a redirection),
and the platform's own name (抖音搜索 on Douyin). Matching runs on NFKC width-folded text without
zero-width characters, so ``ＶＸ：ｑｉｎｇｈｅ２０２６`` and ``V\u200b信`` are caught, and every hit
carries its exact offsets in the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from functools import cache
from typing import NamedTuple
from urllib.parse import urlsplit

from checker.input.markdown import Prose
from checker.packs.identifiers import find_emails, find_phones, has_email, has_number
from checker.packs.keyed import Keyed, KeyedSet
from checker.packs.normalize import normalize
from checker.packs.spans import Spans


class Hit(NamedTuple):
    """A piece of diversion in a text: its kind (a ``contact_info.kinds`` value) and offsets."""

    kind: str
    start: int
    end: int
    text: str


#: Names of each platform as users write them; used to recognise "the other platform" and to
#: leave the platform's own name alone.
PLATFORM_NAMES: dict[str, tuple[str, ...]] = {
    "wechat": ("微信公众号", "公众号", "公主号", "服务号", "订阅号", "gzh"),
    "weixin_channels": ("视频号",),
    "weibo": ("新浪微博", "微博", "围脖", "某博"),
    "douyin": ("抖音号", "抖音", "斗音", "某音", "抖店", "抖音商城", "dy"),
    "kuaishou": ("快手号", "快手", "快手小店"),
    "xiaohongshu": ("小红书号", "小红书", "红书", "某书", "xhs"),
    "bilibili": ("哔哩哔哩", "bilibili", "B站", "小破站", "破站"),
    "linkedin": ("领英", "LinkedIn"),
    "zhihu": ("知乎", "某乎"),
    "toutiao": ("今日头条", "头条号", "西瓜视频", "百家号", "企鹅号"),
}
#: Names that are an account by themselves (``公众号：青禾智能家居``); others need 号/账号/ID.
ACCOUNT_WORDS = frozenset(
    {"微信公众号", "公众号", "公主号", "服务号", "订阅号", "视频号", "抖音号", "快手号"}
    | {"小红书号", "头条号", "百家号", "企鹅号", "gzh"}
)
SHOPS: dict[str, tuple[str, ...]] = {
    "taobao": ("淘宝", "手淘", "天猫", "tmall", "某宝", "桃宝", "🍑宝", "tb"),
    "jd": ("京东", "某东", "狗东"),
    "pinduoduo": ("拼多多", "拼夕夕", "某多多", "pdd"),
    "youzan": ("有赞",),
    "weidian": ("微店",),
    "douyin": ("抖店", "抖音商城", "抖音小店"),
    "kuaishou": ("快手小店",),
    "xiaohongshu": ("小红书商城",),
    "dewu": ("得物",),
    "xianyu": ("闲鱼",),
    "vip": ("唯品会",),
}
#: Hosts of shops: a link to one of them is reported as a shop link.
SHOP_HOSTS = (
    "taobao.com",
    "tmall.com",
    "tb.cn",
    "jd.com",
    "3.cn",
    "jd.hk",
    "pinduoduo.com",
    "yangkeduo.com",
    "youzan.com",
    "weidian.com",
    "koudai.com",
    "jinritemai.com",
    "haohuo.jinritemai.com",
    "dewu.com",
    "vip.com",
    "suning.com",
)


_WECHAT_WORDS = (
    r"微信号?|威信|薇信|徽信|维信|微芯|V信|卫星号|绿泡泡|[微薇威Vv][❤♥💗💕💚]|"
    r"(?<![A-Za-z])(?:v[ \-_.*]?x|w[ \-_.*]?x|wei[ ]?xin|wechat)(?![A-Za-z])"
)
_ID = r"(?P<id>[A-Za-z][-_A-Za-z0-9]{5,19}|1[3-9][0-9]{9}|[0-9]{5,12})(?![-_A-Za-z0-9])"
_WECHAT_ID = Keyed(
    rf"(?:{_WECHAT_WORDS})[ \t]*+(?P<sep>(?:号码?|id)?[ \t]*+(?::|=|是|为|搜索?|加)?)[ \t]*+{_ID}",
    ("微信", "威信", "薇信", "徽信", "维信", "微芯", "V信", "卫星号", "绿泡泡")
    + tuple("❤♥💗💕💚")
    + ("x", "wechat"),  # v x, w x, wei xin
    re.IGNORECASE,
)
#: ``V：qinghe2026`` (a bare V with a colon and an id; Ctrl+V and V领 have neither).
_BARE_V = Keyed(
    r"(?<![A-Za-z0-9+])v[ \t]*+[:=][ \t]*+" + _ID, ("v:", "v=", "v ", "v\t"), re.IGNORECASE
)
#: An account or shop name after 搜索 / ： / @ (up to the next space or punctuation).
_NAME = r"[\"'“「《]?[^\s,.;!?，。；！？、()（）「」『』《》“”\"']{1,30}[\"'”」》]?"
_WECHAT_SEARCH = Keyed(
    r"(?:微信|威信|薇信|徽信|维信|V信|vx|wx)[ \t]*+(?:搜一搜|搜索|搜)[ \t]*+" + _NAME, ("搜",), re.I
)
_WECHAT_PROMPT = Keyed(
    r"(?:(?<![增追附参外])加|添加|➕|(?<![A-Za-z0-9])\+)[ \t]*+"
    r"(?:(?:我们|我|小编|客服|老师|群主|官方|个人|专属)的?[ \t]*+){0,3}"
    r"(?:微信|威信|薇信|V信|vx|wx|v(?![A-Za-z0-9])"
    r"|微(?=$|[\s,.!?:;~]|了解|咨询|领|获取|详聊|私聊|备注|免费|送|好友|聊))"
    r"(?!支付|小程序|登录|登陆|绑定|授权|公众号|视频号|搜一搜|读书|指数|输入法|认证|用户|账号|会员)"
    r"(?:[ \t]*+[:=]?[ \t]*+[A-Za-z0-9][-_A-Za-z0-9]{4,19}(?![-_A-Za-z0-9]))?",
    ("加", "➕", "+"),
    re.IGNORECASE,
)
_QQ = Keyed(
    r"(?<![A-Za-z])(?:QQ群?|扣扣群?|企鹅群|Q群)[ \t]*+(?:号码?|号)?[ \t]*+(?::|=|是|为)?[ \t]*+"
    r"(?P<id>[1-9][0-9]{4,11})(?![0-9])",
    ("QQ", "扣扣", "企鹅群", "Q群"),
    re.IGNORECASE,
)
_QR = Keyed(
    r"长按(?:识别|扫码|扫描)"
    r"|扫码(?:加|关注|添加|进群|入群|领|咨询|购买|下单|了解|获取|预约|报名|联系|私聊|下载)"
    r"|扫一扫(?:加|关注|添加|进群|入群|领)"
    r"|(?:扫描|扫|识别)[ \t]*+"
    r"(?:下方|下图|上图|图中|图片中?|文末|海报上?|上方|左侧|右侧|评论区|主页)?的?[ \t]*+二维码"
    r"|(?:下方|文末|图中|图片|海报|评论区|主页|置顶)的?二维码"
    r"|二维码(?:在|见)",
    ("长按", "扫码", "扫一扫", "二维码"),
)
_SAME_NAME = Keyed(r"(?:全网|各平台|全平台|多平台|各大平台)同名", ("同名",))
_TAOKOULING = Keyed(
    r"淘口令|[¥$€](?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{8,14}[¥$€]", ("淘口令", "¥", "$", "€")
)


@cache
def _platform_patterns(own: tuple[str, ...]) -> tuple[Keyed, ...]:
    """Patterns for other platforms' accounts and shops, leaving the names in ``own`` alone.

    Each needs the name of another platform (the last one: of a shop) to match."""
    own_set = {name.casefold() for name in own}
    others = sorted(
        {n for names in PLATFORM_NAMES.values() for n in names if n.casefold() not in own_set},
        key=len,
        reverse=True,
    )
    shops = sorted(
        {n for names in SHOPS.values() for n in names if n.casefold() not in own_set},
        key=len,
        reverse=True,
    )
    if not others or not shops:
        return ()
    names = "|".join(re.escape(n) for n in others)
    words = "|".join(re.escape(n) for n in others if n in ACCOUNT_WORDS)
    shop = "|".join(re.escape(n) for n in shops)
    latin = r"(?<![A-Za-z])(?:{0})(?![A-Za-z])"
    plat = latin.format(names)
    account = rf"(?:{plat})[ \t]*+(?:号|账号|ID|主页)"
    if words:
        account += "|" + latin.format(words)
    return (
        # 关注我们的公众号 / 去B站看完整版 / 抖音同名
        Keyed(
            r"(?:关注|搜索|搜|加|私信|添加)[ \t]*+(?:我们|我|小编|官方)?的?[ \t]*+(?:官方)?[ \t]*+"
            rf"(?:同名)?[ \t]*+(?:{plat})"
            rf"|(?:来|去|到)[ \t]*+(?:{plat})[ \t]*+(?:上|里)?[ \t]*+"
            r"(?:搜|看|找|关注|主页|私信|查看|观看)(?!了|过)"
            rf"|(?:{plat})[ \t]*+同名|同名[ \t]*+(?:{plat})",
            others,
            re.IGNORECASE,
        ),
        # 公众号：青禾智能家居 / 抖音号: qinghe / 微博@青禾
        Keyed(rf"(?:{account})[ \t]*+[:=@][ \t]*+" + _NAME, others, re.IGNORECASE),
        Keyed(rf"(?:{plat})[ \t]*+@[ \t]*+" + _NAME, others, re.IGNORECASE),
        # B站搜索青禾 / 抖音搜青禾
        Keyed(rf"(?:{plat})[ \t]*+(?:搜一搜|搜索|搜)[ \t]*+" + _NAME, others, re.IGNORECASE),
        # shops: 淘宝搜索青禾 / 天猫旗舰店有售 / 京东自营
        Keyed(
            rf"(?<![A-Za-z])(?:{shop})(?![A-Za-z])[ \t]*+"
            r"(?:官方)?(?:旗舰店|专卖店|专营店|店铺|小店|自营)?[ \t]*+"
            r"(?:搜一搜|搜索|搜|下单|购买|购入|有售|在售|链接|入口|同款|上架|开售|领券|抢购)"
            rf"|(?<![A-Za-z])(?:{shop})(?![A-Za-z])[ \t]*+"
            r"(?:官方)?(?:旗舰店|专卖店|专营店|店铺|小店|自营店?)",
            shops,
            re.IGNORECASE,
        ),
    )


@cache
def _expressions(own: tuple[str, ...]) -> KeyedSet:
    """Every expression :func:`find` may run for a platform with the names ``own``."""
    fixed = (_WECHAT_PROMPT, _BARE_V, _WECHAT_SEARCH, _WECHAT_ID, _QQ, _QR, _SAME_NAME, _TAOKOULING)
    return KeyedSet(fixed + _platform_patterns(own))


#: Platforms of one ecosystem: naming the sibling is not sending users elsewhere.
ECOSYSTEMS = {"wechat": ("weixin_channels",), "weixin_channels": ("wechat",)}


def own_names(platform_id: str, name: str = "") -> tuple[str, ...]:
    """The names a draft on ``platform_id`` may use for its own platform and its shop."""
    names = [name] if name else []
    for pid in (platform_id, *ECOSYSTEMS.get(platform_id, ())):
        names.extend(PLATFORM_NAMES.get(pid, ()))
        names.extend(SHOPS.get(pid, ()))
    return tuple(sorted(set(names)))


def find(text: str, kinds: frozenset[str], own: tuple[str, ...] = ()) -> list[Hit]:
    """Diversion of the given ``kinds`` in ``text``, without overlaps, in text order.

    ``own`` lists the names of the platform being published to (never "another platform").
    """
    own = tuple(sorted(own))
    norm = normalize(text, fold_case=False).text
    possible = set(_expressions(own).possible(norm))
    return _find(text, kinds, own, possible)


def find_in(prose: Prose, kinds: frozenset[str], own: tuple[str, ...] = ()) -> list[list[Hit]]:
    """:func:`find` for every segment of ``prose``, with one look at the joined text first.

    Each expression runs only on the segments that hold one of its key words, and the phone and
    e-mail finders only on segments with a long run of digits or an ``@``: most drafts hold no
    diversion, and most segments of the others none either.
    """
    own = tuple(sorted(own))
    each = _expressions(own).possible_each(prose, normalize(prose.text, fold_case=False))
    numbers = has_number(prose.text) or has_email(prose.text)
    found: list[list[Hit]] = []
    for segment, possible in zip(prose.segments, each, strict=True):
        text = segment.text
        if possible or (numbers and (has_number(text) or has_email(text))):
            found.append(_find(text, kinds, own, possible))
        else:
            found.append([])
    return found


def _find(
    text: str, kinds: frozenset[str], own: tuple[str, ...], possible: AbstractSet[Keyed]
) -> list[Hit]:
    """Diversion in ``text``, running only the expressions in ``possible``."""
    folded = normalize(text, fold_case=False)
    norm = folded.text
    hits: list[Hit] = []
    taken = Spans()  # what the hits cover: a logarithmic overlap test keeps many hits linear

    def add(kind: str, start: int, end: int) -> None:
        first, last = folded.span(start, end)
        if taken.add(first, last):
            hits.append(Hit(kind, first, last, text[first:last]))

    def matches(expression: Keyed) -> Iterator[re.Match[str]]:
        return expression.compiled.finditer(norm) if expression in possible else iter(())

    if "wechat" in kinds:
        for expression in (_WECHAT_PROMPT, _BARE_V, _WECHAT_SEARCH):
            for match in matches(expression):
                add("wechat", match.start(), match.end())
        for match in matches(_WECHAT_ID):
            ident = match.group("id")
            explicit = bool(match.group("sep").strip())
            if explicit or any(c.isdigit() or c in "_-" for c in ident):
                add("wechat", match.start(), match.end())
    if "qq" in kinds:
        for match in matches(_QQ):
            add("qq", match.start(), match.end())
    if "qr_code" in kinds:
        for match in matches(_QR):
            add("qr_code", match.start(), match.end())
    if "other_platform" in kinds or "shop" in kinds:
        patterns = _platform_patterns(own)
        for index, pattern in enumerate(patterns):
            kind = "shop" if index == len(patterns) - 1 else "other_platform"
            if kind not in kinds:
                continue
            for match in matches(pattern):
                add(kind, match.start(), match.end())
        if "other_platform" in kinds:
            for match in matches(_SAME_NAME):
                add("other_platform", match.start(), match.end())
        if "shop" in kinds:
            for match in matches(_TAOKOULING):
                add("shop", match.start(), match.end())
    phone_kinds = {"mobile": "mobile", "landline": "landline", "service": "service_number"}
    if kinds & set(phone_kinds.values()):
        for phone in find_phones(text):
            kind = phone_kinds.get(phone.kind, "")
            if kind in kinds and not phone.masked and taken.add(phone.start, phone.end):
                hits.append(Hit(kind, phone.start, phone.end, phone.text))
    if "email" in kinds:
        for email in find_emails(text):
            if taken.add(email.start, email.end):
                hits.append(Hit("email", email.start, email.end, email.text))
    return _merge_touching(sorted(hits, key=lambda h: h.start), text)


def _merge_touching(hits: list[Hit], text: str) -> list[Hit]:
    """One hit for one phrase: 长按识别 + 下方二维码 next to each other are one QR prompt."""
    merged: list[Hit] = []
    for hit in hits:
        last = merged[-1] if merged else None
        if last is not None and last.kind == hit.kind and hit.start <= last.end:
            end = max(last.end, hit.end)
            merged[-1] = Hit(last.kind, last.start, end, text[last.start : end])
        else:
            merged.append(hit)
    return merged


def host_of(url: str) -> str:
    """The lower-case host of a URL or bare domain (``""`` for relative links)."""
    value = url.strip()
    if value.lower().startswith("www."):
        value = "http://" + value
    elif "://" not in value and not value.startswith(("/", "#", ".", "?")):
        head = re.split(r"[/?#]", value, maxsplit=1)[0]
        if re.fullmatch(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?", head):
            value = "http://" + value
    try:
        parts = urlsplit(value)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https"):
        return ""
    return (parts.hostname or "").lower().rstrip(".")


def host_matches(host: str, domains: tuple[str, ...]) -> bool:
    """True when ``host`` is one of ``domains`` or a subdomain of one."""
    return any(host == d or host.endswith("." + d) for d in domains)


def is_shop_host(host: str) -> bool:
    return host_matches(host, SHOP_HOSTS)
