"""The input layer: decoding, positions, YAML with positions, front matter, Markdown scopes."""

from __future__ import annotations

import errno
import os
import socket
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from checker.input import frontmatter, markdown, yamlpos
from checker.input.text import DecodeError, SourceText, decode
from checker.model.document import read_source


def test_bom_is_dropped_and_remembered() -> None:
    source = decode("\ufeff标题\r\n正文".encode())
    assert isinstance(source, SourceText)
    assert source.text == "标题\r\n正文" and source.bom
    assert source.encode() == "\ufeff标题\r\n正文".encode()


def test_crlf_cr_and_lf_lines_give_the_same_positions() -> None:
    for newline in ("\n", "\r\n", "\r"):
        text = newline.join(["第一行", "第二行 最佳", "x"])
        source = SourceText(text)
        offset = text.index("最佳")
        assert source.position(offset) == (2, 5)
        assert source.line_text(2) == "第二行 最佳"
        assert source.offset(2, 5) == offset


def test_decode_errors_name_the_encoding_and_position() -> None:
    gbk = "第一行\n第二行：青禾".encode("gb18030")
    error = decode(gbk)
    assert isinstance(error, DecodeError) and error.variant == "gb18030"
    assert (error.line, error.column) == (1, 1)
    utf16 = decode("标题".encode("utf-16"))
    assert isinstance(utf16, DecodeError) and utf16.variant == "utf16"
    binary = decode(b"ok\n\x00\x01")
    assert isinstance(binary, DecodeError) and binary.variant == "binary" and binary.line == 2
    latin = decode(b"caf\xe9 au lait")
    assert isinstance(latin, DecodeError) and latin.variant == "invalid"


def test_yaml_positions_are_character_offsets() -> None:
    text = "title: 秋冬通勤穿搭\nnested:\n  key: 值\n"
    doc = yamlpos.load(text, base=10)
    node = doc.node_at(("nested", "key"))
    assert node is not None and text[node.start - 10 : node.end - 10] == "值"
    key = doc.key_at(("nested", "key"))
    assert key is not None and text[key.start - 10 : key.end - 10] == "key"


def test_yaml_problems_are_issues_not_exceptions() -> None:
    cases = {
        "a: 1\na: 2\n": "input/duplicate-key",
        "a: [1, 2\n": "input/yaml-syntax",
        "a: !!python/object/apply:os.system [ls]\n": "input/unsafe-yaml",
        "a: !custom x\n": "input/unsafe-yaml",
        "&a [*a]\n": "input/unsafe-yaml",
        "[" * 3000 + "]" * 3000: "input/unsafe-yaml",
        "a: 1\n---\nb: 2\n": "input/yaml-syntax",
    }
    for text, rule in cases.items():
        doc = yamlpos.load(text)
        assert [issue.rule for issue in doc.issues] == [rule], text[:40]


def test_alias_bomb_is_refused_before_expansion() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for index in range(1, 9):
        prev, name = chr(96 + index), chr(97 + index)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 10) + "]")
    doc = yamlpos.load("\n".join(lines))
    assert doc.data is None
    assert [(i.rule, i.variant) for i in doc.issues] == [("input/unsafe-yaml", "expansion")]


def test_python_tags_are_never_constructed() -> None:
    doc = yamlpos.load("x: !!python/object/new:os.system [echo pwned]\n")
    assert doc.data == {"x": ["echo pwned"]}


def test_merge_keys_work_like_safe_loader() -> None:
    doc = yamlpos.load("base: &b {a: 1, b: 2}\nchild:\n  <<: *b\n  b: 3\n")
    assert doc.data["child"] == {"a": 1, "b": 3}


def test_front_matter_split_with_every_line_ending() -> None:
    for nl in ("\n", "\r\n", "\r"):
        text = nl.join(["---", "a: 1", "---", "正文"])
        split = frontmatter.split(text)
        assert split.closed and text[split.yaml_start : split.yaml_end].strip() == "a: 1"
        assert text[split.body_start :] == "正文"
    unclosed = "---\na: 1\n正文\n"
    assert not frontmatter.split(unclosed).closed
    assert not frontmatter.split("正文\n").present


def test_markdown_scopes_exclude_code_urls_and_link_targets() -> None:
    body = (
        "# 标题最佳\n\n正文 **最**佳，见 [链接文字](https://x.cn/最佳) `最佳` 与 www.qinghe.cn/最佳\n\n"
        "- 列表最佳\n\n```\n最佳\n```\n\n<!-- 最佳 -->\n"
    )
    doc = markdown.parse(body, base=5)
    by_scope = {seg.scope: seg for seg in doc.segments}
    assert set(by_scope) == {"heading", "body", "link_text", "list"}
    assert "最佳" in by_scope["body"].text.replace("\ufffc", "")
    assert "`" not in by_scope["body"].text and "https" not in by_scope["body"].text
    for seg in doc.segments:
        index = seg.text.find("最")
        if index < 0:
            continue
        start, end = seg.span(index, index + 1)
        assert body[start - 5 : end - 5] == "最"
    link = by_scope["body"].text.index("www.")
    assert by_scope["body"].in_url(link, link + 3)
    assert [(link.kind, link.url) for link in doc.links] == [("inline", "https://x.cn/最佳")]
    assert len(doc.code) == 2
    assert doc.comments and "最佳" in doc.comments[0].text


@given(st.text(alphabet=st.sampled_from("ab最佳*_`[]()#-\n\r >!<"), max_size=80))
def test_every_prose_character_maps_to_itself_in_the_file(body: str) -> None:
    doc = markdown.parse(body, base=0)
    for seg in doc.segments:
        if seg.opaque:
            continue
        for index, char in enumerate(seg.text):
            if char in ("\ufffc", "\n"):
                continue
            start, end = seg.span(index, index + 1)
            assert body[start:end] == char


def _read_issue(path: Path, limit: int = 100) -> tuple[str, str, dict[str, object]] | None:
    source, issues, readable = read_source(path, limit)
    if not issues:
        assert readable
        return None
    assert not readable and source.text == "" or issues[0].rule == "input/encoding"
    return issues[0].rule, issues[0].variant, issues[0].args


def test_reading_a_file_keeps_its_bytes_and_refuses_what_is_not_a_file(tmp_path: Path) -> None:
    exact = tmp_path / "exact.md"
    exact.write_bytes("标".encode() * 33 + b"x")  # 100 bytes: exactly the limit
    assert _read_issue(exact) is None
    assert read_source(exact, 100)[0].text == "标" * 33 + "x"
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    assert _read_issue(empty) is None
    big = tmp_path / "big.md"
    big.write_bytes(b"x" * 101)
    assert _read_issue(big) == ("input/unsafe-yaml", "too-large", {"size": 101, "limit": 100})
    assert _read_issue(tmp_path) == ("input/unreadable", "not-file", {})
    pipe = tmp_path / "pipe.md"
    os.mkfifo(pipe)  # no writer: opening it must not wait for one
    assert _read_issue(pipe) == ("input/unreadable", "not-file", {})
    with socket.socket(socket.AF_UNIX) as server:  # cannot be opened at all (ENXIO)
        server.bind(str(tmp_path / "socket.md"))
        assert _read_issue(tmp_path / "socket.md") == ("input/unreadable", "not-file", {})
    missing = _read_issue(tmp_path / "missing.md")
    assert missing is not None and missing[:2] == ("input/unreadable", "")
    assert missing[2]["reason"] == os.strerror(errno.ENOENT)
