"""Every text a request body carries is refused with a NUL at its own field: PostgreSQL text
and jsonb cannot hold one, and a coordinator's form needs to know which field to fix."""

from __future__ import annotations

from typing import get_args

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

from web import schemas
from web.routes import incidents

#: Checked by their own package, which names a NUL's line and column in both languages
#: (tests/api/test_kpi_planner.py): a KPI entry is a row of the CSV import.
OWN_CHECKS = {schemas.ObservationIn}
#: The request bodies: every model the routes take as input.
INPUTS = [
    m for mod in (schemas, incidents) for name, m in vars(mod).items()
    if name.endswith("In") and isinstance(m, type) and issubclass(m, schemas.Model) and m not in OWN_CHECKS
]


def _texts(model: type[pydantic.BaseModel]) -> list[str]:
    out = []
    for name, field in model.model_fields.items():
        ann = field.annotation
        if ann is str or str in get_args(ann):
            out.append(name)
    return out


TEXT_FIELDS = [(m, f) for m in INPUTS for f in _texts(m)]


def test_the_inputs_are_found() -> None:
    names = {m.__name__ for m, _ in TEXT_FIELDS}
    assert {"NoteIn", "CloseIn", "AssignIn", "ReassignIn", "ReasonIn", "ModeIn", "UserIn"} <= names


#: Short enough for every field's max_length, long enough for its min_length, so that only
#: the NUL can be refused.
@given(st.sampled_from(TEXT_FIELDS), st.text(min_size=4, max_size=8), st.text(max_size=8))
def test_a_nul_anywhere_in_a_text_field_is_that_fields_error(
    model_field: tuple[type[pydantic.BaseModel], str], head: str, tail: str
) -> None:
    model, field = model_field
    with pytest.raises(pydantic.ValidationError) as caught:
        model.model_validate({field: head + "\x00" + tail})
    at_field = [e for e in caught.value.errors() if e["loc"] == (field,)]
    # the NUL's own error, or a pattern that no NUL matches (a user name)
    assert any("NUL" in e["msg"] or e["type"] == "string_pattern_mismatch" for e in at_field), caught.value.errors()
