"""The shipped YAML files are read by libyaml's C parser (common/yamldoc.py), with the values
and refusals of PyYAML's own safe loader."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from alerts.rules import parse_rules
from common import yamldoc
from common.lexicon import LEXICON_PATH, LexiconError, parse_lexicon
from geo.gazetteer import GAZETTEER_PATH, load_gazetteer
from kpi.definitions import parse_definitions
from kpi.milestones import parse_checklist
from ops_center.dispatch import parse_routing

ROOT = Path(__file__).resolve().parents[3]

#: Scalars as the shipped files hold them (finite numbers: NaN is unequal to itself).
SCALARS = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text())
KEYS = st.text(max_size=12) | st.integers()
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
                      max_leaves=20)


def test_pyyaml_here_has_libyaml() -> None:
    """The fast path is the one the suite and the services run (PyYAML's wheels carry libyaml)."""
    assert yaml.__with_libyaml__
    assert yamldoc.SafeLoader is yaml.CSafeLoader


def test_every_shipped_file_is_read_without_the_pure_python_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each reader of a shipped YAML file parses it with libyaml's parser: PyYAML's own parser,
    made to fail here, is never reached."""
    def refuse(self: object, *choices: object) -> bool:
        raise AssertionError("PyYAML's pure-Python parser read a shipped file")

    monkeypatch.setattr(yaml.parser.Parser, "check_event", refuse)
    parse_lexicon(LEXICON_PATH.read_text(encoding="utf-8"))
    parse_rules((ROOT / "alerts/rules.yaml").read_text(encoding="utf-8"))
    parse_routing((ROOT / "ops_center/routing.yaml").read_text(encoding="utf-8"))
    parse_definitions((ROOT / "kpi/data/definitions.yaml").read_text(encoding="utf-8"))
    parse_checklist((ROOT / "kpi/data/milestones_phase2.yaml").read_text(encoding="utf-8"))
    load_gazetteer(GAZETTEER_PATH)


@pytest.mark.parametrize("path", ["common/data/lexicon.yaml", "alerts/rules.yaml", "ops_center/routing.yaml",
                                  "kpi/data/definitions.yaml", "kpi/data/milestones_phase2.yaml",
                                  "geo/data/gazetteer.yaml"])
def test_each_shipped_file_reads_as_the_pure_python_parser_reads_it(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    assert yamldoc.safe_load(text) == yaml.load(text, Loader=yaml.SafeLoader)


@given(VALUES, st.sampled_from([{}, {"default_flow_style": True}, {"allow_unicode": True}]))
def test_a_document_gives_the_values_of_pyyaml_s_own_safe_loader(value: object, style: dict[str, bool]) -> None:
    """Documents of any shape (PyYAML's own dumper writes them; it does not give back every text it
    wrote with ``allow_unicode``, a NEL among them, so the reference is its loader, not ``value``)."""
    text = yaml.safe_dump(value, **style)
    assert yamldoc.safe_load(text) == yaml.load(text, Loader=yaml.SafeLoader)


@given(st.text(max_size=60))
def test_any_text_is_read_alike_or_refused_with_a_yaml_error(text: str) -> None:
    """Whatever the text, libyaml's reader gives what PyYAML's own gives, or raises
    :class:`yaml.YAMLError` (never another exception: the readers catch only that)."""
    try:
        fast = yamldoc.safe_load(text)
    except yaml.YAMLError:
        return
    try:
        slow = yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return  # the two parsers differ at the edges of the grammar; each refusal is a YAMLError
    assert fast == slow or (fast != fast and slow != slow)  # NaN read by both


@given(st.dictionaries(st.text(alphabet="abcxyz", min_size=1, max_size=6), st.integers(), min_size=1, max_size=5),
       st.data())
def test_a_key_written_twice_in_the_lexicon_is_refused(mapping: dict[str, int], data: st.DataObject) -> None:
    """The lexicon's loader keeps its refusal of a key written twice on libyaml's parser, at any depth."""
    key = data.draw(st.sampled_from(sorted(mapping)))
    inner = "\n".join(f"  {k}: {v}" for k, v in mapping.items()) + f"\n  {key}: 0\n"
    with pytest.raises(LexiconError, match="key written twice"):
        parse_lexicon(f"version: 1\nnested:\n{inner}")
