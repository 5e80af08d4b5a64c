"""字段不符合 JSON Schema：缺少必填字段、取值不在范围内、类型或格式不对、出现未知字段。

## 检查什么

制度文件按 `kind` 对应的 JSON Schema（Draft 2020-12）检查，草稿的 front matter 按草稿的 Schema
检查。每个错误单独报告，位置就在出错的那个 YAML 节点所在的行（缺少字段时在它所属的映射上），
消息说明允许什么：可选值、上下限、格式或允许的字段名。拼错的字段名会提示最接近的正确写法。
导出的 Schema 见 `opscheck schema --out DIR`，编辑器可以用它做补全和即时提示。

## 为什么重要

字段拼错（例如 `sponsered: true`）时，规则读不到这个字段，对应的检查就悄悄失效了：
一篇商业合作笔记可能因此逃过广告标识检查。Schema 检查保证每个字段都被正确地读到。

## 示例

```markdown title="drafts/schema.md"
---
platform: xiaohongshu
account: xhs-official
author: zhang-wei
status: done
sponsered: true
---
三件基础款搞定一周通勤。
```

## 应改为

```markdown title="drafts/schema.md"
---
platform: xiaohongshu
account: xhs-official
author: zhang-wei
status: draft
sponsored: false
---
三件基础款搞定一周通勤。
```
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from checker import data as datafiles
from checker.findings import Problem
from checker.input import yamlpos
from checker.model.document import Draft, LoadedFile, PolicyDoc
from checker.rules.api import Context
from checker.schema.validate import SchemaError, validator

ID = "schema/invalid"
SEVERITY = "error"
HANDBOOK = "preface"
FIXABLE = None
TARGET = "file"

TYPE_NAMES = {
    "string": ("字符串", "a string"),
    "integer": ("整数", "an integer"),
    "number": ("数字", "a number"),
    "boolean": ("布尔值（true 或 false）", "a boolean (true or false)"),
    "array": ("列表", "a list"),
    "object": ("映射（键: 值）", "a mapping (key: value)"),
    "null": ("空值", "null"),
}
PATTERN_HINTS = {
    "^[a-z0-9]+(-[a-z0-9]+)*$": (
        "小写字母、数字和连字符（kebab-case），例如 xhs-official",
        "lowercase letters, digits and hyphens (kebab-case), e.g. xhs-official",
    ),
    "^[a-z][a-z0-9_]*$": (
        "小写字母开头，只含小写字母、数字和下划线，例如 weixin_channels",
        "a lowercase letter followed by lowercase letters, digits or underscores, e.g. weixin_channels",
    ),
}
FORMAT_HINTS = {
    "date": ("日期，例如 2027-06-30", "a date such as 2027-06-30"),
    "date-time": (
        "带时区的时间，例如 2026-12-01T20:00:00+08:00",
        "a time with a time zone, e.g. 2026-12-01T20:00:00+08:00",
    ),
    "email": ("电子邮箱地址", "an e-mail address"),
}


def _has_schema(name: str) -> bool:
    return datafiles.path("schemas", f"{name}.schema.json").is_file()


def _field(path: tuple[str | int, ...], root: str = "") -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or root


def _lang_pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def _join(values: list[Any], lang: str) -> str:
    return (", " if lang == "en" else "、").join(str(v) for v in values)


def describe(error: SchemaError, lang: str, root: str = "") -> tuple[str, dict[str, object]]:
    """The message variant and arguments of one schema error (``root`` names the document)."""
    args: dict[str, object] = {"field": _field(error.path, root), "title": error.title}
    keyword = error.keyword
    if keyword == "type":
        expected = [str(t) for t in error.args["expected"]]
        args["expected"] = (" 或 " if lang == "zh" else " or ").join(
            _lang_pick(TYPE_NAMES.get(t, (t, t)), lang) for t in expected
        )
        actual = str(error.args["actual"])
        args["actual"] = _lang_pick(TYPE_NAMES.get(actual, (actual, actual)), lang)
    elif keyword in ("enum", "const"):
        allowed = list(error.args["allowed"])
        args["value"] = error.args["value"]
        args["allowed"] = _join(allowed, lang)
        import difflib  # only for a value that is not allowed

        guess = difflib.get_close_matches(str(error.args["value"]), [str(a) for a in allowed], n=1)
        if guess:
            keyword = "enum-guess"
            args["guess"] = guess[0]
        else:
            keyword = "enum"
    elif keyword == "required":
        args["name"] = error.args["name"]
    elif keyword == "additionalProperties":
        name = str(error.args["name"])
        allowed = [str(a) for a in error.args["allowed"]]
        args["name"] = name
        args["field"] = _field(error.path[:-1], root)
        args["allowed"] = _join(allowed, lang)
        import difflib  # only for a key that is not allowed

        guess = difflib.get_close_matches(name, allowed, n=1, cutoff=0.7)
        if guess:
            keyword = "additional-guess"
            args["guess"] = guess[0]
        else:
            keyword = "additional"
    elif keyword == "pattern":
        pattern = str(error.args["pattern"])
        args["value"] = error.args["value"]
        args["hint"] = _lang_pick(PATTERN_HINTS.get(pattern, (pattern, pattern)), lang)
    elif keyword == "format":
        fmt = str(error.args["format"])
        args["value"] = error.args["value"]
        args["hint"] = _lang_pick(FORMAT_HINTS.get(fmt, (fmt, fmt)), lang)
    elif keyword in ("anyOf", "oneOf", "not", "false"):
        args["description"] = error.args.get("description", "") or error.title
        keyword = "shape"
    else:
        args.update(error.args)
    return keyword, args


def _locate(
    front: yamlpos.YamlDoc, path: tuple[str | int, ...], keyword: str, fallback: tuple[int, int]
) -> tuple[int, int]:
    node = front.key_at(path) if keyword == "additionalProperties" else front.node_at(path)
    if node is None:
        for cut in range(len(path) - 1, -1, -1):
            node = front.node_at(path[:cut])
            if node is not None:
                break
    if node is None:
        return fallback
    if node.kind == "map" and keyword == "required":
        first = next(node.items(), None)
        if first is not None:
            return first[0].start, first[0].end
    return node.start, max(node.start + 1, min(node.end, node.start + 80))


def _problems(
    front: yamlpos.YamlDoc, data: Any, schema: str, fallback: tuple[int, int], lang: str
) -> Iterator[Problem]:
    root = "front matter" if schema == "draft" else ("top level" if lang == "en" else "文件顶层")
    for error in validator(schema).errors(data):
        variant, args = describe(error, lang, root)
        start, end = _locate(front, error.path, error.keyword, fallback)
        if (
            front.root is not None
            and front.root.kind == "map"
            and error.path == ()
            and error.keyword == "required"
        ):
            start, end = fallback
        yield Problem(start, end, args, variant)


def check(file: LoadedFile, ctx: Context) -> Iterator[Problem]:
    if not file.readable:
        return
    if isinstance(file, Draft):
        front = file.front
        if front is None or not front.ok or not isinstance(front.data, dict):
            return
        yield from _problems(front, front.data, "draft", (0, 3), ctx.lang)
    elif isinstance(file, PolicyDoc):
        doc = file.yaml
        kind = file.kind
        if doc is None or not doc.ok or kind is None or not _has_schema(kind):
            return
        yield from _problems(doc, doc.data, kind, (0, 0), ctx.lang)
