"""The layout rules of issue 16, checked over the whole tree so that files added later are covered too.

- No Python module over 500 lines, outside migrations and tests.
- The course app describes items, the quiz app grades them: nothing in ``studyguide/course`` imports ``quiz``.
- One htmx convention: ``request.htmx`` (django-htmx), never the request header parsed by hand.
- Services keep one contract: every public function in a services module takes keyword-only arguments.

Each failure names the offending files. The last test checks the checkers on small sources, so none of the
rules can pass because its detector went blind.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
APP_ROOTS = ("quiz", "classifier", "studyguide")
MAX_MODULE_LINES = 500
# Not project code: virtualenvs, caches, generated or collected files.
SKIPPED_DIRS = {"node_modules", "var", "artifacts", "__pycache__", "static", "staticfiles", "media"}
# Spelled in two pieces so that this file does not match its own rule.
HTMX_HEADER = "hx-" + "request"
HTMX_HEADER_META = "HTTP_HX_" + "REQUEST"


def python_files(root: Path = REPO) -> list[Path]:
    """Every project ``.py`` file below ``root`` (hidden folders such as ``.venv`` and ``.git`` skipped)."""
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS)
        found += [Path(folder) / f for f in sorted(files) if f.endswith(".py")]
    return found


def rel(path: Path) -> str:
    return path.relative_to(REPO).as_posix()


def is_test_code(path: Path) -> bool:
    parts = path.relative_to(REPO).parts
    return parts[0] == "tests" or path.name == "conftest.py"


def quiz_imports(source: str) -> list[tuple[int, str]]:
    """(line, module) for every import of ``quiz`` or a submodule, static or through ``import_module``."""

    def is_quiz(name: str | None) -> bool:
        return bool(name) and (name == "quiz" or name.startswith("quiz."))

    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if is_quiz(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and is_quiz(node.module):
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            target = node.args[0].value
            if called in ("import_module", "__import__") and isinstance(target, str) and is_quiz(target):
                found.append((node.lineno, target))
    return found


def is_services_module(path: Path) -> bool:
    """``services.py``, any module of a ``services`` package, or a ``<room>_services.py`` module."""
    return path.name == "services.py" or path.name.endswith("_services.py") or "services" in path.parts[:-1]


def services_modules() -> list[str]:
    names = []
    for root in APP_ROOTS:
        for path in python_files(REPO / root):
            if is_services_module(path) and "migrations" not in path.parts:
                dotted = path.relative_to(REPO).with_suffix("").parts
                names.append(".".join(dotted[:-1] if dotted[-1] == "__init__" else dotted))
    return names


def positional_parameters(module) -> list[str]:
    """``name(params)`` for each public function defined in ``module`` that takes any non-keyword-only one."""
    bad = []
    for name, obj in sorted(vars(module).items()):
        func = inspect.unwrap(obj) if callable(obj) else obj  # see through functools.wraps (atomic, caches)
        if name.startswith("_") or not inspect.isfunction(func) or func.__module__ != module.__name__:
            continue
        params = inspect.signature(func).parameters.values()
        offending = [p.name for p in params if p.kind is not inspect.Parameter.KEYWORD_ONLY]
        if offending:
            bad.append(f"{name}({', '.join(offending)})")
    return bad


def test_no_module_is_over_500_lines_outside_migrations_and_tests():
    sizes = {
        rel(path): len(path.read_text(encoding="utf-8").splitlines())
        for path in python_files()
        if "migrations" not in path.parts and not is_test_code(path)
    }
    assert "classifier/views.py" in sizes and "quiz/services.py" in sizes  # the walk reached the apps
    too_long = sorted((n, f) for f, n in sizes.items() if n > MAX_MODULE_LINES)
    assert not too_long, f"modules over {MAX_MODULE_LINES} lines (split them): " + ", ".join(
        f"{f} ({n} lines)" for n, f in reversed(too_long)
    )


def test_the_course_app_never_imports_quiz():
    files = python_files(REPO / "studyguide" / "course")
    assert any(p.name == "models.py" for p in files)
    offenders = [
        f"{rel(path)}:{line} imports {module}"
        for path in files
        for line, module in quiz_imports(path.read_text(encoding="utf-8"))
    ]
    assert not offenders, "studyguide/course must not depend on quiz: " + "; ".join(offenders)


def test_no_python_file_parses_the_htmx_request_header_by_hand():
    files = python_files()
    header = [rel(p) for p in files if HTMX_HEADER in p.read_text(encoding="utf-8").lower()]
    assert not header, f"the {HTMX_HEADER!r} header is named in {', '.join(header)}: use request.htmx"
    # Tests may send the header (the test client's HTTP_HX_REQUEST=...); the site must not read it from META.
    meta = [
        rel(p) for p in files if not is_test_code(p) and HTMX_HEADER_META in p.read_text(encoding="utf-8")
    ]
    assert not meta, f"{', '.join(meta)} read the htmx header from request.META: use request.htmx"


def test_every_public_service_function_takes_keyword_only_arguments():
    modules = services_modules()
    assert {"classifier.services", "quiz.services"} <= set(modules)
    offenders = {}
    for name in modules:
        module = importlib.import_module(name)
        bad = positional_parameters(module)
        if bad:
            offenders[module.__file__] = bad
    assert not offenders, "services take keyword-only arguments (def name(*, ...)): " + "; ".join(
        f"{rel(Path(f))}: {', '.join(bad)}" for f, bad in sorted(offenders.items())
    )


SOURCES_THAT_IMPORT_QUIZ = [
    ("import quiz", ["quiz"]),
    ("import quiz.grading as g", ["quiz.grading"]),
    ("def f():\n    from quiz.grading import ItemKey\n", ["quiz.grading"]),
    ("from quiz import services", ["quiz"]),
    ("import importlib\nimportlib.import_module('quiz.services')", ["quiz.services"]),
    ("__import__('quiz')", ["quiz"]),
    ("import quizzes\nfrom studyguide.course import models\nfrom . import quiz", []),
]


@pytest.mark.parametrize(("source", "modules"), SOURCES_THAT_IMPORT_QUIZ)
def test_the_import_checker_sees_quiz_imports(source, modules):
    assert [m for _, m in quiz_imports(source)] == modules


def test_the_service_checker_flags_positional_parameters():
    import types

    module = types.ModuleType("fake_services")
    exec(  # noqa: S102 - a fixed source, to check the checker
        "import functools\n"
        "def ok(*, a, b=1): pass\n"
        "def nothing(): pass\n"
        "def positional(a, *, b): pass\n"
        "def varargs(*args, **kwargs): pass\n"
        "@functools.lru_cache\n"
        "def cached(a): pass\n"
        "def _private(a): pass\n",
        module.__dict__,
    )
    assert positional_parameters(module) == ["cached(a)", "positional(a)", "varargs(args, kwargs)"]
    assert is_services_module(Path("quiz/review/services/queue.py"))
    assert is_services_module(Path("quiz/review_services.py")) and not is_services_module(
        Path("quiz/views.py")
    )
