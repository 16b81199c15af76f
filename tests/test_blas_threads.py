"""Every process started by manage.py (the grading task worker, grader_eval, the benchmarks) runs numpy's
BLAS at one thread, as gunicorn's web workers do: a second BLAS thread spinning beside ONNX Runtime slowed
grading."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = (
    "import numpy, threadpoolctl; "
    "print(max(i['num_threads'] for i in threadpoolctl.threadpool_info() if i['user_api'] == 'blas'))"
)


def _blas_threads(argv: list[str], env: dict[str, str]) -> int:
    result = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip().splitlines()[-1])


def test_manage_py_processes_run_blas_at_one_thread():
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    env["DJANGO_DEBUG"] = "1"
    # the probe itself, without manage.py, gets the library's default (one thread per core, here at least 2
    # when the machine has them): so the figure below comes from manage.py, not from the environment
    if (os.cpu_count() or 1) > 1:
        assert _blas_threads([sys.executable, "-c", PROBE], env) > 1
    assert _blas_threads([sys.executable, "manage.py", "shell", "-c", PROBE], env) == 1


def test_gunicorn_workers_get_one_blas_thread():
    namespace: dict = {}
    exec((ROOT / "gunicorn.conf.py").read_text(), namespace)  # noqa: S102 - our own config file
    assert "OPENBLAS_NUM_THREADS=1" in namespace["raw_env"]
