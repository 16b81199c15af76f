"""Load the models a web process serves with before its first request needs them (one definition).

gunicorn calls ``warm_models()`` in each worker after the fork (gunicorn.conf.py's ``post_worker_init``); the
development server's serving process calls it in a background thread when it starts, so the server answers at
once and the first grade does not wait ~20 s for the embedder. Nothing else loads models at start: not
migrate, tests or other management commands, and not runserver's autoreload parent, which only watches files.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

log = logging.getLogger(__name__)


def warm_models() -> None:
    """Load the sentence embedder (one encoder call) and the active classifier's runtime, if any."""
    from classifier import selectors as classifier_selectors
    from studyguide.embeddings import get_embedder

    get_embedder().encode(["warm up"])
    if classifier_selectors.active_version() is not None:
        classifier_selectors.get_runtime()


def is_dev_server_process(argv: list[str] | None = None, environ=None) -> bool:
    """True in the process of ``manage.py runserver`` that serves requests: the autoreloader's child
    (``RUN_MAIN=true``), or the only process with ``--noreload``."""
    argv = sys.argv if argv is None else argv
    environ = os.environ if environ is None else environ
    if len(argv) < 2 or os.path.basename(argv[0]) != "manage.py" or argv[1] != "runserver":
        return False
    return "--noreload" in argv or environ.get("RUN_MAIN") == "true"


def _warm_in_background() -> None:
    from django.db import connections

    try:
        warm_models()
        log.info("models loaded")
    except Exception:  # a missing model must not stop the server: the pages explain what to run
        log.exception("model warm-up failed")
    finally:
        connections.close_all()


def warm_dev_server(argv: list[str] | None = None, environ=None) -> threading.Thread | None:
    """In runserver's serving process, start warming the models in a daemon thread; elsewhere nothing."""
    if not is_dev_server_process(argv, environ):
        return None
    thread = threading.Thread(target=_warm_in_background, name="warm-models", daemon=True)
    thread.start()
    return thread
