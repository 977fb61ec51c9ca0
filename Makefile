# make run  — create .venv, install, start the app with its demo data
# make test — create .venv, install app and test tools, run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test screenshots lock bench load fuzz mutate replicas demo-data clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "Python 3.11 or newer is needed ($(PYTHON) is $$($(PYTHON) --version 2>&1)); run: make PYTHON=python3.11 …"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# every indirect dependency is pinned by requirements.lock (make lock regenerates it)
$(VENV)/.app: requirements.txt requirements.lock | $(BIN)/python
	$(BIN)/python -m pip install -q -r requirements.txt -c requirements.lock
	touch $@

$(VENV)/.dev: requirements-dev.txt requirements.lock $(VENV)/.app
	$(BIN)/python -m pip install -q -r requirements-dev.txt -c requirements.lock
	touch $@

lock: $(VENV)/.dev
	$(BIN)/python -m pip install -q uv==0.13.9
	$(BIN)/uv pip compile requirements.txt requirements-dev.txt --python-version 3.11 -o requirements.lock --no-header -q

# loopback unless ITA_ADDRESS says otherwise; Streamlit's upload cap is the app's own (ITA_MAX_UPLOAD_MB)
SETTING = $(BIN)/python -c 'import sys; from analysis.common import settings; print(settings.get(sys.argv[1]))'
run: $(VENV)/.app
	@$(BIN)/python scripts/auth_check.py
	$(BIN)/python -m ui.serve run app.py --server.port $(PORT) --server.headless true \
	  --server.address "$$($(SETTING) ITA_ADDRESS)" --server.maxUploadSize "$$($(SETTING) ITA_MAX_UPLOAD_MB)"

# a shared deployment: two replicas (ports 8601, 8602) on loopback against the PostgreSQL of ITA_DATABASE_URL, for a
# reverse proxy with sticky sessions (deploy/nginx.conf or deploy/Caddyfile); sign-in required (ITA_AUTH local/oidc)
REPLICA_PORTS ?= 8601,8602
replicas: $(VENV)/.app
	$(BIN)/python scripts/replicas.py --ports $(REPLICA_PORTS)

# structure first (import contracts, lint), then the suite
test: $(VENV)/.dev
	$(BIN)/lint-imports
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q -n 2 --dist loadgroup --cov --cov-report=term:skip-covered --cov-fail-under=92 -m 'not screenshots'

# every page in Thai, English and presentation mode at 1366×768 and 1920×1080 on the demo, checked (no error, no raw
# text code, no overlapping chart labels) and saved under docs/screenshots/ (about four minutes; not in make test)
screenshots: $(VENV)/.dev
	$(BIN)/python -m pytest -q -m screenshots tests/test_screenshots.py

# every benchmark runs and prints each figure against its target; every missed target is listed at the end and
# makes the target fail. BENCH_QUICK=1 make bench: a fast smoke run (fewer rounds); BENCHES="pages national" for some
BENCHES ?= ingest pages storage complaints deck first_open national
bench: $(VENV)/.dev
	$(BIN)/python bench/run.py $(BENCHES)

# a bounded load test: 20 simulated sessions for 40 s against a server of its own on loopback (not in make test)
load: $(VENV)/.dev
	$(BIN)/python bench/load.py

# the importers' fuzz tests with many more examples (random, truncated and bit-flipped files), at most 20 minutes
fuzz: $(VENV)/.dev
	HYPOTHESIS_PROFILE=fuzz timeout 1200 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_fuzz_importers.py

# mutation testing: first the listed mutants of issue 15 (band edges in the framework files, personal-data forms,
# the 15-day rule, each half of the optimistic lock; each must be killed, ~2 minutes), then mutmut over scoring,
# personal data, the 15-day rule and the measure store (about 25 minutes; the survivors are listed)
mutate: $(VENV)/.dev
	$(BIN)/python scripts/listed_mutants.py
	$(BIN)/mutmut run --max-children 2 || true
	$(BIN)/mutmut results

demo-data: $(VENV)/.app
	$(BIN)/python scripts/make_demo_data.py

clean:
	rm -rf $(VENV)
