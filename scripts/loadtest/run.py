"""Run the load test headless against a running site and check the database afterwards (``make loadtest``).

    python scripts/loadtest/run.py --host http://127.0.0.1:PORT --users 50 --seconds 60

Prints a table per endpoint (requests per second, p50/p95/p99 in ms, errors), then the write check, and as its
last line one JSON object: requests, errors, lost_writes, rps, p50_ms, p95_ms, p99_ms. Exits 1 on any error or
lost (or doubled) write. The database is the one the site uses (DATABASE_URL, same environment).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import gevent
from locust.env import Environment

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import locustfile  # noqa: E402


def run_locust(host: str, users: int, seconds: int) -> tuple[Environment, float]:
    # stop_timeout: at the end each student finishes the task in hand, so no write is cut off half-way.
    env = Environment(user_classes=[locustfile.Student], host=host, stop_timeout=60)
    runner = env.create_local_runner()
    started = time.monotonic()
    runner.start(users, spawn_rate=min(users, 10))
    gevent.sleep(seconds)
    runner.stop()
    runner.quit()
    return env, time.monotonic() - started


def table(env: Environment, elapsed: float) -> None:
    heads = ("requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors")
    print(f"{'endpoint':34} " + " ".join(f"{h:>8}" for h in heads))
    for (name, method), e in sorted(env.stats.entries.items()):
        print(
            f"{method + ' ' + name:34} {e.num_requests:8d} {e.num_requests / elapsed:8.1f} "
            f"{e.get_response_time_percentile(0.5):8.0f} {e.get_response_time_percentile(0.95):8.0f} "
            f"{e.get_response_time_percentile(0.99):8.0f} {e.num_failures:8d}"
        )
    for error in env.stats.errors.values():
        print(f"  error x{error.occurrences}: {error.method} {error.name}: {error.error}")


def check_writes() -> tuple[int, list[str]]:
    """(acknowledged writes checked, problems): every acknowledged write is stored, and stored once."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "studyguide.settings")
    import django

    django.setup()
    from quiz.models import Answer
    from studyguide.worksheets.models import Worksheet

    acks, problems = locustfile.ACKS, []
    for key in acks["practice"]:
        n = Answer.objects.filter(submission_key=key).count()
        if n != 1:
            problems.append(f"practice answer {key}: stored {n} times")
    for key, text in acks["exam"].items():
        attempt, item = key.split(":")
        rows = list(
            Answer.objects.filter(attempt_id=attempt, item__item_id=item).values_list("text", flat=True)
        )
        if rows != [text]:
            problems.append(f"exam {key}: acknowledged {text!r}, stored {rows!r}")
    for key, text in acks["worksheet"].items():
        ws, field = key.split(":")
        stored = getattr(Worksheet.objects.get(pk=ws), field)
        if stored != text:
            problems.append(f"worksheet {key}: acknowledged {text!r}, stored {stored!r}")
    return sum(len(v) for v in acks.values()), problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", required=True)
    parser.add_argument("--users", type=int, default=int(os.environ.get("LOADTEST_USERS", "50")))
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("LOADTEST_SECONDS", "60")))
    args = parser.parse_args()

    env, elapsed = run_locust(args.host, args.users, args.seconds)
    print(f"\n{args.users} students for {args.seconds} s against {args.host}\n")
    table(env, elapsed)
    checked, problems = check_writes()
    print(f"\nacknowledged writes checked: {checked}; lost or doubled: {len(problems)}")
    for problem in problems[:20]:
        print("  " + problem)
    total = env.stats.total
    summary = {
        "requests": total.num_requests,
        "errors": total.num_failures,
        "lost_writes": len(problems),
        "rps": round(total.num_requests / elapsed, 1),
        "p50_ms": round(total.get_response_time_percentile(0.5)),
        "p95_ms": round(total.get_response_time_percentile(0.95)),
        "p99_ms": round(total.get_response_time_percentile(0.99)),
    }
    print(json.dumps(summary))
    return 1 if summary["errors"] or summary["lost_writes"] or not summary["requests"] else 0


if __name__ == "__main__":
    sys.exit(main())
