"""The content-hash cache: reruns answer from it, and every input a finding depends on counts."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from checker.engine.run import RunOptions, RunResult, run
from tests.helpers import PROJECT, TODAY, check_json, example_repo, write

DRAFT = """---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
risk: {risk}
---
今晚八点，青禾焕新季直播见。
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return write(
        tmp_path / "repo",
        {
            "pyproject.toml": '[tool.opscheck]\ncompany_domains = ["qinghe.example.cn"]\n',
            "policies/workflow.yaml": "kind: workflow\nversion: 1\nlead_time_hours: 24\n",
            "drafts/a.md": DRAFT.format(risk="extreme"),
            "drafts/b.md": DRAFT.format(risk="low"),
            "drafts/c.md": DRAFT.format(risk="low").replace(
                "status: draft\n", "status: draft\n" * 2
            ),
        },
    )


def check(repo: Path, **options: object) -> RunResult:
    values: dict[str, object] = {"cwd": repo, "today": dt.date.fromisoformat(TODAY)}
    values.update(options)
    return run(RunOptions(**values))  # type: ignore[arg-type]


def summary(result: RunResult) -> list[tuple[str, str, int, int, str]]:
    return [(f.path, f.rule, f.line, f.column, f.message) for f in result.findings]


def test_a_rerun_is_answered_from_the_cache_with_the_same_findings(repo: Path) -> None:
    first = check(repo)
    assert first.cache_hits == 0 and first.findings
    second = check(repo)
    assert second.cache_hits == second.files == 4
    assert second.findings == first.findings
    assert second.sources.keys() == first.sources.keys()
    (repo / "drafts/b.md").write_text(DRAFT.format(risk="huge"), encoding="utf-8")
    third = check(repo)
    assert third.cache_hits == 3
    assert ("drafts/b.md", "schema/invalid") in [(f.path, f.rule) for f in third.findings]


def test_text_output_of_a_cached_run_is_identical(repo: Path) -> None:
    first = check_json(cwd=repo)
    second = check_json(cwd=repo)
    assert first.stdout == second.stdout
    text = [
        subprocess.run(
            [sys.executable, "-m", "checker", "--today", TODAY],
            cwd=repo,
            capture_output=True,
            text=True,
            env={"PYTHONPATH": str(PROJECT), "PATH": "/usr/bin:/bin"},
            check=False,
        ).stdout
        for _ in range(2)
    ]
    assert text[0] == text[1] and "^^^" in text[1], "code frames come back from the cache too"


def test_every_input_of_the_context_invalidates(repo: Path) -> None:
    check(repo)
    assert check(repo, lang="en").cache_hits == 0
    assert check(repo, today=dt.date(2027, 1, 1)).cache_hits == 0
    assert check(repo, select=["schema/*"]).cache_hits == 0
    assert check(repo, ignore=["input/duplicate-key"]).cache_hits == 0
    assert check(repo).cache_hits == 4, "the original context is still cached"
    policy = repo / "policies/workflow.yaml"
    policy.write_text(policy.read_text("utf-8").replace("24", "48"), encoding="utf-8")
    assert check(repo).cache_hits == 0, "any policy edit re-checks everything"


def test_a_config_edit_changes_the_findings_of_cached_files(repo: Path) -> None:
    before = check(repo)
    assert "schema/invalid" in {f.rule for f in before.findings}
    pyproject = repo / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text("utf-8") + 'ignore = ["schema/invalid"]\n', encoding="utf-8"
    )
    after = check(repo)
    assert after.cache_hits == 0
    assert "schema/invalid" not in {f.rule for f in after.findings}


def test_editing_an_account_changes_the_findings_of_drafts_that_use_it(tmp_path: Path) -> None:
    """The brand's own name comes from the account matrix: 青禾做过最… is self-comparison."""
    root = example_repo(tmp_path)
    draft = DRAFT.format(risk="low").replace(
        "今晚八点，青禾焕新季直播见。", "这是青禾做过最安静的一台破壁机，早餐豆浆十分钟就好。"
    )
    write(root, {"drafts/post.md": draft})
    before = check_json("drafts/post.md", cwd=root)
    assert "ad-law/absolute-term" not in before.rules()
    assert check_json("drafts/post.md", cwd=root).stdout == before.stdout  # from the cache
    assert list((root / ".opscheck-cache").glob("*/*.json")), "the cache is in play"
    platforms = root / "policies/platforms.yaml"
    text = platforms.read_text(encoding="utf-8")
    assert "name: 青禾空气研究所" in text
    platforms.write_text(text.replace("name: 青禾空气研究所", "name: 空气研究所"), encoding="utf-8")
    after = check_json("drafts/post.md", cwd=root)
    assert "ad-law/absolute-term" in after.rules(), "the cached result must not survive the edit"


def test_corrupt_entries_are_misses_not_errors(repo: Path) -> None:
    first = check(repo)
    entries = list((repo / ".opscheck-cache").rglob("*.json"))
    assert entries
    for index, path in enumerate(entries):
        path.write_bytes([b"", b"{", b"[1, 2]", b'{"path": 3}', b"\xff\xfe"][index % 5])
    second = check(repo)
    assert second.internal_errors == []
    assert summary(second) == summary(first)
    assert check(repo).cache_hits == 4, "the corrupt entries were rewritten"


def test_no_cache_and_fix_never_touch_the_cache(repo: Path) -> None:
    check(repo, cache=False)
    assert not (repo / ".opscheck-cache").exists()
    check(repo, fix=True)
    assert not (repo / ".opscheck-cache").exists()
    check(repo)
    assert check(repo, fix=True).cache_hits == 0


def test_cache_dir_is_configurable_and_marks_itself(repo: Path) -> None:
    pyproject = repo / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text("utf-8") + 'cache_dir = "build/opscheck"\n', encoding="utf-8"
    )
    check(repo)
    folder = repo / "build/opscheck"
    assert (
        (folder / "CACHEDIR.TAG")
        .read_text()
        .startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )
    assert (folder / ".gitignore").read_text().splitlines()[-1] == "*"
    assert not (repo / ".opscheck-cache").exists()


def test_old_contexts_are_pruned(repo: Path) -> None:
    for day in range(1, 13):
        check(repo, today=dt.date(2026, 1, day))
    contexts = [p for p in (repo / ".opscheck-cache").iterdir() if p.is_dir()]
    assert len(contexts) == 8


@pytest.mark.parametrize("config", ["pyproject", "yaml"])
def test_a_full_hit_parses_nothing_and_imports_no_rule(repo: Path, config: str) -> None:
    if config == "yaml":
        (repo / "pyproject.toml").unlink()
        write(repo, {"opscheck.yaml": "company_domains: [qinghe.example.cn]\n"})
    script = (
        "import sys\n"
        "from checker.cli import main\n"
        f"code = main(['check', '--today', '{TODAY}', '--format', 'json'])\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('checker.rules.', 'yaml',"
        " 'pyromark', 'ahocorasick', 'checker.input.yamlpos', 'checker.input.markdown',"
        " 'checker.model', 'jsonschema')))\n"
        "print('MODULES', ' '.join(loaded))\n"
    )

    def modules() -> set[str]:
        proc = subprocess.run(
            [sys.executable, "-c", script],
            cwd=repo,
            capture_output=True,
            text=True,
            env={"PYTHONPATH": str(PROJECT), "PATH": "/usr/bin:/bin"},
            check=False,
        )
        line = next(x for x in proc.stdout.splitlines() if x.startswith("MODULES"))
        return set(line.split()[1:])

    cold = modules()
    assert "checker.input.yamlpos" in cold and "checker.rules.schema.invalid" in cold
    warm = modules()
    # The registry lists rule ids from file names; no rule module, parser or model is loaded.
    assert warm == {"checker.rules.registry"}, warm


def test_unwritable_cache_folder_is_not_fatal(repo: Path) -> None:
    (repo / ".opscheck-cache").write_text("not a folder", encoding="utf-8")
    result = check(repo)
    assert result.internal_errors == [] and result.findings
    outcome = check_json(cwd=repo)
    assert outcome.code == 1 and json.loads(outcome.stdout)["diagnostics"]


def test_a_link_out_of_the_repository_is_reported_from_the_cache_too(
    repo: Path, tmp_path: Path
) -> None:
    secret = write(tmp_path / "outside", {"secret.md": DRAFT.format(risk="extreme")})
    (repo / "drafts/link.md").symlink_to(secret / "secret.md")
    first = check(repo)
    second = check(repo)
    assert second.cache_hits == second.files == 5
    assert summary(second) == summary(first)
    assert [f.rule for f in second.findings if f.path == "drafts/link.md"] == ["input/unreadable"]
    assert "drafts/link.md" not in second.sources


def test_an_edit_of_opscheck_yaml_is_seen_and_a_custom_cache_dir_respected(repo: Path) -> None:
    (repo / "pyproject.toml").unlink()
    config = repo / "opscheck.yaml"
    config.write_text("company_domains: [qinghe.example.cn]\n", encoding="utf-8")
    assert "schema/invalid" in {f.rule for f in check(repo).findings}
    assert "schema/invalid" in {f.rule for f in check(repo).findings}
    config.write_text("ignore: [schema/invalid]\n", encoding="utf-8")
    assert "schema/invalid" not in {f.rule for f in check(repo).findings}
    stored = set((repo / ".opscheck-cache").glob("config-*.json"))
    assert len(stored) == 1
    config.write_text("cache_dir: .cache/opscheck\nignore: [schema/invalid]\n", encoding="utf-8")
    for _ in range(2):
        assert "schema/invalid" not in {f.rule for f in check(repo).findings}
    assert check(repo).cache_hits == 4
    assert set((repo / ".opscheck-cache").glob("config-*.json")) == stored, "custom folder"
    config.write_text("cache_dir: .cache/opscheck\n", encoding="utf-8")
    assert "schema/invalid" in {f.rule for f in check(repo).findings}


def test_large_runs_write_one_pack_and_small_runs_single_entries(tmp_path: Path) -> None:
    import re

    from tests.corpus import write_corpus

    def singles(folder: Path) -> list[Path]:
        return [p for p in folder.iterdir() if re.fullmatch(r"[0-9a-f]{40}\.json", p.name)]

    root = example_repo(tmp_path)
    drafts = write_corpus(root, 120)
    first = check(root)
    (context,) = [p for p in (root / ".opscheck-cache").iterdir() if p.is_dir()]
    packs = sorted(context.glob("pack-*.json"))
    assert len(packs) == 1 and not singles(context)
    second = check(root)
    assert second.cache_hits == second.files and summary(second) == summary(first)

    # One file: found in the pack, then copied to its own entry for the next small run.
    one = str(drafts[0].relative_to(root))
    assert check(root, paths=[one]).cache_hits == 1
    assert len(singles(context)) == 1

    # Many edits: one merged pack replaces the old one.
    for path in drafts[:70]:
        path.write_text(path.read_text("utf-8") + "\n补充。\n", encoding="utf-8")
    third = check(root)
    assert third.cache_hits == third.files - 70
    assert len(list(context.glob("pack-*.json"))) == 1
    assert check(root).cache_hits == third.files

    # A corrupt pack is a miss, never an error.
    (pack,) = context.glob("pack-*.json")
    pack.write_bytes(b'{"entries": [')
    fourth = check(root)
    assert fourth.internal_errors == [] and summary(fourth) == summary(third)


def test_renaming_an_account_reports_the_drafts_that_still_use_it(tmp_path: Path) -> None:
    root = example_repo(tmp_path)
    write(root, {"drafts/post.md": DRAFT.format(risk="low")})
    before = check_json("drafts/post.md", cwd=root)
    assert "draft/unknown-account" not in before.rules()
    platforms = root / "policies/platforms.yaml"
    text = platforms.read_text(encoding="utf-8")
    assert "id: weibo-official" in text
    platforms.write_text(text.replace("id: weibo-official", "id: weibo-main"), encoding="utf-8")
    after = check_json("drafts/post.md", cwd=root)
    assert "draft/unknown-account" in after.rules()


def test_the_cache_key_lives_outside_the_repository_and_must_be_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checker.engine import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    cache.machine_secret.cache_clear()
    try:
        first = cache.machine_secret()
        assert first is not None and len(first) == cache.SECRET_BYTES
        key_file = tmp_path / "user-cache" / "opscheck" / "secret"
        assert key_file.stat().st_mode & 0o077 == 0
        cache.machine_secret.cache_clear()
        assert cache.machine_secret() == first  # made once, then reused
        # A key others could have written is not a secret: the next place is used instead.
        key_file.chmod(0o666)
        monkeypatch.setattr(cache.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
        cache.machine_secret.cache_clear()
        other = cache.machine_secret()
        assert other is not None and other != first
        assert (tmp_path / "tmp").is_dir()
    finally:
        cache.machine_secret.cache_clear()


def _pack_entries(root: Path) -> list[dict[str, object]]:
    (context,) = [p for p in (root / ".opscheck-cache").iterdir() if p.is_dir()]
    (pack,) = context.glob("pack-*.json")
    entries: dict[str, dict[str, object]] = json.loads(pack.read_bytes())["entries"]
    return list(entries.values())


def test_files_changed_just_now_are_not_stamped(tmp_path: Path) -> None:
    # A file written within the last two seconds could be written again within the same tick
    # of the file system's clock: the cache keeps no stamp for it and reads it next time.
    from tests.corpus import write_corpus

    root = example_repo(tmp_path)
    write_corpus(root, 80)
    check(root)
    assert not any("stamp" in entry for entry in _pack_entries(root))
    rerun = check(root)
    assert rerun.cache_hits == rerun.files


def test_a_rerun_takes_stamped_files_without_reading_them_and_sees_every_rewrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import time

    from checker.input import paths
    from tests.corpus import write_corpus

    monkeypatch.setattr(paths, "SETTLED_NS", 0)  # the files count as settled at once
    root = example_repo(tmp_path)
    drafts = write_corpus(root, 80)
    first = check(root)
    stamped = {str(entry["path"]) for entry in _pack_entries(root) if "stamp" in entry}
    assert {str(p.relative_to(root)) for p in drafts} <= stamped

    # Unreadable now, yet answered from the stamp; a file with findings is read for its frames
    # only, so its report still shows the source line.
    reads: list[str] = []
    real = paths.read_stamped
    monkeypatch.setattr(
        "checker.engine.run.read_stamped", lambda p, m: reads.append(str(p)) or real(p, m)
    )
    second = check(root)
    assert second.cache_hits == second.files and summary(second) == summary(first)
    assert reads == [] and second.sources.keys() == first.sources.keys()

    # Same size, same modification time, other bytes: the change time gives it away.
    time.sleep(0.05)
    victim = next(p for p in drafts if "今晚" not in p.read_text("utf-8"))
    info = victim.stat()
    text = victim.read_text("utf-8")
    edited = text.replace("。", "！", 1) if "。" in text else text.replace("，", "！", 1)
    assert len(edited.encode()) == len(text.encode())
    victim.write_text(edited, encoding="utf-8")
    os.utime(victim, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert victim.stat().st_mtime_ns == info.st_mtime_ns
    assert victim.stat().st_size == info.st_size
    third = check(root)
    assert third.cache_hits == third.files - 1


def test_touched_but_unchanged_files_get_their_stamps_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    from checker.input import paths
    from tests.corpus import write_corpus

    monkeypatch.setattr(paths, "SETTLED_NS", 0)
    root = example_repo(tmp_path)
    drafts = write_corpus(root, 80)
    check(root)
    names = {str(p.relative_to(root)) for p in drafts}

    def stamps() -> dict[str, object]:
        entries = _pack_entries(root)
        return {str(e["path"]): e["stamp"] for e in entries if str(e["path"]) in names}

    before = stamps()
    time.sleep(0.05)
    for path in drafts:  # a checkout writes every file again with the same bytes
        path.write_bytes(path.read_bytes())
    rerun = check(root)
    assert rerun.cache_hits == rerun.files  # answered by content, then stamped again
    after = stamps()
    assert after.keys() == before.keys() == names
    assert all(after[name] != before[name] for name in names)
