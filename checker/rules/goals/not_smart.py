"""目标不符合 SMART：指出不满足的字母（S 具体、M 可衡量、A 可实现、R 相关、T 有时限）。

## 检查什么

每个目标按五个字母逐一检查，消息列出不满足的字母和各自的改法：

- **S 具体**：`statement` 说清要改变什么、针对谁。缺少陈述，或者只有“提升品牌影响力”“涨粉”
  这类空泛的说法（去掉“提升、品牌、影响力、曝光”等泛泛的词以后几乎不剩内容）时不满足。
- **M 可衡量**：写了指标 `metric`、数字目标值 `target` 和单位 `unit`。
- **A 可实现**：写了基线 `baseline`，而且目标值与基线相比不超过配置项 `smart_baseline_multiple`
  倍（默认 5 倍），提升和下降都算：基线 2,000、目标 100,000 是 50 倍；基线 10、目标 1 是十分之一。
  基线或目标为 0（新开的指标、“清零”类目标）无法按倍数判断，不报告；基线为负数（例如净推荐值）
  时，看变化量是否超过基线绝对值的这个倍数。
- **R 相关**：`positioning` 指向策略文件里已定义的战略定位。写了不存在的定位编号时，问题
  就报告在写着这个编号的那一行。
- **T 有时限**：`deadline` 是一个 `YYYY-MM-DD` 格式的日期；“年内”“尽快”不算。

只有一个字母不满足时，问题报告在对应的字段上；几个字母同时不满足时，报告在目标的 `id` 上。

## 为什么重要

SMART 常被写成口号。把每个字母落到具体字段上，年底复盘时才有可比的数字、有负责的人、
有和公司战略的对应关系；一个要在一年内把指标翻几十倍的目标，多半说明基线没测准，
或者目标其实只是愿望。

## 示例

```yaml title="policies/strategy.yaml"
kind: strategy
version: 1
positionings:
  - id: brand-youth
    type: brand_showcase
    supports: 品牌年轻化：三年内让 25-35 岁城市用户把青禾视为“懂生活的家电品牌”
goals:
  - id: more-followers
    statement: 涨粉
    metric: 粉丝数
    baseline: 2000
    target: 100000
    unit: 人
    owner: content-lead
    stakeholders: [marketing]
    status: active
```

## 应改为

```yaml title="policies/strategy.yaml"
kind: strategy
version: 1
positionings:
  - id: brand-youth
    type: brand_showcase
    supports: 品牌年轻化：三年内让 25-35 岁城市用户把青禾视为“懂生活的家电品牌”
goals:
  - id: youth-awareness
    statement: 让小红书和抖音上 25-35 岁的城市用户认识青禾
    positioning: brand-youth
    metric: 25-35 岁城市用户的品牌认知率（季度品牌调研）
    baseline: 18
    target: 30
    unit: "%"
    deadline: 2027-12-31
    owner: ops-director
    stakeholders: [marketing, pr]
    status: active
```
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from checker import messages
from checker.findings import Problem
from checker.model.document import PolicyDoc
from checker.model.repository import Goal, Repository, Where, as_date
from checker.rules._policy import GUESS_BUDGET, first_of, guess, join
from checker.rules.api import Context

ID = "goals/not-smart"
SEVERITY = "error"
HANDBOOK = "ch1/1.2"
FIXABLE = None
TARGET = "policy"
POLICY_KINDS = ("strategy",)

LETTERS = "SMART"

#: Words that say nothing concrete on their own ("提升品牌影响力"). A statement that is
#: (almost) nothing but these is vague; one that also names an audience, a channel, a
#: product or a number is not.
VAGUE_WORDS = (
    "进一步",
    "全方位",
    "全面",
    "持续",
    "大力",
    "努力",
    "尽量",
    "尽快",
    "积极",
    "不断",
    "有效",
    "显著",
    "大幅",
    "提升",
    "提高",
    "增强",
    "加强",
    "强化",
    "扩大",
    "增加",
    "打造",
    "做好",
    "做大",
    "做强",
    "优化",
    "改善",
    "推动",
    "实现",
    "促进",
    "涨粉",
    "增长",
    "用户",
    "品牌",
    "影响力",
    "知名度",
    "美誉度",
    "认知度",
    "好感度",
    "形象",
    "曝光度",
    "曝光",
    "声量",
    "存在感",
    "热度",
    "粉丝",
    "流量",
    "关注度",
    "关注",
    "互动",
    "运营",
    "社交媒体",
    "新媒体",
    "自媒体",
    "社媒",
    "全网",
    "平台",
    "账号",
    "效果",
    "水平",
    "能力",
    "整体",
    "我们",
    "公司",
    "更多",
    "更好",
    "更高",
    "更大",
    "一些",
    "的",
    "和",
    "与",
    "及",
    "并",
    "在",
    "上",
)
VAGUE_LATIN = frozenset(
    (
        "increase",
        "improve",
        "boost",
        "enhance",
        "grow",
        "raise",
        "build",
        "strengthen",
        "expand",
        "drive",
        "more",
        "better",
        "our",
        "the",
        "a",
        "an",
        "and",
        "of",
        "to",
        "brand",
        "awareness",
        "influence",
        "presence",
        "image",
        "exposure",
        "engagement",
        "followers",
        "fans",
        "traffic",
        "visibility",
        "reputation",
        "overall",
        "performance",
        "social",
        "media",
    )
)
#: A statement needs at least this much left once vague words are removed (a Han character
#: counts two, a Latin letter or digit one): "提升用户满意度" passes, "提升销量" does not.
MIN_CONCRETE = 6
_LATIN_WORD = re.compile(r"(?<![a-z])[a-z]+(?![a-z])")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _meaningful(text: str) -> str:
    """What is left of a statement once punctuation and vague words are taken out."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _LATIN_WORD.sub(lambda m: "" if m.group(0) in VAGUE_LATIN else m.group(0), text)
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")
    for word in sorted(VAGUE_WORDS, key=len, reverse=True):
        text = text.replace(word, "")
    return text


def is_vague(statement: str) -> bool:
    """True when a goal statement does not say concretely what changes, for whom."""
    residue = _meaningful(statement)
    weight = sum(2 if _HAN.match(ch) else 1 for ch in residue)
    return weight < MIN_CONCRETE


Reason = tuple[str, dict[str, object]]


def _check_s(goal: Goal) -> list[Reason]:
    raw = goal.data.get("statement")
    if not isinstance(raw, str) or not raw.strip():
        return [("S-missing", {})]
    if is_vague(raw):
        return [("S-vague", {"statement": raw.strip()})]
    return []


def _check_m(goal: Goal) -> list[Reason]:
    reasons: list[Reason] = []
    if not goal.metric:
        reasons.append(("M-metric", {}))
    if goal.target is None:
        raw = goal.data.get("target")
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            reasons.append(("M-target-missing", {}))
        else:
            reasons.append(("M-target", {"value": raw}))
    if not goal.unit:
        reasons.append(("M-unit", {}))
    return reasons


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")


def _check_a(goal: Goal, multiple: float) -> list[Reason]:
    baseline, target = goal.baseline, goal.target
    if baseline is None:
        return [("A-baseline", {})]
    if target is None or baseline == 0 or target == 0:
        return []
    args: dict[str, object] = {
        "baseline": _fmt(baseline),
        "target": _fmt(target),
        "multiple": _fmt(multiple),
    }
    if baseline > 0 and target > 0:
        ratio = max(target / baseline, baseline / target)
        if ratio > multiple:
            args["ratio"] = _fmt(round(ratio, 1))
            return [("A-up" if target > baseline else "A-down", args)]
        return []
    if abs(target - baseline) > multiple * abs(baseline):
        return [("A-range", args)]
    return []


def _check_r(goal: Goal, repo: Repository, suggest: bool = True) -> list[Reason]:
    if not goal.positioning:
        known = list(repo.positionings)
        return [("R-missing", {"known": known})]
    if goal.positioning not in repo.positionings:
        known = list(repo.positionings)
        return [
            (
                "R-unknown",
                {
                    "positioning": goal.positioning,
                    "guess": guess(goal.positioning, known) if suggest else "",
                    "known": known,
                },
            )
        ]
    return []


def _check_t(goal: Goal) -> list[Reason]:
    raw = goal.data.get("deadline")
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return [("T-missing", {})]
    if as_date(raw) is None:
        return [("T-invalid", {"value": raw})]
    return []


#: Where a goal failing one letter is reported: the field its first reason is about.
FIELDS = {
    "S-missing": ("statement",),
    "S-vague": ("statement",),
    "M-metric": ("metric",),
    "M-target": ("target",),
    "M-target-missing": ("target",),
    "M-unit": ("unit",),
    "A-baseline": ("baseline",),
    "A-up": ("target",),
    "A-down": ("target",),
    "A-range": ("target",),
    "R-missing": ("positioning",),
    "R-unknown": ("positioning",),
    "T-missing": ("deadline",),
    "T-invalid": ("deadline",),
}


def evaluate(goal: Goal, repo: Repository, multiple: float, suggest: bool = True) -> list[Reason]:
    """Every SMART reason a goal fails, in S-M-A-R-T order (empty when it passes).

    ``suggest`` looks for the positioning an unknown one most likely means.
    """
    return (
        _check_s(goal)
        + _check_m(goal)
        + _check_a(goal, multiple)
        + _check_r(goal, repo, suggest)
        + _check_t(goal)
    )


def check(doc: PolicyDoc, ctx: Context) -> Iterator[Problem]:
    repo = ctx.repo
    multiple = float(ctx.config.smart_baseline_multiple)
    failed = 0
    for goal in repo.goals:
        if goal.where.doc is not doc:
            continue
        reasons = evaluate(goal, repo, multiple, suggest=failed < GUESS_BUDGET)
        if not reasons:
            continue
        failed += 1
        letters = "".join(ch for ch in LETTERS if any(key[0] == ch for key, _ in reasons))
        where: Where = goal.where
        if len(letters) == 1:
            start, end = first_of(where, FIELDS[reasons[0][0]], ("id",))
        else:
            start, end = first_of(where, ("id",))
        label = goal.id or f"#{where.path[-1] + 1 if isinstance(where.path[-1], int) else ''}"
        yield Problem(start, end, {"id": label, "letters": letters, "reasons": tuple(reasons)})


def _reason_args(args: Mapping[str, Any], lang: str) -> dict[str, object]:
    rendered: dict[str, object] = dict(args)
    known = args.get("known")
    if isinstance(known, Sequence) and not isinstance(known, str):
        rendered["known"] = join(known, lang) if known else "—"
    return rendered


def message(problem: Problem, lang: str) -> str:
    """Compose the finding: the failing letters, then what to change for each."""
    args = problem.args
    letters = str(args.get("letters", ""))
    reasons = args.get("reasons", ())
    parts = []
    for key, reason_args in reasons if isinstance(reasons, tuple) else ():
        variant = key
        if key == "R-unknown" and reason_args.get("guess"):
            variant = "R-unknown-guess"
        parts.append(messages.problem_text(ID, variant, lang, _reason_args(reason_args, lang)))
    head = messages.problem_text(
        ID, "", lang, {"id": args.get("id", ""), "letters": join(letters, lang)}
    )
    body = ("; " if lang == "en" else "；").join(parts)
    if body and body[-1] not in "?？":
        body += "." if lang == "en" else "。"
    return head + body
