"""The rules of an admin's change of an account (``web.security.account_after``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from common.settings import DISPATCH_AGENCIES
from web.errors import ForbiddenError, InvalidInputError, WebError
from web.security import AccountChange, Role, account_after

CHANGES = st.builds(
    AccountChange,
    active=st.none() | st.booleans(),
    role=st.none() | st.sampled_from(Role),
    agency=st.none() | st.sampled_from(DISPATCH_AGENCIES),
    agency_given=st.booleans(),
    display_name=st.none() | st.just("n"),
    password=st.none() | st.just("a long password"),
)


def test_each_change_and_whether_it_ends_the_tokens() -> None:
    after = account_after(Role.AGENCY, "police", True, AccountChange(active=False), by_self=False)
    assert (after.role, after.agency, after.active, after.revoke) == (Role.AGENCY, "police", False, True)
    after = account_after(Role.AGENCY, "police", True, AccountChange(role=Role.COORDINATOR), by_self=False)
    assert (after.role, after.agency, after.revoke) == (Role.COORDINATOR, None, True)
    after = account_after(Role.OPERATOR, None, True, AccountChange(role=Role.AGENCY, agency="water",
                                                                   agency_given=True), by_self=False)
    assert (after.role, after.agency) == (Role.AGENCY, "water")
    assert account_after(Role.OPERATOR, None, True, AccountChange(password="a long password"),
                         by_self=False).revoke
    assert not account_after(Role.OPERATOR, None, True, AccountChange(display_name="x"), by_self=False).revoke
    with pytest.raises(InvalidInputError):
        account_after(Role.OPERATOR, None, True, AccountChange(), by_self=False)
    with pytest.raises(InvalidInputError):
        account_after(Role.DISPLAY, None, True, AccountChange(role=Role.ADMIN), by_self=False)
    with pytest.raises(ForbiddenError):
        account_after(Role.ADMIN, None, True, AccountChange(active=False), by_self=True)


@given(role=st.sampled_from(Role), active=st.booleans(), change=CHANGES, by_self=st.booleans())
def test_an_accepted_change_leaves_an_account_the_database_holds(
    role: Role, active: bool, change: AccountChange, by_self: bool
) -> None:
    """web_users' checks: an agency exactly for the agency role; a display account stays one;
    an admin's own account keeps its role and stays active."""
    agency = "police" if role is Role.AGENCY else None
    try:
        after = account_after(role, agency, active, change, by_self=by_self)
    except WebError:
        return
    assert (after.role is Role.AGENCY) == (after.agency is not None)
    assert (after.role is Role.DISPLAY) == (role is Role.DISPLAY)
    if by_self:
        assert after.role is role
        assert after.active
