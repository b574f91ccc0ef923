// The wall's zone map: MapLibre GL JS (web/static/vendor/maplibre-gl, served by the
// app) draws the project's own GeoJSON layers, /api/geo/zones and /api/geo/roads,
// with no tile server and no glyph server (text is rendered by the browser from its
// own fonts). Road and sub-area names are symbol layers, so MapLibre's collision
// detection drops a name that would cover another instead of printing them on top of
// each other. Sensors and incidents are drawn by wall.js on an SVG overlay in screen
// pixels, placed with this map's projection.
//
// SOC.WallMap.create(container, overlay, edgePx) -> projector:
//   project(lon, lat) -> [x, y]   screen pixels inside the container
//   W, H                          the container's size in pixels
//   fit(points) -> bool           frame the zone and the given [lon, lat] points that lie
//                                 within NEAR_KM of it (farther ones get edge arrows);
//                                 true when the view changed
//   distanceKm(lon, lat)          ground distance from the middle of the zone
//   webgl                         false when the browser has no WebGL: the projector
//                                 still places sensors and incidents, the panel says why
//                                 the streets are missing
//   zoomBy(factor, x, y)          the operator's zoom, the point (x, y) staying in place;
//                                 between the whole frame / 2 and x MAX_SCALE
//   panBy(dx, dy)                 the operator's pan: the view moves by (dx, dy) pixels
//   whole()                       back to the automatic frame of fit()
//   scale                         the view's scale against the automatic frame (1: whole)
//   zoomed                        true while the operator's view holds: fit() leaves it be
//   keepClear(boxes)              the screen boxes ({left, top, right, bottom}, container
//                                 pixels) of the incidents' markers, badges, captions and
//                                 arrows: no road or sub-area name is drawn under them
"use strict";
(() => {
  const LIB = "/static/vendor/maplibre-gl/maplibre-gl.mjs";
  const NEAR_KM = 3;
  const MAX_SCALE = 32;
  const MIN_SCALE = 0.5;
  const CLEAR_STEP = 8;  // px: keepClear's box sizes are rounded up to it
  const FONT = ["Noto Sans CJK TC Regular"];
  // Minimum text sizes on the wall (docs/web.md, "Reading distance"): 20 px.
  const ROAD_LABEL_PX = 21;
  const ZONE_LABEL_PX = 24;
  // A sub-area's name on its middle, else moved up or down by 1.5 em (inside the area: the
  // sub-areas are taller than that).
  const ZONE_ANCHORS = ["center", [0, 0], "bottom", [0, -1.5], "top", [0, 1.5]];

  function bbox(features) {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    const visit = (c) => {
      if (typeof c[0] === "number") {
        minX = Math.min(minX, c[0]); maxX = Math.max(maxX, c[0]);
        minY = Math.min(minY, c[1]); maxY = Math.max(maxY, c[1]);
      } else c.forEach(visit);
    };
    features.forEach((f) => visit(f.geometry.coordinates));
    return [minX, minY, maxX, maxY];
  }

  function style(zones, roads) {
    const level = (l) => ["==", ["get", "level"], l];
    const name = () => ["coalesce", ["get", SOC.lang() === "en" ? "name_en" : "name"], ["get", "name"]];
    const halo = { "text-halo-color": "#0d1117", "text-halo-width": 3 };
    return {
      version: 8,
      sources: { zones: { type: "geojson", data: zones }, roads: { type: "geojson", data: roads },
                 clear: { type: "geojson", data: { type: "FeatureCollection", features: [] } } },
      layers: [
        { id: "background", type: "background", paint: { "background-color": "#161b22" } },
        { id: "district", type: "fill", source: "zones", filter: level("district"),
          paint: { "fill-color": "#1b2230" } },
        { id: "district-line", type: "line", source: "zones", filter: level("district"),
          paint: { "line-color": "#2d3748", "line-width": 1, "line-dasharray": [6, 6] } },
        { id: "zone", type: "fill", source: "zones", filter: level("zone"),
          paint: { "fill-color": "#18324a" } },
        { id: "sub-area", type: "fill", source: "zones", filter: level("sub_area"),
          paint: { "fill-color": ["case", ["==", ["get", "zone_id"], "central_park"], "#1d4a33", "#1f4262"],
                   "fill-opacity": 0.7 } },
        { id: "road", type: "line", source: "roads", layout: { "line-cap": "round", "line-join": "round" },
          paint: { "line-color": "#59636e", "line-width": 4 } },
        { id: "zone-line", type: "line", source: "zones", filter: ["!=", ["get", "level"], "district"],
          paint: { "line-color": ["case", ["==", ["get", "zone_id"], "central_park"], "#55c98a",
            ["==", ["get", "level"], "zone"], "#4a90c2", "#6fb1e0"],
          "line-width": ["case", ["==", ["get", "level"], "zone"], 3, 1.5] } },
        { id: "road-label", type: "symbol", source: "roads",
          layout: { "symbol-placement": "line", "text-field": name(), "text-font": FONT,
                    "text-size": ROAD_LABEL_PX, "text-padding": 6, "symbol-spacing": 360,
                    "text-max-angle": 35, "text-pitch-alignment": "viewport" },
          paint: { "text-color": "#c2ccd6", ...halo } },
        { id: "zone-label", type: "symbol", source: "zones", filter: level("sub_area"),
          layout: { "text-field": name(), "text-font": FONT, "text-size": ZONE_LABEL_PX,
                    "text-max-width": 7, "text-padding": 8,
                    // On its middle, else just above or below it when an incident holds
                    // the middle (see marker-space): the area keeps its name in sight.
                    "text-variable-anchor-offset": ZONE_ANCHORS },
          paint: { "text-color": "#e6f1fb", ...halo } },
        // The incidents' markers, badges and captions (drawn by wall.js over the map) as
        // transparent icons of their size, placed first (the top layer) and always: a name
        // that would lie under one collides with it and is left out, or placed elsewhere
        // along its road, never drawn under a marker.
        { id: "marker-space", type: "symbol", source: "clear",
          layout: { "icon-image": ["get", "img"], "icon-allow-overlap": true, "icon-ignore-placement": false,
                    "icon-padding": 0 } },
      ],
    };
  }

  async function create(container, overlay, edgePx) {
    const [zones, roads] = await Promise.all([SOC.api("/api/geo/zones"), SOC.api("/api/geo/roads")]);
    const local = zones.features.filter((f) => f.properties.level !== "district");
    let [minX, minY, maxX, maxY] = bbox(local);
    const padX = (maxX - minX) * 0.30; const padY = (maxY - minY) * 0.06;
    minX -= padX; maxX += padX; minY -= padY; maxY += padY;
    const [midLon, midLat] = [(minX + maxX) / 2, (minY + maxY) / 2];
    const distanceKm = (lon, lat) => {
      const dx = (lon - midLon) * 111.32 * Math.cos(midLat * Math.PI / 180); const dy = (lat - midLat) * 110.57;
      return Math.hypot(dx, dy);
    };
    const size = () => [container.clientWidth, container.clientHeight];
    const sync = () => {
      const [w, h] = size();
      overlay.setAttribute("viewBox", `0 0 ${w} ${h}`);
    };
    sync();

    let map = null;
    try {
      const lib = await SOC.importModule(LIB);  // asked again if the network fails it
      map = new lib.Map({ container, style: style(zones, roads), interactive: false, attributionControl: false,
        fadeDuration: 0, localIdeographFontFamily: "'Noto Sans CJK TC', 'Noto Sans TC', sans-serif",
        bounds: [[minX, minY], [maxX, maxY]], fitBoundsOptions: { padding: edgePx } });
      await new Promise((resolve, reject) => {
        map.once("load", resolve);
        map.once("error", (e) => reject(e.error || e));
      });
    } catch (e) {
      // No WebGL (or the library failed): the panel says so; sensors and incidents
      // are still placed, on a plain equirectangular frame of the same area.
      if (map) map.remove();
      map = null;
      container.append(SOC.el("p", { class: "map-failed", "data-i18n": "map_failed", text: SOC.t("map_failed") }));
    }

    let view = JSON.stringify([[minX, minY], [maxX, maxY]]);
    let cleared = "[]";  // the boxes keepClear last gave the map
    // The operator's view: null while the automatic frame holds; else its scale against
    // that frame (and, on the plain frame, its offset in pixels).
    let user = null;
    let baseZoom = map ? map.getZoom() : 0;
    // Plain frame (no WebGL): the base bounds, aspect kept, centred, then the operator's view.
    const plain = (lon, lat) => {
      const [w, h] = size();
      const k = Math.cos(midLat * Math.PI / 180);
      const s = Math.min((w - 2 * edgePx) / ((maxX - minX) * k), (h - 2 * edgePx) / (maxY - minY));
      const [x, y] = [w / 2 + (lon - midLon) * k * s, h / 2 - (lat - midLat) * s];
      return user ? [w / 2 + (x - w / 2) * user.s + user.ox, h / 2 + (y - h / 2) * user.s + user.oy] : [x, y];
    };
    const clamp = (s) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));
    const projector = {
      webgl: map !== null,
      map,
      get W() { return size()[0]; },
      get H() { return size()[1]; },
      distanceKm,
      project(lon, lat) {
        if (!map) return plain(lon, lat);
        const p = map.project([lon, lat]);
        return [p.x, p.y];
      },
      get zoomed() { return user !== null; },
      get scale() { return !user ? 1 : map ? 2 ** (map.getZoom() - baseZoom) : user.s; },
      zoomBy(factor, x, y) {
        if (!user) user = { s: 1, ox: 0, oy: 0 };
        if (!map) {
          const [w, h] = size();
          const f = clamp(user.s * factor) / user.s;
          user.ox = x - w / 2 - (x - w / 2 - user.ox) * f; user.oy = y - h / 2 - (y - h / 2 - user.oy) * f;
          user.s *= f;
          return;
        }
        const zoom = baseZoom + Math.log2(clamp(2 ** (map.getZoom() - baseZoom) * factor));
        map.easeTo({ zoom, around: map.unproject([x, y]), duration: 0 });
      },
      panBy(dx, dy) {
        if (!user) user = { s: 1, ox: 0, oy: 0 };
        if (!map) { user.ox -= dx; user.oy -= dy; return; }
        map.panBy([dx, dy], { animate: false });
      },
      whole() {
        user = null;
        if (!map) return;
        map.fitBounds(JSON.parse(view), { padding: edgePx, animate: false });
        baseZoom = map.getZoom();
      },
      fit(points) {
        if (!map || user) return false;
        let [x0, y0, x1, y1] = [minX, minY, maxX, maxY];
        for (const [lon, lat] of points) {
          if (lon === null || lat === null || distanceKm(lon, lat) > NEAR_KM) continue;
          x0 = Math.min(x0, lon); x1 = Math.max(x1, lon); y0 = Math.min(y0, lat); y1 = Math.max(y1, lat);
        }
        const next = JSON.stringify([[x0, y0], [x1, y1]]);
        if (next === view) return false;
        view = next;
        map.fitBounds([[x0, y0], [x1, y1]], { padding: edgePx, animate: false });
        baseZoom = map.getZoom();
        return true;
      },
      keepClear(boxes) {
        if (!map) return;
        const features = boxes.filter((b) => b.right > b.left && b.bottom > b.top).map((b) => {
          // Sizes rounded up to CLEAR_STEP px, so a few images serve every box.
          const w = Math.ceil((b.right - b.left) / CLEAR_STEP) * CLEAR_STEP;
          const h = Math.ceil((b.bottom - b.top) / CLEAR_STEP) * CLEAR_STEP;
          const img = `clear-${w}x${h}`;
          if (!map.hasImage(img)) map.addImage(img, { width: w, height: h, data: new Uint8Array(w * h * 4) });
          const c = map.unproject([(b.left + b.right) / 2, (b.top + b.bottom) / 2]);
          return { type: "Feature", properties: { img },
                   geometry: { type: "Point", coordinates: [+c.lng.toFixed(6), +c.lat.toFixed(6)] } };
        });
        const next = JSON.stringify(features);
        if (next === cleared) return;
        cleared = next;
        map.getSource("clear").setData({ type: "FeatureCollection", features });
      },
      resize() {
        sync();
        if (!map) return;
        map.resize();
        if (user) return;  // the operator's view keeps its centre and zoom
        map.fitBounds(JSON.parse(view), { padding: edgePx, animate: false });
        baseZoom = map.getZoom();
      },
    };
    document.addEventListener("soc:lang", () => {
      if (!map) return;
      const field = ["coalesce", ["get", SOC.lang() === "en" ? "name_en" : "name"], ["get", "name"]];
      map.setLayoutProperty("road-label", "text-field", field);
      map.setLayoutProperty("zone-label", "text-field", field);
    });
    SOC.WallMap.current = projector;  // the wall's one map (the browser tests read its layers)
    return projector;
  }

  SOC.WallMap = { create, NEAR_KM, MAX_SCALE, ROAD_LABEL_PX, ZONE_LABEL_PX, current: null };
})();
