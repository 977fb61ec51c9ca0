# make run  — create .venv, install, start the app with its demo data
# make test — create .venv, install app and test tools, run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test lint bench demo-data clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.app: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt $(VENV)/.app
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	touch $@

run: $(VENV)/.app
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.headless true

# structure first (import contracts, lint), then the suite
test: $(VENV)/.dev
	$(BIN)/lint-imports
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

# every benchmark runs; the misses are listed at the end and make the target fail
BENCHES := ingest pages storage complaints
bench: $(VENV)/.dev
	@missed=""; for b in $(BENCHES); do $(BIN)/python bench/$$b.py || missed="$$missed $$b"; done; \
	if [ -n "$$missed" ]; then echo "benchmarks that missed their target:$$missed"; exit 1; fi; \
	echo "every benchmark met its target"

demo-data: $(VENV)/.app
	$(BIN)/python scripts/make_demo_data.py

clean:
	rm -rf $(VENV)
