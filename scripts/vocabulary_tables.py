"""Rewrite the tables of docs/vocabulary.md from common/vocabulary.py (run after changing it)."""

from __future__ import annotations

from pathlib import Path

from common.lexicon import lexicon
from common.vocabulary import (
    CATEGORIES,
    EVIDENCE,
    OPENED_AS,
    STATUS_REASON_LABELS,
    IncidentType,
    StatusReason,
    offline_signal,
)

DOC = Path(__file__).resolve().parents[1] / "docs" / "vocabulary.md"
MARK = "## The table\n"


def tables() -> str:
    """The category table and the evidence-role table, as Markdown."""
    lines = [
        "| feed | code | zh-TW | English | signal | aliases | source |",
        "|---|---|---|---|---|---|---|",
    ]
    for feed, cats in CATEGORIES.items():
        for c in cats:
            sig = c.signal.value if c.signal else f"– ({c.reason})"
            if c.generic:
                sig += " (text reader first)"
            if c.words:
                said = sorted({w.value for _, w in c.words})
                told = ' '.join(w for cue, _ in c.words for w in lexicon().cue_words(cue))
                sig += f"; {', '.join(said)} when its text says {told}"
            lines.append(f"| {feed} | `{c.code}` | {c.zh} | {c.en} | {sig} | {', '.join(c.aliases)} | {c.source} |")
    shown = set(OPENED_AS.values())
    types = [t for t in IncidentType if t not in shown]  # a type only shown is correlated as another
    lines += ["", "## Evidence roles", "", "| signal | " + " | ".join(t.value for t in types) + " |"]
    lines.append("|---|" + "---|" * len(types))
    for s, roles in EVIDENCE.items():
        lines.append(f"| {s.value} | " + " | ".join(roles[t].value if t in roles else "–" for t in types) + " |")
    lines.append("")
    for s, t in OPENED_AS.items():
        own = next(typ for typ, role in EVIDENCE[s].items() if role.value != "supports")
        lines.append(
            f"An incident that `{s.value}` evidence opened is correlated as a `{own.value}` one (its policy and"
            f" reach) and shown and dispatched as `{t.value}` (`OPENED_AS`)."
        )
    lines += [
        "",
        "## Offline reasons",
        "",
        "| reason | zh-TW | English | the offline word read as |",
        "|---|---|---|---|",
    ]
    for r in StatusReason:
        zh, en = STATUS_REASON_LABELS[r]
        lines.append(f"| `{r.value}` | {zh} | {en} | {offline_signal(r).value} |")
    lines += [
        "",
        "Written by `scripts/vocabulary_tables.py`; `tests/unit/common/test_vocabulary.py` checks that these"
        " tables are its output.",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    """Rewrite the page's tables in place."""
    text = DOC.read_text(encoding="utf-8")
    head = text[: text.index(MARK) + len(MARK)]
    DOC.write_text(head + "\n" + tables(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
