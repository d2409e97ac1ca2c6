"""Words that open a line but name no one: an answer or interjection ("* Yes, military force
should be used." in a reader poll), a question's or an imperative's first word ("Is it ...",
"Make Senators go on the record"). A quote after them goes to the speaker the page named
before. Every sentence here is invented."""

from __future__ import annotations

try:  # works whether or not tests/ becomes a package
    from tests.voice_spans import who as _who
except ImportError:
    from voice_spans import who as _who  # type: ignore[no-redef]

PAGE = [
    "Clinton talked to the host over the weekend about her opponents.",
    "Should military force be used to stop the caravan of migrants marching to the border?",
    "* Yes, military force should be used.",
    "No, keep the military out of it.",
    "Email *",
    "You also agree to this site's Privacy Policy and Terms of Use.",
    "“The Democratic Party is a much more diverse party, attracting people of every kind.",
    "“And I don’t think it’s politically correct to say we value that,\" she concluded.",
    "\"And I don’t want to go around insulting people.",
    "I don’t want to paint with a broad brush – that’s childish.”",
    "Right, except she does just that.",
]


def test_a_poll_answer_is_no_speaker() -> None:
    assert _who(PAGE, 9, "childish") == ("quoted", "Clinton")
