"""Measure a running gunicorn (scripts/bench_pages.sh starts it, with PostgreSQL, for `make bench`).

For a logged-in student: each page's requests per second under wrk as a ratio of the trivial ``/health/``
view in the same run, with p50/p99 latency; the RSS of every warm worker and whether libtorch is mapped in
it; each worker's time from fork to ready (one recycled on purpose); the exam of 31 long answers submitted
through the server (the student's wait) and the time until its grades show (the grading task worker that
scripts/bench_pages.sh starts beside gunicorn); and, in this process, the time to grade each of a few
hundred real answers (the Mohler set) and of every real learner's answer to this chapter. The last line is
one JSON object with every figure. ``--grading-only`` measures just the grading, without a server.
"""

from __future__ import annotations

import json
import os
import signal
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from studyguide.bench import grading as bench_grading
from studyguide.bench import measure, site
from studyguide.bench.web import Browser, submit_exam

TARGETS = {
    "ratio": 0.5,
    "p99_ms": 100.0,
    "rss_mb": 500.0,
    "grading_p50_ms": 10.0,
    "ready_s": 5.0,
    "exam_s": 2.0,
}


class Command(BaseCommand):
    help = "Benchmark the student pages of a running server (see scripts/bench_pages.sh); JSON last line."

    def add_arguments(self, parser):
        parser.add_argument("--url", help="the server, e.g. http://127.0.0.1:8765")
        parser.add_argument("--pidfile", help="gunicorn's pid file (its master)")
        parser.add_argument("--log", help="gunicorn's error log (workers' ready times)")
        parser.add_argument("--workers", type=int)
        parser.add_argument(
            "--grading-only", action="store_true", help="only the time to grade real answers (no server)"
        )
        parser.add_argument("--seconds", type=int, default=10, help="wrk duration per page")
        parser.add_argument("--password", default="bench-" + "x" * 12)
        parser.add_argument("--sweeps", type=int, default=2, help="rounds over all pages (medians reported)")
        parser.add_argument("--exams", type=int, default=4, help="exam submissions to time")
        parser.add_argument("--answer-chars", type=int, default=bench_grading.LONG_ANSWER_CHARS)

    def handle(self, *args, **opts):
        if opts["grading_only"]:
            report = {"grading": self._grading()}
            self.stdout.write(self._grading_line(report["grading"]))
            self.stdout.write(json.dumps(report, sort_keys=True))
            return
        missing = [f"--{name}" for name in ("url", "pidfile", "log", "workers") if opts[name] is None]
        if missing:
            raise CommandError(f"{', '.join(missing)} required (or --grading-only)")
        url, master = opts["url"].rstrip("/"), int(Path(opts["pidfile"]).read_text().strip())
        log_path = Path(opts["log"])
        ready = self._wait_ready(url, log_path, opts["workers"])
        bench = site.prepare(password=opts["password"])
        name, value = site.session_cookie(bench.user_id)
        browser = Browser(url, {name: value})
        self._check_pages(browser, bench.pages)

        report: dict = {"workers": opts["workers"], "wrk_seconds": opts["seconds"], "sweeps": opts["sweeps"]}
        report["pages"] = self._pages(
            url, browser.cookie_header, bench.pages, opts["seconds"], opts["sweeps"]
        )
        health = report["pages"]["health"]["requests_per_s"]

        report["worker_memory"] = self._worker_memory(master)
        report["exam_submit_s"], report["exam_graded_s"] = self._exams(
            browser, bench, opts["exams"], opts["answer_chars"]
        )
        report["exam_answer_chars"] = opts["answer_chars"]
        report["ready_s"] = ready
        report["recycled_ready_s"] = self._recycle(master, log_path, url)
        report["grading"] = self._grading()
        self._print(report, health)
        self.stdout.write(json.dumps(report, sort_keys=True))

    # -- steps -------------------------------------------------------------------------------------------
    def _wait_ready(self, url: str, log_path: Path, workers: int, timeout: float = 180) -> list[float]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            times = measure.ready_times(log_path.read_text() if log_path.is_file() else "")
            if len(times) >= workers and self._status(url + "/health/") == 200:
                return sorted(times.values())
            time.sleep(0.2)
        raise CommandError(f"the server at {url} did not get {workers} ready workers in {timeout:.0f} s")

    @staticmethod
    def _status(url: str) -> int | None:
        try:
            with urllib.request.urlopen(url, timeout=5) as resp:  # noqa: S310 - our own server
                return resp.status
        except (urllib.error.URLError, OSError):
            return None

    def _pages(self, url: str, cookie: str, pages: dict[str, str], seconds: int, sweeps: int) -> dict:
        """wrk on each page right after a run on /health/, ``sweeps`` times over all pages: the machine is
        shared, so each page is compared with the trivial view measured next to it, and medians are kept."""
        runs: dict[str, list[tuple[measure.WrkResult, float]]] = {p: [] for p in site.STUDENT_PAGES}
        healths: list[measure.WrkResult] = []

        def wrk(path: str, duration: int) -> measure.WrkResult:
            measure.run_wrk(url + path, cookie=cookie, seconds=1)  # warm-up
            result = measure.run_wrk(url + path, cookie=cookie, seconds=duration)
            if result.bad_status:  # none answered at all (a stalled worker) is a figure, not an error
                raise CommandError(f"{path}: {result.bad_status} bad statuses of {result.requests} requests")
            return result

        for sweep in range(sweeps):
            for page in site.STUDENT_PAGES:
                health = wrk(pages["health"], max(3, seconds // 2))
                result = wrk(pages[page], seconds)
                healths.append(health)
                runs[page].append((result, result.requests_per_s / max(health.requests_per_s, 1e-9)))
                self.stdout.write(
                    f"  sweep {sweep + 1} {page:<14} {result.requests_per_s:7.0f} req/s "
                    f"(health {health.requests_per_s:5.0f})  p50 {result.p50_ms:6.1f}"
                    f"  p99 {result.p99_ms:6.1f} ms"
                )
        med = bench_grading.percentile
        out = {
            "health": {
                "requests_per_s": round(med([h.requests_per_s for h in healths], 50), 1),
                "p50_ms": round(med([h.p50_ms for h in healths], 50), 2),
                "p99_ms": round(med([h.p99_ms for h in healths], 50), 2),
            }
        }
        for page, results in runs.items():
            ratios = [r for _, r in results]
            out[page] = {
                "ratio": round(med(ratios, 50), 3),
                "ratio_range": [round(min(ratios), 3), round(max(ratios), 3)],
                "requests_per_s": round(med([r.requests_per_s for r, _ in results], 50), 1),
                "p50_ms": round(med([r.p50_ms for r, _ in results], 50), 2),
                "p99_ms": round(med([r.p99_ms for r, _ in results], 50), 2),
                "p99_ms_worst": round(max(r.p99_ms for r, _ in results), 2),
                "socket_errors": sum(r.socket_errors for r, _ in results),
            }
        return out

    def _check_pages(self, browser: Browser, pages: dict[str, str]) -> None:
        """Every page answers 200 to the student (a login redirect would make a page look fast)."""
        for page, path in pages.items():
            status, html, _ = browser.request(path)
            if status != 200 or (page != "health" and 'action="/accounts/logout/' not in html):
                raise CommandError(f"{page} ({path}): status {status}, not the logged-in page")

    def _worker_memory(self, master: int) -> list[dict]:
        out = []
        for pid in measure.children(master):
            libs = measure.mapped_libraries(pid, ("libtorch", "libc10", "libonnxruntime"))
            out.append(
                {
                    "pid": pid,
                    "rss_mb": round(measure.rss_mb(pid), 1),
                    "pss_mb": round(measure.pss_mb(pid) or 0.0, 1),
                    "libtorch_mapped": any("libtorch" in lib or "libc10" in lib for lib in libs),
                    "onnxruntime_mapped": any("onnxruntime" in lib for lib in libs),
                }
            )
        return out

    def _exams(
        self, browser: Browser, bench: site.BenchSite, count: int, chars: int
    ) -> tuple[list[float], list[float]]:
        """Each exam's submit time (the student's wait) and its time until graded (the task worker's job)."""
        from quiz import services
        from quiz.models import Quiz, QuizItem
        from studyguide.course.selectors import items_with_key

        exam = Quiz.objects.get(slug=bench.exam_slug)
        items = items_with_key().filter(pk__in=QuizItem.objects.filter(quiz=exam).values("item_id"))
        answers = {item.item_id: bench_grading.long_answer(item, chars) for item in items}
        student = get_user_model().objects.get(pk=bench.user_id)
        submitted, graded = [], []
        for _ in range(count):
            attempt = services.attempt_start(quiz=exam, student=student)
            submit_s, graded_s = submit_exam(browser, attempt.pk, answers)
            submitted.append(round(submit_s, 3))
            graded.append(round(graded_s, 3))
        return submitted, graded

    def _recycle(self, master: int, log_path: Path, url: str) -> float | None:
        """Stop one worker as max_requests would; the master forks a new one: its time to ready."""
        before = measure.ready_times(log_path.read_text())
        os.kill(measure.children(master)[0], signal.SIGTERM)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            new = set(measure.ready_times(log_path.read_text())) - set(before)
            if new:
                return measure.ready_times(log_path.read_text())[new.pop()]
            time.sleep(0.2)
        return None

    def _grading(self) -> dict:
        """Time per real answer: this chapter's learners (the target's figure) and the Mohler set."""
        shared = Path(settings.SHARED_DATA_DIR) / "asag"
        data, learners = shared / "mohler_v2", shared / "fastbook_ch2" / "answers.jsonl"
        if not data.is_dir():
            return {"skipped": f"no real answers at {data} (SHARED_DATA_DIR)"}
        pct = bench_grading.percentile
        ms = bench_grading.grading_ms_per_answer(data)
        out: dict = {
            "answers": len(ms),
            "p50_ms": round(pct(ms, 50), 2),
            "p90_ms": round(pct(ms, 90), 2),
            "p95_ms": round(pct(ms, 95), 2),
        }
        if learners.is_file():
            cpu: list[float] = []
            ms = bench_grading.learner_grading_ms(learners, cpu_ms=cpu)
            out["learners"] = {
                "answers": len(ms),
                "p50_ms": round(pct(ms, 50), 2),
                "p90_ms": round(pct(ms, 90), 2),
                "p95_ms": round(pct(ms, 95), 2),
                # CPU time per answer: on a busy machine the wall time also counts waiting for a core
                **({"cpu_p50_ms": round(pct(cpu, 50), 2)} if cpu else {}),
            }
        return out

    @staticmethod
    def _grading_line(g: dict) -> str:
        if "skipped" in g:
            return f"grading per real answer: {g}"
        line = f"grading per real answer (Mohler, {g['answers']}): p50 {g['p50_ms']} ms, p95 {g['p95_ms']} ms"
        if "learners" in g:
            lg = g["learners"]
            line += (
                f"; this chapter's learners ({lg['answers']}): p50 {lg['p50_ms']} ms, p95 {lg['p95_ms']} ms"
            )
            if "cpu_p50_ms" in lg:
                line += f" (CPU p50 {lg['cpu_p50_ms']} ms)"
        return line

    @staticmethod
    def _grading_p50(g: dict) -> float:
        """The figure the target is about: learners' answers to this chapter when there, else Mohler's."""
        return g.get("learners", g).get("p50_ms", 0.0)

    def _print(self, report: dict, health: float) -> None:
        w = self.stdout.write
        w("")
        w(f"{'page (medians)':<15}{'req/s':>9}{'ratio':>8}{'range':>13}{'p50 ms':>9}{'p99 ms':>9}")
        for page, r in report["pages"].items():
            ratio = r.get("ratio", r["requests_per_s"] / health)
            span = "{:.2f}-{:.2f}".format(*r["ratio_range"]) if "ratio_range" in r else ""
            w(
                f"{page:<15}{r['requests_per_s']:>9.0f}{ratio:>8.2f}{span:>13}"
                f"{r['p50_ms']:>9.1f}{r['p99_ms']:>9.1f}"
            )
        for m in report["worker_memory"]:
            w(
                f"worker {m['pid']}: RSS {m['rss_mb']:.0f} MB (PSS {m['pss_mb']:.0f} MB), "
                f"libtorch mapped: {m['libtorch_mapped']}"
            )
        w(f"worker ready (s): {report['ready_s']}; after a recycle: {report['recycled_ready_s']}")
        w(
            f"exam of 31 answers x {report['exam_answer_chars']} chars submitted in (s): "
            f"{report['exam_submit_s']}; graded by the task worker after (s): {report['exam_graded_s']}"
        )
        g = report["grading"]
        w(self._grading_line(g))
        misses = [
            *(f"{p} ratio" for p in site.STUDENT_PAGES if report["pages"][p]["ratio"] < TARGETS["ratio"]),
            *(f"{p} p99" for p in site.STUDENT_PAGES if report["pages"][p]["p99_ms"] >= TARGETS["p99_ms"]),
            *(
                f"worker {m['pid']} memory"
                for m in report["worker_memory"]
                if m["rss_mb"] > TARGETS["rss_mb"]
            ),
            *(f"worker {m['pid']} libtorch" for m in report["worker_memory"] if m["libtorch_mapped"]),
            *(["ready time"] if max(report["ready_s"]) > TARGETS["ready_s"] else []),
            *(["exam submit"] if min(report["exam_submit_s"], default=99) > TARGETS["exam_s"] else []),
            *(["grading p50"] if self._grading_p50(g) > TARGETS["grading_p50_ms"] else []),
        ]
        report["targets_missed"] = misses
        w("targets missed: " + (", ".join(misses) if misses else "none"))
