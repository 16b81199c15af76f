"""Take the README's screenshots from a running site (`make run` in another terminal).

    .venv/bin/python scripts/screenshots.py [--base http://127.0.0.1:8000] [--password drivetrain-demo]

Drives Debian's Chromium through Playwright as the demo student and teacher; writes docs/screenshots/*.png.
Run it once per fresh demo database: it starts student1's exam, and an open exam locks the practice of its
items (the practice shot would then find no answer box).
"""

import argparse
import re
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
ANSWER_Q15 = (
    "Crop cuts the picture to a square so parts of it can be lost. Pad adds black borders. "
    "Squish is a kind of augmentation that creates new images."
)


def login(page: Page, base: str, username: str, password: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()


def shot(page: Page, name: str) -> None:
    page.screenshot(path=str(OUT / f"{name}.png"), full_page=False)


def student_pages(page: Page, base: str) -> None:
    page.goto(base + "/")
    shot(page, "home")

    page.goto(base + "/quiz/practice/ch2-q15/")
    page.get_by_label("Your answer").fill(ANSWER_Q15)
    page.get_by_role("button", name="Check my answer").click()
    page.wait_for_selector("text=Reference answer", timeout=60_000)
    shot(page, "practice-feedback")

    page.goto(base + "/quiz/")
    page.get_by_role("link", name="Chapter 2 — exam").click()
    page.locator("main").get_by_text(re.compile("^(Start|Resume)")).first.click()
    page.locator("textarea").first.fill("The model would see night-time video frames from trail cameras.")
    page.wait_for_selector("text=Saved", timeout=15_000)
    shot(page, "exam")

    # A plan with the classic mistakes (levers nobody controls, a win/loss classifier as "the model").
    page.goto(base + "/worksheets/")
    page.get_by_label("New worksheet title").fill("Betting on basketball games")
    page.get_by_role("button", name="Start a blank worksheet").click()
    page.locator("#id_objective").fill("Make as much money as possible betting on NBA games.")
    page.locator("#id_levers").fill("The teams and their roster")
    page.locator("#id_modeler").fill("A binary classification neural network that predicts win or loss.")
    page.get_by_role("button", name="Save everything").click()
    page.get_by_role("link", name="Check my plan").click()
    page.wait_for_selector("main li", timeout=60_000)
    shot(page, "worksheet")

    page.goto(base + "/classifier/")
    page.get_by_role("button", name="Classify this").nth(1).click()
    page.wait_for_selector("#verdict", timeout=60_000)
    page.wait_for_timeout(500)
    # the verdict, the bars and the gallery beside them (the upload form is above, out of the picture)
    page.evaluate("document.getElementById('result-heading').closest('.two-col').scrollIntoView()")
    shot(page, "classifier")


def teacher_pages(page: Page, base: str) -> None:
    page.goto(base + "/quiz/review/")
    page.get_by_role("link", name="Demo cohort").first.click()
    page.locator("table.review-table a[href*='/item/']").first.click()  # the exam answers to one item
    page.wait_for_timeout(1000)
    page.evaluate("window.scrollTo(0, 0)")  # the queue's header and first card, not just the focused card
    shot(page, "review-queue")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--password", default="drivetrain-demo")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        student = browser.new_page(viewport={"width": 1280, "height": 900})
        login(student, args.base, "student1", args.password)
        student_pages(student, args.base)
        teacher = browser.new_page(viewport={"width": 1280, "height": 900})
        login(teacher, args.base, "teacher", args.password)
        teacher_pages(teacher, args.base)
        browser.close()
    print(f"screenshots written to {OUT}")


if __name__ == "__main__":
    main()
