import pytest


@pytest.fixture
def rules_only(monkeypatch):
    """Coach with the rules alone (fast): the real model is exercised in the few real_model tests."""
    from studyguide.worksheets.coaching import semantic

    monkeypatch.setattr(semantic, "get_semantics", lambda: None)


@pytest.fixture
def worksheet(student_user):
    from studyguide.worksheets.services import worksheet_create

    return worksheet_create(owner=student_user, title="Bakery plan", values={"objective": "Sell more bread"})
