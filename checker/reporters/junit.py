"""``--format junit``: JUnit XML for CI test reports (GitLab, Jenkins, Azure DevOps).

One ``<testcase>`` per checked file, clean files included, so the report shows what passed;
one ``<failure>`` per finding, typed with the rule id. Characters XML 1.0 cannot carry (control
characters from a broken file) are dropped; everything else is escaped by the XML writer.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from checker.findings import Finding
from checker.reporters import Report
from checker.rules.registry import handbook_label

_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _failure(parent: ET.Element, finding: Finding) -> None:
    element = ET.SubElement(
        parent,
        "failure",
        {
            "type": _clean(finding.rule),
            "message": _clean(f"{finding.rule} {finding.message}"),
        },
    )
    element.text = _clean(
        f"{finding.path}:{finding.line}:{finding.column}: {finding.severity.value} "
        f"{finding.rule} {finding.message} [{handbook_label(finding.handbook)}]"
    )


def render(report: Report) -> str:
    by_path: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_path.setdefault(finding.path, []).append(finding)
    paths = list(report.paths)
    listed = set(paths)
    paths.extend(path for path in by_path if path not in listed)
    failures = len(report.findings)
    suites = ET.Element(
        "testsuites", {"name": "opscheck", "tests": str(len(paths)), "failures": str(failures)}
    )
    suite = ET.SubElement(
        suites,
        "testsuite",
        {
            "name": "opscheck",
            "tests": str(len(paths)),
            "failures": str(failures),
            "errors": "0",
            "skipped": "0",
        },
    )
    for path in paths:
        case = ET.SubElement(
            suite,
            "testcase",
            {
                "classname": "opscheck",
                "name": _clean(path),
                "file": _clean(report.ci_path(path)),
            },
        )
        for finding in by_path.get(path, []):
            _failure(case, finding)
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
