"""A small JSON Schema (Draft 2020-12) validator for the keywords our schemas use.

Why not the ``jsonschema`` package at run time: importing it costs more than the rest of a
one-draft run, and its errors carry neither YAML positions nor Chinese wording. This module
walks the instance with the schema, reports each error with its instance path and keyword, and
refuses schemas that use a keyword it does not implement (:func:`unsupported_keywords`). The test
suite checks it against ``jsonschema`` and the ``check-jsonschema`` CLI on every shipped schema.

YAML specifics: YAML 1.1 dates and timestamps load as ``date``/``datetime``; they count as
strings, and satisfy ``format: date`` / ``format: date-time`` the way their ISO text would.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any

from checker import data as datafiles

InstancePath = tuple[str | int, ...]

ANNOTATIONS = frozenset(
    {
        "$schema",
        "$id",
        "$comment",
        "title",
        "description",
        "default",
        "examples",
        "markdownDescription",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$defs",
    }
)
SUPPORTED = ANNOTATIONS | frozenset(
    {
        "$ref",
        "type",
        "enum",
        "const",
        "properties",
        "required",
        "additionalProperties",
        "patternProperties",
        "propertyNames",
        "items",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "oneOf",
        "anyOf",
        "allOf",
        "not",
        "if",
        "then",
        "else",
        "minProperties",
        "maxProperties",
    }
)
_FORMATS = {
    "date": r"^\d{4}-\d{2}-\d{2}$",
    "date-time": r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$",
    "email": r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
}


@cache
def _format_regex(name: str) -> re.Pattern[str]:
    """Compiled on first use: most runs check no format given as text."""
    return re.compile(_FORMATS[name])


class SchemaError:
    """One validation error: where in the instance, which keyword, and message arguments."""

    # A plain class with slots, not a frozen dataclass (about 2 ms less at import).
    __slots__ = ("path", "keyword", "args", "title")

    def __init__(
        self,
        path: InstancePath,
        keyword: str,
        args: dict[str, Any] | None = None,
        title: str = "",
    ) -> None:
        self.path = path
        self.keyword = keyword
        self.args: dict[str, Any] = {} if args is None else args
        self.title = title

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"SchemaError({fields})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__slots__)

    __hash__ = None  # type: ignore[assignment]  # holds a dict, as the dataclass did


def type_name(value: Any) -> str:
    """The JSON type of a loaded YAML value (dates count as strings)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, (str, dt.date)):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _is_type(value: Any, expected: str) -> bool:
    actual = type_name(value)
    if expected == "number":
        return actual in ("integer", "number")
    if expected == "integer":
        return actual == "integer" or (isinstance(value, float) and value.is_integer())
    return actual == expected


def _as_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return None


def _format_ok(value: Any, name: str) -> bool:
    if name == "date":
        if isinstance(value, dt.datetime):
            return False
        if isinstance(value, dt.date):
            return True
        if isinstance(value, str) and _format_regex("date").match(value):
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return False
            return True
        return not isinstance(value, str)
    if name == "date-time":
        if isinstance(value, dt.datetime):
            return value.tzinfo is not None
        if isinstance(value, dt.date):
            return False
        if isinstance(value, str):
            if not _format_regex("date-time").match(value):
                return False
            try:
                dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
            except ValueError:
                return False
        return True
    if name == "email":
        return not isinstance(value, str) or bool(_format_regex("email").match(value))
    return True


def _equal(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, dt.date) or isinstance(b, dt.date):
        return _as_text(a) == _as_text(b)
    return bool(a == b)


def _frozen(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return frozenset((_frozen(k), _frozen(v)) for k, v in value.items())
    return value


def _bucket(value: Any) -> Any:
    """A hashable key that is the same for any two values :func:`_equal` calls equal."""
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, (str, dt.date)):
        return ("text", _as_text(value))
    try:
        frozen = _frozen(value)
        hash(frozen)
    except TypeError:
        return ("other", type(value).__name__)
    return ("value", frozen)


class Validator:
    """Validates instances against one root schema (resolving local ``$ref``).

    Most instances are valid. :meth:`errors` first asks a check compiled from the schema once
    (:class:`_Compiler`) whether the instance is valid at all, which costs a fraction of the
    walk; only an instance it cannot prove valid is walked to find and describe its errors.
    """

    def __init__(self, schema: dict[str, Any]) -> None:
        self.root = schema
        self._valid: Check | None = None
        self._compiled = False

    def resolve(self, ref: str) -> dict[str, Any]:
        if not ref.startswith("#/"):
            raise ValueError(f"only local $ref is supported, got {ref!r}")
        node: Any = self.root
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return dict(node)

    def errors(self, instance: Any) -> list[SchemaError]:
        if not self._compiled:
            self._compiled = True
            try:
                self._valid = _Compiler(self).compile(self.root)
            except Exception:  # a schema the compiler cannot handle is always walked
                self._valid = None
        if self._valid is not None:
            try:
                if self._valid(instance):
                    return []
            except Exception:  # the walk below behaves as it always did
                pass
        return list(self._check(instance, self.root, ()))

    def is_valid(self, instance: Any, schema: dict[str, Any]) -> bool:
        return next(iter(self._check(instance, schema, ())), None) is None

    def _check(self, value: Any, schema: Any, path: InstancePath) -> Iterator[SchemaError]:
        if schema is True:
            return
        if schema is False:
            yield SchemaError(path, "false")
            return
        if "$ref" in schema:
            yield from self._check(value, self.resolve(schema["$ref"]), path)
        title = str(schema.get("title", ""))

        expected = schema.get("type")
        if expected is not None:
            allowed = expected if isinstance(expected, list) else [expected]
            if not any(_is_type(value, t) for t in allowed):
                yield SchemaError(
                    path, "type", {"expected": allowed, "actual": type_name(value)}, title
                )
                return
        if "enum" in schema and not any(_equal(value, option) for option in schema["enum"]):
            yield SchemaError(
                path, "enum", {"allowed": list(schema["enum"]), "value": value}, title
            )
        if "const" in schema and not _equal(value, schema["const"]):
            yield SchemaError(path, "const", {"allowed": [schema["const"]], "value": value}, title)

        if isinstance(value, dict):
            yield from self._object(value, schema, path, title)
        elif isinstance(value, list):
            yield from self._array(value, schema, path, title)
        elif type_name(value) == "string":
            yield from self._string(value, schema, path, title)
        elif type_name(value) in ("integer", "number"):
            yield from self._number(value, schema, path, title)

        for keyword in ("allOf",):
            for sub in schema.get(keyword, []):
                yield from self._check(value, sub, path)
        if "anyOf" in schema and not any(self.is_valid(value, s) for s in schema["anyOf"]):
            yield SchemaError(path, "anyOf", {"description": schema.get("description", "")}, title)
        if "oneOf" in schema:
            passing = sum(1 for s in schema["oneOf"] if self.is_valid(value, s))
            if passing != 1:
                yield SchemaError(
                    path,
                    "oneOf",
                    {"passing": passing, "description": schema.get("description", "")},
                    title,
                )
        if "not" in schema and self.is_valid(value, schema["not"]):
            yield SchemaError(path, "not", {}, title)
        if "if" in schema:
            branch = "then" if self.is_valid(value, schema["if"]) else "else"
            if branch in schema:
                yield from self._check(value, schema[branch], path)

    def _object(
        self, value: dict[Any, Any], schema: dict[str, Any], path: InstancePath, title: str
    ) -> Iterator[SchemaError]:
        for name in schema.get("required", []):
            if name not in value:
                yield SchemaError(path, "required", {"name": name}, title)
        if "minProperties" in schema and len(value) < schema["minProperties"]:
            yield SchemaError(path, "minProperties", {"limit": schema["minProperties"]}, title)
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            yield SchemaError(path, "maxProperties", {"limit": schema["maxProperties"]}, title)
        properties = schema.get("properties", {})
        patterns = schema.get("patternProperties", {})
        extra = schema.get("additionalProperties", True)
        names = schema.get("propertyNames")
        for key, item in value.items():
            name = str(key)
            if names is not None:
                for error in self._check(name, names, path + (name,)):
                    yield SchemaError(path + (name,), "propertyNames", error.args, error.title)
            matched = False
            if name in properties:
                matched = True
                yield from self._check(item, properties[name], path + (name,))
            for pattern, sub in patterns.items():
                if re.search(pattern, name):
                    matched = True
                    yield from self._check(item, sub, path + (name,))
            if not matched:
                if extra is False:
                    yield SchemaError(
                        path + (name,),
                        "additionalProperties",
                        {"name": name, "allowed": sorted(properties)},
                        title,
                    )
                elif isinstance(extra, dict):
                    yield from self._check(item, extra, path + (name,))

    def _array(
        self, value: list[Any], schema: dict[str, Any], path: InstancePath, title: str
    ) -> Iterator[SchemaError]:
        if "minItems" in schema and len(value) < schema["minItems"]:
            yield SchemaError(
                path, "minItems", {"limit": schema["minItems"], "count": len(value)}, title
            )
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            yield SchemaError(
                path, "maxItems", {"limit": schema["maxItems"], "count": len(value)}, title
            )
        if schema.get("uniqueItems"):
            # Items are compared only with earlier items of the same bucket (equal items always
            # share one), so a list of 50,000 ids costs linear time, not 50,000 squared.
            buckets: dict[Any, list[Any]] = {}
            for index, item in enumerate(value):
                bucket = buckets.setdefault(_bucket(item), [])
                if any(_equal(item, other) for other in bucket):
                    yield SchemaError(path + (index,), "uniqueItems", {"value": item}, title)
                bucket.append(item)
        if "items" in schema:
            for index, item in enumerate(value):
                yield from self._check(item, schema["items"], path + (index,))

    def _string(
        self, value: Any, schema: dict[str, Any], path: InstancePath, title: str
    ) -> Iterator[SchemaError]:
        text = _as_text(value) or ""
        if "minLength" in schema and len(text) < schema["minLength"]:
            yield SchemaError(path, "minLength", {"limit": schema["minLength"]}, title)
        if "maxLength" in schema and len(text) > schema["maxLength"]:
            yield SchemaError(path, "maxLength", {"limit": schema["maxLength"]}, title)
        if "pattern" in schema and not re.search(schema["pattern"], text):
            yield SchemaError(path, "pattern", {"pattern": schema["pattern"], "value": text}, title)
        if "format" in schema and not _format_ok(value, schema["format"]):
            yield SchemaError(path, "format", {"format": schema["format"], "value": text}, title)

    def _number(
        self, value: float, schema: dict[str, Any], path: InstancePath, title: str
    ) -> Iterator[SchemaError]:
        for keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            if keyword not in schema:
                continue
            limit = schema[keyword]
            fails = {
                "minimum": value < limit,
                "maximum": value > limit,
                "exclusiveMinimum": value <= limit,
                "exclusiveMaximum": value >= limit,
            }[keyword]
            if fails:
                yield SchemaError(path, keyword, {"limit": limit, "value": value}, title)


Check = Callable[[Any], bool]


def _always(value: Any) -> bool:
    return True


def _never(value: Any) -> bool:
    return False


#: Exact classes that satisfy a JSON type without a closer look (anything else asks
#: :func:`_is_type`, so subclasses and integral floats are judged as the walk judges them).
#: Values whose check :meth:`_Compiler._object` remembers: immutable, hashable, compared by value.
_PLAIN = frozenset({str, int, bool, float, type(None), dt.date, dt.datetime})
#: How many (name, value) answers one object check keeps.
_MEMO_SIZE = 4096

_TYPE_CLASSES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
    "null": (type(None),),
}


_OBJECT_KEYWORDS = (
    "required",
    "minProperties",
    "maxProperties",
    "properties",
    "patternProperties",
    "additionalProperties",
    "propertyNames",
)


def _literal_head(pattern: str) -> str:
    """What every name matching ``pattern`` starts with ("" when that is not plain to see):
    a name without it is not searched (``^x[-_]`` is tried on every key of every draft).

    The letters and digits after ``^``, up to the last one no quantifier repeats or makes
    optional (``^x[-_]`` -> ``x``; ``^ab*`` -> ``a``); nothing for an alternation.
    """
    if not pattern.startswith("^") or "|" in pattern:
        return ""
    end = 1
    while end < len(pattern) and pattern[end].isascii() and pattern[end].isalnum():
        end += 1
    head = pattern[1:end]
    if end < len(pattern) and pattern[end] in "*+?{":
        head = head[:-1]  # the quantifier applies to the last character
    return head


class _Compiler:
    """Compiles a schema into a function that is True only for an instance the walk
    (:meth:`Validator._check`) finds no error in.

    A keyword's check mirrors the walk's and uses the same helpers. It is allowed to be False
    for a valid instance (the walk then runs and reports nothing), never True for an invalid
    one; so ``not``, ``if`` and ``oneOf``, where a wrong False would turn into a wrong True,
    ask the walk itself.
    """

    def __init__(self, validator: Validator) -> None:
        self.validator = validator
        self.refs: dict[str, Check] = {}

    def compile(self, schema: Any) -> Check:
        if schema is True:
            return _always
        if schema is False:
            return _never
        checks: list[Check] = []
        if "$ref" in schema:
            checks.append(self._ref(schema["$ref"]))
        expected = schema.get("type")
        if expected is not None:
            checks.append(_type_check(expected if isinstance(expected, list) else [expected]))
        if "enum" in schema:
            checks.append(_enum_check(list(schema["enum"])))
        if "const" in schema:
            constant = schema["const"]
            checks.append(lambda value: _equal(value, constant))
        by_kind = self._object(schema), self._array(schema), self._string(schema)
        number = _number_check(schema)
        if any(by_kind) or number is not None:
            checks.append(_kind_check(*by_kind, number))
        checks.extend(self.compile(sub) for sub in schema.get("allOf", []))
        if "anyOf" in schema:
            alternatives = [self.compile(sub) for sub in schema["anyOf"]]
            checks.append(lambda value: any(check(value) for check in alternatives))
        walk = self.validator
        if "oneOf" in schema:
            choices = list(schema["oneOf"])
            checks.append(lambda value: sum(1 for s in choices if walk.is_valid(value, s)) == 1)
        if "not" in schema:
            negated = schema["not"]
            checks.append(lambda value: not walk.is_valid(value, negated))
        if "if" in schema:
            condition = schema["if"]
            then = self.compile(schema["then"]) if "then" in schema else _always
            otherwise = self.compile(schema["else"]) if "else" in schema else _always
            checks.append(
                lambda value: (then if walk.is_valid(value, condition) else otherwise)(value)
            )
        if not checks:
            return _always
        if len(checks) == 1:
            return checks[0]
        if len(checks) == 2:
            first, second = checks
            return lambda value: first(value) and second(value)
        return lambda value: all(check(value) for check in checks)

    def _ref(self, ref: str) -> Check:
        """Compiled on first use (a schema may refer to itself)."""

        def check(value: Any) -> bool:
            compiled = self.refs.get(ref)
            if compiled is None:
                compiled = self.refs[ref] = self.compile(self.validator.resolve(ref))
            return compiled(value)

        return check

    def _object(self, schema: dict[str, Any]) -> Check | None:
        if not any(keyword in schema for keyword in _OBJECT_KEYWORDS):
            return None
        required = list(schema.get("required", []))
        fewest = schema.get("minProperties")
        most = schema.get("maxProperties")
        properties = {name: self.compile(sub) for name, sub in schema.get("properties", {}).items()}
        patterns = [
            (_literal_head(pattern), re.compile(pattern).search, self.compile(sub))
            for pattern, sub in schema.get("patternProperties", {}).items()
        ]
        extra_schema = schema.get("additionalProperties", True)
        extra: Check | None = None
        if extra_schema is False:
            extra = _never
        elif isinstance(extra_schema, dict):
            extra = self.compile(extra_schema)
        names = self.compile(schema["propertyNames"]) if "propertyNames" in schema else None

        def entry_ok(name: str, item: Any) -> bool:
            if names is not None and not names(name):
                return False
            sub = properties.get(name)
            matched = sub is not None
            if sub is not None and not sub(item):
                return False
            for head, search, pattern_check in patterns:
                if name.startswith(head) and search(name):
                    matched = True
                    if not pattern_check(item):
                        return False
            return matched or extra is None or extra(item)

        # What entry_ok said of a name and a plain value: drafts repeat the same few (``status:
        # draft``, ``risk: low``), and the answer depends on nothing else. The class is part of
        # the key, as 1, 1.0 and True are equal keys of a dict.
        memo: dict[tuple[str, type, Any], bool] = {}

        def check(value: dict[Any, Any]) -> bool:
            for name in required:
                if name not in value:
                    return False
            if fewest is not None and len(value) < fewest:
                return False
            if most is not None and len(value) > most:
                return False
            for key, item in value.items():
                name = key if key.__class__ is str else str(key)
                kind = item.__class__
                if kind not in _PLAIN:
                    if not entry_ok(name, item):
                        return False
                    continue
                entry = (name, kind, item)
                ok = memo.get(entry)
                if ok is None:
                    ok = entry_ok(name, item)
                    if len(memo) >= _MEMO_SIZE:
                        memo.clear()
                    memo[entry] = ok
                if not ok:
                    return False
            return True

        return check

    def _array(self, schema: dict[str, Any]) -> Check | None:
        if not any(k in schema for k in ("minItems", "maxItems", "uniqueItems", "items")):
            return None
        fewest = schema.get("minItems")
        most = schema.get("maxItems")
        unique = bool(schema.get("uniqueItems"))
        items = self.compile(schema["items"]) if "items" in schema else None

        def check(value: list[Any]) -> bool:
            if fewest is not None and len(value) < fewest:
                return False
            if most is not None and len(value) > most:
                return False
            if unique:
                buckets: dict[Any, list[Any]] = {}
                for item in value:
                    bucket = buckets.setdefault(_bucket(item), [])
                    if any(_equal(item, other) for other in bucket):
                        return False
                    bucket.append(item)
            return items is None or all(items(item) for item in value)

        return check

    def _string(self, schema: dict[str, Any]) -> Check | None:
        if not any(k in schema for k in ("minLength", "maxLength", "pattern", "format")):
            return None
        shortest = schema.get("minLength")
        longest = schema.get("maxLength")
        search = re.compile(schema["pattern"]).search if "pattern" in schema else None
        name = schema.get("format")

        def check(value: Any) -> bool:
            text = value if value.__class__ is str else (_as_text(value) or "")
            if shortest is not None and len(text) < shortest:
                return False
            if longest is not None and len(text) > longest:
                return False
            if search is not None and not search(text):
                return False
            return name is None or _format_ok(value, name)

        return check


def _type_check(allowed: list[Any]) -> Check:
    classes = tuple(cls for name in allowed for cls in _TYPE_CLASSES.get(str(name), ()))

    def check(value: Any) -> bool:
        return value.__class__ in classes or any(_is_type(value, t) for t in allowed)

    return check


def _number_check(schema: dict[str, Any]) -> Check | None:
    limits = [
        (keyword, schema[keyword])
        for keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
        if keyword in schema
    ]
    if not limits:
        return None

    def check(value: Any) -> bool:
        for keyword, limit in limits:
            if keyword == "minimum" and value < limit:
                return False
            if keyword == "maximum" and value > limit:
                return False
            if keyword == "exclusiveMinimum" and value <= limit:
                return False
            if keyword == "exclusiveMaximum" and value >= limit:
                return False
        return True

    return check


def _enum_check(options: list[Any]) -> Check:
    # A str equals (as _equal has it) exactly the options that are the same str.
    texts = {option for option in options if option.__class__ is str}

    def check(value: Any) -> bool:
        if value.__class__ is str:
            return value in texts
        return any(_equal(value, option) for option in options)

    return check


def _kind_check(
    on_object: Check | None,
    on_array: Check | None,
    on_string: Check | None,
    on_number: Check | None,
) -> Check:
    """Dispatch on the instance's kind as :meth:`Validator._check` does."""

    def check(value: Any) -> bool:
        if value.__class__ is str:  # the usual case, and exactly type_name's "string"
            return on_string is None or on_string(value)
        if isinstance(value, dict):
            return on_object is None or on_object(value)
        if isinstance(value, list):
            return on_array is None or on_array(value)
        kind = type_name(value)
        if kind == "string":
            return on_string is None or on_string(value)
        if kind in ("integer", "number"):
            return on_number is None or on_number(value)
        return True

    return check


def unsupported_keywords(schema: Any, where: str = "#") -> list[str]:
    """Keywords this validator would silently ignore (the schemas must not use them)."""
    found: list[str] = []
    if isinstance(schema, dict):
        for key, sub in schema.items():
            if key not in SUPPORTED:
                found.append(f"{where}/{key}")
            if key in ("properties", "patternProperties", "$defs"):
                for name, child in sub.items():
                    found.extend(unsupported_keywords(child, f"{where}/{key}/{name}"))
            elif key in (
                "items",
                "additionalProperties",
                "propertyNames",
                "not",
                "if",
                "then",
                "else",
            ):
                found.extend(unsupported_keywords(sub, f"{where}/{key}"))
            elif key in ("allOf", "anyOf", "oneOf"):
                for index, child in enumerate(sub):
                    found.extend(unsupported_keywords(child, f"{where}/{key}/{index}"))
    return found


@cache
def load_schema(name: str) -> dict[str, Any]:
    """A shipped schema by name (``draft``, ``strategy`` ...)."""
    data = datafiles.read_text("schemas", f"{name}.schema.json")
    schema: dict[str, Any] = json.loads(data)
    return schema


@cache
def validator(name: str) -> Validator:
    return Validator(load_schema(name))
