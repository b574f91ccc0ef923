"""The places people name instead of a position: buildings and road junctions (pure).

A 1999 caller or an officer says where it is by a landmark or a junction
("綠美圖前面", "會展中心A館", "河南路中平路口") while the position the report carries is
the caller's phone, the patrol car or the operator's guess, sometimes far off.
:class:`Gazetteer` reads the places a text names and gives each one's TWD97 point:

- the buildings of ``geo/data/gazetteer.yaml`` (one declaration: name, English name,
  aliases in zh-TW and English, WGS84 position and its source), found as plain
  substrings after NFKC, lower case and with whitespace removed, in one pass: at each
  place the longest name that starts there ("會展中心A館" is hall A, not the centre);
- the junction of two of the zone's roads (``roads.geojson``) the text names as one
  ("河南路中平路口", "經貿路二段/黎明路口", "中清環中路口", "黎明路三段與凱旋路口"): where
  their lines meet, or the middle of their closest approach within
  :data:`JUNCTION_GAP_M` (the road lines are guesses of ±30-300 m).

Only shapely and pyproj (through :mod:`geo.crs`) and PyYAML are imported: the ops
service builds one at start-up and the correlator asks it once per distinct text.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import shapely
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from common import yamldoc
from geo.crs import geometry_to_twd97, to_twd97
from geo.errors import GazetteerError
from geo.models import Road

GAZETTEER_PATH = Path(__file__).resolve().parent / "data" / "gazetteer.yaml"

#: Two roads whose lines pass this close form a junction where they do not meet (metres):
#: the road lines are the §1.2 anchors (±30 m) and guesses of ±300 m between them
#: (roads.geojson ``precision``), so two roads people name as crossing may miss by that much.
JUNCTION_GAP_M = 300.0

_SPACE = re.compile(r"\s+")
# a road's section (二段), between a road's name and the junction's 口 or the next road's name
_SECTION = r"(?:[一二三四五六七八九十0-9]+段)?"
# what people put between two roads' names: nothing, a slash, a comma-like mark, a conjunction
_BETWEEN = r"(?:[/、,&+與和及跟])?"
_MOUTH = r"(?:交叉路口|交叉口|交岔路口|路口|口)"


@dataclass(frozen=True, slots=True)
class NamedPlace:
    """A place a text names: its id (a junction's is ``junction:<road>+<road>``), its names
    in zh-TW and English, and its TWD97 point (EPSG:3826, metres)."""

    place_id: str
    name: str
    name_en: str
    x: float
    y: float


class _Entry(BaseModel):
    """One place of the gazetteer file."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, pattern=r"^[a-z0-9_]+$")
    name: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    aliases: tuple[str, ...] = Field(min_length=1)
    aliases_en: tuple[str, ...] = ()
    at: tuple[float, float]
    source: str = Field(min_length=1)


class _File(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    heading_for: tuple[str, ...] = ()
    places: tuple[_Entry, ...]


def normalise(text: str) -> str:
    """A text as names are matched in it: NFKC (full-width letters and digits, ／), lower
    case, no whitespace."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text).lower())


def _road_forms(road: Road) -> tuple[str, ...]:
    """How people write a road's name: as given, with 臺 or 台, and without its 路 (中清環中路口)."""
    forms = {road.name, road.name.replace("臺", "台"), road.name.replace("台", "臺")}
    forms |= {f[:-1] for f in list(forms) if f.endswith("路") and len(f) >= 3}
    return tuple(normalise(f) for f in forms if f)


class Gazetteer:
    """The named places of the zone and its junctions; immutable, pure after it is built.

    ``places`` are the buildings (:func:`load_gazetteer` reads them from the file),
    each with its names as people write them; ``roads`` are the zone's roads, whose
    crossings are the junctions a text may name.
    """

    __slots__ = ("_alias_of", "_alias_re", "_aliases", "_heading_for", "_junction_re", "_junctions", "_road_of")

    def __init__(
        self,
        places: Iterable[tuple[NamedPlace, Iterable[str]]] = (),
        roads: Iterable[Road] = (),
        heading_for: Iterable[str] = (),
    ) -> None:
        self._heading_for = tuple(w for w in (normalise(h) for h in heading_for) if w)
        aliases: dict[str, NamedPlace] = {}
        for place, names in places:
            for n in names:
                key = normalise(n)
                if key:
                    aliases.setdefault(key, place)
        # the longest name first: where names overlap, the longer one is the place meant
        self._aliases = tuple(sorted(aliases.items(), key=lambda kv: (-len(kv[0]), kv[0])))
        # one pass over a text: at each place, the first name of the alternation (the longest)
        self._alias_of = dict(self._aliases)
        self._alias_re = re.compile("|".join(re.escape(a) for a, _ in self._aliases)) if self._aliases else None
        roads = tuple(sorted((r for r in roads if r.name), key=lambda r: r.road_id))
        self._road_of: dict[str, str] = {}
        for road in roads:
            for form in _road_forms(road):
                self._road_of.setdefault(form, road.road_id)
        self._junctions = _junctions(roads)
        if self._junctions:
            names = "|".join(re.escape(f) for f in sorted(self._road_of, key=lambda f: (-len(f), f)))
            # "河南路中平路口", "黎明路三段與凱旋路口"; or an officer's "中科路/環中路二段" without the 口
            self._junction_re: re.Pattern[str] | None = re.compile(
                rf"({names}){_SECTION}{_BETWEEN}({names}){_SECTION}{_MOUTH}|({names}){_SECTION}/({names})"
            )
        else:
            self._junction_re = None

    def named_in(self, text: str, *, heading: bool = True) -> tuple[NamedPlace, ...]:
        """The places ``text`` names, in the order it names them, each once (any string;
        an empty one names none); without those it names as where the writer is heading
        (right after a ``heading_for`` word: "我要去轉運中心") when ``heading`` is False."""
        if not text:
            return ()
        hay = normalise(text)
        found = self._found(hay)
        if not heading and self._heading_for:
            found = [(i, p) for i, p in found if not hay[:i].endswith(self._heading_for)]
        found.sort(key=lambda sp: sp[0])
        return tuple(dict.fromkeys(p for _, p in found))

    def _found(self, hay: str) -> list[tuple[int, NamedPlace]]:
        """Each place named in the normalised ``hay``, with where its name starts: the
        longest name at the leftmost place, then on after it."""
        found: list[tuple[int, NamedPlace]] = []
        if self._alias_re is not None:
            found.extend((m.start(), self._alias_of[m.group()]) for m in self._alias_re.finditer(hay))
        if self._junction_re is not None and ("口" in hay or "/" in hay):
            for m in self._junction_re.finditer(hay):
                a, b = (m.group(1) or m.group(3)), (m.group(2) or m.group(4))
                if a is None or b is None:
                    continue
                pair = tuple(sorted((self._road_of[a], self._road_of[b])))
                junction = self._junctions.get(pair) if pair[0] != pair[1] else None
                if junction is not None:
                    found.append((m.start(), junction))
        return found

    def points_named(self, text: str) -> tuple[tuple[float, float], ...]:
        """The TWD97 points of the places ``text`` names as where it is or what it sees, not
        where its writer is heading (the correlator's lookup)."""
        return tuple((p.x, p.y) for p in self.named_in(text, heading=False))

    @property
    def places(self) -> tuple[NamedPlace, ...]:
        """Every named place held (buildings, then junctions), each once."""
        return tuple(dict.fromkeys([*(p for _, p in self._aliases), *self._junctions.values()]))


def _junctions(roads: tuple[Road, ...]) -> dict[tuple[str, ...], NamedPlace]:
    """Where each pair of roads meets (or passes within :data:`JUNCTION_GAP_M`), by road ids."""
    lines = {r.road_id: geometry_to_twd97(r.geometry) for r in roads}
    out: dict[tuple[str, ...], NamedPlace] = {}
    for a, b in itertools.combinations(roads, 2):
        la, lb = lines[a.road_id], lines[b.road_id]
        meet = shapely.intersection(la, lb)
        if meet.is_empty:
            if shapely.distance(la, lb) > JUNCTION_GAP_M:
                continue
            meet = shapely.centroid(shapely.shortest_line(la, lb))
        else:
            meet = shapely.get_geometry(meet, 0) if meet.geom_type.startswith("Multi") else meet
            meet = shapely.centroid(meet)
        pair = tuple(sorted((a.road_id, b.road_id)))
        out[pair] = NamedPlace(
            f"junction:{pair[0]}+{pair[1]}",
            f"{a.name}{b.name}口",
            f"{a.name_en} / {b.name_en}",
            float(meet.x),
            float(meet.y),
        )
    return out


def load_gazetteer(path: Path | str = GAZETTEER_PATH, roads: Iterable[Road] = ()) -> Gazetteer:
    """The gazetteer of ``path`` with the junctions of ``roads``; raises :class:`GazetteerError`
    when the file cannot be read or an entry is malformed (a position outside lon/lat degrees)."""
    p = Path(path)
    try:
        doc = yamldoc.safe_load(p.read_text(encoding="utf-8"))
        parsed = _File.model_validate(doc)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise GazetteerError(f"cannot read: {exc}", path=p) from exc
    except ValidationError as exc:
        raise GazetteerError(f"malformed: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}", path=p) from exc
    places: list[tuple[NamedPlace, tuple[str, ...]]] = []
    for e in parsed.places:
        lon, lat = e.at
        if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
            raise GazetteerError(f"{e.id}: position {e.at} is not lon, lat in degrees", path=p)
        x, y = to_twd97(lon, lat)
        places.append((NamedPlace(e.id, e.name, e.name_en, x, y), (e.name, e.name_en, *e.aliases, *e.aliases_en)))
    if len({pl.place_id for pl, _ in places}) != len(places):
        raise GazetteerError("duplicate place id", path=p)
    return Gazetteer(places, roads, parsed.heading_for)
