"""The text reader: which topic a report's free text is about, from a lexicon written blind.

The lexicon (``common/data/lexicon.yaml``) was written by a writer of Taiwanese
Mandarin who had read neither the code nor the labelled situations; its test
sentences are ``tests/data/lexicon_samples.jsonl``. A second writer, as blind,
added words for paraphrase (its ``paraphrase`` section; test sentences
``tests/data/lexicon_paraphrase_samples.jsonl``); the ``project`` section holds the
project's own words. Both merge into the topics of the same name. Its matching
rules, as its first author wrote them:

* a plain substring search, case-insensitive, on the text after NFKC (full-width
  Latin and digits to half-width); no word segmentation;
* a phrase is cancelled by one of its topic's ``negations`` or a ``global``
  negation (a drill) in the same *sentence*: the text split on 。！？!?；; and line
  breaks, not on commas (a report is one comma-separated sentence, and "測試模式，
  B1 第2區 動作" must cancel across its commas);
* a topic's ``ends`` phrases count as its phrases and say the condition is over;
  ``global`` ends only say it is over;
* several topics: the first of ``precedence`` (a crash owns its injuries and queues);
* from a device, a sentence about the device's own health ("淹水感測器 … 未回傳")
  keeps only the topics of ``device_health.keep`` (power, offline).

Topics are the lexicon's own names; :mod:`common.vocabulary` maps them to signals.

Besides its topic a text may say things the correlator's rules ask about (a false
alarm, water welling up, people sent out of a building): the :class:`Cue` s, each a
word list of the project section's ``cues:``, with its reason. A cue is read as the
correlator's rules were written: a plain substring anywhere in the text after the same
NFKC and lower case, across sentences, with no negation and no precedence (a rule
combines cues: smoke that came on the wind *and not* a fire seen burning); a cue's
``not_in`` words hide its words inside them (煙 in 偵煙, the smoke detector's name).
:meth:`Lexicon.cues` reads them (each text once: remembered), and
:attr:`TextReading.cues` gives them with a reading; :meth:`Lexicon.after` gives what a
text says after a cue's word, to the end of its sentence (the roads a detour takes).

Pure: the data file is package data, read once on first use.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from common import yamldoc
from common.errors import SocError

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "lexicon.yaml"

#: Sentence ends (the lexicon's header): not commas, not spaces.
_SENTENCE = re.compile(r"[。！？!?；;\n\r]+")

#: A denial written right before a phrase (非, 並非, 不是), but not a question (是不是, 莫非).
_DENIED = re.compile(r"(?:(?<![莫除])非|(?<!是)不是)$")


class LexiconError(SocError):
    """The lexicon file is missing or malformed (a packaging or editing fault)."""


class _Role(Enum):
    PHRASE = 1
    NEGATION = 2
    END = 3  # a topic's end phrase: a phrase that also says "over"
    GLOBAL_NEGATION = 4
    GLOBAL_END = 5
    HEALTH = 6  # a device speaks of its own health


_SAID = frozenset({_Role.PHRASE, _Role.END})  # the roles a denial before the word cancels


class Cue(StrEnum):
    """What a text says that a correlation rule asks about, besides its topic: the names
    of the lexicon's ``project.cues`` (each word list and its reason is there; the rule
    that reads it is in ``ops_center/policies.py``). The lexicon must name exactly these."""

    FALSE_ALARM = "false_alarm"
    SETTLED = "settled"
    RECEDED = "receded"
    OPEN_BURNING = "open_burning"
    SMOKE = "smoke"
    SMOKE_CAME = "smoke_came"
    SMOKE_AFAR = "smoke_afar"
    SMOKE_DRAWN_IN = "smoke_drawn_in"
    SEEN_BURNING = "seen_burning"
    FLAMES = "flames"
    PLUME = "plume"
    EVACUATION = "evacuation"
    POURING_OUT = "pouring_out"
    EVACUATION_OVER = "evacuation_over"
    GOING_BACK = "going_back"
    WATCH_SITE = "watch_site"
    UNDERPASS = "underpass"
    STILL = "still"
    SPILL = "spill"
    WORKS = "works"
    NOISE_SOURCE = "noise_source"
    ENGINES = "engines"
    CARPARK_CLOSED = "carpark_closed"
    CLOSED_BY_HAZARD = "closed_by_hazard"
    CLEARING = "clearing"
    CRUSH = "crush"
    FOR_EVENT = "for_event"
    LINK_LOST = "link_lost"
    BURST_MAIN = "burst_main"
    WELLING = "welling"
    DRAIN = "drain"
    GAS_OR_CHEMICAL = "gas_or_chemical"
    CAVING_IN = "caving_in"
    NOT_CLEARED = "not_cleared"
    DEEP_WATER = "deep_water"
    IN_A_PARK = "in_a_park"
    BUS_STOP_REPAIR = "bus_stop_repair"
    STRUCK = "struck"
    ON_THE_ROAD = "on_the_road"
    RACING = "racing"
    REVVING = "revving"
    FIGHT = "fight"
    WASTE_FIRE = "waste_fire"
    GRASS_BURNING = "grass_burning"
    WRONG_WAY = "wrong_way"
    DRIVING_ON = "driving_on"
    FUEL = "fuel"
    LOAD = "load"
    FLED = "fled"
    DETOUR_VIA = "detour_via"
    REOPEN = "reopen"
    POWER_LOST = "power_lost"
    STREET_DARK = "street_dark"
    TANK_LOW = "tank_low"
    WATER_IN = "water_in"
    LOST_PROPERTY = "lost_property"
    COLLAPSE = "collapse"
    TAKEN_ILL = "taken_ill"
    RESCUED = "rescued"
    LIFT = "lift"
    PATIENT_KNOWN = "patient_known"
    ANOTHER_CRASH = "another_crash"
    THEFT = "theft"
    ONLOOKERS = "onlookers"
    VIOLENCE = "violence"
    PUSHING = "pushing"
    AIR = "air"
    RECURRING = "recurring"
    RUSH_HOUR = "rush_hour"
    ROUTINE_TRAFFIC = "routine_traffic"
    MAINTENANCE = "maintenance"
    PLANNED_CUT = "planned_cut"
    TRAPPED = "trapped"
    IN_DANGER = "in_danger"
    STRETCH = "stretch"
    SPREADING = "spreading"
    DISPATCHED = "dispatched"
    CHILD = "child"
    ELDER = "elder"
    TREE = "tree"
    SIGNBOARD = "signboard"
    HOARDING = "hoarding"
    KIN = "kin"
    ASKING_AFTER = "asking_after"
    DISASTER = "disaster"
    ASKING = "asking"
    PASSABLE = "passable"
    REUNITED = "reunited"
    VEHICLE_BURNING = "vehicle_burning"


@dataclass(frozen=True, slots=True)
class TextReading:
    """What a text says: its ``topic`` (None: nothing read), the ``phrase`` that
    decided it, whether the text says a condition is over (``end``), every
    topic read with its first phrase, in the order of precedence (``topics``),
    and the :class:`Cue` s its words say (``cues``)."""

    topic: str | None
    phrase: str = ""
    end: bool = False
    topics: tuple[tuple[str, str], ...] = ()
    cues: frozenset[Cue] = frozenset()


class _TopicModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    phrases: list[str] = Field(default_factory=list)
    negations: list[str] = Field(default_factory=list)
    ends: list[str] = Field(default_factory=list)


class _GlobalModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    negations: list[str] = Field(default_factory=list)
    ends: list[str] = Field(default_factory=list)


class _HealthModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    applies_to_source: list[str]
    phrases: list[str]
    keep: list[str]


class _CueModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    words: list[str]
    not_in: list[str] = Field(default_factory=list)  # words inside which the cue's words are not read


class _LexiconModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    version: int
    language: str
    precedence: list[str]
    global_: _GlobalModel = Field(alias="global")
    device_health: _HealthModel
    signals: dict[str, _TopicModel]
    paraphrase: dict[str, _TopicModel] = Field(default_factory=dict)
    project: dict[str, _TopicModel] = Field(default_factory=dict)
    # the project section's ``cues:`` (moved here before validation: not a topic)
    project_cues: dict[str, list[str] | _CueModel] = Field(default_factory=dict)

    @model_validator(mode="before")
    @classmethod
    def _cues_of_project(cls, data: Any) -> Any:
        if isinstance(data, dict) and "project_cues" in data:
            raise ValueError("cues belong in the project section (project: cues:)")
        if isinstance(data, dict) and isinstance(data.get("project"), dict) and "cues" in data["project"]:
            project = dict(data["project"])
            return {**data, "project": project, "project_cues": project.pop("cues")}
        return data


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


_Entry = tuple[_Role, str, str]  # (role, topic or "" for a global role, the phrase as written)


_Trie = dict[str, "_Trie"]  # char -> child; the key "" marks the end of a word


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching, at a position, the longest of ``words`` that starts there."""
    root: _Trie = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


#: How many texts' cues a lexicon remembers before it starts afresh (a night's distinct texts).
_CUES_MEMO_MAX = 1 << 16

_CueHit = tuple[Cue, bool, int]  # (cue, a not_in word of it, length of the word)


class Lexicon:
    """A parsed lexicon; :meth:`read` reads one text, :meth:`cues` its cues. Build with
    :func:`parse_lexicon`."""

    __slots__ = (
        "_cue_at",
        "_cue_pattern",
        "_cue_words",
        "_cues_memo",
        "_entries",
        "_keep",
        "_pattern",
        "_rank",
        "topics",
    )

    def __init__(self, model: _LexiconModel) -> None:
        topics = dict(model.signals)
        for name, extra in [*model.paraphrase.items(), *model.project.items()]:
            have = topics.get(name, _TopicModel())
            topics[name] = _TopicModel(
                phrases=[*have.phrases, *extra.phrases],
                negations=[*have.negations, *extra.negations],
                ends=[*have.ends, *extra.ends],
            )
        unknown = [t for t in [*model.precedence, *model.device_health.keep] if t not in topics]
        missing = [t for t in topics if t not in model.precedence]
        if unknown or missing:
            raise LexiconError(f"lexicon precedence: unknown topics {unknown}, topics not ranked {missing}")
        self.topics: tuple[str, ...] = tuple(model.precedence)
        self._rank = {t: i for i, t in enumerate(model.precedence)}
        self._keep = frozenset(model.device_health.keep)
        own: dict[str, list[_Entry]] = {}

        def add(words: Iterable[str], role: _Role, topic: str = "") -> None:
            for w in words:
                key = _norm(w)
                if key:
                    own.setdefault(key, []).append((role, topic, w))

        for name, t in topics.items():
            add(t.phrases, _Role.PHRASE, name)
            add(t.negations, _Role.NEGATION, name)
            add(t.ends, _Role.END, name)
        add(model.global_.negations, _Role.GLOBAL_NEGATION)
        add(model.global_.ends, _Role.GLOBAL_END)
        add(model.device_health.phrases, _Role.HEALTH)
        self._entries: Mapping[str, tuple[_Entry, ...]] = {w: tuple(e) for w, e in own.items()}
        self._pattern = re.compile(f"(?=({_trie_pattern(own)}))")
        self._cue_at, self._cue_pattern = _cue_reader(model.project_cues)
        self._cue_words = {
            Cue(name): tuple(spec.words if isinstance(spec, _CueModel) else spec)
            for name, spec in model.project_cues.items()
        }
        self._cues_memo: dict[str, frozenset[Cue]] = {}

    def cue_words(self, cue: Cue) -> tuple[str, ...]:
        """The words of ``cue``, as the lexicon writes them (for documents and tests)."""
        return self._cue_words[cue]

    def cues(self, text: str) -> frozenset[Cue]:
        """The cues ``text`` says (see the module docstring). Never raises; each text is
        read once and remembered (up to a bound)."""
        got = self._cues_memo.get(text)
        if got is None:
            if len(self._cues_memo) >= _CUES_MEMO_MAX:
                self._cues_memo.clear()
            got = self._cues_memo[text] = self._read_cues(text) if text else frozenset()
        return got

    def after(self, cue: Cue, text: str) -> str:
        """What ``text`` says after the first word of ``cue`` in it, to the end of that
        sentence (normalised as the cues are read; "" when the text says no word of the
        cue): where a cue points, as the roads a closure's detour takes (改道黎明路)."""
        norm = _norm(text)
        for m in self._cue_pattern.finditer(norm):
            for c, not_in, n in self._cue_at[m.group(1)]:
                if c is cue and not not_in:
                    return _SENTENCE.split(norm[m.start() + n :], maxsplit=1)[0]
        return ""

    def _read_cues(self, text: str) -> frozenset[Cue]:
        found: set[Cue] = set()
        hidden: dict[Cue, int] = {}  # cue -> end of the latest not_in word read
        at = self._cue_at
        for m in self._cue_pattern.finditer(_norm(text)):
            start = m.start()
            for cue, not_in, n in at[m.group(1)]:  # not_in words first
                if not_in:
                    hidden[cue] = max(hidden.get(cue, 0), start + n)
                elif start + n > hidden.get(cue, 0):
                    found.add(cue)
        return frozenset(found)

    def read(self, text: str, *, device: bool = False) -> TextReading:
        """What ``text`` says (``device``: sent by a device, not written by a person).

        Never raises; the same text always reads the same."""
        hits: dict[str, str] = {}
        over = False
        entries, keep = self._entries, self._keep
        for sentence in _SENTENCE.split(_norm(text)):
            found: dict[str, str] = {}
            negated: set[str] = set()
            drill = health = False
            reach = denied_to = 0
            for m in self._pattern.finditer(sentence):
                word = m.group(1)
                if m.start() + len(word) <= reach:
                    continue  # inside a longer word read before: 不是火災 in 是不是火災
                reach = m.start() + len(word)
                # denied, or overlapping a denied word (焦味 in 不是燒焦味)
                denied = m.start() < denied_to or _DENIED.search(sentence, max(0, m.start() - 4), m.start()) is not None
                if denied:
                    denied_to = reach
                for role, topic, written in entries[word]:
                    if denied and role in _SAID:
                        continue  # 非火警, 並非事故, ，不是車禍: what the writer says it is not
                    if role is _Role.PHRASE:
                        found.setdefault(topic, written)
                    elif role is _Role.END:
                        found.setdefault(topic, written)
                        over = True
                    elif role is _Role.NEGATION:
                        negated.add(topic)
                    elif role is _Role.GLOBAL_NEGATION:
                        drill = True
                    elif role is _Role.GLOBAL_END:
                        over = True
                    else:
                        health = True
            if drill:
                continue
            for topic, written in found.items():
                if topic not in negated and not (device and health and topic not in keep):
                    hits.setdefault(topic, written)
        ranked = tuple(sorted(hits.items(), key=lambda h: self._rank[h[0]]))
        said = self.cues(text)
        if not ranked:
            return TextReading(None, "", over, (), said)
        return TextReading(ranked[0][0], ranked[0][1], over, ranked, said)


def _cue_reader(spec: Mapping[str, list[str] | _CueModel]) -> tuple[dict[str, tuple[_CueHit, ...]], re.Pattern[str]]:
    """What each longest cue word matched at a position says (every cue word that is a
    prefix of it is there too: the rules read every substring), and the pattern."""
    names = {c.value for c in Cue}
    if set(spec) != names:
        raise LexiconError(f"lexicon cues: unknown {sorted(set(spec) - names)}, missing {sorted(names - set(spec))}")
    own: dict[str, list[tuple[Cue, bool]]] = {}
    for name, words in spec.items():
        cue = Cue(name)
        model = words if isinstance(words, _CueModel) else _CueModel(words=words)
        for w, not_in in [*((w, True) for w in model.not_in), *((w, False) for w in model.words)]:
            key = _norm(w)
            if key:
                own.setdefault(key, []).append((cue, not_in))
    at = {
        w: tuple(
            sorted(
                ((cue, not_in, i) for i in range(1, len(w) + 1) for cue, not_in in own.get(w[:i], ())),
                key=lambda h: not h[1],  # not_in words first
            )
        )
        for w in own
    }
    return at, re.compile(f"(?=({_trie_pattern(own)}))")


class _UniqueKeyLoader(yamldoc.SafeLoader):
    """A safe loader that refuses a key written twice (plain YAML keeps the last silently)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
        keys = [self.construct_object(k, deep=deep) for k, _ in node.value]
        twice = sorted({str(k) for k in keys if keys.count(k) > 1})
        if twice:
            raise yaml.constructor.ConstructorError(None, None, f"key written twice: {twice}", node.start_mark)
        return super().construct_mapping(node, deep=deep)


def parse_lexicon(text: str) -> Lexicon:
    """Parse and check lexicon YAML; raises :class:`LexiconError` naming the problem."""
    try:
        return Lexicon(_LexiconModel.model_validate(yaml.load(text, Loader=_UniqueKeyLoader)))  # noqa: S506 - a SafeLoader
    except (yaml.YAMLError, ValidationError) as exc:
        raise LexiconError(f"invalid lexicon: {exc}") from exc


@functools.cache
def lexicon() -> Lexicon:
    """The package's lexicon (``common/data/lexicon.yaml``), read once."""
    try:
        return parse_lexicon(LEXICON_PATH.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LexiconError(f"cannot read {LEXICON_PATH}: {exc}") from exc


def read(text: str, *, device: bool = False) -> TextReading:
    """:meth:`Lexicon.read` with the package's lexicon."""
    return lexicon().read(text, device=device)


_NO_CUES: frozenset[Cue] = frozenset()


def cues(text: str) -> frozenset[Cue]:
    """:meth:`Lexicon.cues` with the package's lexicon (an empty text, most devices' items,
    says none without a look-up)."""
    return lexicon().cues(text) if text else _NO_CUES


def after(cue: Cue, text: str) -> str:
    """:meth:`Lexicon.after` with the package's lexicon."""
    return lexicon().after(cue, text) if text else ""
