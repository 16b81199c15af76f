# Two commands for a fresh machine:
#   make run   — install, migrate, load content, build both models, demo accounts, serve on 127.0.0.1:8000
#   make test  — install (plus test tools and Debian's Chromium), ruff, the whole suite on SQLite and PostgreSQL
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
DEMO_PASSWORD ?= drivetrain-demo
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test install install-dev setup serve lint bench loadtest clean-venv

$(PY):
	$(PYTHON) -m venv $(VENV)

# Reinstall only when a requirements file changes (the stamp records their hash).
install: $(PY)
	@stamp=$$(cat requirements.txt | sha256sum | cut -c1-16); \
	if [ "$$(cat $(VENV)/.req-stamp 2>/dev/null)" != "$$stamp" ]; then \
		echo "== pip install (first run: a few minutes)"; \
		free_mb=$$(df -Pm . | awk 'NR==2 {print $$4}'); \
		if [ ! -f $(VENV)/.req-stamp ] && [ "$${free_mb:-0}" -lt 9000 ]; then \
			echo "== warning: $${free_mb} MB free on this disk; a first install takes about 7.5 GB" \
				"(torch's CUDA build and its libraries)" >&2; \
		fi; \
		$(VENV)/bin/pip install -q --progress-bar off -r requirements.txt 2>&1 \
			| { grep -v 'is ignored: it is neither a file nor a directory' || true; }; \
		test $${PIPESTATUS[0]} -eq 0 && echo "$$stamp" > $(VENV)/.req-stamp; \
	fi

install-dev: install
	@stamp=$$(cat requirements.txt requirements-dev.txt | sha256sum | cut -c1-16); \
	if [ "$$(cat $(VENV)/.req-dev-stamp 2>/dev/null)" != "$$stamp" ]; then \
		echo "== pip install (test tools)"; \
		$(VENV)/bin/pip install -q --progress-bar off -r requirements.txt -r requirements-dev.txt 2>&1 \
			| { grep -v 'is ignored: it is neither a file nor a directory' || true; }; \
		test $${PIPESTATUS[0]} -eq 0 && echo "$$stamp" > $(VENV)/.req-dev-stamp; \
	fi

setup: install
	DJANGO_DEBUG=1 $(PY) manage.py migrate --noinput
	DJANGO_DEBUG=1 $(PY) manage.py load_course
	DJANGO_DEBUG=1 $(PY) manage.py create_quizzes
	DJANGO_DEBUG=1 $(PY) manage.py build_classifier
	DJANGO_DEBUG=1 $(PY) manage.py build_embedder
	DJANGO_DEBUG=1 $(PY) manage.py create_demo_accounts --password "$(DEMO_PASSWORD)"
	DJANGO_DEBUG=1 $(PY) manage.py create_demo_data

run: setup
	@$(MAKE) --no-print-directory serve

# The web server and, beside it, two task workers: one trains students' classifiers, one grades submitted
# exams (its own queue, so grades never wait behind a training run). Ctrl-C stops all three: the workers get
# the same Ctrl-C (they then finish or, at the trap's second signal, abandon their job: a training job is
# shown as failed, an exam's grading is queued again when its result is next opened) and the trap makes sure
# they are gone before make returns.
serve:
	@echo ""
	@echo "  Drivetrain study guide: http://127.0.0.1:8000/"
	@echo "  Demo logins (password: $(DEMO_PASSWORD)): teacher, student1, student2, student3"
	@echo "  Training jobs and exam grading run in task workers (manage.py db_worker) started beside the server."
	@echo ""
	@DJANGO_DEBUG=1 $(PY) manage.py db_worker --no-reload --interval 1 & worker=$$!; \
	DJANGO_DEBUG=1 $(PY) manage.py db_worker --no-reload --interval 0.5 --queue-name grading & grader=$$!; \
	stop_worker() { kill -TERM $$worker $$grader 2>/dev/null && sleep 1 && kill -TERM $$worker $$grader 2>/dev/null; \
		wait $$worker $$grader 2>/dev/null; }; \
	trap 'stop_worker; trap - EXIT; exit 130' INT TERM; trap stop_worker EXIT; \
	DJANGO_DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

test: install-dev
	bash scripts/run_tests.sh

lint: install-dev
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .

bench: setup
	DJANGO_DEBUG=1 $(PY) manage.py bench_classifier
	DJANGO_DEBUG=1 $(PY) manage.py evaluate_classifier --data ../shared/data --split test
	DJANGO_DEBUG=1 $(PY) manage.py grader_eval --data ../shared/data/asag/mohler_v2
	bash scripts/bench_pages.sh

# LOADTEST_USERS (50) students for LOADTEST_SECONDS (60) against gunicorn + a throwaway PostgreSQL; the last
# line printed is one JSON object (requests, errors, lost_writes, rps, p50_ms, p95_ms, p99_ms).
loadtest: install-dev
	bash scripts/loadtest.sh

clean-venv:
	rm -rf $(VENV)
