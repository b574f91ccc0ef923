"""What an agency's desk reads when its assignment ended because another job took its incident:
the job by its short number and id, in zh-TW and English (docs/mqtt.md, ``carried_over_to``).
Hypothesis over the ids and numbers."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from ops_center.messages import carried_over_words
from ops_center.outbound import _numbered

ids = st.from_regex(r"inc-[0-9a-f]{16}", fullmatch=True)


@given(job=ids, number=st.integers(1, 10**6))
def test_the_words_name_the_job_by_its_number_and_its_id(job: str, number: int) -> None:
    zh, en = carried_over_words(job, number)
    assert f"#{number} {job}" in zh
    assert f"#{number} {job}" in en
    assert en.startswith("carried over to ")


@given(job=ids)
def test_a_job_without_a_number_yet_is_named_by_its_id(job: str) -> None:
    zh, en = carried_over_words(job, None)
    assert job in zh
    assert job in en
    assert "#" not in zh + en


@given(own=ids, job=ids, own_number=st.integers(1, 10**6), job_number=st.integers(1, 10**6))
def test_the_published_body_carries_both_numbers(own: str, job: str, own_number: int, job_number: int) -> None:
    assume(own != job)
    body = {"incident_id": own, "number": None, "state": "cancelled", "carried_over_to": job,
            "carried_over_to_number": None, "reason": "", "reason_en": ""}
    out = _numbered(body, {own: own_number, job: job_number})
    assert (out["number"], out["carried_over_to_number"]) == (own_number, job_number)
    assert (out["reason"], out["reason_en"]) == carried_over_words(job, job_number)


def test_a_body_of_no_carry_over_gets_its_number_alone() -> None:
    body = {"incident_id": "inc-1", "number": None, "state": "assigned"}
    assert _numbered(body, {"inc-1": 7}) == {"incident_id": "inc-1", "number": 7, "state": "assigned"}
