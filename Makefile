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

.PHONY: run test lint typecheck unit system-deps site bench clean

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
	$(BIN)/mypy --strict checker

unit: $(TEST_STAMP) system-deps
	$(BIN)/pytest

test: lint typecheck unit

site: $(RUN_STAMP)
	$(BIN)/mkdocs build --strict

# The benchmark against textlint, zhlint and autocorrect (never part of make test); installs the
# pinned peers into bench/.peers/ and writes bench/out/results.md. See bench/README.md.
bench: $(RUN_STAMP)
	$(BIN)/python bench/run.py --install-peers --profile

clean:
	rm -rf $(VENV) site site-offline .pytest_cache .mypy_cache .ruff_cache .opscheck-cache bench/out
