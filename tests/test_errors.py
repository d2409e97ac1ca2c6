"""Error classes: each has its own exit code and problem type, and a one-line message."""

from __future__ import annotations

from annotator.errors import ALL_ERRORS, FetchTimeout


def test_exit_codes_and_problem_types_are_distinct() -> None:
    codes = [cls.exit_code for cls in ALL_ERRORS]
    slugs = [cls.slug for cls in ALL_ERRORS]
    assert len(set(codes)) == len(codes)
    assert len(set(slugs)) == len(slugs)
    assert all(0 < c < 64 for c in codes)  # clear of signals and the 70 of internal errors
    assert all(400 <= cls.http_status < 600 for cls in ALL_ERRORS)


def test_messages_are_one_line() -> None:
    err = FetchTimeout("read timed out\n  after 10 s\tfrom https://x.test/")
    assert err.message == "read timed out after 10 s from https://x.test/"
