"""Words for codes: what the wall and the console say instead of rule ids and
category codes (pure).

Category labels come from the project's vocabulary (:mod:`common.vocabulary`);
this module adds the few words the vocabulary does not hold: the alert rules'
names in English (``alerts/rules.yaml`` has their zh-TW titles) and the level
labels of the measuring rules (CWA rain classes, station alert levels, flood
depth bands). A code that no table knows is never shown: a label that looks
like a code (ASCII letters, digits, ``_`` or ``-``) is left out rather than
printed raw.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from common import vocabulary

#: Alert rule id -> (zh-TW, English) name; the zh-TW names are the rules' titles.
RULE_NAMES: dict[str, tuple[str, str]] = {
    "cwa-rainfall": ("豪大雨", "Heavy rain"),
    "water-level": ("河川水位警戒", "High river level"),
    "water-level-rise": ("水位快速上升", "River rising fast"),
    "flood-depth": ("淹水深度警戒", "Flood depth"),
    "sensor-offline": ("感測器離線", "Sensor offline"),
    "corridor-congestion": ("路廊壅塞", "Corridor congestion"),
    "fire-alarm": ("火警警報", "Fire alarm"),
    "police-incident": ("警政通報", "Police report"),
    "cctv-analytics": ("影像分析", "Camera analytics"),
    "citizen-1999": ("1999 市民通報", "1999 citizen report"),
    "signal-fault": ("號誌故障", "Signal fault"),
    "external-cap": ("外部示警", "External warning"),
}

#: Level labels of the measuring rules (alerts/rules.yaml ``levels``) in English.
LEVEL_LABELS_EN: dict[str, str] = {
    "大雨": "heavy rain", "豪雨": "extremely heavy rain", "大豪雨": "torrential rain",
    "超大豪雨": "extremely torrential rain",
    "一級警戒": "level 1 (highest)", "二級警戒": "level 2", "三級警戒": "level 3",
    "注意": "watch", "警戒": "warning", "危險": "danger",
}

#: The feeds whose categories can appear as an event rule's label, in lookup order.
_LABEL_FEEDS = ("incident", "cctv", "1999", "fire_alarm", "signal", "alert", "cap")
_CODE_LIKE = re.compile(r"^[A-Za-z0-9_\-.:/]+$")


@dataclass(frozen=True, slots=True)
class Words:
    """One thing said in both languages."""

    zh: str
    en: str


def label_words(label: str) -> Words | None:
    """A rule's level or category label in both languages; ``None`` when none is known
    and the label is a code (so it is not shown)."""
    text = label.strip()
    if not text:
        return None
    if text in LEVEL_LABELS_EN:
        return Words(text, LEVEL_LABELS_EN[text])
    if "・" in text:  # a level and what it says besides (二級警戒・水位回降, docs/alerts.md)
        parts = [label_words(p) for p in text.split("・")]
        if all(parts):
            return Words("・".join(p.zh for p in parts if p), " · ".join(p.en for p in parts if p))
    for feed in _LABEL_FEEDS:
        cat = vocabulary.category(feed, text)
        if cat is not None:
            return Words(cat.zh, cat.en)
    if _CODE_LIKE.match(text):
        return None
    return Words(text, text)  # free zh-TW text from a source: shown as it came


def rule_words(rule_id: str, title: str = "") -> Words:
    """An alert rule's name; an unknown rule is named by the part of its title before
    any "：" (the evaluator appends label and sensor name after it)."""
    if rule_id in RULE_NAMES:
        zh, en = RULE_NAMES[rule_id]
        return Words(zh, en)
    head = title.split("：", 1)[0].strip() or "警報"
    return Words(head, "Alert" if _has_cjk(head) else head)


# The wall names every open alert on each poll (500, twice a second) from a few
# rules and labels: a pure function of its strings, so its answers are kept.
@functools.lru_cache(maxsize=4096)
def alert_words(rule_id: str, label: str, title: str = "") -> Words:
    """What an alert is about, e.g. ``豪大雨 · 豪雨`` / ``Heavy rain · extremely heavy rain``."""
    rule = rule_words(rule_id, title)
    lab = label_words(label)
    if lab is None or lab.zh == rule.zh:
        return rule
    return Words(f"{rule.zh} · {lab.zh}", f"{rule.en} · {lab.en}")


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)
