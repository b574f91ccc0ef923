"""``GET /api/vocabulary``: the words the pages show for codes, in both languages.

From :mod:`common.vocabulary` (incident types, agencies, every feed's category
codes) and :mod:`web.wording` (alert rule names, level labels), so a page never
prints a code and never keeps its own copy of the tables.
"""

from __future__ import annotations

from fastapi import APIRouter

from common import vocabulary
from web.deps import Reader
from web.schemas import Model
from web.wording import LEVEL_LABELS_EN, RULE_NAMES

router = APIRouter(prefix="/api", tags=["system"])

Pair = tuple[str, str]


class VocabularyOut(Model):
    """``code -> [zh-TW, English]`` per table; ``categories`` is per feed."""

    incident_types: dict[str, Pair]
    agencies: dict[str, Pair]
    categories: dict[str, dict[str, Pair]]
    alert_rules: dict[str, Pair]
    levels: dict[str, Pair]


@router.get("/vocabulary", response_model=VocabularyOut)
def get_vocabulary(user: Reader) -> VocabularyOut:
    """Labels of incident types, agencies, categories (with their aliases), alert rules and levels."""
    categories: dict[str, dict[str, Pair]] = {}
    for feed, entries in vocabulary.CATEGORIES.items():
        table = categories.setdefault(feed, {})
        for cat in entries:
            for name in (cat.code, *cat.aliases):
                table.setdefault(name, (cat.zh, cat.en))
    return VocabularyOut(
        incident_types={t.value: (t.zh, t.en) for t in vocabulary.IncidentType},
        agencies={a.value: (a.zh, a.en) for a in vocabulary.Agency},
        categories=categories,
        alert_rules=dict(RULE_NAMES),
        levels={zh: (zh, en) for zh, en in LEVEL_LABELS_EN.items()},
    )
