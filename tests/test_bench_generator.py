"""The benchmark's corpus generator: deterministic, realistic, and readable by opscheck.

The benchmark itself (bench/run.py) is never part of the test suite; these tests only make sure
the corpus it measures is what it claims to be.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from tests.helpers import PROJECT, check_json


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", PROJECT / "bench/generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_generate"] = module
    spec.loader.exec_module(module)
    return module


generate = _load_generator()


def _files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_same_seed_same_repository_other_seed_other_drafts(tmp_path: Path) -> None:
    first = generate.write_repository(tmp_path / "a", drafts=40, terms=300, seed=7)
    generate.write_repository(tmp_path / "b", drafts=40, terms=300, seed=7)
    generate.write_repository(tmp_path / "c", drafts=40, terms=300, seed=8)
    a, b, c = (_files(tmp_path / name) for name in "abc")
    assert a == b
    drafts_a = {k: v for k, v in a.items() if k.startswith("drafts/")}
    drafts_c = {k: v for k, v in c.items() if k.startswith("drafts/")}
    assert len(drafts_a) == 40
    assert drafts_a != drafts_c
    assert first["drafts"] == 40


def test_a_small_corpus_is_the_prefix_of_a_large_one(tmp_path: Path) -> None:
    generate.write_repository(tmp_path / "small", drafts=12, terms=300, seed=3)
    generate.write_repository(tmp_path / "large", drafts=30, terms=10_000, seed=3)
    small = _files(tmp_path / "small")
    large = _files(tmp_path / "large")
    for name, data in small.items():
        if name.startswith("drafts/"):
            assert large[name] == data


def test_drafts_cover_every_account_and_the_markdown_a_team_writes(tmp_path: Path) -> None:
    manifest = generate.write_repository(tmp_path / "r", drafts=400, terms=300, seed=42)
    texts = [p.read_text("utf-8") for p in (tmp_path / "r/drafts").rglob("*.md")]
    folders = {p.name for p in (tmp_path / "r/drafts").iterdir()}
    assert folders == {account.id for account in generate.ACCOUNTS}
    body = "\n".join(texts)
    for needle in ("\n## ", "\n- ", "\n1. ", "](https://", "`", "\n```", "\n| --- |", "<!--"):
        assert needle in body, needle
    average = int(str(manifest["average_bytes"]))
    assert 1500 <= average <= 3000
    # Every kind of violation is planted, at about its rate, and the planted text is really there.
    planted = manifest["planted_drafts"]
    assert isinstance(planted, dict)
    for kind, rate in generate.DEFAULT_RATES.items():
        assert planted[kind] > 0, kind
        assert planted[kind] <= 400 * rate * 2, kind
    for entry in manifest["files"]:
        text = (tmp_path / "r" / entry["path"]).read_text("utf-8")
        for _, snippet in entry["planted"]:
            assert snippet in text


def test_term_packs_share_their_first_300_terms_and_load_as_yaml() -> None:
    small = generate.master_terms(300)
    large = generate.master_terms(10_000)
    assert large[:300] == small
    assert len({t.text for t in large}) == 10_000
    assert {t.kind for t in small} == {"zh", "ban", "en", "swap"}
    pack = yaml.safe_load(generate.rulepack_yaml(10_000, 42))
    assert pack["kind"] == "rulepack"
    counted = sum(len(rule.get("tokens", [])) + len(rule.get("swap", {})) for rule in pack["rules"])
    assert counted == 10_000
    with pytest.raises(ValueError):
        generate.master_terms(10**6)


def test_opscheck_reads_every_generated_draft_without_input_or_schema_findings(
    tmp_path: Path,
) -> None:
    root = tmp_path / "corpus"
    generate.write_repository(root, drafts=60, terms=300, seed=11)
    outcome = check_json(cwd=root)
    assert outcome.code in (0, 1), outcome.stderr
    assert "Traceback" not in outcome.stderr
    report = outcome.json
    drafts = list((root / "drafts").rglob("*.md"))
    assert report["summary"]["files"] >= len(drafts) == 60
    broken = [
        (d["path"], d["rule"], d["message"])
        for d in report["diagnostics"]
        if d["path"].startswith("drafts/") and d["rule"].startswith(("input/", "schema/"))
    ]
    assert broken == []
    manifest = json.loads((root / "bench-manifest.json").read_text("utf-8"))
    assert manifest["drafts"] == 60 and manifest["terms"] == 300
