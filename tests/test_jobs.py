"""--jobs N: the same report, byte for byte and in the same order, as one process."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from checker.engine import jobs
from checker.engine.discovery import resolve
from checker.engine.run import RunOptions, load_target, scan_target
from tests.corpus import write_corpus
from tests.helpers import TODAY, example_repo, opscheck


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = example_repo(tmp_path_factory.mktemp("corpus"))
    write_corpus(root, 300)
    return root


def _json(root: Path, *args: str) -> str:
    outcome = opscheck("check", "--format", "json", "--today", TODAY, "--no-cache", *args, cwd=root)
    assert outcome.code in (0, 1), outcome.stderr
    return outcome.stdout


def test_jobs_2_gives_byte_identical_json(corpus: Path) -> None:
    one = _json(corpus, "--jobs", "1")
    two = _json(corpus, "--jobs", "2")
    assert '"diagnostics": [' in one and one.count('"rule"') >= 20, "the corpus must have findings"
    assert two == one


def test_jobs_with_text_output_and_single_files(corpus: Path) -> None:
    files = [str(p.relative_to(corpus)) for p in sorted((corpus / "drafts").rglob("*.md"))[:40]]
    one = opscheck("check", "--today", TODAY, "--no-cache", *files, cwd=corpus)
    three = opscheck("check", "--today", TODAY, "--no-cache", "--jobs", "3", *files, cwd=corpus)
    assert three.stdout == one.stdout and three.code == one.code


def test_jobs_fill_and_use_the_cache_identically(corpus: Path) -> None:
    cold = opscheck("check", "--format", "json", "--today", TODAY, "--jobs", "2", cwd=corpus)
    warm = opscheck("check", "--format", "json", "--today", TODAY, "--jobs", "2", cwd=corpus)
    assert cold.stdout == warm.stdout == _json(corpus)


def test_spawned_workers_load_the_repository_themselves(corpus: Path) -> None:
    options = RunOptions(cwd=corpus, today=dt.date.fromisoformat(TODAY), jobs=2)
    (target,) = resolve([], corpus)
    scan = scan_target(target, options)
    loaded = load_target(target, options, scan)
    items = scan.items[:24]
    blobs = [None] * len(items)
    sequential = jobs.check(loaded, scan, items, blobs, RunOptions(cwd=corpus, jobs=1))
    spawned = jobs.check(loaded, scan, items, blobs, options, method="spawn")
    assert [r.findings for r in spawned] == [r.findings for r in sequential]


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_bad_jobs_value_exits_2(tmp_path: Path, value: str) -> None:
    outcome = opscheck("check", "--jobs", value, cwd=tmp_path)
    assert outcome.code == 2 and value in outcome.stderr


def test_workers_share_the_loaded_repository(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Policies are parsed once, in the parent; drafts are loaded by the workers."""
    import os

    from checker.engine.run import run
    from checker.model import document

    log = tmp_path / "loads.txt"
    real_policy, real_draft = document.load_policy, document.load_draft

    def record(kind: str, real: Any) -> Any:
        def load(*args: Any, **kwargs: Any) -> Any:
            with log.open("a", encoding="utf-8") as handle:
                handle.write(f"{kind} {os.getpid()}\n")
            return real(*args, **kwargs)

        return load

    monkeypatch.setattr(document, "load_policy", record("policy", real_policy))
    monkeypatch.setattr(document, "load_draft", record("draft", real_draft))
    result = run(RunOptions(cwd=corpus, today=dt.date.fromisoformat(TODAY), jobs=2, cache=False))
    assert result.files > 300
    rows = [line.split() for line in log.read_text("utf-8").splitlines()]
    policy_pids = {pid for kind, pid in rows if kind == "policy"}
    draft_pids = {pid for kind, pid in rows if kind == "draft"}
    assert policy_pids == {str(os.getpid())}
    assert sum(1 for kind, _ in rows if kind == "policy") == len(
        list((corpus / "policies").glob("*.yaml"))
    )
    assert len(draft_pids - {str(os.getpid())}) == 2, "both workers loaded drafts"


def test_a_worker_that_dies_costs_time_not_findings(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker killed halfway (out of memory, a signal): what it did not send back is checked
    again in the parent, and the report is the one a single process gives."""
    import os

    from checker.engine import run as runmod

    options = RunOptions(cwd=corpus, today=dt.date.fromisoformat(TODAY), jobs=2)
    (target,) = resolve([], corpus)
    scan = scan_target(target, options)
    loaded = load_target(target, options, scan)
    items = scan.items
    blobs: list[bytes | None] = [None] * len(items)
    sequential = jobs.check(loaded, scan, items, blobs, RunOptions(cwd=corpus, jobs=1))
    parent, real = os.getpid(), runmod.check_item
    doomed = items[len(items) // 2].path

    def check_item(loaded: Any, item: Any, data: Any) -> Any:
        if os.getpid() != parent and item.path == doomed:
            os._exit(9)  # the worker vanishes without a word
        return real(loaded, item, data)

    monkeypatch.setattr(runmod, "check_item", check_item)
    forked = jobs.check(loaded, scan, items, blobs, options, method="fork")
    assert [r.findings for r in forked] == [r.findings for r in sequential]
    assert len(forked) == len(items)


@pytest.mark.parametrize("workers", [2, 3, 64])
@pytest.mark.parametrize("count", [0, 1, 7, 300, 10_000, 300_000])
def test_chunks_cover_every_file_once_in_order_and_fit_the_task_pipe(
    workers: int, count: int
) -> None:
    chunks = jobs._chunks(list(range(count)), workers)
    assert [index for chunk in chunks for index in chunk] == list(range(count))
    assert len(chunks) <= jobs.MAX_CHUNKS
    if count >= 300:  # the last chunks are smaller: the workers finish close together
        assert len(chunks[-1]) < len(chunks[0])
