"""What the site keeps in caches between requests, and that every change shows on the next request.

- The logged-in user and the teacher flag (``studyguide.accounts.usercache``): from the shared cache on later
  requests, dropped when the user, their groups or their cohorts change; per-user extras (cohorts joined,
  cards due, quizzes visible, progress, released results) follow their rows, and never cross users.
- Content each worker keeps (``studyguide.versioned``): a course edit shows at once, through a token in the
  shared cache; with no shared cache nothing is kept.
- ``{% url %}`` remembers what it reversed (``studyguide.urltag``) and gives what ``reverse()`` gives.
- Sessions are cached (``cached_db``): logging out ends the session for the cache too.
"""

from __future__ import annotations

import uuid

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse, set_script_prefix
from django.utils import timezone
from django.utils.html import conditional_escape

from studyguide import versioned
from studyguide.accounts import usercache
from studyguide.accounts.models import TEACHER_GROUP
from studyguide.course.models import Item, StudyNote

pytestmark = pytest.mark.django_db


def queries_of(client, path):
    from django.db import connection

    with CaptureQueriesContext(connection) as ctx:
        response = client.get(path)
    return response, [q["sql"] for q in ctx.captured_queries]


def user_queries(sqls):
    return [q for q in sqls if 'FROM "auth_user"' in q and "auth_user_groups" not in q.split("FROM")[0]]


# ----------------------------------------------------------------------------------------------------------
# The user and the teacher flag
# ----------------------------------------------------------------------------------------------------------


def test_the_user_comes_from_the_cache_after_the_first_request(student_client):
    student_client.get(reverse("home"))
    response, sqls = queries_of(student_client, reverse("home"))
    assert response.status_code == 200 and "stu" in response.content.decode()
    assert user_queries(sqls) == [] and not any("django_session" in q for q in sqls)


def test_a_deactivated_user_is_logged_out_on_the_next_request(student_client, student_user):
    assert student_client.get(reverse("quiz:index")).status_code == 200
    student_user.is_active = False
    student_user.save()
    assert student_client.get(reverse("quiz:index")).status_code == 302  # to the login page


def test_a_password_change_elsewhere_ends_the_session(student_client, student_user):
    assert student_client.get(reverse("quiz:index")).status_code == 200
    student_user.set_password("a-new-password-42")
    student_user.save()
    assert student_client.get(reverse("quiz:index")).status_code == 302


@pytest.mark.parametrize("side", ["user", "group"])
def test_becoming_and_ceasing_to_be_a_teacher_shows_at_once(student_client, student_user, side):
    review = reverse("quiz:review_home")
    assert review not in student_client.get(reverse("home")).content.decode()
    group, _ = Group.objects.get_or_create(name=TEACHER_GROUP)
    (student_user.groups.add(group) if side == "user" else group.user_set.add(student_user))
    assert review in student_client.get(reverse("home")).content.decode()
    (student_user.groups.remove(group) if side == "user" else group.user_set.clear())
    assert review not in student_client.get(reverse("home")).content.decode()


def test_renaming_the_teacher_group_drops_every_cached_user(teacher_client):
    review = reverse("quiz:review_home")
    assert review in teacher_client.get(reverse("home")).content.decode()
    Group.objects.filter(name=TEACHER_GROUP).get().delete()
    assert review not in teacher_client.get(reverse("home")).content.decode()


def test_two_users_never_see_each_others_cached_data(client, make_user, teacher_user):
    from studyguide.accounts.services import cohort_create, cohort_join

    ana, ben = make_user("ana"), make_user("ben")
    cohort_join(student=ana, code=cohort_create(teacher=teacher_user, name="Ana's class").join_code)
    cohort_join(student=ben, code=cohort_create(teacher=teacher_user, name="Ben's class").join_code)
    for _ in range(2):  # the second round comes from the cache
        for user, mine, theirs in ((ana, "Ana&#x27;s class", "Ben&#x27;s class"), (ben, "Ben", "Ana")):
            client.force_login(user)
            html = client.get(reverse("home")).content.decode()
            assert f">{user.username}<" in html and mine.split("&")[0] in html
            assert theirs.split("&")[0] + "&#x27;s class" not in html


# ----------------------------------------------------------------------------------------------------------
# Per-user extras follow their rows
# ----------------------------------------------------------------------------------------------------------


def test_joining_and_leaving_a_cohort_shows_on_the_home_page(student_client, student_user, teacher_user):
    from studyguide.accounts.services import cohort_create, cohort_join, cohort_leave

    cohort = cohort_create(teacher=teacher_user, name="Evening class")
    assert "Evening class" not in student_client.get(reverse("home")).content.decode()
    cohort_join(student=student_user, code=cohort.join_code)
    assert "Evening class" in student_client.get(reverse("home")).content.decode()
    cohort.name = "Morning class"
    cohort.save()
    assert "Morning class" in student_client.get(reverse("home")).content.decode()
    cohort_leave(student=student_user, cohort=cohort)
    assert "Morning class" not in student_client.get(reverse("home")).content.decode()


def test_cards_due_follow_the_review_cards(course, student_client, student_user):
    from quiz.services import review_card_enqueue

    assert "No items due" in student_client.get(reverse("home")).content.decode()
    item = Item.objects.filter(kind=Item.Kind.FREE_TEXT).first()
    review_card_enqueue(student=student_user, item=item, level="incorrect", now=timezone.now())
    assert "1 item due" in student_client.get(reverse("home")).content.decode()
    assert "1 item due" in student_client.get(reverse("quiz:index")).content.decode()


def test_a_cohort_quiz_appears_for_its_students_and_its_progress_follows(
    course, student_client, student_user, teacher_user, cohort
):
    from quiz import services

    assert "Cohort check" not in student_client.get(reverse("quiz:index")).content.decode()
    quiz = services.quiz_create(
        teacher=teacher_user,
        cohort=cohort,
        title="Cohort check",
        mode="practice",
        items=list(Item.objects.all()[:2]),
    )
    html = student_client.get(reverse("quiz:index")).content.decode()
    assert "Cohort check" in html and "Resume" not in html
    attempt = services.attempt_start(quiz=quiz, student=student_user)
    html = student_client.get(reverse("quiz:index")).content.decode()
    assert reverse("quiz:attempt", args=[attempt.pk]) in html


def test_released_results_follow_release_and_being_seen(
    course, student_client, student_user, teacher_user, cohort
):
    from quiz import services
    from quiz.review.services import quiz_release, quiz_release_withdraw

    quiz = services.quiz_create(
        teacher=teacher_user,
        cohort=cohort,
        title="Released check",
        mode="exam",
        items=list(Item.objects.filter(kind=Item.Kind.MULTIPLE_CHOICE)[:1]),
        review_policy="after_release",
    )
    from quiz.exam_services import exam_submit

    attempt = services.attempt_start(quiz=quiz, student=student_user)
    exam_submit(attempt=attempt, drafts={})
    assert "Grades released" not in student_client.get(reverse("home")).content.decode()
    quiz_release(teacher=teacher_user, quiz=quiz)
    assert "Released check" in student_client.get(reverse("home")).content.decode()
    quiz_release_withdraw(teacher=teacher_user, quiz=quiz)  # an update(): the service bumps the token
    assert "Released check" not in student_client.get(reverse("home")).content.decode()
    quiz_release(teacher=teacher_user, quiz=quiz)
    assert "Released check" in student_client.get(reverse("home")).content.decode()
    assert student_client.get(reverse("quiz:result", args=[attempt.pk])).status_code == 200
    assert "Released check" not in student_client.get(reverse("home")).content.decode()


# ----------------------------------------------------------------------------------------------------------
# Content kept per worker
# ----------------------------------------------------------------------------------------------------------


def test_an_item_edit_shows_on_the_practice_page_at_once(course, student_client):
    item = Item.objects.filter(kind=Item.Kind.FREE_TEXT, variant_of__isnull=True).first()
    url = reverse("quiz:practice_item", args=[item.item_id])
    assert item.prompt in student_client.get(url).content.decode()
    item.prompt = "A prompt the teacher just rewrote?"
    item.save()
    assert "A prompt the teacher just rewrote?" in student_client.get(url).content.decode()
    kp = item.key_points.first()
    kp.delete()  # a key row: the cached item goes too
    from studyguide.course.selectors import get_item

    assert kp.pk not in [p.pk for p in get_item(item.item_id).key_points.all()]


def test_a_note_edit_and_a_course_reload_show_at_once(course, student_client):
    from studyguide.course.services import course_load

    note = StudyNote.objects.order_by("order").first()
    url = reverse("course:note", args=[note.slug])
    assert note.title in student_client.get(url).content.decode()
    note.body = "Freshly **edited** body."
    note.save()
    assert "Freshly <strong>edited</strong> body." in student_client.get(url).content.decode()
    course_load(force=True)
    assert "Freshly" not in student_client.get(url).content.decode()


def test_the_note_page_makes_no_query_once_warm(course, student_client):
    url = reverse("course:note", args=[StudyNote.objects.order_by("order").first().slug])
    student_client.get(url)
    response, sqls = queries_of(student_client, url)
    assert response.status_code == 200 and sqls == []
    assert student_client.get(reverse("course:note", args=["no-such-note"])).status_code == 404


def test_a_lost_token_rebuilds_and_a_missing_shared_cache_keeps_nothing(course, settings):
    from studyguide.course.cache import COURSE

    built = []
    assert COURSE.get("k", lambda: built.append(1) or "v1") == "v1"
    assert COURSE.get("k", lambda: built.append(1) or "v2") == "v1" and len(built) == 1
    caches["shared"].clear()  # memcached restarted: a new token, everything built again
    assert COURSE.get("k", lambda: "v3") == "v3"
    dummy = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    settings.CACHES = {**settings.CACHES, "shared": dummy}
    assert COURSE.token() is None
    assert COURSE.get("k", lambda: "v4") == "v4" and COURSE.get("k", lambda: "v5") == "v5"


def test_a_value_built_while_a_change_commits_is_never_used(course):
    from studyguide.course.cache import COURSE

    def build_during_a_change():
        COURSE.bump()  # another worker's edit lands while this one reads the old rows
        return "old rows"

    assert COURSE.get("k2", build_during_a_change) == "old rows"
    assert COURSE.get("k2", lambda: "new rows") == "new rows"


def test_a_bump_inside_a_transaction_is_repeated_after_the_commit(course, django_capture_on_commit_callbacks):
    from studyguide.course.cache import COURSE

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        token = COURSE.token()
        COURSE.bump()
    assert COURSE.token() != token
    before_commit = COURSE.token()
    for callback in callbacks:
        callback()
    assert COURSE.token() not in (token, before_commit)


# ----------------------------------------------------------------------------------------------------------
# {% url %} and sessions
# ----------------------------------------------------------------------------------------------------------


def render(source, **context):
    return Template(source).render(Context(context))


def test_the_url_tag_gives_what_reverse_gives():
    from studyguide import urltag

    assert isinstance(Template("{% url 'home' %}").nodelist[0], urltag.CachedURLNode)
    for _ in range(2):
        assert render("{% url 'home' %}") == reverse("home")
        assert render("{% url 'course:note' 'a-b' %}") == reverse("course:note", args=["a-b"])
        assert render("{% url 'quiz:attempt' pk=7 %}") == reverse("quiz:attempt", kwargs={"pk": 7})
        assert render("{% url 'quiz:attempt' 8 as u %}[{{ u }}]") == f"[{reverse('quiz:attempt', args=[8])}]"
    assert render("{% url 'nowhere' as u %}[{{ u }}]") == "[]"
    with pytest.raises(NoReverseMatch):
        render("{% url 'nowhere' %}")
    escaped = render("{% url 'quiz:practice_item' s %}", s="a&b")
    assert escaped == conditional_escape(reverse("quiz:practice_item", args=["a&b"])) and "&amp;" in escaped


def test_the_url_tag_follows_the_script_prefix_and_unusual_arguments():
    class Named:
        def __init__(self, name):
            self.name = name

        def __str__(self):
            return self.name

    arg = Named("first")
    assert render("{% url 'course:note' a %}", a=arg).endswith("/first/")
    arg.name = "second"  # not a plain string or number: reversed every time
    assert render("{% url 'course:note' a %}", a=arg).endswith("/second/")
    try:
        set_script_prefix("/sub/")
        assert render("{% url 'home' %}") == "/sub/"
    finally:
        set_script_prefix("/")
    assert render("{% url 'home' %}") == "/"


def test_logging_out_ends_the_cached_session(student_client):
    session_key = student_client.session.session_key
    assert caches["shared"].get("django.contrib.sessions.cached_db" + session_key) is not None
    student_client.post(reverse("logout"))
    assert caches["shared"].get("django.contrib.sessions.cached_db" + session_key) is None
    assert student_client.get(reverse("quiz:index")).status_code == 302


def test_usercache_sees_a_fresh_user_outside_requests(student_user):
    """A user object not loaded by a request has no cached extras: it reads the database every time."""
    assert not hasattr(student_user, "_usercache")
    assert usercache.user_extra(student_user, "cohorts_joined") == []
    assert versioned.token_keys()  # the content namespaces every logged-in request primes


def test_a_forgotten_user_is_reloaded(student_client, student_user):
    student_client.get(reverse("home"))
    usercache.user_forget(student_user.pk)
    response, sqls = queries_of(student_client, reverse("home"))
    assert response.status_code == 200 and len(user_queries(sqls)) == 1
    assert uuid.UUID(caches["shared"].get(usercache.GENERATION_KEY))
