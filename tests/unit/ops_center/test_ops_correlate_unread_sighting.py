"""A caller who sees an old man alone, while he is searched for, may be seeing him.

Described situation: at 16:30 the police open a search for an 82-year-old man with dementia
who walked out of his home (grey jacket, blue slippers). At 16:50 a caller 600 m west files
under 其他: "有一個老人坐在地上，旁邊沒有家人，看起來不太對勁"; at 17:30 another, 1.2 km south
at a car park's exit: "有一個阿伯走在車道上，車子都要閃他". Neither says 走失 or 協尋, and no
job stands where they call from; the 1999 coordinator still reads them against the search
running: an old man alone and adrift, where the one sought could have walked since. Both are
the search's news (the officers are sent to look).

Calls that stay out: a caller seeing a small boy alone, while only the old man is sought
(another person); a caller seeing an old man 3 km away ten minutes after the search began
(no one walks that far so soon); and, another day with no search open, a caller seeing an
old man sitting long at a bus stop (a welfare call of its own, no running job's).
"""

from __future__ import annotations

from common.vocabulary import categorize
from ops_center.correlate import Correlator
from ops_center.incidents import IncidentType, Item
from tests.unit.ops_center.scene import Scene, replay

X0, Y0, T0 = 215_300.0, 2_675_400.0, 1_779_460_200.0  # the man's home; T0 = 16:30

item = Scene(X0, Y0, T0).item

SOUGHT = "協尋：82歲男性，失智，灰色外套，藍色拖鞋，外出未歸"
SEARCH = item("search", "incident", "other", "police", 0.0, 0.0, 0.0, SOUGHT)


def call(key: str, dx: float, dy: float, minute: float, text: str) -> Item:
    return item(key, "1999", "other", "citizen", dx, dy, minute, text)


SITTING = call("sitting", -600.0, -150.0, 20.0, "有一個老人坐在地上，旁邊沒有家人，看起來不太對勁")
DRIVEWAY = call("driveway", -650.0, -1200.0, 60.0, "停車場出口那邊有一個阿伯走在車道上，車子都要閃他，很危險")


def run(*items: Item) -> Correlator:
    return replay(list(items), Correlator(), until=T0 + 6 * 3600.0)


def test_the_calls_are_read_as_nothing() -> None:
    assert categorize("1999", "other", SITTING.text).signal is None
    assert categorize("1999", "other", DRIVEWAY.text).signal is None


def test_an_old_man_seen_alone_while_one_is_searched_for_is_the_search_s() -> None:
    c = run(SEARCH, SITTING, DRIVEWAY)
    search = c.where("search")
    assert search is not None
    assert c.snapshot(search).type is IncidentType.RESCUE
    assert c.where("sitting") == search
    assert c.where("driveway") == search


def test_a_small_boy_seen_alone_is_not_the_old_man_s_search() -> None:
    boy = call("boy", -500.0, -100.0, 20.0, "有一個小男生自己在溜滑梯那邊哭")
    assert categorize("1999", "other", boy.text).signal is None
    c = run(SEARCH, boy)
    assert c.where("search") is not None
    assert c.where("boy") is None


def test_an_old_man_seen_farther_than_he_could_have_walked_is_not_him() -> None:
    c = run(SEARCH, call("far", -3000.0, -200.0, 10.0, "有一個老人坐在地上，旁邊沒有家人，看起來不太對勁"))
    assert c.where("search") is not None
    assert c.where("far") is None


def test_an_old_man_sitting_long_with_no_search_running_stays_out() -> None:
    c = run(call("bench", -600.0, -150.0, 20.0, "公車站有一個老先生坐很久了，看起來很累"))
    assert c.where("bench") is None
