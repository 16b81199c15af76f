import pytest


@pytest.fixture
def rules_only(monkeypatch):
    """Coach with the rules alone (fast): the real model is exercised in the few real_model tests."""
    from studyguide.worksheets.coaching import semantic

    monkeypatch.setattr(semantic, "get_semantics", lambda: None)


@pytest.fixture(scope="module")
def real_semantics():
    """The site's sentence-embedding semantics, for the real_model tests (skipped when it is not built)."""
    from studyguide.worksheets.coaching.semantic import get_semantics

    sem = get_semantics()
    if sem is None:
        pytest.skip("sentence-embedding model not installed")
    return sem


@pytest.fixture
def worksheet(student_user):
    from studyguide.worksheets.services import worksheet_create

    return worksheet_create(owner=student_user, title="Bakery plan", values={"objective": "Sell more bread"})
