import pytest
from playwright.sync_api import Page, expect

from studyguide.accounts.services import cohort_create, user_make_teacher

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_sign_up_log_in_join_a_cohort_and_see_home(live_server, page: Page, django_user_model, artifacts_dir):
    teacher = django_user_model.objects.create_user("t", password="teacher-pass-99")
    user_make_teacher(user=teacher)
    cohort = cohort_create(teacher=teacher, name="Bears 101")

    page.goto(live_server.url + "/accounts/signup/")
    page.get_by_label("Username").fill("grizzly")
    page.get_by_label("Password", exact=True).fill("honey-and-salmon-7")
    page.get_by_label("Password confirmation").fill("honey-and-salmon-7")
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_text("Welcome, grizzly")).to_be_visible()

    page.get_by_role("button", name="Log out").click()
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Username").fill("grizzly")
    page.get_by_label("Password").fill("honey-and-salmon-7")
    page.get_by_role("button", name="Log in").click()

    page.goto(live_server.url + "/accounts/cohorts/")
    page.get_by_label("Join code").fill("ZZZZ2222")
    page.get_by_role("button", name="Join").click()
    expect(page.get_by_text("No cohort has that join code")).to_be_visible()

    page.get_by_label("Join code").fill(cohort.join_code.lower())
    page.get_by_role("button", name="Join").click()
    expect(page.get_by_text("You joined “Bears 101”")).to_be_visible()

    page.get_by_role("link", name="Drivetrain study guide").click()
    expect(page.get_by_text("Cohorts: Bears 101")).to_be_visible()
    page.screenshot(path=str(artifacts_dir / "home.png"), full_page=True)


def test_teacher_creates_a_cohort_and_sees_its_join_code(live_server, page: Page, django_user_model):
    teacher = django_user_model.objects.create_user("t", password="teacher-pass-99")
    user_make_teacher(user=teacher)
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Username").fill("t")
    page.get_by_label("Password").fill("teacher-pass-99")
    page.get_by_role("button", name="Log in").click()
    page.goto(live_server.url + "/accounts/cohorts/")
    page.get_by_label("Cohort name").fill("Night owls")
    page.get_by_role("button", name="Create cohort").click()
    code = page.locator("#join-code").inner_text()
    assert len(code) == 8
    expect(page.get_by_text(f"Its join code is {code}")).to_be_visible()
