"""MkDocs hooks: the handbook pages that are generated from the checker's own code and data.

Registered in mkdocs.yml under ``hooks:``. At build time (and on every rebuild of
``mkdocs serve``) this module

* adds the generated pages: appendix A (policy templates from the JSON Schemas), appendix D (the
  rules index) and one page per rule at ``rules/<area>/<name>/``, appendix E (platform quick
  reference, from the platform packs), "our policies" and the current check status;
* expands ``<!-- opscheck:policy kind=KIND key=KEY -->`` into the company's real policy YAML;
* appends "本节由这些规则检查" to every handbook section that a rule enforces;
* keeps Mermaid source out of the search index.

Nothing is written to ``docs/``. The rendering lives in the sibling modules as pure functions.
Problems (a directive naming a missing policy key, a rule citing a missing section) are logged as
warnings, which fails the strict build.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import logging
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

_ROOT = Path(__file__).resolve().parent.parent
if str(_ROOT) not in sys.path:  # MkDocs imports this file by path; make ``hooks`` importable
    sys.path.insert(0, str(_ROOT))

from hooks import (  # noqa: E402
    company,
    platform_ref,
    policy_blocks,
    rules_ref,
    search_fix,
    status,
    templates,
)

log = logging.getLogger("mkdocs.hooks.opscheck")

RULES_NAV_PAGE = rules_ref.INDEX_PAGE


@dataclass
class SiteData:
    """What one build knows about the checker and the example company's repository."""

    root: Path
    today: dt.date
    rules: list[rules_ref.RuleInfo] = field(default_factory=list)
    rule_objects: dict[str, Any] = field(default_factory=dict)
    enforced: dict[str, list[rules_ref.RuleInfo]] = field(default_factory=dict)
    policies: list[Any] = field(default_factory=list)
    kinds: tuple[str, ...] = ()
    titles: dict[str, str] = field(default_factory=dict)
    generated: dict[str, str] = field(default_factory=dict)


_state: SiteData | None = None
_serving = False


def _today() -> dt.date:
    value = os.environ.get("OPSCHECK_TODAY")
    if value:
        return dt.date.fromisoformat(value)
    return dt.date.today()


def _refresh_checker() -> None:
    """Under ``mkdocs serve``: pick up edited rule docstrings and messages on a rebuild."""
    from checker import messages
    from checker.rules import registry

    for name in list(sys.modules):
        parts = name.split(".")
        if (len(parts) == 4 and parts[:2] == ["checker", "rules"]) or (
            len(parts) == 3 and parts[:2] == ["checker", "messages"]
        ):
            try:
                importlib.reload(sys.modules[name])
            except Exception as exc:  # a half-edited file: keep serving the last good one
                log.warning("opscheck: could not reload %s: %s", name, exc)
    registry.rule_ids.cache_clear()
    registry.load.cache_clear()
    messages.catalogue.cache_clear()


def on_startup(command: str, dirty: bool) -> None:
    global _serving
    _serving = command == "serve"


def on_serve(server: Any, config: MkDocsConfig, builder: Any) -> Any:
    """Rebuild when a draft changes too (the check status page shows drafts)."""
    drafts = Path(config.config_file_path).resolve().parent / "drafts"
    if drafts.is_dir():
        server.watch(str(drafts))
    return server


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load the rules once per build and put one page per rule into appendix D's navigation."""
    global _state
    from checker.rules import registry

    if _serving:
        _refresh_checker()
    root = Path(config.config_file_path).resolve().parent
    state = SiteData(root=root, today=_today())
    rules = registry.all_rules()
    state.rule_objects = {rule.id: rule for rule in rules}
    state.rules = [rules_ref.info(rule) for rule in rules]
    state.enforced = rules_ref.by_handbook_page(state.rules)
    _state = state
    if config.nav is not None:
        config.nav = _expand_nav(config.nav, rules_ref.nav_entries(state.rules))
    return config


def _expand_nav(nav: Any, entries: list[object]) -> Any:
    """Replace the nav item that points at appendix D by a section holding every rule page."""
    if isinstance(nav, list):
        return [_expand_nav(item, entries) for item in nav]
    if isinstance(nav, dict):
        out = {}
        for title, value in nav.items():
            out[title] = entries if value == RULES_NAV_PAGE else _expand_nav(value, entries)
        return out
    return nav


def _h1(markdown: str) -> str | None:
    match = re.search(r"^# +(.+?) *$", markdown, re.M)
    return match.group(1).strip() if match else None


def _load_repository(state: SiteData) -> tuple[Any, list[str]]:
    """The example company's repository as the engine loads it, and the files it reports."""
    from checker.engine import discovery
    from checker.engine.run import RunOptions, load_target

    options = RunOptions(paths=[str(state.root)], today=state.today, cwd=state.root)
    targets = discovery.resolve(options.paths, state.root)
    loaded = [load_target(target, options) for target in targets]
    repo = loaded[0].repo
    files = sorted(file.path for item in loaded for file in item.files)
    return repo, files


def _add(files: Files, config: MkDocsConfig, state: SiteData, uri: str, content: str) -> None:
    existing = files.get_file_from_path(uri)
    if existing is not None:
        log.warning("opscheck: docs/%s is generated at build time; delete the file", uri)
        files.remove(existing)
    files.append(File.generated(config, uri, content=content))
    state.generated[uri] = content


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Generate the pages from the registry, the policies, the packs and the schemas."""
    from checker.engine.run import RunError, RunOptions, run
    from checker.model.repository import KINDS
    from checker.schema.validate import load_schema

    state = _state
    assert state is not None, "on_config runs first"
    for file in files.documentation_pages():
        state.titles[file.src_uri] = _h1(file.content_string) or file.src_uri

    for anchor_page in sorted(state.enforced):
        if files.get_file_from_path(anchor_page) is None:
            ids = ", ".join(r.id for r in state.enforced[anchor_page])
            log.warning(
                "opscheck: rules %s cite a handbook page that does not exist: %s", ids, anchor_page
            )

    repo, checked = _load_repository(state)
    state.policies = list(repo.policies)
    state.kinds = tuple(KINDS)
    views = platform_ref.load(repo)
    names = platform_ref.names(views)

    _add(files, config, state, company.PAGE, company.render(repo, state.today, names))

    errors: list[str] = []
    findings = []
    try:
        result = run(RunOptions(paths=[str(state.root)], today=state.today, cwd=state.root))
        findings = result.findings
        errors = result.internal_errors
    except RunError as exc:
        errors = [str(exc)]
    documented = {rule.id for rule in state.rules}
    _add(
        files,
        config,
        state,
        status.PAGE,
        status.render(
            findings,
            checked,
            state.today,
            documented,
            errors=errors,
            team_rules=_team_rules(repo),
        ),
    )

    schema_names = _schema_names()
    schemas = [(name, load_schema(name)) for name in schema_names]
    _add(files, config, state, templates.PAGE, templates.render(schemas, _starters(state.today)))
    for name, schema in schemas:
        # Published beside the handbook so a schema's $id (…/schemas/<name>.schema.json) resolves.
        uri = f"schemas/{name}.schema.json"
        files.append(
            File.generated(config, uri, content=json.dumps(schema, ensure_ascii=False, indent=2))
        )

    _add(
        files,
        config,
        state,
        rules_ref.INDEX_PAGE,
        rules_ref.render_index(state.rules, state.titles),
    )
    for rule_id, rule in state.rule_objects.items():
        _add(
            files,
            config,
            state,
            rules_ref.rule_page_path(rule_id),
            rules_ref.render_rule(rule, state.titles),
        )

    _add(
        files,
        config,
        state,
        platform_ref.PAGE,
        platform_ref.render(views, state.today, repo.config.stale_after_days),
    )
    return files


def _team_rules(repo: Any) -> int:
    from checker.rules import dynamic

    try:
        return len(dynamic.rules(repo))
    except Exception as exc:  # a broken rule pack is the status page's news, not a crash
        log.info("opscheck: team rule packs could not be compiled: %s", exc)
        return 0


def _starters(today: dt.date) -> dict[str, tuple[str, str]]:
    """The annotated templates of ``opscheck init``, by the schema they follow."""
    from checker import scaffold

    found = {}
    for name, target in scaffold.TEMPLATES:
        text = scaffold.render(name, today)
        kind = "draft" if name.endswith(".md") else _kind_of(text) or name.split(".")[0]
        found[kind] = (target, text)
    return found


def _kind_of(text: str) -> str | None:
    match = re.search(r"^kind:\s*(\w+)", text, re.M)
    return match.group(1) if match else None


def _schema_names() -> list[str]:
    from importlib import resources

    folder = resources.files("checker.data.schemas")
    return sorted(
        entry.name.removesuffix(".schema.json")
        for entry in folder.iterdir()
        if entry.name.endswith(".schema.json")
    )


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Expand policy directives and append the list of rules that enforce the section."""
    state = _state
    assert state is not None
    src = page.file.src_uri
    markdown, errors = policy_blocks.expand(markdown, state.policies, state.kinds)
    for error in errors:
        log.warning("opscheck: docs/%s: %s", src, error)
    enforced = state.enforced.get(src)
    if enforced:
        markdown = markdown.rstrip() + "\n" + rules_ref.render_enforced_by(enforced, src)
    rule = _rule_of_page(src, state)
    if rule is not None and config.edit_uri and config.edit_uri.endswith("docs/"):
        module = rule.module.replace(".", "/") + ".py"
        page.edit_url = config.edit_uri.removesuffix("docs/") + module
    return markdown


def _rule_of_page(src: str, state: SiteData) -> Any:
    if not src.startswith("rules/") or not src.endswith(".md"):
        return None
    return state.rule_objects.get(src.removeprefix("rules/").removesuffix(".md"))


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Keep Mermaid source out of the search index; the diagram still renders."""
    return html.replace('<pre class="mermaid">', '<pre class="mermaid" data-search-exclude>')


def on_post_build(config: MkDocsConfig) -> None:
    """Patch the search worker's Chinese query segmenter (see :mod:`hooks.search_fix`)."""
    workers = sorted(Path(config.site_dir, "assets/javascripts/workers").glob("search.*.min.js"))
    if not workers:
        log.warning("opscheck: Material's search worker was not found; search is not patched")
    for worker in workers:
        script = worker.read_text(encoding="utf-8")
        if search_fix.is_patched(script):
            continue
        fixed = search_fix.patch_segmenter(script)
        if fixed is None:
            log.warning(
                "opscheck: %s does not contain the query segmenter this build patches; "
                "check hooks/search_fix.py against the installed mkdocs-material",
                worker.name,
            )
            continue
        worker.write_text(fixed, encoding="utf-8")
