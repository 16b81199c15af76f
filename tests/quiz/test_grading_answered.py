"""``answered``: a question the writer answers at once with a short reply ("Who decides? A person.") reads as
one statement; a question with no reply, one followed by the next question, or one whose reply is a sentence
in its own right stays as it is."""

import pytest

from quiz.grading.answered import join_answered_questions


@pytest.mark.parametrize(
    "answer, reads",
    [
        ("Who makes the final decision? A person.", "Who makes the final decision: A person."),
        ("How many requests arrive at once? Few: CPU.", "How many requests arrive at once: Few: CPU."),
        ("What was the real class? (rows) What did it predict? (columns)", "What did it predict: (columns)"),
        ("Works offline? No. Is there a delay? Yes.", "Works offline? No. Is there a delay: Yes."),
    ],
)
def test_a_question_with_a_short_reply_reads_as_one_statement(answer, reads):
    assert reads in join_answered_questions(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Does it read well? Does it fit the conversation?",  # questions in a row, none answered
        "What does the model predict?",  # nothing follows
        # a rhetorical question followed by a statement that stands alone
        "What use is suggesting a book they already own? They would have found it anyway.",
        "Is there a delay? Yes, each request goes to the server and back.",
        "Isn't it inference? Yes.",  # a negative question is ``affirmed``'s
        "Can't it run offline? No.",
    ],
)
def test_other_questions_stay_as_they_are(answer):
    assert join_answered_questions(answer) == answer
