"""Advertising-law claims in a draft's prose, judged in context.

The term lists (``checker/data/terms/ad_law.yaml``) are compiled once per process, on first use,
into one Aho-Corasick automaton (:mod:`checker.packs.matcher`); phrases that contain a term but are
not claims (``第一时间``, ``唯一标识``, ``国家级非物质文化遗产``) sit in the same automaton with
payload None and hide the term by leftmost-longest matching. A small fixed set of compiled
regular expressions finds what a list cannot (``100% 清除``, ``3 天见效``, ``年化收益 8%``).

Each hit is then judged in its clause the way the SAMR enforcement guide on absolute terms asks
(whole ad, specific context):

- ordinal and temporal uses and enumerations are not rankings (``第一步``, ``第一，``);
- business philosophy and goals are not claims about goods (``致力于成为行业第一``);
- comparisons within the brand's own range are allowed (``青禾迄今最安静的一款``);
- usage tips and spec bounds are not superlatives (``最佳食用期``, ``最高 230℃``, ``最好先预热``);
- a claim the sentence explicitly denies is not made (``不是最便宜的``), unless the question is
  rhetorical (``这难道不是最好的选择吗？``);
- a term quoted as a word in a sentence about the rules is a mention, not a use (``《广告法》禁止
  使用“最佳”``); titles of works in ``《》`` are names, not claims;
- ``NO.1`` in a model name or a numbered list (``No.1 … No.2 …``) is a label;
- a ranking or award backed by ``evidence`` in the front matter becomes a warning to verify.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any, NamedTuple

from checker.input.markdown import Prose, Segment
from checker.model.document import Draft
from checker.packs.keyed import Keyed, KeyedSet, Lazy
from checker.packs.matcher import SHARED, Match, Matcher, Term
from checker.packs.normalize import ZERO_WIDTH, normalize
from checker.packs.spans import Spans

RULES = {
    "A": "ad-law/absolute-term",
    "B": "ad-law/absolute-term",
    "C": "ad-law/authority-endorsement",
    "D": "ad-law/efficacy-guarantee",
}

_CLAUSE_END = frozenset("，,。！？!?；;\n…")
_SENTENCE_END = frozenset("。！？!?；;\n")
_OPEN_QUOTES = "“\"「『‘'"
_CLOSE_QUOTES = "”\"」』’'"
_PUNCT_AFTER = frozenset("，,。！？!?；;：:、…—）)」』”’\"'】]>》~～ \t\n\ufffc")

_NEGATORS = (
    "不是",
    "并非",
    "绝非",
    "而非",
    "算不上",
    "称不上",
    "谈不上",
    "不敢说",
    "不敢称",
    "不自称",
    "不说",
    "不称",
    "不做",
    "不追求",
    "不当",
    "不争",
    "未必是",
    "不一定是",
    "没有",
    "不宣称",
    "不承诺",
    "不保证",
    "无法保证",
    "不代表",
)
#: Negations that deny an efficacy claim (不能治疗疾病) but read as praise before a superlative
#: (不能错过的顶级口感), so they only count for category D.
_NEGATORS_D = ("不能", "无法", "不可能", "不会")
_PHILOSOPHY = Lazy(
    r"致力|追求|力争|力求|努力|目标|理念|使命|愿景|梦想|立志|争做|争创|宗旨|初心|信条|价值观|坚持"
    r"|(?:我们|我|团队)(?:一直|始终|也|都)?(?:希望|想要|要)|希望(?:能|可以|把|做|成为|让|将)"
)
_META = Lazy(
    r"广告法|绝对化|极限词|违禁词|禁用词|敏感词|不得|禁止|不能|不要|避免|别写|慎用|用语|字样|措辞"
    r"|词|说法|提法|删掉|删除|改掉"
)
_OWN_SCOPE = Lazy(
    r"旗下|历代|自家|本品牌|本系列|同系列|全系|系列中|系列里|家族中|产品线中|上一代|前代|上代|老款"
)
_SCOPE_WORDS = r"(?:迄今为止|迄今|至今|目前为止|目前|史上|历史上|有史以来)"
_AWARD_BEFORE = Lazy(r"荣获|获评|荣膺|斩获|被评为|评为|获得|摘得|入选|当选")
_EXTERNAL_PREFIX = (
    "全网",
    "全国",
    "国内",
    "中国",
    "亚洲",
    "国际",
    "全城",
    "全市",
    "省内",
    "本地",
    "全球",
    "世界",
    "宇宙",
    "行业",
    "业内",
    "业界",
    "市面",
    "市场",
    "同类",
    "同价",
    "同级",
)
_BOUND_AFTER = Lazy(
    r"[ \t]*(?:[^，,。！？!?；;\n]{0,6}?)"
    r"(?:[0-9]|[一二两三四五六七八九十百千万半]\s*[年月天周期倍档级层小分秒度升斤瓦])"
)
_SPEC_NOUN = Lazy(
    r"[ \t]*(?:的)?(?:功率|温度|转速|容量|风量|档|负载|电流|电压|尺寸|承重|噪音|噪声|速度|"
    r"压力|时长|续航|水位|湿度|加湿量|净化量|cadr|面积|容积|重量|输出|输入|频率|亮度|值|限度|"
    r"程度|化|限额|立减|减|优惠|返|省|补贴|折扣|免息|保修|质保)"
)
_MODEL_BEFORE = Lazy(r"(?:型号|款号|系列|编号|model|机型|[a-z]{2,})[\s:：\-]*$")
_MODEL_AFTER = Lazy(r"^[\s\-_]*(?:pro|max|plus|mini|lite|se|ultra|[a-z]?\d|系列|型号|款)")
_REAL_ESTATE = Lazy(
    r"楼盘|房源|户型|小区|住宅|公寓|商铺|写字楼|售楼|买房|购房|置业|地产|房价|首付|学区"
)
_RANK_NOUNS = frozenset(["品牌", "梯队", "阵营", "选择"])
_FIRST_TO = Lazy(r"(?:是|为|成为|当|做|堪称|号称|称得上)(?:全球|全国|国内|行业|业内|中国|世界)?$")
_FIRST_WHO = Lazy(r"的(?:品牌|企业|公司|厂家|厂商|商家|产品|平台|机构|团队|型号)")
_ONLY_SCOPE = Lazy(r"(?:全球|全国|国内|行业|业内|业界|世界|中国|市面上|市场上|同类)(?:中|里|内)?$")
_ONLY_AFTER = Lazy(
    r"(?:一家|一款|一个|一台|一位|一种|指定|授权|拥有|采用|能|可以|可|支持|获得|通过|做到|实现|入选|"
    r"搭载|具备|同时)"
)
_PERSON_HEAD = Lazy(
    r"^[^，,。！？!?；;\n]{0,8}?的(?:人|同事|同学|员工|朋友|师傅|老师|妈妈|爸爸|家人|孩子|宝宝|主播|"
    r"博主|设计师|工程师|店长|客服|那位|一位)"
)
_OFFER = Lazy(r"力度|福利|优惠|折扣|让利|降价|补贴|幅度|满减|红包|赠品")
_OWN_INSTANCE = Lazy(r"^的?(?:一代|一次|一届|一期|一年|一场)")
_NUMBER_2 = re.compile(r"(?:no|top)\s*\.?\s*2(?![0-9])")


class Group(NamedTuple):
    """A group of terms with one legal basis and one way of being judged."""

    category: str
    name: str
    rule: str
    variant: str
    basis: str
    basis_en: str
    evidence: bool = False
    extend: bool = False
    bound: bool = False
    advice: bool = False
    needs_verb: bool = False


class Evidence(NamedTuple):
    """One entry of the draft's front-matter ``evidence`` list."""

    claim: str
    source: str
    period: str
    region: str
    category: str

    def missing(self, award: bool) -> tuple[str, ...]:
        wanted = ("source",) if award else ("source", "period", "region")
        return tuple(name for name in wanted if not getattr(self, name).strip())


class Claim(NamedTuple):
    """A term or pattern that the context does not excuse: what one ad-law finding is about."""

    rule: str
    group: Group
    term: str
    start: int
    end: int
    scope: str
    evidence: Evidence | None = None
    award: bool = False

    @property
    def category(self) -> str:
        return self.group.category


class _Data(NamedTuple):
    matcher: Matcher
    groups: dict[str, Group]
    patterns: KeyedSet
    pattern_groups: dict[Keyed, Group]
    verbs: tuple[str, ...]


def _read() -> dict[str, Any]:
    from checker import data as shipped

    data: dict[str, Any] = shipped.load_twin("terms", "ad_law.yaml")  # its JSON twin: faster
    return data


#: The ASCII letters and digits (what ``isascii() and isalnum()`` accepts).
_LATIN = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _is_latin(term: str) -> bool:
    return not _LATIN.isdisjoint(term)


# Verbs that make a disease name a medical claim (预防感冒, 缓解鼻炎, 防过敏).
_DISEASE_VERBS = (
    "预防",
    "治疗",
    "治愈",
    "根治",
    "缓解",
    "改善",
    "消除",
    "远离",
    "告别",
    "抑制",
    "对抗",
    "抵抗",
    "防止",
    "防治",
    "调理",
    "辅助治疗",
    "治好",
    "医好",
    "稳定",
    "调节",
    "控制",
    "减轻",
    "减少",
    "降低",
    "杜绝",
    "摆脱",
    "战胜",
    "赶走",
    "拒绝",
    "治",
    "防",
    "抗",
)
# What after a disease name or a health indicator claims a cure (咳嗽就好了, 血糖降下来了).
_DISEASE_AFTER = Lazy(
    r"^[^，,。！？!?；;\n]{0,6}?(?:好了|好多了|痊愈|消失|没了|不见了|再也没|再没|没再|不再|降下来|"
    r"降了|下降|恢复正常|正常了|稳稳|稳定|平稳|减轻|缓解|改善|好转|全好|解决|根除|治好|远离|克星|福音|救星)"
)

# Patterns a list cannot hold: (regex on normalised text, category, group, keys). Every match
# holds one of the keys, words that let a draft without any of them skip the regex
# (checker/packs/keyed.py).
_PATTERN_SOURCES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    (
        r"(?:100|百分之?百)\s*+%?\s*+(?:的\s*+)?"
        r"(?:有效|见效|安全|无毒|无害|治愈|根治|康复|痊愈|除菌|杀菌|抑菌|灭菌|消毒|除醛|去醛|除甲醛|"
        r"去除|清除|消除|过滤|净化|除螨|杀毒|杀灭|杀死|灭活|消灭|拦截|阻挡|隔绝|抗病毒|阻隔|回本|保本|盈利|"
        r"成功|通过|过关|录取|上岸|就业|退款)",
        "D",
        "guarantee",
        ("100", "百分百", "百分之百"),
    ),
    (
        r"(?:有效率|除菌率|杀菌率|抑菌率|除醛率|去除率|清除率|净化率|过滤效率|除螨率|成功率|效果)\s*+"
        r"(?:达到?|高达|为|是|可达)?\s*+(?:100\s*+%|百分之?百)",
        "D",
        "guarantee",
        ("100", "百分百", "百分之百"),
    ),
    (
        r"(?:治愈率|总有效率|痊愈率|康复率|显效率)\s*+(?:达到?|高达|为|是|超过?)?\s*+"
        r"\d+(?:\.\d+)?\s*+%",
        "D",
        "medical",
        ("治愈率", "有效率", "痊愈率", "康复率", "显效率"),
    ),
    (
        r"(?:通过率|过关率|录取率|升学率|就业率|提分率|上岸率|拿证率)\s*+(?:达到?|高达|为|是|超过?)?\s*+"
        r"\d+(?:\.\d+)?\s*+%",
        "D",
        "education",
        ("通过率", "过关率", "录取率", "升学率", "就业率", "提分率", "上岸率", "拿证率"),
    ),
    (
        r"(?:(?<!\d)\d+|(?<![一二两三四五六七八九十])[一二两三四五六七八九十]+)"
        r"\s*+(?:天|日|周|星期|个月|个小时|小时)\s*+(?:内|之内)?\s*+"
        r"(?:见效|显效|痊愈|康复|治愈|根治|断根|瘦\s*+\d+\s*+斤|瘦身成功|变白|美白|祛斑|淡斑|长高|白回来|"
        r"除皱|生发)",
        "D",
        "guarantee",
        (
            "见效",
            "显效",
            "痊愈",
            "康复",
            "治愈",
            "根治",
            "断根",
            "瘦",
            "变白",
            "美白",
            "祛斑",
            "淡斑",
            "长高",
            "白回来",
            "除皱",
            "生发",
        ),
    ),
    (
        r"(?:无效|不见效|没效果?|无效果|没有效果)\s*+(?:全额|包)?\s*+(?:退款|退钱|退费|包退)",
        "D",
        "guarantee",
        ("退款", "退钱", "退费", "包退"),
    ),
    (
        r"(?:保证|确保|承诺|包|保)\s*+(?:拿证|拿到证书|通过考试|考过|过关|上岸|录取|就业|提分|及格)",
        "D",
        "education",
        ("拿证", "拿到证书", "通过考试", "考过", "过关", "上岸", "录取", "就业", "提分", "及格"),
    ),
    (
        r"(?:保证|确保|承诺)\s*+(?:有效|见效|治愈|根治|痊愈|康复|瘦|美白|安全|无毒|不反弹|回本)",
        "D",
        "guarantee",
        ("保证", "确保", "承诺"),
    ),
    (r"(?<!\d)\d+\s*+个?月\s*+回本", "D", "investment", ("回本",)),
    (
        r"(?:月入|日赚|日入|月赚|年入|周赚)\s*+(?:\d+(?:\.\d+)?\s*+[万千wk]|过万|上万|万元)",
        "D",
        "investment",
        ("月入", "日赚", "日入", "月赚", "年入", "周赚"),
    ),
    (
        r"年化\s*+(?:收益|回报)率?\s*+(?:达到?|高达|为|超过?)?\s*+\d+(?:\.\d+)?\s*+%",
        "D",
        "investment",
        ("年化",),
    ),
    (
        r"(?:(?:步行|车程|驾车|开车|骑行|地铁|公交)\s*+(?:仅需|只需|只要|约)?\s*+\d+\s*+分钟"
        r"|(?<!\d)\d+\s*+分钟\s*+(?:直达|可达|到达|抵达|生活圈))",
        "D",
        "real_estate",
        (
            "步行",
            "车程",
            "驾车",
            "开车",
            "骑行",
            "地铁",
            "公交",
            "直达",
            "可达",
            "到达",
            "抵达",
            "生活圈",
        ),
    ),
    (
        r"(?:国务院|发改委|工信部|卫健委|卫生部|卫生局|市场监管总局|市场监管局|市场监督管理总局|"
        r"市场监督管理局|质检总局|农业农村部|商务部|教育部|科技部|公安部|国家药监局|药监局|海关总署|"
        r"生态环境部|住建部|人民政府|政府部门|政府|人民日报|新华社|央视|中央电视台|cctv)"
        r"[^，,。！？!?；;\n]{0,4}?"
        r"(?:推荐|指定|监制|背书|首选|选用|专用|力荐|点赞)",
        "C",
        "state",
        ("推荐", "指定", "监制", "背书", "首选", "选用", "专用", "力荐", "点赞"),
    ),
)


@cache
def data() -> _Data:
    """The compiled term lists (built once per process, on first use)."""
    raw = _read()
    groups: dict[str, Group] = {}
    terms: list[Term] = []
    for category, entry in raw["categories"].items():
        for name, spec in entry["groups"].items():
            group = Group(
                category=str(category),
                name=str(name),
                rule=str(entry.get("rule") or RULES[str(category)]),
                variant=str(spec.get("variant", "")),
                basis=str(spec["basis"]),
                basis_en=str(spec.get("basis_en", spec["basis"])),
                evidence=bool(spec.get("evidence", False)),
                extend=bool(spec.get("extend", False)),
                bound=bool(spec.get("bound", False)),
                advice=bool(spec.get("advice", False)),
                needs_verb=bool(spec.get("needs_verb", False)),
            )
            groups[name] = group
            terms.extend(Term(str(t), group, word=_is_latin(str(t))) for t in spec["terms"])
    allowed: list[str] = [str(t) for items in raw.get("allowed", {}).values() for t in items]
    for head, tails in raw.get("allowed_after", {}).items():
        allowed.extend(f"{head}{tail}" for tail in tails)
    terms.extend(Term(phrase, None, word=_is_latin(phrase)) for phrase in allowed)
    patterns = {
        Keyed(source, keys): groups[group] for source, _category, group, keys in _PATTERN_SOURCES
    }
    matcher = Matcher(terms, group=SHARED)
    return _Data(matcher, groups, KeyedSet(list(patterns)), patterns, _DISEASE_VERBS)


@cache
def _pattern_keys() -> Matcher | None:
    """The key words of the patterns as terms (payload: the pattern's index), so that the shared
    scan of a draft's prose finds them; None when a key would not be found as it is."""
    expressions = data().patterns.expressions
    keys = [(key, index) for index, e in enumerate(expressions) for key in e.keys]
    if any(e.ignore_case for e in expressions) or any(normalize(k).text != k for k, _ in keys):
        return None
    return Matcher([Term(key, index) for key, index in keys], group=SHARED)


def _possible_patterns(prose: Prose, everything: str) -> list[list[Keyed]]:
    """For each segment of ``prose``, the patterns that may match in it: those with a key in the
    segment (every match of a pattern holds one of its keys), found by the shared scan; when the
    keys cannot be scanned for as terms, those with a key in the draft's normalised prose
    ``everything``, for every segment."""
    keys = _pattern_keys()
    if keys is None:
        anywhere = data().patterns.possible(everything)
        return [anywhere for _ in prose.segments]
    expressions = data().patterns.expressions
    return [
        [expressions[index] for index in sorted({t.payload for m in hits for t in m.terms})]
        if hits
        else []
        for hits in keys.find_in(prose, overlapping=True)
    ]


def term_count() -> int:
    """How many terms (not allowed phrases) the lists hold."""
    return sum(1 for term in data().matcher.terms if term.payload is not None)


def display(text: str) -> str:
    """A term as the message shows it: width-folded, zero-width characters removed."""
    return unicodedata.normalize("NFKC", "".join(c for c in text if c not in ZERO_WIDTH))


def _key(text: str) -> str:
    """Comparison key: normalised, without spaces."""
    return re.sub(r"\s+", "", normalize(text).text)


#: How far context reaches on either side of a term; a clause or sentence longer than this is
#: cut, so a long paragraph without punctuation costs linear time.
_REACH = 60
_SENTENCE_REACH = 200


# The scans below use C-level searches (one rfind per boundary character, one regex search
# forwards) instead of a Python loop per character: a draft with a claim every few characters
# judges each one in constant time.
_CLAUSE_RE = Lazy("[" + re.escape("".join(sorted(_CLAUSE_END))) + "]")
_SENTENCE_RE = Lazy("[" + re.escape("".join(sorted(_SENTENCE_END))) + "]")


def _back_to(text: str, index: int, reach: int, stops: frozenset[str]) -> int:
    """The start of the run before ``index`` that holds none of ``stops`` (at most ``reach``)."""
    limit = max(0, index - reach)
    return max(limit, *(text.rfind(char, limit, index) + 1 for char in stops))


def _clause_start(text: str, index: int) -> int:
    return _back_to(text, index, _REACH, _CLAUSE_END)


def _clause_end(text: str, index: int) -> int:
    limit = min(len(text), index + _REACH)
    found = _CLAUSE_RE.search(text, index, limit) if index < limit else None
    return found.start() if found is not None else max(index, limit)


def _sentence_end(text: str, index: int) -> int:
    limit = min(len(text), index + _SENTENCE_REACH)
    found = _SENTENCE_RE.search(text, index, limit) if index < limit else None
    return found.start() if found is not None else max(index, limit)


def _sentence(text: str, start: int, end: int) -> str:
    first = _back_to(text, start, _SENTENCE_REACH, _SENTENCE_END)
    return text[first : min(len(text), _sentence_end(text, end) + 1)]


@cache
def _owner_patterns(brands: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Self-comparison patterns for the brand's names (compiled once per set of names)."""
    names = "|".join(re.escape(b) for b in sorted(brands, key=len, reverse=True) if b)
    owner = f"(?:{names}|我们家|我们)" if names else "(?:我们家|我们)"
    scoped = re.compile(
        owner + r"(?:的)?(?:" + _SCOPE_WORDS + r"|(?:做|推出|出|造|设计|生产|卖)过)"
    )
    adjacent = re.compile(owner + r"(?:的)?(?:产品|型号|机型)?(?:中|里)?$")
    return scoped, adjacent


class _Judge:
    """Context tests for one segment of prose."""

    def __init__(
        self,
        segment: Segment,
        brands: tuple[str, ...],
        numbered: Callable[[], bool],
        entries: list[Evidence],
    ) -> None:
        self.text = segment.text
        self.segment = segment
        #: Whether the draft numbers things ``No.2`` or ``TOP 2`` (asked only for a ``NO.1``).
        self.numbered = numbered
        self.entries = entries
        self.segment_key = _key(segment.text) if entries else ""
        self.own_scoped, self.own_adjacent = _owner_patterns(brands)
        # Title marks, found once: looking them up per term keeps a long segment linear.
        self.opens = _positions(self.text, "《")
        self.closes = _positions(self.text, "》")

    def prefix(self, start: int) -> str:
        return self.text[_clause_start(self.text, start) : start]

    def after(self, end: int, limit: int = 12) -> str:
        return self.text[end : min(_clause_end(self.text, end), end + limit)]

    def in_title_marks(self, start: int, end: int) -> bool:
        if not self.opens:
            return False
        opened = bisect_left(self.opens, start) - 1
        closed = bisect_left(self.closes, start) - 1
        if opened < 0 or (closed >= 0 and self.closes[closed] > self.opens[opened]):
            return False
        return bisect_left(self.closes, end) < len(self.closes)

    def quoted_mention(self, start: int, end: int) -> bool:
        text = self.text
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        if not (before and before in _OPEN_QUOTES and after and after in _CLOSE_QUOTES):
            return False
        return bool(_META.search(_sentence(text, start, end)))

    def negated(self, start: int, end: int, category: str) -> bool:
        prefix = self.prefix(start)
        denied = False
        words = _NEGATORS + _NEGATORS_D if category == "D" else _NEGATORS
        for word in words:
            index = prefix.rfind(word)
            if index < 0:
                continue
            gap = prefix[index + len(word) :]
            # 不能错过的顶级… praises; 不追求所谓的第一 denies.
            relative = "的" in gap and not gap.endswith("所谓的")
            if len(gap) <= 4 and not relative and not any(c in gap for c in "但而却"):
                denied = True
                break
        if not denied or "难道" in prefix:
            return False
        # A rhetorical question asserts what it seems to deny (这难道不是最好的吗？).
        return not re.search(r"[吗么嘛][？?]", _sentence(self.text, start, end))

    def philosophy(self, start: int) -> bool:
        return bool(_PHILOSOPHY.search(self.prefix(start)))

    def own_range(self, start: int, term: str) -> bool:
        if term.startswith(_EXTERNAL_PREFIX):
            return False
        prefix = self.prefix(start)
        if _OWN_SCOPE.search(prefix[-20:]):
            return True
        return bool(self.own_scoped.search(prefix) or self.own_adjacent.search(prefix))

    def spec_bound(self, end: int) -> bool:
        rest = self.text[end : _clause_end(self.text, end)]
        folded = normalize(rest).text
        return bool(_BOUND_AFTER.match(folded) or _SPEC_NOUN.match(folded))

    def own_offer(self, start: int, end: int) -> bool:
        """最大/最高 about the seller's own promotion or its own generations, not about the goods:
        最大力度, 福利力度是今年最大的, 改动最大的一代."""
        around = self.prefix(start) + self.text[end : _clause_end(self.text, end)]
        if _OFFER.search(around):
            return True
        return bool(_OWN_INSTANCE.match(self.text[end : _clause_end(self.text, end)]))

    def advice(self, end: int) -> bool:
        """True when 最好 gives advice (最好先预热) rather than ranks (效果最好。)."""
        after = self.text[end : end + 1]
        return bool(after) and after not in _PUNCT_AFTER and after not in "的了之啦呀"

    def first_is_rank(self, start: int, end: int) -> bool:
        """Bare 第一 ranks (销量第一。是第一的品牌) unless it counts (第一屏, 第一，… as a list).

        Before a noun or measure word it is ordinal, except in 是第一家…的品牌 (first to do it).
        """
        if self.enumeration(start, end):
            return False
        after = self.text[end : end + 2]
        if not after or after[0] in _PUNCT_AFTER or after[0] in "的了名大" or after in _RANK_NOUNS:
            return True
        rest = self.text[end : _clause_end(self.text, end)]
        return bool(_FIRST_TO.search(self.prefix(start)) and _FIRST_WHO.search(rest))

    def only_is_claim(self, start: int, end: int) -> bool:
        """Bare 唯一 claims (国内唯一, 唯一一家, 唯一能…的品牌) unless it only points something
        out (唯一需要注意的是, 唯一的缺点, 唯一的序列号)."""
        after = self.text[end : _clause_end(self.text, end)]
        if not after or after[0] in _PUNCT_AFTER:
            return True
        if _ONLY_SCOPE.search(self.prefix(start)) or _ONLY_AFTER.match(after):
            return True
        return bool(_FIRST_WHO.search(after))

    def about_person(self, end: int) -> bool:
        """The superlative describes a person, not the goods (团队里最懂咖啡的人)."""
        return bool(_PERSON_HEAD.match(self.text[end : _clause_end(self.text, end)]))

    def enumeration(self, start: int, end: int) -> bool:
        after = self.text[end : end + 1]
        if after not in ("，", ",", "、", "：", ":", "．", ".", "）", ")", " "):
            return False
        lead = self.text[_clause_start(self.text, start) : start]
        return not lead.strip(" \t（(【[-*·•")

    def model_name(self, start: int, end: int) -> bool:
        before = normalize(self.text[max(0, start - 8) : start]).text
        after = normalize(self.text[end : end + 8]).text
        return bool(_MODEL_BEFORE.search(before) or _MODEL_AFTER.match(after)) or self.numbered()

    def award(self, start: int, end: int) -> bool:
        return "奖" in self.after(end, 10) or bool(_AWARD_BEFORE.search(self.prefix(start)))

    def disease_claim(self, start: int, end: int) -> bool:
        prefix = self.prefix(start)
        for verb in _DISEASE_VERBS:
            index = prefix.rfind(verb)
            if index < 0:
                continue
            distance = len(prefix) - index - len(verb)
            if distance <= (0 if len(verb) == 1 else 6):
                return True
        if _DISEASE_AFTER.match(self.text[end : _clause_end(self.text, end)]):
            return True
        # A question and its answer: 鼻炎反复？开着净化器睡一晚就好多了。
        stop = _clause_end(self.text, end)
        if stop < len(self.text) and self.text[stop] in "？?":
            answer = self.text[stop + 1 : _sentence_end(self.text, stop + 1)]
            return bool(
                re.search(_DISEASE_AFTER.pattern.lstrip("^").replace("{0,6}?", "{0,20}?"), answer)
            )
        return False

    def verdict(self, start: int, end: int, group: Group) -> tuple[Evidence | None, bool] | None:
        """``(evidence, award)`` for a claim, or None when the context excuses the term."""
        term = display(self.text[start:end])
        folded = normalize(term).text
        if self.segment.in_url(start, end) or self.in_title_marks(start, end):
            return None
        if self.quoted_mention(start, end) or self.negated(start, end, group.category):
            return None
        if group.needs_verb and not self.disease_claim(start, end):
            return None
        if group.category not in ("A", "B"):
            return None, False
        if self.philosophy(start) or self.own_range(start, term):
            return None
        if (group.advice or folded.startswith("最好")) and self.advice(end):
            return None
        if group.bound and (self.spec_bound(end) or self.own_offer(start, end)):
            return None
        if folded == "第一" and not self.first_is_rank(start, end):
            return None
        if folded == "唯一" and not self.only_is_claim(start, end):
            return None
        if self.about_person(end):
            return None
        if _is_latin(folded) and self.model_name(start, end):
            return None
        award = self.award(start, end)
        if group.evidence or award:
            return _find_evidence(self.entries, term, self.segment_key), award
        return None, False


def _positions(text: str, char: str) -> list[int]:
    """Where ``char`` occurs in ``text`` (found in C: most segments hold none)."""
    found: list[int] = []
    index = text.find(char)
    while index >= 0:
        found.append(index)
        index = text.find(char, index + 1)
    return found


def _extend(text: str, end: int) -> int:
    """Cover the adjective after a prefix term (全网最 -> 全网最火爆), skipping zero-width chars."""
    position = end
    taken = 0
    while position < len(text) and taken < 3:
        char = text[position]
        if char in ZERO_WIDTH:
            position += 1
            continue
        if not "\u4e00" <= char <= "\u9fff" or char in "的地得是了":
            break
        position += 1
        taken += 1
    return position


def _evidence_entries(draft: Draft) -> list[Evidence]:
    raw = draft.get("evidence")
    found = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, Mapping):
            continue

        def text(key: str, item: Mapping[str, Any] = item) -> str:
            value = item.get(key)
            return str(value) if isinstance(value, (str, int, float)) else ""

        if text("claim"):
            found.append(
                Evidence(
                    text("claim"), text("source"), text("period"), text("region"), text("category")
                )
            )
    return found


def _find_evidence(entries: list[Evidence], term: str, segment_key: str) -> Evidence | None:
    term_key = _key(term)
    candidates = [e for e in entries if term_key and term_key in _key(e.claim)]
    if not candidates:
        return None
    for entry in candidates:
        if _key(entry.claim) in segment_key:
            return entry
    return candidates[0]


_CACHE: weakref.WeakKeyDictionary[Draft, dict[tuple[str, ...], list[Claim]]] = (
    weakref.WeakKeyDictionary()
)


def claims(draft: Draft, brands: Iterable[str] | None = ()) -> list[Claim]:
    """Every advertising-law claim in the draft's prose (title, summary, tags and body scopes).

    ``brands`` only matter for self-comparison (categories A and B). ``None`` takes whatever was
    computed already for the draft (enough for category D), else computes without brand names.
    """
    per_draft = _CACHE.setdefault(draft, {})
    if brands is None:
        if per_draft:
            return next(iter(per_draft.values()))
        brands = ()
    key = tuple(sorted(set(brands)))
    if key not in per_draft:
        per_draft[key] = _collect(draft, key)
    return per_draft[key]


def _collect(draft: Draft, brands: tuple[str, ...]) -> list[Claim]:
    compiled = data()
    prose = draft.prose
    everything = normalize(prose.text).text
    answer: list[bool] = []  # whether the draft numbers things NO.2 / TOP 2, found on first ask

    def numbered() -> bool:
        if not answer:
            answer.append(_NUMBER_2.search(everything) is not None)
        return answer[0]

    entries = _evidence_entries(draft)
    possible = _possible_patterns(prose, everything)
    found: list[Claim] = []
    each = zip(prose.segments, compiled.matcher.find_in(prose), possible, strict=True)
    for segment, matches, patterns in each:
        if matches or patterns:
            found.extend(
                _segment_claims(
                    segment, matches, patterns, brands=brands, numbered=numbered, entries=entries
                )
            )
    found.sort(key=lambda c: (c.start, c.end))
    return found


def _segment_claims(
    segment: Segment,
    matches: Sequence[Match],
    patterns: list[Keyed],
    *,
    brands: tuple[str, ...],
    numbered: Callable[[], bool],
    entries: list[Evidence],
) -> list[Claim]:
    """The claims of one segment, from its term ``matches`` and the ``patterns`` that may match."""
    text = segment.text
    spans: list[tuple[int, int, Group]] = []
    taken = Spans()
    for match in matches:
        group = match.term.payload
        if not isinstance(group, Group):
            continue
        end = _extend(text, match.end) if group.extend else match.end
        if taken.add(match.start, end):
            spans.append((match.start, end, group))
    if patterns:
        norm = normalize(text)
        for pattern in patterns:
            group = data().pattern_groups[pattern]
            for hit in pattern.finditer(norm.text):
                start, end = norm.span(hit.start(), hit.end())
                if group.name == "real_estate" and not _REAL_ESTATE.search(
                    _sentence(text, start, end)
                ):
                    continue
                if taken.add(start, end):
                    spans.append((start, end, group))
    if not spans:
        return []
    judge = _Judge(segment, brands, numbered, entries)
    result: list[Claim] = []
    for start, end, group in sorted(spans, key=lambda s: s[0]):
        verdict = judge.verdict(start, end, group)
        if verdict is not None:
            file_start, file_end = segment.span(start, end)
            evidence, award = verdict
            term = display(text[start:end])
            result.append(
                Claim(group.rule, group, term, file_start, file_end, segment.scope, evidence, award)
            )
    return result


def brand_names(accounts: Iterable[tuple[str, str]], extra: Iterable[str] = ()) -> tuple[str, ...]:
    """The brand's own names, for self-comparison.

    ``extra`` plus the longest common prefix (two characters or more) of the names of the
    official, product-line and regional accounts (``青禾智能家居``, ``青禾家居``, ``青禾空气研究所``
    give ``青禾``). ``accounts`` are ``(type, name)`` pairs.
    """
    names = [name for kind, name in accounts if kind in ("official", "product_line", "regional")]
    found = [str(e) for e in extra if isinstance(e, str) and e.strip()]
    if names:
        prefix = names[0]
        for name in names[1:]:
            while not name.startswith(prefix):
                prefix = prefix[:-1]
        prefix = prefix.strip()
        if len(prefix) >= 2:
            found.append(prefix)
    return tuple(sorted(set(found)))
