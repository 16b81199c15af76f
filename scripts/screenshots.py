"""Take the README's screenshots from a running site (`make run` in another terminal).

    .venv/bin/python scripts/screenshots.py [--base http://127.0.0.1:8000] [--password drivetrain-demo]

Uses Debian's Chromium through Playwright; writes PNGs to docs/screenshots/.
"""

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def login(page, base: str, username: str, password: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--password", default="drivetrain-demo")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        student = browser.new_page(viewport={"width": 1200, "height": 900})
        login(student, args.base, "student1", args.password)
        for name, path in [
            ("home", "/"),
            ("study", "/study/"),
            ("quizzes", "/quiz/"),
            ("worksheets", "/worksheets/"),
        ]:
            student.goto(args.base + path)
            student.screenshot(path=str(OUT / f"{name}.png"), full_page=False)
        teacher = browser.new_page(viewport={"width": 1200, "height": 900})
        login(teacher, args.base, "teacher", args.password)
        teacher.goto(args.base + "/quiz/review/")
        teacher.screenshot(path=str(OUT / "review.png"), full_page=False)
        browser.close()
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    main()
