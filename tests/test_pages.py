import pytest
from django.test import Client
from django.urls import reverse


@pytest.mark.django_db
def test_home_explains_the_site_and_links_the_areas(client):
    html = client.get("/").content.decode()
    for url in ("/study/", "/quiz/", "/worksheets/", "/classifier/"):
        assert f'href="{url}"' in html
    assert "Review" not in html.split("<main")[0]  # no teacher link for anonymous visitors


@pytest.mark.django_db
def test_teachers_get_a_review_link(teacher_client):
    html = teacher_client.get("/").content.decode()
    assert reverse("quiz:review_home") in html


@pytest.mark.django_db
def test_students_do_not_get_a_review_link(student_client):
    html = student_client.get("/").content.decode()
    assert reverse("quiz:review_home") not in html


@pytest.mark.django_db
def test_missing_page_is_a_friendly_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_server_error_page_renders_without_database():
    from studyguide.views import server_error

    response = server_error(None)
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


@pytest.mark.django_db
def test_health():
    assert Client().get("/health/").content == b"ok"


@pytest.mark.django_db
def test_htmx_is_served_from_our_static_files(client):
    html = client.get("/").content.decode()
    assert "/static/htmx/htmx.min.js" in html
    assert "unpkg" not in html and "cdn" not in html.lower()
