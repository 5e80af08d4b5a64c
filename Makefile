# Two commands do everything on a fresh Debian/Ubuntu machine with Python 3.11+ and make:
#   make run   create .venv, install, check the example repository, serve the handbook
#   make test  create .venv, install what the tests need (chromium too), run ruff, mypy, pytest
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUN_STAMP := $(VENV)/.run-installed
TEST_STAMP := $(VENV)/.test-installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export NO_MKDOCS_2_WARNING := 1

.PHONY: run test lint typecheck unit system-deps site site-zip vendor-mermaid bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN_STAMP): $(BIN)/python pyproject.toml requirements-site.txt
	$(BIN)/pip install --quiet -e . -r requirements-site.txt
	touch $@

$(TEST_STAMP): $(RUN_STAMP) requirements-test.txt
	$(BIN)/pip install --quiet -r requirements-test.txt
	touch $@

# Debian's chromium (browser test) and git (pre-commit test), installed only when missing.
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium fonts-noto-cjk"; \
	command -v git >/dev/null 2>&1 || missing="$$missing git"; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi

run: $(RUN_STAMP)
	-$(BIN)/opscheck
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(TEST_STAMP)
	$(BIN)/mypy --strict checker hooks

unit: $(TEST_STAMP) system-deps
	$(BIN)/pytest

test: lint typecheck unit

site: $(RUN_STAMP)
	$(BIN)/mkdocs build --strict

# A zip of the handbook that works opened from disk (file://): offline plugin, no instant loading.
site-zip: $(RUN_STAMP)
	OFFLINE=true $(BIN)/mkdocs build --strict -f mkdocs-offline.yml
	rm -f handbook-offline.zip
	$(BIN)/python -c "import shutil; shutil.make_archive('handbook-offline', 'zip', '.', 'site-offline')"
	@echo "handbook-offline.zip: unzip it and open site-offline/index.html"

# Vendored JavaScript (no CDN at run time): Mermaid and Material's iframe-worker shim, from the
# npm registry at pinned versions, checked against docs/assets/vendor/SHA256SUMS. To move to a
# new version: make vendor-mermaid MERMAID_VERSION=x.y.z UPDATE_SUMS=1, then review the diff.
MERMAID_VERSION := 11.17.2
IFRAME_WORKER_VERSION := 1.0.4
VENDOR := docs/assets/vendor
vendor-mermaid:
	@set -eu; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	( cd "$$tmp" && npm pack --silent mermaid@$(MERMAID_VERSION) iframe-worker@$(IFRAME_WORKER_VERSION) >/dev/null ); \
	mkdir -p $(VENDOR); \
	tar -xzf "$$tmp/mermaid-$(MERMAID_VERSION).tgz" -O package/dist/mermaid.min.js > $(VENDOR)/mermaid.min.js; \
	tar -xzf "$$tmp/mermaid-$(MERMAID_VERSION).tgz" -O package/LICENSE > $(VENDOR)/mermaid.LICENSE.txt; \
	tar -xzf "$$tmp/iframe-worker-$(IFRAME_WORKER_VERSION).tgz" -O package/shim/index.js > $(VENDOR)/iframe-worker-shim.js; \
	tar -xzf "$$tmp/iframe-worker-$(IFRAME_WORKER_VERSION).tgz" -O package/LICENSE > $(VENDOR)/iframe-worker.LICENSE.txt; \
	cd $(VENDOR); \
	if [ -n "$${UPDATE_SUMS:-}" ]; then \
		sha256sum mermaid.min.js mermaid.LICENSE.txt iframe-worker-shim.js iframe-worker.LICENSE.txt > SHA256SUMS; \
		printf 'mermaid %s\niframe-worker %s\n' $(MERMAID_VERSION) $(IFRAME_WORKER_VERSION) > VERSIONS; \
	fi; \
	sha256sum --check --strict SHA256SUMS

# The benchmark against textlint, zhlint and autocorrect (never part of make test); installs the
# pinned peers into bench/.peers/ and writes bench/out/results.md. See bench/README.md.
bench: $(RUN_STAMP)
	$(BIN)/python bench/run.py --install-peers --profile

clean:
	rm -rf $(VENV) site site-offline handbook-offline.zip .pytest_cache .mypy_cache .ruff_cache .opscheck-cache bench/out
