"""Team rule packs (``kind: rulepack``) compiled into ``terms/<pack>/<rule>`` rules.

A pack is data only (DESIGN §5.3). Six rule types:

``existence``     any of ``tokens`` must not appear
``substitution``  ``swap`` maps a wrong spelling to the right one (a safe fix)
``occurrence``    ``tokens`` appear at least ``min`` / at most ``max`` times, counted per scope
                  (each scope in ``scopes`` separately; the whole draft when ``scopes`` is absent)
``required``      one of ``tokens`` must appear in the rule's scopes
``pattern``       a regular expression (Python syntax, ``regex`` package) run with a time limit
``conditional``   when one of ``if`` appears, one of ``then`` must appear too

Every rule may be limited to ``platforms``, ``accounts`` and ``scopes``, and states its matching:
``case: sensitive|insensitive`` (Latin letters only; default insensitive) and
``match: substring|word`` (``word``: Latin letters and digits may not touch the match; default
substring). Text and terms are normalised alike (NFKC width folding, zero-width characters
removed, Latin case folding unless case-sensitive, Traditional -> Simplified when the pack sets
``traditional: true``), and every match maps back to its exact place in the file.

Performance: every term of every rule of every pack goes into ONE :class:`Matcher` per
repository, so a segment is scanned once whatever the number of packs and terms; each rule then
keeps its own leftmost-longest matches (a longer entry wins over one it contains, and the right
spelling of a substitution hides the wrong one inside it), so rules never hide each other.
Pattern rules run one regex each, with :data:`PATTERN_TIMEOUT` per segment.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any, NamedTuple

from checker import messages
from checker.findings import Edit, Fix, Problem, Severity
from checker.input.markdown import Prose, Segment
from checker.model.document import SCOPES, Draft, PolicyDoc
from checker.model.repository import Repository
from checker.packs.matcher import SHARED, Match, Matcher, Term, _word_ok
from checker.packs.normalize import normalize
from checker.rules.registry import Rule

TYPES = ("existence", "substitution", "occurrence", "required", "pattern", "conditional")
#: Seconds one pattern may spend on one segment (and on each adversarial string at load).
PATTERN_TIMEOUT = 0.1
HANDBOOK = "ch4/4.5"

_KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,) if value else ()
    if isinstance(value, list):
        return tuple(str(v) for v in value if isinstance(v, (str, int, float)) and str(v))
    return ()


def _count(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return None


class Spec(NamedTuple):
    """One rule of a rule pack, read leniently (schema errors are reported by schema/invalid)."""

    doc: PolicyDoc
    position: int  # in the pack's rules list
    pack: str
    id: str
    type: str
    message: str
    severity: Severity
    tokens: tuple[str, ...] = ()
    then: tuple[str, ...] = ()
    swap: tuple[tuple[str, str], ...] = ()
    pattern: str | None = None
    minimum: int | None = None
    maximum: int | None = None
    platforms: frozenset[str] | None = None
    accounts: frozenset[str] | None = None
    scopes: tuple[str, ...] | None = None
    case: bool = False
    word: bool = False
    traditional: bool = False
    fail: tuple[tuple[int, str], ...] = ()
    passing: tuple[tuple[int, str], ...] = ()

    @property
    def rule_id(self) -> str:
        return f"terms/{self.pack}/{self.id}"

    @property
    def path(self) -> tuple[str | int, ...]:
        return ("rules", self.position)

    def in_scope(self, scope: str) -> bool:
        return self.scopes is None or scope in self.scopes


_SPECS: weakref.WeakKeyDictionary[PolicyDoc, tuple[Spec, ...]] = weakref.WeakKeyDictionary()


def pack_id(doc: PolicyDoc) -> str | None:
    value = doc.data.get("id")
    return value if isinstance(value, str) and _KEBAB.match(value) else None


def specs(doc: PolicyDoc) -> tuple[Spec, ...]:
    """The rules of one pack file (cached per loaded document)."""
    cached = _SPECS.get(doc)
    if cached is None:
        cached = tuple(_parse(doc))
        _SPECS[doc] = cached
    return cached


def _examples(item: dict[str, Any], key: str) -> tuple[tuple[int, str], ...]:
    examples = item.get("examples")
    values = examples.get(key) if isinstance(examples, dict) else None
    if not isinstance(values, list):
        return ()
    return tuple((i, v) for i, v in enumerate(values) if isinstance(v, str))


def _parse(doc: PolicyDoc) -> list[Spec]:
    pack = pack_id(doc)
    rules = doc.data.get("rules")
    if pack is None or not isinstance(rules, list):
        return []
    traditional = doc.data.get("traditional") is True
    found: list[Spec] = []
    seen: set[str] = set()
    for index, item in enumerate(rules):
        if not isinstance(item, dict):
            continue
        rule_id, kind = item.get("id"), item.get("type")
        if not isinstance(rule_id, str) or not _KEBAB.match(rule_id) or rule_id in seen:
            continue
        if kind not in TYPES:
            continue
        seen.add(rule_id)
        try:
            severity = Severity.parse(str(item.get("severity", "warning")))
        except ValueError:
            severity = Severity.WARNING
        swap = item.get("swap")
        scopes = _strings(item.get("scopes")) if "scopes" in item else None
        platforms = _strings(item.get("platforms")) if "platforms" in item else None
        accounts = _strings(item.get("accounts")) if "accounts" in item else None
        pattern = item.get("pattern")
        message = item.get("message")
        found.append(
            Spec(
                doc=doc,
                position=index,
                pack=pack,
                id=rule_id,
                type=str(kind),
                message=message if isinstance(message, str) and message else "「{match}」",
                severity=severity,
                tokens=_strings(item.get("if") if kind == "conditional" else item.get("tokens")),
                then=_strings(item.get("then")),
                swap=tuple(
                    (str(k), str(v))
                    for k, v in (swap.items() if isinstance(swap, dict) else [])
                    if str(k) and v is not None
                ),
                pattern=pattern if isinstance(pattern, str) and pattern else None,
                minimum=_count(item.get("min")),
                maximum=_count(item.get("max")),
                platforms=frozenset(platforms) if platforms is not None else None,
                accounts=frozenset(accounts) if accounts is not None else None,
                scopes=tuple(s for s in scopes if s in SCOPES) if scopes is not None else None,
                case=item.get("case") == "sensitive",
                word=item.get("match") == "word",
                traditional=traditional,
                fail=_examples(item, "fail"),
                passing=_examples(item, "pass"),
            )
        )
    return found


@cache
def traditional_table() -> dict[str, str]:
    """Traditional -> Simplified, character to character (data file derived from OpenCC)."""
    from checker import data as shipped

    text = shipped.read_text("terms", "t2s.txt")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            source, _, target = line.partition("\t")
            if len(source) == 1 and len(target) == 1:
                table[source] = target
    return table


# --- patterns --------------------------------------------------------------------------------


def _regex() -> Any:
    import regex

    return regex


class PatternCheck(NamedTuple):
    """Whether a pattern compiles and stays within its time limit on hostile text."""

    compiled: Any = None
    error: str = ""
    variant: str = ""  # "" (fine), "compile", "timeout" or "empty"
    sample: str = ""


def _flags(case: bool) -> int:
    regex = _regex()
    flags: int = regex.V0
    if not case:
        flags |= regex.IGNORECASE
    return flags


def adversarial(pattern: str) -> list[str]:
    """Hostile strings for a pattern: long runs of the characters it names, then a mismatch.

    Catastrophic backtracking (``(a|aa)+$``, ``(\\w+\\s?)+$``) shows on a long run of what the
    repeated group accepts followed by something that makes the whole match fail.
    """
    chars: list[str] = []
    for char in pattern:
        if (char.isalnum() or ord(char) > 0x2E80) and char not in chars:
            chars.append(char)
    for char in ("a", "1", " ", "中", ".", "-"):
        if char not in chars:
            chars.append(char)
    samples = []
    for char in chars[:12]:
        samples.append(char * 3000 + "!")
        samples.append(char * 3000 + "\n" + char)
    samples.append("ab " * 1000 + "!")
    samples.append("青禾 App，" * 400 + "!")
    return samples


@cache
def check_pattern(pattern: str, case: bool) -> PatternCheck:
    """Compile a pattern and run it on :func:`adversarial` strings (cached per process)."""
    regex = _regex()
    try:
        compiled = regex.compile(pattern, _flags(case))
    except (regex.error, ValueError, TypeError, OverflowError, RecursionError) as exc:
        return PatternCheck(error=str(exc).split("\n")[0], variant="compile")
    if compiled.fullmatch("") is not None:
        return PatternCheck(compiled, variant="empty")
    for sample in adversarial(pattern):
        try:
            compiled.search(sample, timeout=PATTERN_TIMEOUT)
        except TimeoutError:
            shown = sample[:1] * 3 + "…" + repr(sample[-1])[1:-1]
            return PatternCheck(compiled, variant="timeout", sample=shown)
    return PatternCheck(compiled)


# --- scanning --------------------------------------------------------------------------------


class Hit(NamedTuple):
    """A match of one rule in one segment (prose offsets)."""

    segment: int
    start: int
    end: int
    role: str  # token | wrong | right | if | then | pattern | timeout
    replacement: str = ""


def _resolve(hits: list[Hit]) -> list[Hit]:
    """Leftmost-longest, non-overlapping hits of one rule in one segment."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return [hit for hit in kept if hit.role != "right"]


def _url_like(token: str) -> bool:
    return any(char in token for char in "./:@")


class Engine:
    """Every rule of a set of packs, compiled into one matcher (plus one regex per pattern)."""

    def __init__(self, rules: Iterable[Spec]) -> None:
        self.specs: list[Spec] = list(rules)
        terms: list[Term] = []
        for number, spec in enumerate(self.specs):

            def add(
                text: str, role: str, replacement: str = "", spec: Spec = spec, number: int = number
            ) -> None:
                terms.append(
                    Term(text, (number, role, replacement), word=spec.word, case=spec.case)
                )

            if spec.type == "substitution":
                for wrong, right in spec.swap:
                    add(wrong, "wrong", right)
                    if right and normalize(wrong).text in normalize(right).text:
                        add(right, "right")
            elif spec.type == "conditional":
                for token in spec.tokens:
                    add(token, "if")
                for token in spec.then:
                    add(token, "then")
            elif spec.type != "pattern":
                for token in spec.tokens:
                    add(token, "token")
        self.folding = any(spec.traditional for spec in self.specs)
        fold = traditional_table() if self.folding else None
        self.matcher = Matcher(terms, fold, group=SHARED)
        self.patterns: dict[int, Any] = {}
        for number, spec in enumerate(self.specs):
            if spec.type == "pattern" and spec.pattern is not None:
                checked = check_pattern(spec.pattern, spec.case)
                if checked.compiled is not None:
                    self.patterns[number] = checked.compiled
        self.disabled: set[int] = set()
        self._cache: weakref.WeakKeyDictionary[Draft, list[list[Problem]]] = (
            weakref.WeakKeyDictionary()
        )

    # The single pass over a segment, shared by every rule.
    def scan(self, prose: Prose) -> list[list[Hit]]:
        per_rule: list[list[Hit]] = [[] for _ in self.specs]
        found = self.matcher.find_in(prose, overlapping=True)  # one pass over the whole draft
        patterns = self.patterns
        for position, (segment, matches) in enumerate(zip(prose.segments, found, strict=True)):
            if not matches and not patterns:
                continue  # most segments: no term of any rule, no pattern rule to run
            grouped: dict[int, list[Hit]] = {}
            for match in matches:
                for term in match.terms:
                    number, role, replacement = term.payload
                    if not self._accept(number, term, match, segment):
                        continue
                    grouped.setdefault(number, []).append(
                        Hit(position, match.start, match.end, role, replacement)
                    )
            for number, hits in grouped.items():
                per_rule[number].extend(_resolve(hits))
            for number in patterns:
                per_rule[number].extend(self._pattern_hits(number, position, segment))
        return per_rule

    def _accept(self, number: int, term: Term, match: Match, segment: Segment) -> bool:
        spec = self.specs[number]
        if self.folding and not spec.traditional:
            plain = normalize(match.text, fold_case=not term.case).text
            if plain != normalize(term.text, fold_case=not term.case).text:
                return False  # only equal after Traditional -> Simplified: not this pack's wish
        return _url_like(term.text) or not segment.in_url(match.start, match.end)

    def _pattern_hits(self, number: int, position: int, segment: Segment) -> list[Hit]:
        if number in self.disabled:
            return []
        spec = self.specs[number]
        compiled = self.patterns[number]
        norm = normalize(
            segment.text,
            fold_case=False,
            fold=traditional_table() if spec.traditional else None,
        )
        hits = []
        try:
            for found in compiled.finditer(norm.text, timeout=PATTERN_TIMEOUT):
                if found.end() == found.start():
                    continue
                start, end = norm.span(found.start(), found.end())
                if spec.word and not _word_ok(segment.text, start, end):
                    continue
                hits.append(Hit(position, start, end, "pattern"))
        except TimeoutError:
            self.disabled.add(number)  # one timeout per process: never let it cost more
            return [Hit(position, 0, len(segment.text), "timeout")]
        return hits

    # Judging the hits of one rule.
    def problems(self, draft: Draft, ctx_repo: Repository) -> list[list[Problem]]:
        """Every rule's problems in ``draft`` (computed once per draft, then shared)."""
        cached = self._cache.get(draft)
        if cached is None:
            segments = draft.prose.segments
            per_rule = self.scan(draft.prose)
            platform, account = _draft_platform(draft, ctx_repo)

            def anchor(scopes: tuple[str, ...] | None) -> tuple[int, int]:
                return _anchor(draft, segments, scopes)

            cached = []
            for number, spec in enumerate(self.specs):
                if (spec.platforms is not None and platform not in spec.platforms) or (
                    spec.accounts is not None and account not in spec.accounts
                ):
                    cached.append([])
                    continue
                cached.append(judge(spec, segments, per_rule[number], anchor))
            self._cache[draft] = cached
        return cached

    def evaluate(self, number: int, text: str) -> list[Problem]:
        """The problems rule ``number`` finds in one piece of text (its examples)."""
        spec = self.specs[number]
        segment = Segment(spec.scopes[0] if spec.scopes else "body")
        segment.add(text, 0)
        disabled = set(self.disabled)
        hits = [hit for hit in self.scan(Prose([segment]))[number] if hit.role != "timeout"]
        self.disabled = disabled
        return judge(spec, [segment], hits, lambda scopes: (0, 0))


def _draft_platform(draft: Draft, repo: Repository) -> tuple[str, str]:
    account = draft.get("account")
    account = account if isinstance(account, str) else ""
    platform = draft.get("platform")
    if not isinstance(platform, str) or not platform:
        known = repo.accounts.get(account)
        platform = known.platform if known is not None else ""
    return platform, account


def _anchor(
    draft: Draft, segments: list[Segment], scopes: tuple[str, ...] | None
) -> tuple[int, int]:
    """Where to report something that is missing: the first prose in the rule's scopes."""
    for segment in segments:
        if scopes is None or segment.scope in scopes:
            line_end = segment.text.find("\n")
            return segment.span(0, line_end if line_end > 0 else len(segment.text))
    if scopes is None or "title" in scopes:
        start, end = draft.field_span("title")
        if end > start and draft.get("title") is not None:
            return start, end
    body = draft.body_start
    text = draft.source.text
    if body < len(text):
        line_end = text.find("\n", body)
        return body, (line_end if line_end > body else len(text))
    return draft.field_span("platform")


def _span(segments: list[Segment], hit: Hit) -> tuple[int, int]:
    return segments[hit.segment].span(hit.start, hit.end)


def _text(segments: list[Segment], hit: Hit) -> str:
    return segments[hit.segment].text[hit.start : hit.end]


def _joined(tokens: Iterable[str]) -> str:
    return "、".join(tokens)


def judge(
    spec: Spec,
    segments: list[Segment],
    hits: list[Hit],
    anchor: Callable[[tuple[str, ...] | None], tuple[int, int]],
) -> list[Problem]:
    """Turn one rule's hits in a draft into problems, according to its type."""
    hits = [hit for hit in hits if spec.in_scope(segments[hit.segment].scope)]
    found: list[Problem] = []
    args: dict[str, object]
    kind = spec.type
    if kind in ("existence", "pattern"):
        for hit in hits:
            start, end = _span(segments, hit)
            if hit.role == "timeout":
                found.append(
                    Problem(
                        start,
                        end,
                        {"pack": spec.pack, "rule": spec.id, "limit": PATTERN_TIMEOUT},
                        "timeout",
                        severity=Severity.WARNING,
                    )
                )
                continue
            found.append(Problem(start, end, {"match": _text(segments, hit)}))
    elif kind == "substitution":
        for hit in hits:
            if hit.role != "wrong":
                continue
            segment = segments[hit.segment]
            start, end = _span(segments, hit)
            fix = None
            if segment.contiguous(hit.start, hit.end):
                fix = Fix((Edit(start, end, hit.replacement),), safe=True)
            args = {"match": _text(segments, hit), "replacement": hit.replacement}
            found.append(Problem(start, end, args, fix=fix))
    elif kind == "occurrence":
        groups: dict[str, list[Hit]] = {}
        for scope in spec.scopes or ("all",):
            groups[scope] = []
        for hit in hits:
            key = segments[hit.segment].scope if spec.scopes else "all"
            groups.setdefault(key, []).append(hit)
        for scope, scoped in groups.items():
            args = {"count": len(scoped), "scope": scope, "pack": spec.pack}
            if spec.maximum is not None and len(scoped) > spec.maximum:
                extra = scoped[spec.maximum]
                start, end = _span(segments, extra)
                args.update(match=_text(segments, extra), limit=spec.maximum)
                found.append(Problem(start, end, args, "max"))
            if spec.minimum is not None and len(scoped) < spec.minimum:
                start, end = anchor((scope,) if spec.scopes else None)
                args.update(match=_joined(spec.tokens), limit=spec.minimum)
                found.append(Problem(start, end, args, "min"))
    elif kind == "required":
        if not hits and spec.tokens:
            start, end = anchor(spec.scopes)
            found.append(Problem(start, end, {"match": _joined(spec.tokens)}))
    elif kind == "conditional":
        first = next((hit for hit in hits if hit.role == "if"), None)
        if first is not None and not any(hit.role == "then" for hit in hits):
            start, end = _span(segments, first)
            args = {"match": _text(segments, first), "replacement": _joined(spec.then)}
            found.append(Problem(start, end, args))
    return found


# --- rules -------------------------------------------------------------------------------------

_ENGINES: dict[tuple[int, ...], tuple[tuple[PolicyDoc, ...], Engine]] = {}


def engine_for(docs: Iterable[PolicyDoc]) -> Engine:
    """The compiled engine of these pack documents (cached; one per repository per process)."""
    packs = tuple(docs)
    key = tuple(id(doc) for doc in packs)
    cached = _ENGINES.get(key)
    if cached is None:
        if len(_ENGINES) >= 16:
            _ENGINES.pop(next(iter(_ENGINES)))
        all_specs: list[Spec] = []
        seen: set[str] = set()
        for doc in packs:
            for spec in specs(doc):
                if spec.rule_id not in seen:
                    seen.add(spec.rule_id)
                    all_specs.append(spec)
        cached = (packs, Engine(all_specs))
        _ENGINES[key] = cached
    return cached[1]


def render(spec: Spec, problem: Problem, lang: str) -> str:
    """The message of a pack rule: the pack's own text with ``{match}`` and ``{replacement}``."""
    args: Mapping[str, object] = problem.args
    if problem.variant == "timeout":
        return messages.text("terms.pattern-timeout", lang, **args)
    text = messages.render(spec.message, {"match": "", "replacement": "", **args})
    if problem.variant in ("max", "min"):
        scope = str(args.get("scope", "all"))
        shown = dict(args)
        shown["scope"] = messages.text(f"terms.scope.{scope}", lang)
        text += messages.render(messages.text(f"terms.occurrence-{problem.variant}", lang), shown)
    return text


def _documentation(spec: Spec) -> str:
    return (
        f"{spec.message}\n\n规则包 {spec.pack} 中的 {spec.type} 规则，定义在 {spec.doc.path}"
        f"（rules 第 {spec.position + 1} 条）。"
    )


def compile_rules(repo: Repository) -> list[Rule]:
    """One rule per entry of every rule pack in the repository, all sharing one engine."""
    engine = engine_for(repo.rulepacks)
    rules = []
    for number, spec in enumerate(engine.specs):

        def check(draft: Draft, ctx: Any, number: int = number) -> Any:
            return iter(engine.problems(draft, ctx.repo)[number])

        def message(problem: Problem, lang: str, spec: Spec = spec) -> str:
            return render(spec, problem, lang)

        rules.append(
            Rule(
                id=spec.rule_id,
                severity=spec.severity,
                handbook=HANDBOOK,
                fixable="safe" if spec.type == "substitution" else None,
                target="draft",
                kinds=(),
                doc=_documentation(spec),
                check=check,
                module=__name__,
                message=message,
            )
        )
    return rules
