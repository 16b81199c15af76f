"""axe-core on every main page, as a visitor, a student and a teacher, in Chromium under the site's real
Content-Security-Policy: no critical or serious violation (nor the issue's named ones, see tests/a11y.py).

Pages are used a little first where their interesting state needs it (practice feedback, a classified photo
with both labs open, coaching notes), so axe sees what a student sees. Every page's full result (all impacts)
is written to ``artifacts/axe-results.json``.
"""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Page, expect

from tests.a11y import axe_violations, blocking, describe
from tests.browser import htmx_settled, log_in
from tests.classifier import conftest as classifier_fixtures
from tests.classifier.images import jpeg
from tests.quiz import quiz_fixtures

pytestmark = [pytest.mark.browser, pytest.mark.real_model, pytest.mark.django_db(transaction=True)]
builtin_manifest = classifier_fixtures.builtin_manifest  # the real built-in model (built once per session)
stub_embedder = quiz_fixtures.stub_embedder
ANSWER = (
    "Run the model alongside people first so they check every prediction, then a limited trial in one "
    "place, then expand step by step with good reporting."
)


class Audit:
    """Runs axe on pages and keeps every result; ``check`` fails the test with all findings at once."""

    def __init__(self, page: Page, base: str, role: str):
        self.page, self.base, self.role, self.results = page, base, role, {}

    def __call__(self, label: str, url: str | None = None) -> None:
        if url is not None:
            response = self.page.goto(self.base + url)
            assert response is not None and response.ok, f"{self.role} {url}: {response and response.status}"
            # axe runs on the page as served, under its real policy
            assert "script-src 'self'" in response.headers.get("content-security-policy", "")
        self.results[label] = axe_violations(self.page)

    def findings(self) -> list[str]:
        return [line for label, found in self.results.items() for line in describe(label, blocking(found))]


@pytest.fixture
def journeys(db, builtin_manifest, make_user, course, stub_embedder, rules_only_coach):
    """A teacher, a student in the teacher's cohort and what their pages show: a submitted and an open exam,
    a worksheet submitted for review, a project with one trained version, a flagged photo."""
    from classifier import services as classifier_services
    from classifier.models import Flag
    from classifier.projects.models import ProjectImage, ProjectModel, TrainingJob
    from classifier.projects.services import images, projects
    from quiz.exam_drafts import Draft
    from quiz.exam_services import exam_submit
    from quiz.services import AnswerData, attempt_start, builtin_quizzes_ensure
    from studyguide.accounts.services import cohort_create, cohort_join
    from studyguide.course.models import Item
    from studyguide.worksheets.services import worksheet_create, worksheet_submit
    from tests.classifier.projects.conftest import photo_file

    classifier_services.model_version_register(manifest=builtin_manifest, activate=True)
    teacher = make_user("teach", teacher=True)
    student = make_user("stu")
    cohort = cohort_create(teacher=teacher, name="Class A")
    cohort_join(student=student, code=cohort.join_code)
    exam = builtin_quizzes_ensure()["exam"]
    item = Item.objects.get(item_id="ch2-q1")
    submitted, _ = exam_submit(
        attempt=attempt_start(quiz=exam, student=student), drafts={item: Draft(AnswerData(text=ANSWER))}
    )
    ws = worksheet_create(owner=student, title="Bakery plan", values={"objective": "Throw away less bread"})
    worksheet_submit(worksheet=ws)

    project = projects.project_create(owner=student, name="Bears", class_names=["grizzly", "black"])
    for klass in project.classes.all():
        images.images_add(project=project, klass=klass, files=[photo_file(f"{klass.name}.jpg", klass.pk)])
    image = ProjectImage.objects.first()
    loss = {"split": "valid", "loss": 2.3, "predicted": "black", "actual": "grizzly", "prob": 0.9}
    ProjectModel.objects.create(
        project=project,
        number=1,
        folder="job-999",
        learner_sha256="0" * 64,
        onnx_sha256="0" * 64,
        vocab=["black", "grizzly"],
        metrics={
            "error_rate": 0.5,
            "confusion": {"labels": ["black", "grizzly"], "matrix": [[1, 0], [1, 0]]},
            "top_losses": [{"image": str(image.pk), **loss}],
            "history": [],
        },
        card={"counts": {"black": 1, "grizzly": 1}, "n_train": 0, "n_valid": 2, "epochs": 1, "versions": {}},
        gate={"rows": [294, 295], "threshold": 0.3, "valid_passed": 2, "n_valid": 2, "coverage": 0.8},
        scores={str(image.pk): loss},
    )
    job = TrainingJob.objects.create(
        project=project, owner=student, status=TrainingJob.FAILED, error="stopped"
    )
    flag = Flag.objects.create(
        user=student,
        predicted_label="grizzly",
        correct_label="not_a_bear",
        verdict="confident",
        bear_mass=0.6,
    )
    flag.image.save("flag.jpg", photo_file("flag.jpg", 5), save=True)
    return {
        "teacher": teacher,
        "student": student,
        "cohort": cohort,
        "submitted": submitted,
        "exam": exam,
        "worksheet": ws,
        "project": project,
        "job": job,
    }


@pytest.fixture
def rules_only_coach(monkeypatch):
    from studyguide.worksheets.coaching import semantic

    monkeypatch.setattr(semantic, "get_semantics", lambda: None)


@pytest.fixture
def record(artifacts_dir):
    audits: list[Audit] = []
    yield audits
    summary = {
        f"{a.role} {label}": [{"id": v["id"], "impact": v["impact"], "nodes": len(v["nodes"])} for v in found]
        for a in audits
        for label, found in a.results.items()
    }
    path = artifacts_dir / "axe-results.json"
    old = json.loads(path.read_text()) if path.is_file() else {}
    path.write_text(json.dumps({**old, **summary}, indent=1, sort_keys=True))


def classify_and_open_the_labs(page: Page, photo) -> None:
    page.locator("#id_image").set_input_files(str(photo))
    expect(page.locator("#verdict")).to_be_visible()
    htmx_settled(page)  # the labs' triggers are wired when the swap settles
    page.get_by_label("Corruption").select_option("blur")
    expect(page.locator("#shift-result svg")).to_be_visible()
    page.get_by_role("button", name="Show the four versions").click()
    expect(page.locator(".resize-item")).to_have_count(4)


def test_visitor_pages_have_no_serious_axe_violation(live_server, page: Page, journeys, record, tmp_path):
    audit = Audit(page, live_server.url, "visitor")
    record.append(audit)
    for url in ("/", "/study/", "/accounts/login/", "/accounts/signup/", "/accounts/password_reset/"):
        audit(url, url)
    audit("password reset sent", "/accounts/password_reset/done/")
    audit("password reset link (invalid)", "/accounts/reset/MQ/bad-token/")
    audit("password reset complete", "/accounts/reset/done/")
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Username").fill("nobody")
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("alert").first).to_be_visible()
    audit("login with an error")
    photo = tmp_path / "bear.jpg"
    photo.write_bytes(jpeg(320, 240, seed=3))
    page.goto(live_server.url + "/classifier/")
    classify_and_open_the_labs(page, photo)
    audit("classifier with a result and both labs")
    assert not audit.findings(), "\n".join(audit.findings())


def test_student_pages_have_no_serious_axe_violation(live_server, page: Page, journeys, record, tmp_path):
    from quiz.models import ReviewCard

    j = journeys
    audit = Audit(page, live_server.url, "student")
    record.append(audit)
    log_in(page, live_server.url, j["student"].username)
    for url in (
        "/",
        "/study/",
        "/study/notes/out-of-domain-and-domain-shift/",
        "/study/items/ch2-q1/",
        "/quiz/",
        "/quiz/history/",
        "/worksheets/",
        "/worksheets/examples/",
        "/classifier/model-card/",
        "/classifier/projects/",
        "/accounts/cohorts/",
        "/accounts/password_change/",
        "/accounts/password_change/done/",
    ):
        audit(url, url)
    audit("exam result", f"/quiz/attempts/{j['submitted'].pk}/result/")
    ws = j["worksheet"].pk
    audit("worksheet edit", f"/worksheets/{ws}/")
    audit("worksheet check", f"/worksheets/{ws}/check/")
    audit("worksheet history", f"/worksheets/{ws}/history/")
    p = j["project"].pk
    audit("project", f"/classifier/projects/{p}/")
    audit("project training job", f"/classifier/projects/{p}/jobs/{j['job'].pk}/")
    audit("project results", f"/classifier/projects/{p}/v1/")
    audit("project cleaner", f"/classifier/projects/{p}/v1/clean/?klass=grizzly&split=valid")

    page.goto(live_server.url + "/quiz/practice/ch2-q1/")
    page.get_by_label("Your answer").fill(ANSWER)
    page.get_by_role("button", name="Check my answer").click()
    expect(page.get_by_role("heading", name="Key points")).to_be_visible()
    audit("practice with feedback")
    from django.utils import timezone

    ReviewCard.objects.filter(student=j["student"]).update(due=timezone.now())
    audit("spaced review", "/quiz/due/")
    from quiz.services import attempt_start  # after practising: an open exam locks its items' practice

    audit("exam in progress", f"/quiz/attempts/{attempt_start(quiz=j['exam'], student=j['student']).pk}/")

    photo = tmp_path / "bear.jpg"
    photo.write_bytes(jpeg(320, 240, seed=3))
    page.goto(live_server.url + "/classifier/")
    classify_and_open_the_labs(page, photo)
    audit("classifier with a result and both labs")
    assert not audit.findings(), "\n".join(audit.findings())


def test_teacher_pages_have_no_serious_axe_violation(live_server, page: Page, journeys, record):
    j = journeys
    audit = Audit(page, live_server.url, "teacher")
    record.append(audit)
    log_in(page, live_server.url, j["teacher"].username)
    c = j["cohort"].pk
    for url in (
        "/",
        "/quiz/review/",
        "/accounts/cohorts/",
        "/classifier/",
        "/classifier/failures/",
        "/classifier/projects/teacher/",
        "/worksheets/review/",
        "/quiz/new/",
    ):
        audit(url, url)
    audit("cohort", f"/accounts/cohorts/{c}/")
    audit("review cohort", f"/quiz/review/cohort/{c}/")
    audit("review queue", f"/quiz/review/cohort/{c}/item/ch2-q1/")
    audit("review groups", f"/quiz/review/cohort/{c}/item/ch2-q1/groups/")
    audit("review stats", f"/quiz/review/cohort/{c}/item/ch2-q1/stats/")
    audit("review student", f"/quiz/review/cohort/{c}/student/{j['student'].pk}/")
    audit("worksheet review", f"/worksheets/review/{j['worksheet'].pk}/")
    audit("student project (read only)", f"/classifier/projects/{j['project'].pk}/v1/")
    assert not audit.findings(), "\n".join(audit.findings())
