"""Production server settings: `gunicorn studyguide.wsgi` reads this file from the working directory.

Each worker loads the sentence-embedding model and the classifier runtime on first use (never at import),
so memory grows by roughly 0.5–1 GB per worker once both are used. Torch and ONNX Runtime run one thread
per worker: on this class of machine two threads under load were about 30× slower, and a forked worker can
hang in a multi-threaded encode.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))  # about one per core
threads = 1
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))  # the first grade in a worker loads the model
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))  # recycle workers: bounded memory
max_requests_jitter = 200
preload_app = False  # never fork after torch has started threads
accesslog = "-"
raw_env = ["OMP_NUM_THREADS=1", "MKL_NUM_THREADS=1", "TOKENIZERS_PARALLELISM=false", "HF_HUB_OFFLINE=1"]


def post_worker_init(worker):
    """Load the embedder and the classifier runtime in each worker after the fork, so the first student to
    submit an answer or upload a photo does not wait for them. GUNICORN_WARM_MODELS=0 turns this off."""
    if os.environ.get("GUNICORN_WARM_MODELS", "1") != "1":
        return
    try:
        from classifier import selectors as classifier_selectors
        from studyguide.embeddings import get_embedder

        get_embedder().encode(["warm up"])
        if classifier_selectors.active_version() is not None:
            classifier_selectors.get_runtime()
    except Exception:  # a missing model must not stop the worker: the pages explain what to run
        worker.log.exception("model warm-up failed")
