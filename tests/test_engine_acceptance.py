"""What issue [1/7] must show, exercised through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from tests.helpers import PROJECT, check_json, opscheck, write

GOOD_DRAFT = """---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
---
今晚八点，青禾焕新季直播见。
"""


@pytest.fixture
def broken_dir(tmp_path: Path) -> Path:
    gbk = GOOD_DRAFT.replace("今晚", "今晚\n\n今晚").encode("gb18030")
    return write(
        tmp_path / "inbox",
        {
            "dup.yaml": "kind: workflow\nversion: 1\nlead_time_hours: 24\nlead_time_hours: 48\n",
            "syntax.yaml": "kind: strategy\nversion: 1\nprinciples: [a, b\n",
            "unclosed.md": "---\nplatform: weibo\naccount: weibo-official\n\n正文\n",
            "gbk.md": gbk,
            "blob.md": bytes(range(256)) * 4,
            "fine.md": GOOD_DRAFT,
        },
    )


def _by_file(outcome_json: dict[str, object]) -> dict[str, list[tuple[str, int]]]:
    found: dict[str, list[tuple[str, int]]] = {}
    for d in outcome_json["diagnostics"]:  # type: ignore[attr-defined]
        found.setdefault(d["path"], []).append((d["rule"], d["line"]))
    return found


def test_each_broken_input_is_reported_by_its_rule_at_its_line(broken_dir: Path) -> None:
    outcome = check_json(str(broken_dir), cwd=broken_dir.parent)
    assert outcome.code == 1
    assert "Traceback" not in outcome.stderr
    found = _by_file(outcome.json)
    assert found["inbox/dup.yaml"] == [("input/duplicate-key", 4)]
    assert found["inbox/syntax.yaml"] == [("input/yaml-syntax", 3)]
    assert found["inbox/unclosed.md"] == [("input/front-matter", 1)]
    assert found["inbox/gbk.md"] == [("input/encoding", 7)]
    assert found["inbox/blob.md"] == [("input/encoding", 1)]
    # The good file was still checked: it is counted and has no input problem.
    assert outcome.json["summary"]["files"] == 6
    assert "inbox/fine.md" not in found or all(
        not r.startswith("input/") for r, _ in found["inbox/fine.md"]
    )


def test_gb18030_message_says_how_to_convert(broken_dir: Path) -> None:
    outcome = check_json(str(broken_dir / "gbk.md"), cwd=broken_dir)
    (message,) = [d["message"] for d in outcome.json["diagnostics"]]
    assert "GB18030" in message and "iconv -f GB18030 -t UTF-8" in message


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["no/such/path"], "不存在"),
        (["--select", "ad-law/no-such-rule"], "ad-law/no-such-rule"),
        (["--ignore", "nonsense/rule"], "nonsense/rule"),
        (["--today", "2026-13-01"], "YYYY-MM-DD"),
    ],
)
def test_run_errors_exit_2_with_one_sentence(tmp_path: Path, args: list[str], needle: str) -> None:
    write(tmp_path, {"drafts/a.md": GOOD_DRAFT, "policies/.keep": ""})
    outcome = opscheck(*args, cwd=tmp_path)
    assert outcome.code == 2
    assert needle in outcome.stderr
    assert len(outcome.stderr.strip().splitlines()) == 1
    assert "Traceback" not in outcome.stderr


@pytest.mark.parametrize(
    ("files", "needle"),
    [
        ({"opscheck.yaml": "max_goals: [1\n"}, "opscheck.yaml"),
        ({"opscheck.yaml": "colour: red\n"}, "colour"),
        ({"opscheck.yaml": "max_goals: -3\n"}, "max_goals"),
        ({"opscheck.yaml": "select: [ad-law/absolutely]\n"}, "ad-law/absolutely"),
        ({"pyproject.toml": "[tool.opscheck]\nfail_on = 'sometimes'\n"}, "fail_on"),
        ({"pyproject.toml": "[tool.opscheck\n"}, "pyproject.toml"),
    ],
)
def test_malformed_config_exits_2(tmp_path: Path, files: dict[str, str], needle: str) -> None:
    write(tmp_path, {"drafts/a.md": GOOD_DRAFT, **files})
    (tmp_path / "policies").mkdir()
    outcome = opscheck(cwd=tmp_path)
    assert outcome.code == 2, outcome.stdout
    assert needle in outcome.stderr
    assert len(outcome.stderr.strip().splitlines()) == 1


def test_unknown_config_key_lists_allowed_keys(tmp_path: Path) -> None:
    write(tmp_path, {"opscheck.yaml": "colour: red\n", "policies/.keep": ""})
    outcome = opscheck("--lang", "en", cwd=tmp_path)
    assert outcome.code == 2
    assert "Unknown configuration key 'colour'" in outcome.stderr
    assert "max_goals" in outcome.stderr


def test_rules_json_lists_every_registered_rule(tmp_path: Path) -> None:
    outcome = opscheck("rules", "--format", "json", cwd=tmp_path)
    assert outcome.code == 0
    rules = outcome.json["rules"]
    ids = [rule["id"] for rule in rules]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    from checker.rules import registry

    assert ids == list(registry.rule_ids())
    for rule in rules:
        assert set(rule) >= {"id", "severity", "handbook", "fixable", "summary"}
        assert rule["summary"] and rule["summary"] != rule["id"]
        assert rule["severity"] in ("error", "warning", "info")


def test_explain_prints_chinese_documentation(tmp_path: Path) -> None:
    outcome = opscheck("explain", "input/duplicate-key", cwd=tmp_path)
    assert outcome.code == 0
    assert "## 检查什么" in outcome.stdout and "## 应改为" in outcome.stdout
    assert "重复" in outcome.stdout
    assert opscheck("explain", "input/nothing", cwd=tmp_path).code == 2


def test_crlf_bom_twin_reports_same_positions(tmp_path: Path) -> None:
    lf = GOOD_DRAFT.replace("status: draft", "status: done") + "第二段\n"
    crlf = ("\ufeff" + lf.replace("\n", "\r\n")).encode("utf-8")
    write(tmp_path, {"policies/.keep": "", "drafts/lf.md": lf, "drafts/crlf.md": crlf})
    outcome = check_json(cwd=tmp_path)
    positions: dict[str, list[tuple[str, int, int, int, int]]] = {}
    for d in outcome.json["diagnostics"]:
        positions.setdefault(d["path"], []).append(
            (d["rule"], d["line"], d["column"], d["end_line"], d["end_column"])
        )
    assert positions["drafts/lf.md"]
    assert positions["drafts/lf.md"] == positions["drafts/crlf.md"]


def test_json_output_matches_its_schema(broken_dir: Path) -> None:
    schema = json.loads((PROJECT / "checker/data/report.schema.json").read_text("utf-8"))
    outcome = check_json(str(broken_dir), cwd=broken_dir.parent)
    jsonschema.Draft202012Validator(schema).validate(outcome.json)
    assert outcome.json["diagnostics"]


def test_symlinks_leaving_the_repository_or_looping_are_reported_not_followed(
    tmp_path: Path,
) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text(GOOD_DRAFT.replace("今晚", "最佳"), "utf-8")
    repo = write(tmp_path / "repo", {"policies/.keep": "", "drafts/real.md": GOOD_DRAFT})
    (repo / "drafts/link.md").symlink_to(outside)
    (repo / "drafts/loop1.md").symlink_to("loop2.md")
    (repo / "drafts/loop2.md").symlink_to("loop1.md")
    (repo / "drafts/dir").symlink_to(tmp_path, target_is_directory=True)
    outcome = check_json(cwd=repo)
    found = sorted((d["path"], d["rule"]) for d in outcome.json["diagnostics"])
    assert found == [
        ("drafts/link.md", "input/unreadable"),
        ("drafts/loop1.md", "input/unreadable"),
        ("drafts/loop2.md", "input/unreadable"),
    ]
    assert outcome.json["summary"]["files"] == 4


def test_group_patterns_select_a_whole_area_or_pack() -> None:
    from checker.rules.registry import matches

    assert matches("ad-law", "ad-law/absolute-term")
    assert matches("terms/qinghe-brand", "terms/qinghe-brand/brand-name")
    assert matches("terms/qinghe-brand/*", "terms/qinghe-brand/brand-name")
    assert not matches("ad", "ad-law/absolute-term")
    assert not matches("terms/qinghe", "terms/qinghe-brand/brand-name")


def test_every_setting_is_a_documented_keyword_and_compared() -> None:
    # FIELDS drives the list of allowed keys, the cache key and equality: a setting added to
    # Config but not to FIELDS would be refused in opscheck.yaml and ignored by the cache.
    import inspect

    from checker.config import FIELDS, Config, allowed_keys

    assert tuple(inspect.signature(Config).parameters) == FIELDS
    assert allowed_keys() == [name for name in FIELDS if name != "source"]
    assert Config(lang="en", ignore=["style/*"]) == Config(lang="en", ignore=["style/*"])
    assert Config(ignore=["style/*"]) != Config()
    assert Config().ignore is not Config().ignore  # no list shared between configurations


def test_installed_command_writes_its_whole_report_before_it_leaves(tmp_path: Path) -> None:
    # The installed script leaves with os._exit (no interpreter teardown): every byte of a
    # long report must still reach a pipe, and the exit code must be the run's.
    import os
    import shutil
    import subprocess
    import sys

    script = Path(sys.executable).with_name("opscheck")
    assert script.is_file(), "the test environment installs the opscheck command"
    shutil.copytree(PROJECT / "policies", tmp_path / "policies")
    body = "".join(f"第 {n} 段：全网最低价，销量第一，国家级产品。\n\n" for n in range(300))
    header = "---\nplatform: weibo\naccount: weibo-main\ntitle: 测试\nstatus: draft\n---\n"
    write(tmp_path, {"drafts/many.md": header + body})
    args = ["check", "--format", "json", "--today", "2026-11-26", "--no-cache"]
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    installed = subprocess.run(
        [str(script), *args], cwd=tmp_path, capture_output=True, env=env, check=False
    )
    module = check_json("--no-cache", cwd=tmp_path)
    report = json.loads(installed.stdout)
    assert len(report["diagnostics"]) > 600  # a report of well over 100 KB
    assert installed.returncode == module.code == 1
    assert installed.stdout.decode("utf-8") == module.stdout
