# The two commands of the README: `make run` and `make test`. Everything they need is installed
# from here (Python packages into .venv, Neo4j jars from Maven Central, Chromium from Debian), and
# stamps make a second run skip what is already done.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STATE  := .actagraph
INSTALLED := $(VENV)/.installed
LOADED    := $(STATE)/loaded.stamp
NEO4J_LIB := $(STATE)/neo4j/lib/.fetched
SOURCES   := $(wildcard data/sources/*.txt data/sources/*.md)
PYTEST_ARGS ?=
BENCH_ARGS ?= --browser-sizes 100,500


.PHONY: run test test-fast install load neo4j neo4j-stop browser bench clean

run: $(LOADED)
	$(BIN)/actagraph serve

install: $(INSTALLED)

$(INSTALLED): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is required")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	$(BIN)/python -m pip install -q --no-deps -e .
	touch $@

load: $(LOADED)

$(LOADED): $(INSTALLED) $(SOURCES) $(wildcard data/*.yaml loaders/*.py graph/*.py)
	mkdir -p $(STATE)
	$(BIN)/actagraph load $(SOURCES)
	touch $@

neo4j: $(INSTALLED)
	$(BIN)/actagraph neo4j start

neo4j-stop: $(INSTALLED)
	$(BIN)/actagraph neo4j stop

browser:
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver graphviz >/dev/null)
	@command -v dot >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq graphviz >/dev/null)

test: $(INSTALLED) browser
	$(BIN)/actagraph neo4j start
	$(BIN)/python -m pytest $(PYTEST_ARGS); status=$$?; \
	  $(BIN)/actagraph neo4j stop; \
	  exit $$status

# The quick loop: everything that needs neither Neo4j, nor a browser, nor the benchmark, and is
# not marked slow: no graph database is opened (tests/conftest.py marks the tests of the store
# fixtures), no command runs as a process (`make test` runs all). Two pytest-xdist workers by
# default, each extracting the report and reading the data once: on an idle 2-core machine 1,427
# tests in 45 s wall (78 s CPU), against 68 s wall (59 s CPU) in one process (BENCHMARKS.md);
# FAST_WORKERS=0 runs one process, quicker when the cores are busy with other work. `make test`
# stays one process: its Neo4j tests share one server and its data.
FAST_WORKERS ?= 2
test-fast: $(INSTALLED)
	$(BIN)/python -m pytest -q -n $(FAST_WORKERS) -m "not neo4j and not browser and not slow" $(PYTEST_ARGS)

# The benchmark runs its own Neo4j (port 7699, .actagraph/neo4j-bench) so it never touches the
# test server's data; it writes bench/results/latest.json and BENCHMARKS.md.
bench: $(INSTALLED) browser
	$(BIN)/python -m graph.neo4j_server fetch
	$(BIN)/python -m bench.run $(BENCH_ARGS)
	$(BIN)/python -m bench.bounded --size 100

clean:
	rm -rf $(STATE) build *.egg-info
