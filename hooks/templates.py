"""Appendix A: one annotated template per policy kind, generated from the JSON Schemas that
``opscheck`` validates policies (and draft front matter) against."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from hooks.markup import cell, code, fenced, relative, table

PAGE = "appendix/a.md"

#: Kinds in the order of the handbook, and the section each belongs to.
KIND_SECTIONS = {
    "strategy": ("ch1/index.md", "第 1 章 战略与目标"),
    "organization": ("ch2/index.md", "第 2 章 组织与团队"),
    "platforms": ("ch3/3.3.md", "3.2–3.3 平台选择与账号矩阵"),
    "workflow": ("ch4/4.3.md", "4.3 生产与审批流程"),
    "rulepack": ("ch3/3.4.md", "3.4 平台规则与规则跟踪"),
    "platform": ("ch3/3.1.md", "3.1 平台画像"),
    "draft": ("ch4/4.3.md", "4.3 生产与审批流程"),
}
TYPES = {
    "string": "文本",
    "integer": "整数",
    "number": "数字",
    "boolean": "true/false",
    "array": "列表",
    "object": "映射",
    "null": "空（null）",
}
FORMATS = {"date": "日期 YYYY-MM-DD", "date-time": "带时区的时间", "email": "邮箱", "uri": "网址"}
MAX_DEPTH = 6


@dataclass(frozen=True)
class Field:
    path: str
    type: str
    required: bool
    description: str


def _resolve(schema: Mapping[str, Any], root: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow a local ``$ref`` (``#/$defs/x``) to its target."""
    seen = 0
    while isinstance(schema.get("$ref"), str) and schema["$ref"].startswith("#/") and seen < 20:
        target: Any = root
        for part in schema["$ref"][2:].split("/"):
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        merged = {k: v for k, v in schema.items() if k != "$ref"}
        schema = {**target, **merged} if isinstance(target, Mapping) else merged
        seen += 1
    return schema


def _literal(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def type_text(schema: Mapping[str, Any], root: Mapping[str, Any]) -> str:
    """A short Chinese description of the values a schema allows."""
    schema = _resolve(schema, root)
    if "const" in schema:
        return f"固定为 {code(_literal(schema['const']))}"
    if "enum" in schema:
        return "取值之一：" + "、".join(code(_literal(v).strip('"')) for v in schema["enum"])
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list):
            return " 或 ".join(type_text(option, root) for option in schema[key])
    kind = schema.get("type")
    kinds = kind if isinstance(kind, list) else [kind] if kind else []
    parts = []
    for name in kinds:
        text = TYPES.get(str(name), str(name))
        if name == "string" and schema.get("format") in FORMATS:
            text = FORMATS[str(schema["format"])]
        if name == "array" and isinstance(schema.get("items"), Mapping):
            items = _resolve(schema["items"], root)
            text = f"列表（每项：{type_text(items, root)}）"
        if name == "object" and not schema.get("properties"):
            extra = schema.get("additionalProperties")
            if isinstance(extra, Mapping):
                text = f"映射（值：{type_text(extra, root)}）"
        parts.append(text)
    bounds = []
    if "minimum" in schema:
        bounds.append(f"≥ {schema['minimum']}")
    if "maximum" in schema:
        bounds.append(f"≤ {schema['maximum']}")
    if "minItems" in schema:
        bounds.append(f"至少 {schema['minItems']} 项")
    if "maxItems" in schema:
        bounds.append(f"至多 {schema['maxItems']} 项")
    text = " 或 ".join(parts) or "任意"
    return text + (f"（{'，'.join(bounds)}）" if bounds else "")


def _describe(schema: Mapping[str, Any]) -> str:
    title = str(schema.get("title") or "").strip()
    description = str(schema.get("description") or "").strip()
    if title and description:
        return f"**{title}**：{description}"
    return title or description


def fields(schema: Mapping[str, Any], root: Mapping[str, Any] | None = None) -> list[Field]:
    """Every field of a schema, depth first, with dotted paths (``goals[].id``)."""
    root = schema if root is None else root
    return list(_walk(schema, root, "", True, 0))


def _walk(
    schema: Mapping[str, Any], root: Mapping[str, Any], prefix: str, required: bool, depth: int
) -> Iterator[Field]:
    schema = _resolve(schema, root)
    if depth > MAX_DEPTH:
        return
    if schema.get("type") == "array" and isinstance(schema.get("items"), Mapping):
        yield from _walk(schema["items"], root, prefix + "[]", required, depth + 1)
        return
    properties = schema.get("properties")
    if not isinstance(properties, Mapping):
        return
    needed = set(schema.get("required") or [])
    for name, raw in properties.items():
        sub = _resolve(raw, root) if isinstance(raw, Mapping) else {}
        path = f"{prefix}.{name}" if prefix else str(name)
        yield Field(path, type_text(sub, root), name in needed, _describe(sub))
        yield from _walk(sub, root, path, name in needed, depth + 1)


def _placeholder(schema: Mapping[str, Any], root: Mapping[str, Any]) -> Any:
    schema = _resolve(schema, root)
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    for key in ("default", "const"):
        if key in schema:
            return schema[key]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            return _placeholder(schema[key][0], root)
    kind = schema.get("type")
    kind = kind[0] if isinstance(kind, list) and kind else kind
    if kind == "string":
        return {"date": "2027-12-31", "date-time": "2027-01-01T09:00:00+08:00"}.get(
            str(schema.get("format")), ""
        )
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    return {"boolean": False, "array": [], "object": {}, "null": None}.get(str(kind))


def _scalar(value: Any) -> str:
    if (
        isinstance(value, str)
        and re.fullmatch(r"[\w.@/+-]+", value)
        and not re.fullmatch(
            r"(?i)(true|false|yes|no|on|off|null|~|[-+]?[\d.]+(e[-+]?\d+)?)", value
        )
    ):
        return value
    if isinstance(value, (list, dict)) and not value:
        return "[]" if isinstance(value, list) else "{}"
    return _literal(value)


def skeleton(schema: Mapping[str, Any], root: Mapping[str, Any] | None = None) -> str:
    """A YAML template: every field with a placeholder value and its title as a comment."""
    root = schema if root is None else root
    lines: list[tuple[str, str]] = []
    _emit(schema, root, lines, 0)
    width = max((len(code_part) for code_part, _ in lines), default=0)
    width = min(width, 40)
    return "\n".join(
        f"{code_part:<{width}}  # {comment}".rstrip() if comment else code_part
        for code_part, comment in lines
    )


def _emit(
    schema: Mapping[str, Any],
    root: Mapping[str, Any],
    lines: list[tuple[str, str]],
    indent: int,
    *,
    depth: int = 0,
    first_prefix: str | None = None,
) -> None:
    schema = _resolve(schema, root)
    properties = schema.get("properties")
    if not isinstance(properties, Mapping) or depth > MAX_DEPTH:
        return
    needed = set(schema.get("required") or [])
    for index, (name, raw) in enumerate(properties.items()):
        sub = _resolve(raw, root) if isinstance(raw, Mapping) else {}
        pad = " " * indent if first_prefix is None or index else first_prefix
        note = str(sub.get("title") or "") + ("（必填）" if name in needed else "（可选）")
        items = _resolve(sub["items"], root) if isinstance(sub.get("items"), Mapping) else None
        if (
            sub.get("type") == "array"
            and items is not None
            and isinstance(items.get("properties"), Mapping)
        ):
            lines.append((f"{pad}{name}:", note))
            _emit(
                items,
                root,
                lines,
                indent + 4,
                depth=depth + 1,
                first_prefix=" " * (indent + 2) + "- ",
            )
        elif sub.get("type") == "object" and isinstance(sub.get("properties"), Mapping):
            lines.append((f"{pad}{name}:", note))
            _emit(sub, root, lines, indent + 2, depth=depth + 1)
        else:
            lines.append((f"{pad}{name}: {_scalar(_placeholder(sub, root))}", note))


def kind_of_schema(name: str, schema: Mapping[str, Any]) -> str:
    """The policy kind a schema describes (its ``kind`` const), else its file name."""
    kind = _resolve(schema.get("properties", {}).get("kind", {}), schema)
    return str(kind.get("const", name)) if isinstance(kind, Mapping) else name


def render(
    schemas: Sequence[tuple[str, Mapping[str, Any]]],
    starters: Mapping[str, tuple[str, str]] | None = None,
) -> str:
    """Appendix A from ``(schema name, schema)`` pairs. ``starters`` maps a schema name to the
    annotated template ``opscheck init`` writes for it (target path, text); a kind without one
    gets a skeleton generated from its schema."""
    starters = starters or {}
    order = list(KIND_SECTIONS)
    ranked = sorted(
        schemas,
        key=lambda p: (order.index(p[0]) if p[0] in order else len(order), p[0]),
    )
    out = [
        "---",
        "tags: [制度, 模板]",
        "---",
        "",
        "# 附录 A 制度模板",
        "",
        "每种制度文件（`kind`）都有一份 JSON Schema，随检查器一起发布："
        "`opscheck schema --out schemas/` 可以导出，编辑器（yaml-language-server）和 "
        "`check-jsonschema` 都能直接使用。本页在构建时由这些 Schema 生成：先是字段表，"
        "再是一份可以复制修改的模板。"
        "填好之后运行 `opscheck`，它会按同一份 Schema 和手册的规范检查。",
        "",
        '!!! tip "从模板开始"',
        "",
        "    `opscheck init 目录` 会在目录里生成一套示例制度和一篇草稿；"
        "青禾的完整制度见[青禾的制度一览](" + relative("company/index.md", PAGE) + ")。",
    ]
    for name, schema in ranked:
        kind = kind_of_schema(name, schema)
        section = KIND_SECTIONS.get(name)
        heading = "草稿的 front matter" if name == "draft" else f"`kind: {kind}`"
        title = str(schema.get("title") or "")
        out += ["", f"## {heading}{('：' + title) if title else ''}", ""]
        if schema.get("description"):
            out += [str(schema["description"]).strip(), ""]
        if section:
            out += [f"相关章节：[{section[1]}]({relative(section[0], PAGE)})。", ""]
        rows = [
            [code(f.path), f.type, "必填" if f.required else "可选", cell(f.description)]
            for f in fields(schema)
        ]
        out += [table(["字段", "类型", "必填", "说明"], rows), ""]
        if name in starters:
            target, text = starters[name]
            lang = "markdown" if target.endswith(".md") else "yaml"
            title = f"模板：`opscheck init` 写出的 {target}（带注释，可以直接改）"
            block = fenced(text, lang, title=target)
        else:
            target = "drafts/示例.md" if name == "draft" else f"policies/{kind}.yaml"
            title = f"模板：按 Schema 生成的 {target} 骨架"
            body = skeleton(schema)
            if name == "draft":
                block = fenced("---\n" + body + "\n---\n正文……", "markdown", title=target)
            else:
                block = fenced(body, "yaml", title=target)
        out += [f'??? example "{title}"', "", *("    " + line for line in block.split("\n"))]
    return "\n".join(out) + "\n"
