"""The strict build and what it must contain: segmented search, generated pages, no CDN."""

from __future__ import annotations

import datetime as dt
import json
import posixpath
import re
from html import unescape
from pathlib import Path

import pytest
import yaml

from checker.model.repository import Repository
from checker.rules import registry
from hooks import rules_ref
from tests.helpers import PROJECT, TODAY, check_json, opscheck
from tests.site.conftest import Built, build

#: Every section the outline marks [rule]: a norm the checker enforces.
RULE_SECTIONS = (
    "ch1/1.1", "ch1/1.2", "ch1/1.3",
    "ch2/2.1", "ch2/2.2", "ch2/2.3", "ch2/2.4",
    "ch3/3.2", "ch3/3.3", "ch3/3.4",
    "ch4/4.3", "ch4/4.4", "ch4/4.5",
    "ch6/6.3",
    "ch9/9.1", "ch9/9.2", "ch9/9.3",
)  # fmt: skip
ENFORCED_HEADING = "本节由这些规则检查"


def html(site: Path, url: str) -> str:
    """The built HTML of a page by its URL path (``ch9/9.1/``)."""
    return (site / url / "index.html").read_text(encoding="utf-8")


def page_url(src: str) -> str:
    """``ch9/9.1.md`` -> ``ch9/9.1/``; ``ch9/index.md`` -> ``ch9/``; ``index.md`` -> ``''``."""
    stem = src.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


def links(page_html: str) -> list[str]:
    return [unescape(h) for h in re.findall(r'<a [^>]*href="([^"]+)"', page_html)]


def resolves(site: Path, from_url: str, href: str) -> bool:
    """True when a relative link of the page at ``from_url`` reaches a built page."""
    target = posixpath.normpath(posixpath.join(from_url, href.split("#", maxsplit=1)[0]))
    target = "" if target == "." else target
    return (site / target / "index.html").is_file() or (site / target).is_file()


def test_build_is_strict_and_complete(built_site: Built) -> None:
    assert (built_site.site / "index.html").is_file()
    assert "WARNING" not in built_site.log
    pages = list(built_site.site.rglob("index.html"))
    assert len(pages) > 60


def test_search_index_is_segmented_and_free_of_diagram_source(built_site: Built) -> None:
    index = json.loads((built_site.site / "search/search_index.json").read_text("utf-8"))
    separator = index["config"]["separator"]
    assert "\\u200b" in separator or "\u200b" in separator
    texts = [doc["title"] + doc["text"] for doc in index["docs"]]
    assert any("\u200b" in text for text in texts), "no U+200B: jieba segmentation is not active"
    assert not [t for t in texts if "flowchart" in t], "Mermaid source is in the search index"


def test_every_catalogue_rule_has_a_page_linking_to_its_handbook_section(
    built_site: Built,
) -> None:
    outcome = opscheck("rules", "--format", "json", cwd=PROJECT)
    assert outcome.code == 0, outcome.stderr
    catalogue = [rule["id"] for rule in outcome.json["rules"]]
    assert catalogue, "the catalogue lists no rule"
    index = html(built_site.site, "appendix/d/")
    for rule_id in catalogue:
        rule = registry.load(rule_id)
        url = f"rules/{rule_id}/"
        page = html(built_site.site, url)
        assert re.search(rf"<h1[^>]*>{re.escape(rule_id)}<", page), rule_id
        section = page_url(rules_ref.handbook_page(rule.handbook))
        hrefs = [h for h in links(page) if resolves(built_site.site, url, h)]
        wanted = posixpath.relpath(section or ".", url.rstrip("/")) + "/"
        assert any(h.split("#")[0] == wanted for h in hrefs), (
            f"{rule_id}: no link back to {section}"
        )
        assert f"../rules/{rule_id}/" in index, f"{rule_id} is missing from appendix D"
        section_page = html(built_site.site, section)
        assert ENFORCED_HEADING in section_page, f"{section} does not list its rules"
        back = posixpath.relpath(url.rstrip("/"), (section or ".").rstrip("/")) + "/"
        assert back in links(section_page), f"{section} does not link {rule_id}"


def test_every_link_of_the_generated_pages_resolves(built_site: Built) -> None:
    for url in ["appendix/a/", "appendix/d/", "company/", "company/status/"]:
        page = html(built_site.site, url)
        for href in links(page):
            if href.startswith(("http://", "https://", "#", "mailto:", "javascript:")):
                continue
            assert resolves(built_site.site, url, href), f"{url}: broken link {href}"


@pytest.mark.parametrize("section", RULE_SECTIONS)
def test_rule_sections_of_the_outline_list_their_rules(built_site: Built, section: str) -> None:
    enforcing = [r.id for r in registry.all_rules() if r.handbook == section]
    assert enforcing, f"no rule cites {section} yet"
    assert ENFORCED_HEADING in html(built_site.site, section + "/")


def test_policy_directives_are_expanded_from_the_real_files(built_site: Built) -> None:
    pattern = re.compile(r"<!--\s*opscheck:policy\s+kind=(\w+)\s+key=(\w+)\s*-->")
    seen = 0
    for source in sorted((PROJECT / "docs").rglob("*.md")):
        src = source.relative_to(PROJECT / "docs").as_posix()
        if src.startswith("includes/"):
            continue
        directives = pattern.findall(source.read_text("utf-8"))
        if not directives:
            continue
        page = html(built_site.site, page_url(src))
        assert "opscheck:policy" not in page, f"{src}: a directive was left unexpanded"
        for kind, key in directives:
            seen += 1
            files = [
                p
                for p in sorted((PROJECT / "policies").glob("*.y*ml"))
                if (yaml.safe_load(p.read_text("utf-8")) or {}).get("kind") == kind
            ]
            assert any(f"policies/{p.name}" in page for p in files), f"{src}: {kind} block"
            assert re.search(rf'<span class="n[a-z]*">{key}</span>', page), f"{src}: key {key}"
    assert seen, "no page uses the policy directive"


def _repository() -> Repository:
    from checker.engine import discovery
    from checker.engine.run import RunOptions, load_target

    options = RunOptions(paths=[str(PROJECT)], cwd=PROJECT)
    return load_target(discovery.resolve(options.paths, PROJECT)[0], options).repo


def test_policies_page_draws_the_org_chart_and_account_matrix(built_site: Built) -> None:
    page = html(built_site.site, "company/")
    diagrams = re.findall(r'<pre class="mermaid"[^>]*>(.*?)</pre>', page, re.S)
    assert len(diagrams) >= 2
    org = next(d for d in diagrams if "flowchart TB" in d)
    matrix = next(d for d in diagrams if "flowchart LR" in d)
    repo = _repository()
    assert repo.roles and repo.accounts, "policies/ holds no roles or accounts"
    for role in repo.roles.values():
        assert role.id in unescape(org), role.id
    for account in repo.accounts.values():
        assert account.id in unescape(matrix), account.id
    for goal in repo.goals:
        assert goal.id in page, goal.id
    for pack in repo.rulepacks:
        for item in pack.data.get("rules") or []:
            assert f"terms/{pack.data['id']}/{item['id']}" in page
    text = unescape(re.sub(r"<[^>]+>", "", page))  # glossary terms are wrapped in <abbr>
    for choice in repo.platform_choices.values():
        assert " ".join(choice.rationale.split()) in text, choice.platform


def test_status_page_matches_the_command_line(built_site: Built) -> None:
    outcome = check_json(".", cwd=PROJECT)
    assert outcome.code in (0, 1), outcome.stderr
    page = unescape(html(built_site.site, "company/status/"))
    files = outcome.json["summary"]["files"]
    numbers = re.search(r"检查了 (\d+) 个制度文件和 (\d+) 篇草稿", page)
    assert numbers and int(numbers.group(1)) + int(numbers.group(2)) == files
    for diagnostic in outcome.json["diagnostics"]:
        assert diagnostic["rule"] in page
    if not outcome.json["diagnostics"]:
        assert "没有发现问题" in page
    assert TODAY in page


def test_templates_cover_every_schema_and_field(built_site: Built) -> None:
    page = unescape(html(built_site.site, "appendix/a/"))
    schemas = sorted((PROJECT / "checker/data/schemas").glob("*.schema.json"))
    assert schemas
    for path in schemas:
        schema = json.loads(path.read_text("utf-8"))
        for name in schema.get("properties", {}):
            assert f">{name}</code>" in page, f"{path.name}: field {name}"
        published = built_site.site / "schemas" / path.name
        assert json.loads(published.read_text("utf-8")) == schema
    from checker import scaffold

    for name, target in scaffold.TEMPLATES:
        if not name.endswith(".yaml"):
            continue
        # A comment line of the template: Pygments keeps a YAML comment in one span.
        first = next(
            line.strip()
            for line in scaffold.render(name, dt.date(2026, 11, 26)).splitlines()[1:]
            if line.startswith("# ")
        )
        assert target in page and first in page, name


def test_no_page_loads_anything_from_another_host(built_site: Built) -> None:
    external = re.compile(
        r'<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc="(https?:)?//|'
        r'<link\b[^>]*\brel="(?:stylesheet|preconnect|preload|icon|manifest)"[^>]*href="(https?:)?//'
    )
    pages = list(built_site.site.rglob("*.html"))
    assert len(pages) > 60
    for page in pages:
        text = page.read_text("utf-8")
        assert not external.search(text), f"{page}: loads an external asset"
        assert 'data-md-component="source"' not in text, "repository widget (fetches an API)"
    config = (PROJECT / "mkdocs.yml").read_text("utf-8")
    assert not re.search(r"^repo_url:", config, re.M), "repo_url makes pages call a hosting API"


def test_glossary_tooltips_and_hidden_includes(built_site: Built) -> None:
    page = html(built_site.site, "ch1/1.2/")
    assert re.search(r'<abbr title="[^"]+">SMART</abbr>', page)
    assert not (built_site.site / "includes").exists()


def test_offline_variant_builds_for_file_urls(offline_site: Built) -> None:
    index = (offline_site.site / "index.html").read_text("utf-8")
    assert (offline_site.site / "search/search_index.js").is_file()
    assert "navigation.instant" not in index
    assert 'href="preface.html"' in index


def test_edit_links_and_last_updated_dates(built_site: Built) -> None:
    edit = re.compile(
        r'<a href="(https://[^"]+)"[^>]*class="md-content__button[^"]*"[^>]*rel="edit"'
    )
    section = edit.search(html(built_site.site, "ch9/9.1/"))
    assert section and section.group(1).endswith("/docs/ch9/9.1.md")
    rule_id = registry.rule_ids()[0]
    rule = edit.search(html(built_site.site, f"rules/{rule_id}/"))
    assert rule and rule.group(1).endswith(registry.load(rule_id).module.replace(".", "/") + ".py")
    assert "git-revision-date-localized-plugin-date" in html(built_site.site, "ch9/9.1/")


def test_the_build_refuses_external_assets(tmp_path: Path) -> None:
    """The real configuration, on a page that embeds a CDN script and an external image."""
    import shutil

    shutil.copytree(PROJECT / "policies", tmp_path / "policies")
    docs = tmp_path / "docs"
    (docs / "includes").mkdir(parents=True)
    (docs / "includes/abbreviations.md").write_text("*[SLA]: 服务时限承诺\n", "utf-8")
    (docs / "index.md").write_text(
        "# 外部资源\n\n![logo](https://cdn.example.com/logo.png)\n\n"
        '<script src="https://unpkg.com/some-lib@1/dist/lib.min.js"></script>\n',
        "utf-8",
    )
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {PROJECT / 'mkdocs.yml'}\ndocs_dir: {docs}\n"
        f"hooks:\n  - {PROJECT / 'hooks/opscheck_site.py'}\nwatch: []\nnav:\n  - index.md\n",
        "utf-8",
    )
    proc = build(config, tmp_path / "site", GIT_DATES="false")
    assert proc.returncode != 0
    assert "External file: https://cdn.example.com/logo.png" in proc.stderr
    assert "External file: https://unpkg.com/some-lib@1/dist/lib.min.js" in proc.stderr


def test_finding_links_reach_rule_pages_of_this_site(built_site: Built) -> None:
    """SARIF links a finding to <site_url>rules/<area>/<name>/: the same host and scheme."""
    from checker.config import Config

    config = (PROJECT / "mkdocs.yml").read_text("utf-8")
    site_url = re.search(r"^site_url: *(\S+)", config, re.M)
    assert site_url and site_url.group(1) == Config().site_url
    for rule_id in registry.rule_ids():
        assert (built_site.site / "rules" / rule_id / "index.html").is_file()


def test_platform_quick_reference_shows_every_pack_with_its_provenance(
    built_site: Built,
) -> None:
    from checker.packs import platforms

    page = html(built_site.site, "appendix/e/")
    text = unescape(re.sub(r"<[^>]+>", "", page))
    repo = _repository()
    volatile = 0
    for platform_id in platforms.known_ids(repo):
        pack = platforms.resolve(platform_id, repo, platforms.profile_for(repo.config, platform_id))
        assert pack is not None
        assert f'id="{platform_id}"' in page, platform_id
        assert f"{pack.name}（{platform_id}）" in text
        if pack.reviewed_on:
            assert pack.reviewed_on.isoformat() in text
        for source in pack.sources:
            assert source.id in text, f"{platform_id}: source {source.id}"
            if source.url.startswith("https://"):
                assert f'href="{source.url}"' in unescape(page)
        for limit in pack.limits.values():
            if limit.max is not None:
                assert f"≤ {limit.max} " in text or f"–{limit.max} " in text
            volatile += limit.provenance.volatile
    assert volatile and page.count("易变：平台常调整") >= volatile
