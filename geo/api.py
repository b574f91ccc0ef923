"""The geo package's application interface for the web and the read models of other packages.

How a point is named (:func:`place_of`, :class:`Place`, its SQL twin
:data:`PLACE_JOINS` and :class:`PlaceColumns`, what that adds to a read model),
kept light: importing it loads no GIS library. The domain services use the
geography directly (``geo.crs``, ``geo.service``); the import contracts in
``pyproject.toml`` check that the web imports only this module (and ``geo.errors``).
"""

from __future__ import annotations

from geo.places import PLACE_JOINS, ROAD_NAMES_PLACE_M, Place, PlaceColumns, place_of

__all__ = ["PLACE_JOINS", "ROAD_NAMES_PLACE_M", "Place", "PlaceColumns", "place_of"]
