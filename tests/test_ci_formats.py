"""CI output formats: SARIF (validated against the OASIS schema), GitHub, GitLab, JUnit."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from checker.findings import Edit, Finding, Fix, Severity
from checker.input.text import SourceText
from checker.reporters import Report, render
from checker.reporters.github import escape_data, escape_property
from tests.helpers import TODAY, opscheck, write

NO_CI = {"GITHUB_WORKSPACE": "", "CI_PROJECT_DIR": ""}  # paths relative to the working directory
SARIF_SCHEMA = Path(__file__).parent / "fixtures" / "sarif-schema-2.1.0.json"

BAD = """---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
risk: extreme
colour: red
---
今晚八点直播见。
"""
CLEAN = """---
platform: weibo
account: weibo-official
author: chen-jie
status: draft
---
今晚八点，青禾焕新季直播见。
"""


def sarif_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return write(
        tmp_path / "repo",
        {
            "opscheck.yaml": "company_domains: [qinghe.example.cn]\n",
            "policies/.keep": "",
            "drafts/bad.md": BAD,
            "drafts/clean.md": CLEAN,
            "drafts/dup.md": CLEAN.replace("status: draft\n", "status: draft\nstatus: draft\n"),
        },
    )


def _run(repo: Path, *args: str) -> tuple[int, str, str]:
    outcome = opscheck("check", "--today", TODAY, "--no-cache", *args, cwd=repo, env=NO_CI)
    assert "Traceback" not in outcome.stderr
    return outcome.code, outcome.stdout, outcome.stderr


def _finding(**changes: object) -> Finding:
    values: dict[str, object] = {
        "rule": "schema/invalid",
        "severity": Severity.ERROR,
        "path": "drafts/a.md",
        "line": 2,
        "column": 3,
        "end_line": 2,
        "end_column": 5,
        "message": "消息",
        "handbook": "preface",
        "matched": "最佳",
    }
    values.update(changes)
    return Finding(**values)  # type: ignore[arg-type]


# --- SARIF -----------------------------------------------------------------------------------


def test_sarif_from_the_command_line_validates_and_describes_rules(repo: Path) -> None:
    code, out, _ = _run(repo, "--format", "sarif")
    assert code == 1
    log = json.loads(out)
    sarif_validator().validate(log)
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == repo.resolve().as_uri() + "/"
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert set(rules) == {"schema/invalid", "input/duplicate-key"}
    invalid = rules["schema/invalid"]
    assert invalid["helpUri"] == "https://handbook.example.cn/rules/schema/invalid/"
    assert invalid["shortDescription"]["text"] and invalid["fullDescription"]["text"]
    assert "## 检查什么" in invalid["help"]["markdown"]
    assert invalid["defaultConfiguration"]["level"] == "error"
    results = run["results"]
    assert len(results) == 3
    for result in results:
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    by_uri = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r for r in results}
    region = by_uri["drafts/dup.md"]["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 6 and region["startColumn"] == 1


def test_sarif_with_fixes_non_ascii_paths_and_astral_text_validates() -> None:
    text = "第一行\n😀 全网最佳，第一\n"
    source = SourceText(text)
    start = text.index("最佳")
    finding = _finding(
        path="drafts/秋冬 新品.md",
        column=5,
        end_column=7,
        fix=Fix((Edit(start, start + 2, "很好"),), safe=False),
    )
    report = Report(
        findings=[finding, _finding(rule="terms/qinghe-brand/spelling", line=1, column=1)],
        files=1,
        tool_version="1.2.3",
        site_url="https://handbook.example.cn",
        sources={"drafts/秋冬 新品.md": source},
    )
    log = json.loads(render("sarif", report))
    sarif_validator().validate(log)
    run = log["runs"][0]
    assert "originalUriBaseIds" not in run
    first = run["results"][0]
    uri = first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "drafts/%E7%A7%8B%E5%86%AC%20%E6%96%B0%E5%93%81.md"
    replacement = first["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["deletedRegion"] == {
        "startLine": 2,
        "startColumn": 5,  # code points: the emoji counts one
        "endLine": 2,
        "endColumn": 7,
    }
    assert replacement["insertedContent"]["text"] == "很好"
    assert "--unsafe-fixes" in first["fixes"][0]["description"]["text"]
    dynamic = run["tool"]["driver"]["rules"][1]
    assert dynamic["id"] == "terms/qinghe-brand/spelling" and "helpUri" not in dynamic


def test_sarif_fingerprints_survive_moved_lines_and_count_repeats() -> None:
    def fingerprints(shift: int) -> list[str]:
        findings = [
            _finding(line=3 + shift, matched="最佳"),
            _finding(line=9 + shift, matched="最\n 佳"),  # re-wrapped: a repeat
            _finding(line=12 + shift, matched="第一"),
        ]
        log = json.loads(render("sarif", Report(findings=findings, files=1)))
        return [r["partialFingerprints"]["opscheck/v1"] for r in log["runs"][0]["results"]]

    before, after = fingerprints(0), fingerprints(40)
    assert before == after
    assert len(set(before)) == 3
    assert before[0].split(":")[0] == before[1].split(":")[0]
    assert [fp.split(":")[1] for fp in before[:2]] == ["0", "1"]


# --- GitHub ----------------------------------------------------------------------------------


def test_github_annotations_escape_properties_and_data() -> None:
    assert escape_data("100%\r\n好") == "100%25%0D%0A好"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    finding = _finding(
        path="drafts/a,b:c.md",
        message="第一行\n第二行 100%",
        severity=Severity.WARNING,
        line=4,
        column=2,
        end_line=5,
        end_column=1,
    )
    out = render("github", Report(findings=[finding, _finding(severity=Severity.INFO)], files=2))
    lines = out.splitlines()
    assert lines[0] == (
        "::warning file=drafts/a%2Cb%3Ac.md,line=4,col=2,endLine=5,endColumn=1,"
        "title=opscheck schema/invalid::第一行%0A第二行 100%25 [前言]"
    )
    assert lines[1].startswith("::notice file=drafts/a.md,line=2,col=3,")
    assert "::" not in lines[-1]  # a plain summary line, not a command


def test_github_from_the_command_line(repo: Path) -> None:
    code, out, _ = _run(repo, "--format", "github")
    assert code == 1
    commands = [line for line in out.splitlines() if line.startswith("::")]
    assert len(commands) == 3
    assert all(line.startswith("::error file=drafts/") for line in commands)
    assert any("file=drafts/dup.md,line=6,col=1," in line for line in commands)


def test_ci_paths_are_relative_to_the_checked_out_repository(repo: Path) -> None:
    code, out, _ = _run(repo.parent, "repo", "--format", "github")
    assert code == 1
    assert "file=repo/drafts/bad.md" in out
    # Run from inside the root: the CI workspace (the checkout) is still the base.
    outcome = opscheck(
        "check",
        "--no-cache",
        "--format",
        "gitlab",
        "bad.md",
        cwd=repo / "drafts",
        env={"CI_PROJECT_DIR": str(repo.parent)},
    )
    assert json.loads(outcome.stdout)[0]["location"]["path"] == "repo/drafts/bad.md"
    sarif = opscheck(
        "check",
        "--no-cache",
        "--format",
        "sarif",
        "repo",
        cwd=repo.parent,
        env={"GITHUB_WORKSPACE": str(repo.parent)},
    )
    run = json.loads(sarif.stdout)["runs"][0]
    sarif_validator().validate(json.loads(sarif.stdout))
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == repo.parent.resolve().as_uri() + "/"
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    }
    assert uris == {"repo/drafts/bad.md", "repo/drafts/dup.md"}


# --- GitLab ----------------------------------------------------------------------------------


def test_gitlab_code_quality_report(repo: Path) -> None:
    code, out, _ = _run(repo, "--format", "gitlab")
    assert code == 1
    issues = json.loads(out)
    assert len(issues) == 3
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert isinstance(issue["location"]["lines"]["begin"], int)
        assert issue["location"]["path"].startswith("drafts/")
    assert len({issue["fingerprint"] for issue in issues}) == 3
    severities = {
        s: render("gitlab", Report(findings=[_finding(severity=s)], files=1)) for s in Severity
    }
    assert json.loads(severities[Severity.ERROR])[0]["severity"] == "major"
    assert json.loads(severities[Severity.WARNING])[0]["severity"] == "minor"
    assert json.loads(severities[Severity.INFO])[0]["severity"] == "info"


def test_gitlab_fingerprints_are_unique_for_repeats() -> None:
    findings = [_finding(line=n) for n in (1, 2, 3)]
    issues = json.loads(render("gitlab", Report(findings=findings, files=1)))
    assert len({issue["fingerprint"] for issue in issues}) == 3


# --- JUnit -----------------------------------------------------------------------------------


def test_junit_has_a_testcase_per_file_and_a_failure_per_finding(repo: Path) -> None:
    code, out, _ = _run(repo, "--format", "junit")
    assert code == 1
    root = ET.fromstring(out.encode("utf-8"))
    cases = {case.get("name"): case for case in root.iter("testcase")}
    assert set(cases) == {"drafts/bad.md", "drafts/clean.md", "drafts/dup.md"}
    assert cases["drafts/clean.md"].findall("failure") == []
    assert len(cases["drafts/bad.md"].findall("failure")) == 2
    assert root.get("tests") == "3" and root.get("failures") == "3"
    failure = cases["drafts/dup.md"].find("failure")
    assert failure is not None and failure.get("type") == "input/duplicate-key"


def test_junit_escapes_markup_and_drops_control_characters() -> None:
    finding = _finding(message='<b>"a" & \x01 b</b>', path="drafts/<x>.md")
    out = render("junit", Report(findings=[finding], files=1, paths=["drafts/<x>.md", "y.md"]))
    root = ET.fromstring(out.encode("utf-8"))
    (failure,) = root.iter("failure")
    assert failure.get("message") == 'schema/invalid <b>"a" &  b</b>'
    assert [case.get("name") for case in root.iter("testcase")] == ["drafts/<x>.md", "y.md"]


# --- several outputs in one run --------------------------------------------------------------


def test_several_formats_and_outputs_in_one_run(repo: Path) -> None:
    code, out, err = _run(
        repo,
        "--format",
        "json",
        "--output",
        "out/report.json",
        "--format",
        "sarif",
        "--output",
        "out/report.sarif",
        "--format",
        "junit",
        "--output",
        "out/junit.xml",
        "--format",
        "text",
    )
    # The output folder does not exist: that is a one-sentence error, not a traceback.
    assert code == 2 and "out/report.json" in err
    (repo / "out").mkdir()
    code, out, err = _run(
        repo,
        "--format",
        "json",
        "--output",
        "out/report.json",
        "--format",
        "sarif",
        "--output",
        "out/report.sarif",
        "--format",
        "junit",
        "--output",
        "out/junit.xml",
        "--format",
        "text",
    )
    assert code == 1
    assert "drafts/bad.md:6:7: error schema/invalid" in out
    report = json.loads((repo / "out/report.json").read_text(encoding="utf-8"))
    assert len(report["diagnostics"]) == 3
    sarif_validator().validate(json.loads((repo / "out/report.sarif").read_text("utf-8")))
    ET.fromstring((repo / "out/junit.xml").read_bytes())


def test_clean_run_in_every_format(repo: Path) -> None:
    (repo / "drafts/bad.md").unlink()
    (repo / "drafts/dup.md").unlink()
    for name in ("sarif", "github", "gitlab", "junit"):
        code, out, _ = _run(repo, "--format", name)
        assert code == 0, name
        if name == "sarif":
            sarif_validator().validate(json.loads(out))
            assert json.loads(out)["runs"][0]["results"] == []
        if name == "gitlab":
            assert json.loads(out) == []
        if name == "junit":
            cases = list(ET.fromstring(out.encode()).iter("testcase"))
            assert [c.get("name") for c in cases] == ["drafts/clean.md"]


def test_an_output_belongs_to_the_format_just_before_it(repo: Path) -> None:
    code, out, _ = _run(
        repo, "--format", "github", "--format", "sarif", "--output", "x.sarif", "--output", "t.txt"
    )
    assert code == 1
    assert out.startswith("::error ")
    sarif_validator().validate(json.loads((repo / "x.sarif").read_text("utf-8")))
    assert "drafts/bad.md:6:7: error" in (repo / "t.txt").read_text("utf-8")
    code, out, _ = _run(repo, "--output=only.txt", "--form", "json")
    assert json.loads(out)["summary"]["files"] == 3
    assert "drafts/bad.md:6:7: error" in (repo / "only.txt").read_text("utf-8")
