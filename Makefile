# Tessel: `make run` builds, installs the kernelspec and executes notebooks/
# into reports/; `make test` runs every test. Both install what is missing.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
JUPYTER := $(VENV)/bin/jupyter
TESSEL := .build/release/tessel
APT_PACKAGES := libzmq3-dev libopenblas-dev libmimalloc-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The kernelspec goes into the venv (its sys.prefix), where the venv's Jupyter finds it.
export JUPYTER_PATH := $(CURDIR)/$(VENV)/share/jupyter

.PHONY: all deps system-deps venv build install-kernel run test lint test-swift test-python fuzz bench fixtures lab clean

all: build

deps: system-deps venv

system-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

venv: $(VENV)/.stamp

$(VENV)/.stamp: requirements-dev.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -r requirements-dev.txt
	touch $@

build: system-deps
	# The Swift runtime and Foundation linked in: resolving their dynamic symbols was a third of start-up.
	swift build -c release --product tessel --static-swift-stdlib

install-kernel: build venv
	$(TESSEL) install --prefix $(VENV)

run: install-kernel
	mkdir -p reports
	$(JUPYTER) nbconvert --execute --to html --output-dir reports \
	  --ExecutePreprocessor.kernel_name=tessel --ExecutePreprocessor.timeout=600 notebooks/*.ipynb
	@echo "Reports:"; ls -1 reports/*.html

test: lint test-swift test-python

# Formatting as committed in .swift-format; `swift format -i -r Sources Tests` fixes it.
lint:
	swift format lint --strict -r Sources Tests Package.swift

test-swift: system-deps
	swift test

test-python: install-kernel
	$(PY) -m pytest Tests/python -q

# The wire fuzzer at full size (`make test` runs a seeded 10⁴ messages): SEED=… MESSAGES=… to vary it.
fuzz: install-kernel
	$(PY) Tests/python/wire_fuzz.py --messages $(or $(MESSAGES),1000000) --seed $(or $(SEED),1)

# NumPy's answers for Tests/fixtures/numpy.json, from the pinned NumPy.
fixtures: venv
	$(PY) Tests/fixtures/make_numpy_fixtures.py
	$(PY) Tests/fixtures/make_stats_fixtures.py
	$(PY) Tests/fixtures/make_scipy_fixtures.py
	$(PY) Tests/fixtures/make_library_names.py
	$(PY) Tests/fixtures/make_ziggurat_tables.py

bench: install-kernel
	$(PY) bench/kernel_latency.py
	$(PY) bench/interpreter_loops.py
	$(PY) bench/tensor_ops.py
	$(PY) bench/interrupt_latency.py
	$(PY) bench/python_bench.py --runs 3
	$(PY) bench/installed_numpy.py --runs 3

lab: install-kernel
	$(VENV)/bin/pip install -q -r requirements-lab.txt
	$(JUPYTER) lab

clean:
	rm -rf .build reports
