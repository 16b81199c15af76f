"""Production server settings: `gunicorn studyguide.wsgi` reads this file from the working directory.

Web workers never import torch or fastai: the sentence embedder and the classifier both run in ONNX Runtime
(the embedder's ONNX file is written by `manage.py build_embedder`). Each worker loads both right after it
starts, so a warm worker holds a few hundred MB and is ready within seconds, also when `max_requests`
recycles it. ONNX Runtime runs one thread per worker: on this class of machine two threads under load were
about 30x slower. Add cores and workers together rather than threads.
"""

import os
import time

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))  # about one per core
threads = 1
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))  # recycle workers: bounded memory
max_requests_jitter = 200
preload_app = False  # each worker loads its own models after the fork
accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-")
raw_env = [
    "OMP_NUM_THREADS=1",
    "MKL_NUM_THREADS=1",
    "OPENBLAS_NUM_THREADS=1",
    "TOKENIZERS_PARALLELISM=false",
    "HF_HUB_OFFLINE=1",
]


def post_fork(server, worker):
    worker.started_at = time.monotonic()


def post_worker_init(worker):
    """Load the embedder and the classifier runtime in each worker after the fork (studyguide.warmup, as the
    development server does), so the first student to submit an answer or upload a photo does not wait for
    them. GUNICORN_WARM_MODELS=0 turns this off."""
    if os.environ.get("GUNICORN_WARM_MODELS", "1") == "1":
        from studyguide.warmup import warm_models

        try:
            warm_models()
        except Exception:  # a missing model must not stop the worker: the pages explain what to run
            worker.log.exception("model warm-up failed")
    started = getattr(worker, "started_at", None)
    if started is not None:
        worker.log.info("worker %s ready in %.2f s", worker.pid, time.monotonic() - started)
