"""Quiz-taking views, one module per journey (teacher review is ``quiz.review.views``).

- ``quizzes``: the quiz list, one quiz, starting it, the history, a teacher's new quiz;
- ``attempts``: one attempt in either mode: its page, flags, submit, result;
- ``practice``: practising one item, and answering the items of a practice attempt;
- ``exam``: the exam page and its autosave;
- ``spaced``: spaced review (items due, confirming a rating);
- ``cards`` and ``common``: the item card and request helpers they share.
"""
