"""Geography of the 水湳 demonstration zone: zones, roads, the sensor registry, spatial queries.

Pure modules: ``crs`` (WGS84 ↔ TWD97), ``models``, ``zones``, ``index`` (STRtree hot path),
``coverage`` (contract 5), ``loaders`` (validated GeoJSON). I/O: ``repo`` (SQL),
``service`` (``soc geo load``), ``cli``. See docs/geo.md.
"""
