// The wall: no interaction, readable from across a room (docs/web.md, "Reading
// distance": no text under 20 px at 1920x1080). Everything on it comes from the
// /ws/wall snapshot and its deltas; it redraws only the changed topics.
"use strict";
(() => {
  const { t, tf, el, clear, countdown, agencyShort, typeName, num } = SOC;
  const agencyName = SOC.agencyLabel;
  const map = document.getElementById("map");
  const layers = { sensors: null, incidents: null };
  let projector = null;
  let socket = null;
  let state = {};
  let held = false;  // the page has held the server's state once (its first snapshot)
  const SEVERITY_RANK = SOC.SEVERITY_RANK;
  const AGENCIES = SOC.AGENCIES;
  const TICKER_PAGE_MS = 8000;  // one page of alerts stays this long: read, not chased
  const EDGE = 70;              // pixels kept free at the map's edges for the arrows of far incidents

  // The connection to the server ("connected", "reconnecting", "auth_failed") and
  // when it was lost; the dot is green only when connected AND nothing is down.
  let wsStatus = "reconnecting";
  let wsLostAt = null;

  // The page says live only once the state it holds is drawn everywhere, the map included:
  // the socket's answer may come before the map has loaded (socketStatus keeps it till then).
  let mapReady = false;
  function socketStatus(status) {
    if (status === "connected" && !mapReady) return;  // said by openMap's end
    setStatus(status);
  }
  function setStatus(status) {
    if (status === "connected") wsLostAt = null;
    // Its data stand still since the last frame (a silent socket is dropped only later).
    else if (wsLostAt === null) wsLostAt = (socket && socket.lastMessage) || Date.now();
    wsStatus = status;
    drawHealth();
  }

  function downParts() {
    // The database first: the processes waiting on it follow from it.
    const parts = values("health").filter((h) => !h.up && !h.warning)
      .sort((a, b) => (b.part === "database") - (a.part === "database") || (b.part === "broker") - (a.part === "broker"))
      .map((h) => ({ part: h.part, since: h.last_ok ? Date.parse(h.last_ok) : null, waiting: !!h.waiting }));
    if (wsLostAt !== null && wsStatus !== "auth_failed") parts.unshift({ part: "server", since: wsLostAt });
    return parts;
  }

  const duration = SOC.duration;

  // The red banner: what is down, for how long, and how old the wall's data are
  // (the last moment the server read the database and the wall heard from it).
  // The screen behind what the page has received (a drawing holding the page's thread on
  // a burst, common.js WallSocket.behindMs): since when the oldest change not yet drawn was
  // sent, in the banner's status; nothing while everything received is drawn.
  function drawBehind(ms = socket ? socket.behindMs() : 0) {
    const node = document.getElementById("behind");
    node.hidden = ms < SOC.BEHIND_MS;
    node.textContent = node.hidden ? "" : tf("screen_behind", { n: duration(ms) });
  }

  function drawHealth() {
    drawAges();
    drawBehind();
    drawSupervision();
    drawRefusals();
    drawTokenRefused();
    drawSimulated();
    const parts = downParts();
    const status = wsStatus === "connected" && parts.length ? "degraded" : wsStatus;
    document.getElementById("conn").className = `dot ${status}`;
    const text = document.getElementById("conn-text");
    text.dataset.i18n = status; text.textContent = t(status);
    const banner = document.getElementById("health");
    banner.hidden = parts.length === 0;
    if (!parts.length) return;
    const now = Date.now();
    // Each part its own span, whole on its line (style.css): the line breaks between them.
    const list = parts.map((p) => el("span", { class: "part", text: `${t(`part_${p.part}`)} `
      + (p.since === null ? t("never_beat")
        : `${t(p.waiting ? "waiting_db_for" : "down_for")} ${duration(now - p.since)}`) }));
    clear(document.getElementById("health-parts")).append(...list.flatMap((n, i) => (i ? [t("list_sep"), n] : [n])));
    const frozen = parts.filter((p) => p.part === "database" || p.part === "server")
      .map((p) => p.since).filter((x) => x !== null);
    document.getElementById("health-age").textContent = frozen.length
      ? `${t("data_age")} ${duration(now - Math.min(...frozen))} ${t("ago")}` : "";
  }

  // A refused display token (revoked or expired): no retry, so the wall would otherwise sit
  // still over its last data, read as a quiet night. The data stay, marked not live by the
  // panels' headings; this says why in both languages and how old the data are.
  function drawTokenRefused() {
    const node = document.getElementById("token-refused");
    node.hidden = wsStatus !== "auth_failed";
    document.getElementById("refused-age").textContent = !node.hidden && held && wsLostAt !== null
      ? `${t("data_age")} ${duration(Date.now() - wsLostAt)} ${t("ago")}` : "";
  }

  // A stopped supervisor (hung or killed, its beat past the limit): its processes may all
  // be up, so nothing is down, but none that dies or hangs is restarted. Said in the warning
  // colour under the banner for as long as it lasts (the health topic's warning item).
  function drawSupervision() {
    const node = document.getElementById("supervision");
    node.textContent = SOC.supervisionText(values("health"));
    node.hidden = !node.textContent;
  }

  // The simulator publishing (its beat, the health topic's ``simulator`` part): the data
  // shown are simulated, said in both languages at once for anyone who looks at the wall.
  function drawSimulated() {
    document.getElementById("simulated").hidden = !values("health").some((h) => h.part === "simulator" && h.up);
  }

  // A table refusing writes while the others take theirs (its disk full): nothing is down,
  // its messages are held (ingest's spool), said in the warning colour with since when.
  function drawRefusals() {
    const node = document.getElementById("writes-refused");
    node.textContent = SOC.refusalText(values("health"));
    node.hidden = !node.textContent;
  }

  // The incident holding the ops center's replay-log prune back: said quietly under the
  // banner while it holds (no failure: the log only grows), in the warning colour once it
  // has held the log past its window for longer than a retention.
  function drawLogHold() {
    const node = document.getElementById("log-hold");
    const h = values("log_hold")[0];
    node.hidden = !h;
    if (!h) { node.textContent = ""; return; }
    node.classList.toggle("late", h.late);
    const who = [h.number ? `#${h.number}` : t("an_incident"), h.kind ? typeName(h.kind) : ""].filter(Boolean).join(" ");
    // Open, gone quiet or closed (the states that hold); any other is said as open.
    const key = t(`log_hold_${h.state}`) === `log_hold_${h.state}` ? "log_hold_open" : `log_hold_${h.state}`;
    node.textContent = tf(key, { who, age: duration(h.age_min * 60000) });
  }

  const en = () => SOC.lang() === "en";
  const placeOf = (x) => (en() ? x.place_en : x.place) || "";
  const areaOf = (x) => (en() ? x.area_en : x.area) || "";
  const numberOf = (inc) => (inc.number ? `#${inc.number}` : "");
  // When an incident opened: 「21:40 起」, "since 21:40" (each language's own order).
  const sinceNode = (at) => (en()
    ? el("span", { class: "since" }, `${t("since")} `, SOC.timeNode(at))
    : el("span", { class: "since" }, SOC.timeNode(at), ` ${t("since")}`));
  function values(topic) { return state[topic] ? [...state[topic].values()] : []; }

  // -- map: SVG user units per screen pixel, so text keeps its pixel size whatever the map's scale
  function scaleMap() {
    const ctm = map.getScreenCTM();
    const u = ctm && ctm.a ? 1 / ctm.a : 1;
    map.style.setProperty("--u", String(u));
    return u;
  }

  function drawSensors() {
    if (!projector) return;
    clear(layers.sensors);
    const u = scaleMap();
    for (const s of values("sensor")) {
      const [x, y] = projector.project(s.lon, s.lat);
      // Offline for planned maintenance (its own status message says so) has its own colour:
      // an operator tells planned work from a failure.
      const drawn = s.state === "offline" && s.maintenance ? "maintenance" : s.state;
      const cls = `sensor s-${drawn} ${s.severity ? `sev-${s.severity}` : ""}`;
      const name = en() ? (s.name_en || s.name) : s.name;
      layers.sensors.append(el("svg:circle", { cx: x, cy: y, r: (s.state === "alert" ? 11 : 7) * u, class: cls,
        "data-sensor": s.sensor_id },
        el("svg:title", { text: drawn === "maintenance" ? `${name} · ${t("legend_maintenance")}` : name })));
    }
  }

  // A pill: text with a rounded box sized to it (measured, so no language overflows it).
  function pill(g, x, y, text, cls, u) {
    const label = el("svg:text", { x, y, class: `${cls}-text`, "text-anchor": "middle", dy: "0.35em", text });
    g.append(label);
    const w = label.getComputedTextLength() + 16 * u;
    const h = 32 * u;
    g.insertBefore(el("svg:rect", { x: x - w / 2, y: y - h / 2, width: w, height: h, rx: 6 * u, class: cls }), label);
    return w;
  }

  // Where an incident's marker goes: on its place when its marker and badges cover no
  // marker or badge placed before (more urgent), else the nearest free spot around it
  // inside the map (moved up or down first: the badges run sideways), tied to the place
  // by a leader line. With no free spot it stays on its place.
  const LEADER_RINGS = [2.4, 3.6, 4.8, 6.4];  // in marker radii
  const LEADER_ANGLES = [-90, 90, -45, -135, 45, 135, 0, 180, -67.5, -112.5, 67.5, 112.5];
  function footprint(x, y, r, reach, W) {
    // The badges run right of the marker, or left of it where they would leave the map.
    const flip = x + reach > W;
    return { flip, left: x - (flip ? reach : r), right: x + (flip ? r : reach), top: y - r, bottom: y + r };
  }
  // With no spot clear of every marker placed before, the nearest clear of what lies over
  // the map (`over`: the legend, the zoom buttons) and inside it: a marker drawn over
  // another is still read (the more urgent on top), one under the legend is not.
  function placeMarker(x, y, r, reach, taken, over, W, H, gap, pinned) {
    const apart = (b, boxes) => !boxes.some((o) => b.left < o.right + gap && o.left < b.right + gap
      && b.top < o.bottom + gap && o.top < b.bottom + gap);
    const inside = (b) => b.left >= gap && b.right <= W - gap && b.top >= gap && b.bottom <= H - gap;
    const home = footprint(x, y, r, reach, W);
    if (apart(home, taken)) return { x, y, box: home, moved: false, stuck: false };
    const spots = LEADER_RINGS.flatMap((ring) => LEADER_ANGLES.map((deg) => {
      const a = deg * Math.PI / 180;
      const [cx, cy] = [x + Math.cos(a) * ring * r, y + Math.sin(a) * ring * r];
      return { x: cx, y: cy, box: footprint(cx, cy, r, reach, W) };
    }));
    const free = spots.find((s) => inside(s.box) && apart(s.box, taken));
    if (free) return { ...free, moved: !pinned, stuck: false };
    if (apart(home, over)) return { x, y, box: home, moved: false, stuck: true };
    const seen = spots.find((s) => inside(s.box) && apart(s.box, over));
    return seen ? { ...seen, moved: !pinned, stuck: true } : { x, y, box: home, moved: false, stuck: true };
  }

  // Each open incident's place on the overlay: projected, or pinned to the map's edge.
  function spotOf(inc, W, H, pad) {
    const [x, y] = projector.project(inc.lon, inc.lat);
    const outside = x < pad - 2 || x > W - pad + 2 || y < pad - 2 || y > H - pad + 2;  // 2 px: the fit's rounding
    return { inc, x, y, outside,
             px: outside ? Math.min(Math.max(x, pad), W - pad) : x, py: outside ? Math.min(Math.max(y, pad), H - pad) : y };
  }

  // Incidents gathered by place: the most urgent of all stays alone (its marker and badges
  // as on the board's first card); each other, most urgent first, joins the first group
  // whose most urgent incident lies within `reach` px of it. Incidents pinned to the edge
  // gather only within `PINNED_REACH` marker radii: a cluster has no arrow, so far incidents
  // in different directions each keep their own.
  const PINNED_REACH = 6;
  function gather(spots, reach, r) {
    const groups = [];
    for (const s of spots.slice(1)) {
      const within = s.outside ? Math.min(reach, PINNED_REACH * r) : reach;
      const home = groups.find((g) => g[0].outside === s.outside && Math.hypot(g[0].px - s.px, g[0].py - s.py) <= within);
      if (home) home.push(s); else groups.push([s]);
    }
    return spots.length ? [[spots[0]], ...groups] : [];
  }

  const MARKER_PIECES = ":scope > g > :not(line, title, text, .halo, .leader-dot)";
  function drawIncidentsOnMap() {
    if (!projector) return;
    // The view frames the zone and the open incidents near it; the sensors follow a new view.
    if (projector.fit(values("incident").map((inc) => [inc.lon, inc.lat]))) drawSensors();
    const focused = groupKey(document.activeElement);
    const u = scaleMap();
    const { W, H } = projector;
    const r = 26 * u;
    const spots = sortedIncidents().filter((inc) => inc.lon !== null && inc.lat !== null)
      .map((inc) => spotOf(inc, W, H, EDGE * u));
    // Each incident apart while they can be placed apart; else gathered by place in ever
    // wider circles until no marker is drawn over another (at worst two groups, or those
    // pinned to the edge far apart).
    let groups = spots.map((s) => [s]);
    let reach = 0;
    let laid = layOut(groups, u, r, W, H);
    while (laid.stuck && groups.length > 2 && reach < W + H) {
      reach = reach ? reach * 1.5 : 3 * r;
      groups = gather(spots, reach, r);
      laid = layOut(groups, u, r, W, H);
    }
    placeCaptions(laid.captions, u);
    // Laid out most urgent first (its caption is placed first), drawn most urgent last: an
    // incident's marker and badges lie over those of any less urgent one nearby.
    [...layers.incidents.children].reverse().forEach((g) => layers.incidents.append(g));
    const again = focused && [...layers.incidents.children].find((g) => groupKey(g) === focused);
    if (again) again.focus({ preventScroll: true });
    drawGroupList();
    // No map name under a marker, its badges, caption or arrow: the map leaves their room
    // clear (each piece's own box; a leader line, thin, and the halo, translucent, may lie
    // over a name).
    const frame = document.getElementById("basemap").getBoundingClientRect();
    // The legend and the zoom buttons over the map too: a name under them would be cut.
    projector.keepClear([...layers.incidents.querySelectorAll(MARKER_PIECES),
      ...document.querySelectorAll(".map-panel .legend, .map-panel .map-zoom")].map((n) => n.getBoundingClientRect())
      .map((b) => ({ left: b.left - frame.left, right: b.right - frame.left, top: b.top - frame.top, bottom: b.bottom - frame.top })));
    map.dataset.scale = projector.scale.toFixed(3);  // the view the markers are drawn for
  }

  // Draws the groups (a lone incident, or a cluster of several), most urgent first, each
  // where it covers none placed before; stuck: some group found no free spot.
  function layOut(groups, u, r, W, H) {
    clear(layers.incidents);
    const over = overMapBoxes(u);
    const taken = [...over];  // the markers and badges placed so far, in SVG units
    const captions = [];
    let stuck = false;
    for (const group of groups) {
      const { g, reach, x, y, outside } = group.length === 1 ? incidentMarker(group[0], u, r) : clusterMarker(group, u, r);
      const spot = placeMarker(x, y, group.length === 1 ? r : r * CLUSTER_R, reach, taken, over, W, H, 4 * u, outside);
      stuck = stuck || spot.stuck;
      taken.push(spot.box);
      if (spot.moved) {
        // The place itself as a dot, and a line from it to the moved marker.
        g.classList.add("moved");
        const [dx, dy] = [x - spot.x, y - spot.y];
        g.prepend(el("svg:line", { class: "leader", x1: dx.toFixed(1), y1: dy.toFixed(1), x2: 0, y2: 0 }),
          el("svg:circle", { class: "leader-dot", cx: dx.toFixed(1), cy: dy.toFixed(1), r: 6 * u }));
      }
      g.setAttribute("transform", `translate(${spot.x.toFixed(1)},${spot.y.toFixed(1)})`);
      captions.push({ g, caption: g.dataset.caption, labelY: (spot.y > H / 2 ? -1 : 1) * (r + 24 * u) });
      // Badges that would leave the map go to the left of the marker instead.
      if (spot.box.flip) g.querySelectorAll("rect.badge, text.badge-text").forEach((n) => {
        n.setAttribute("x", String(-Number(n.getAttribute("x")) - (n.tagName === "rect" ? Number(n.getAttribute("width")) : 0)));
        if (n.tagName === "text") n.setAttribute("text-anchor", "end");
      });
    }
    return { stuck, captions };
  }

  // The legend and the zoom buttons lie over the map: no marker or badge is placed under them.
  function overMapBoxes(u) {
    const m = map.getBoundingClientRect();
    return [...document.querySelectorAll(".map-panel .legend, .map-panel .map-zoom")].map((n) => n.getBoundingClientRect())
      .map((l) => ({ left: (l.left - m.left) * u, right: (l.right - m.left) * u, top: (l.top - m.top) * u, bottom: (l.bottom - m.top) * u }));
  }

  // -- the operator's zoom: the wheel (around the pointer), a drag, the buttons, and the
  // keys + and - (around the middle), 0 (whole zone) and the arrows (pan), wherever the
  // focus is but in the open list. Sensors and incidents are drawn again at once for
  // the new view, clusters gathered anew. A zoomed wall left alone for ZOOM_IDLE_MS goes
  // back to the whole zone, so no one finds it on half a district the next morning.
  const ZOOM_STEP = 2;           // a button or key press
  const PAN_STEP = 0.2;          // of the map's width or height, an arrow key
  const WHEEL_NOTCH = 300;       // deltaY of a doubling (a mouse's notch of 100: x1.26)
  const ZOOM_IDLE_MS = 5 * 60000;
  let zoomTimer = null;
  let viewFrame = 0;
  function viewChanged() {
    clearTimeout(zoomTimer);
    if (projector.zoomed) zoomTimer = setTimeout(() => { projector.whole(); viewChanged(); }, ZOOM_IDLE_MS);
    drawZoomState();
    // Drawn once a frame however many wheel or drag events it brings.
    if (!viewFrame) viewFrame = requestAnimationFrame(() => { viewFrame = 0; drawSensors(); drawIncidentsOnMap(); });
  }
  function drawZoomState() {
    const node = document.getElementById("zoom-state");
    const n = projector ? projector.scale : 1;
    node.hidden = !projector || !projector.zoomed;
    node.textContent = node.hidden ? "" : tf("zoom_state", { n: n >= 10 ? n.toFixed(0) : n.toFixed(1) });
    document.getElementById("zoom-whole").classList.toggle("active", !node.hidden);
    document.getElementById("zoom-in").setAttribute("aria-label", t("zoom_in"));
    document.getElementById("zoom-out").setAttribute("aria-label", t("zoom_out"));
  }
  function listenToZoom() {
    const panel = document.querySelector(".map-panel");
    const mine = (e) => e.target.closest && e.target.closest("#cluster-list, .legend, .map-zoom");
    const here = (e) => { const r = map.getBoundingClientRect(); return [e.clientX - r.left, e.clientY - r.top]; };
    const middle = () => [projector.W / 2, projector.H / 2];
    panel.addEventListener("wheel", (e) => {
      if (mine(e) || !e.deltaY) return;
      e.preventDefault();
      projector.zoomBy(2 ** (-Math.max(-WHEEL_NOTCH, Math.min(WHEEL_NOTCH, e.deltaY)) / WHEEL_NOTCH), ...here(e));
      viewChanged();
    }, { passive: false });
    let drag = null;
    panel.addEventListener("pointerdown", (e) => {
      if (mine(e) || e.button !== 0 || e.target.closest("g.incident, g.cluster")) return;
      drag = { id: e.pointerId, x: e.clientX, y: e.clientY };
      panel.setPointerCapture(e.pointerId);
    });
    panel.addEventListener("pointermove", (e) => {
      if (!drag || e.pointerId !== drag.id) return;
      projector.panBy(drag.x - e.clientX, drag.y - e.clientY);
      [drag.x, drag.y] = [e.clientX, e.clientY];
      viewChanged();
    });
    const end = (e) => { if (drag && e.pointerId === drag.id) drag = null; };
    panel.addEventListener("pointerup", end);
    panel.addEventListener("pointercancel", end);
    const zoomIn = () => projector.zoomBy(ZOOM_STEP, ...middle());
    const zoomOut = () => projector.zoomBy(1 / ZOOM_STEP, ...middle());
    const whole = () => projector.whole();
    const use = (f) => () => { f(); viewChanged(); };
    document.getElementById("zoom-in").addEventListener("click", use(zoomIn));
    document.getElementById("zoom-out").addEventListener("click", use(zoomOut));
    document.getElementById("zoom-whole").addEventListener("click", use(whole));
    const keys = { "+": zoomIn, "=": zoomIn, "-": zoomOut, "_": zoomOut, 0: whole,
      ArrowLeft: () => projector.panBy(-projector.W * PAN_STEP, 0), ArrowRight: () => projector.panBy(projector.W * PAN_STEP, 0),
      ArrowUp: () => projector.panBy(0, -projector.H * PAN_STEP), ArrowDown: () => projector.panBy(0, projector.H * PAN_STEP) };
    document.addEventListener("keydown", (e) => {
      const f = keys[e.key];
      if (!f || e.ctrlKey || e.metaKey || e.altKey || (e.target.closest && e.target.closest("#cluster-list"))) return;
      e.preventDefault();
      use(f)();
    });
    document.addEventListener("soc:lang", drawZoomState);
    drawZoomState();
  }

  // A group's drawn marker is reached by keyboard (Tab, Enter) and click: it opens the
  // list of its incidents (docs/web.md, "The wall's map").
  function reachable(g, label) {
    g.setAttribute("tabindex", "0");
    g.setAttribute("role", "button");
    g.setAttribute("aria-label", label);
    g.append(el("svg:title", { text: label }));
  }
  // How an incident is named after its kind and place: a planned event by what it is (no
  // severity to alarm with), a live job by its severity.
  const statusWords = (inc) => (inc.planned
    ? [t("planned"), inc.withdrawn ? t("withdrawn") : tf("planned_count", { n: inc.held || 0 })]
    : [t(inc.severity), inc.awaiting_dispatch && t("awaiting_dispatch"), inc.overdue && t("overdue"),
      inc.withdrawn && t("withdrawn")]);
  const incidentWords = (inc) => [numberOf(inc), typeName(inc.kind), placeOf(inc), ...statusWords(inc)]
    .filter(Boolean).join(" · ");

  // Badges right of x0 (text, class), measured; returns where they end.
  function badges(g, x0, list, u) {
    let bx = x0;
    for (const [label, cls] of list) {
      const text = el("svg:text", { x: bx, y: 0, dy: "0.35em", class: "badge-text", text: label });
      g.append(text);
      const w = text.getComputedTextLength() + 14 * u;
      text.setAttribute("x", String(bx + 7 * u));
      g.insertBefore(el("svg:rect", { x: bx, y: -17 * u, width: w, height: 34 * u, rx: 6 * u, class: `badge ${cls}` }), text);
      bx += w + 4 * u;
    }
    return bx;
  }

  function incidentMarker(s, u, r) {
    const { inc, outside } = s;
    const g = el("svg:g", { class: ["incident", inc.planned ? "planned" : `sev-${inc.severity}`,
      inc.overdue && "overdue", outside && "offmap", inc.withdrawn && "withdrawn"].filter(Boolean).join(" "),
    "data-incident": inc.incident_id });
    const [x, y] = [s.px, s.py];
    let away = "";
    if (outside) {
      // Pinned to the edge, with an arrow pointing to where it is and how far (from the middle
      // of the zone; said only when its place does not already say how far it lies).
      const angle = Math.atan2(s.y - y, s.x - x);
      const km = projector.distanceKm(inc.lon, inc.lat);
      g.dataset.distance = km.toFixed(1);
      if (!inc.place_far) away = km >= 1 ? tf("km_away", { n: km.toFixed(1) }) : tf("m_away", { n: Math.round(km * 1000) });
      const tip = [Math.cos(angle) * (r + 26 * u), Math.sin(angle) * (r + 26 * u)];
      const side = [Math.cos(angle + Math.PI / 2) * 14 * u, Math.sin(angle + Math.PI / 2) * 14 * u];
      const base = [Math.cos(angle) * (r + 4 * u), Math.sin(angle) * (r + 4 * u)];
      g.append(el("svg:polygon", { class: "edge-arrow", points: [
        tip, [base[0] + side[0], base[1] + side[1]], [base[0] - side[0], base[1] - side[1]]]
        .map((p) => p.map((v) => v.toFixed(1)).join(",")).join(" ") }));
    }
    if (inc.overdue) g.append(el("svg:circle", { r: r * 1.6, class: "halo" }));
    g.append(el("svg:circle", { r, class: "marker" }));
    g.append(el("svg:text", { class: "marker-text", "text-anchor": "middle", dy: "0.35em",
      text: inc.number ? String(inc.number) : "!" }));
    layers.incidents.append(g);  // attached before measuring text
    // A withdrawn incident's called-off work has no badge: nothing to send, nothing due; a
    // planned event has one badge, 預定活動, and none of an agency.
    // a live job no agency is sent to has one badge, 待派工.
    const bx = badges(g, r + 8 * u, inc.planned ? [[t("planned"), "planned"]]
      : inc.awaiting_dispatch ? [[t("awaiting_dispatch"), "awaiting"]]
      : (inc.withdrawn ? stillWorking(inc) : onTheJob(inc)).map((a) =>
        [agencyShort(a.agency), a.overdue ? "overdue" : a.acknowledged ? "acked" : "pending"]), u);
    g.dataset.caption = [typeName(inc.kind), placeOf(inc), away, inc.withdrawn && t("withdrawn")].filter(Boolean).join(" · ");
    reachable(g, [incidentWords(inc), away].filter(Boolean).join(" · "));
    return { g, reach: Math.max(r, bx - 4 * u), x, y, outside };
  }

  // Several incidents at one place: their count on a larger marker coloured by the most
  // severe of them (halo when any is overdue) and one badge with the most urgent's number.
  const CLUSTER_R = 1.35;  // in marker radii: "300件" fits inside
  function clusterMarker(group, u, r) {
    const first = group[0];
    const incs = group.map((s) => s.inc);
    // A planned event's severity is no alarm: it does not colour its group.
    const worst = incs.filter((inc) => !inc.planned)
      .reduce((w, inc) => (SEVERITY_RANK[inc.severity] > SEVERITY_RANK[w] ? inc.severity : w), "Unknown");
    const overdue = incs.some((inc) => inc.overdue);
    const rc = r * CLUSTER_R;
    const g = el("svg:g", { class: ["cluster", `sev-${worst}`, overdue && "overdue", first.outside && "offmap",
      incs.every((inc) => inc.withdrawn) && "withdrawn", incs.every((inc) => inc.planned) && "planned"]
      .filter(Boolean).join(" "),
    "data-members": incs.map((inc) => inc.incident_id).join(" ") });
    if (overdue) g.append(el("svg:circle", { r: rc * 1.5, class: "halo" }));
    g.append(el("svg:circle", { r: rc, class: "marker" }));
    // The count with its unit: a bare number would read as an incident's number.
    g.append(el("svg:text", { class: "marker-text", "text-anchor": "middle", dy: "0.35em",
      text: tf("cluster_count", { n: incs.length }) }));
    layers.incidents.append(g);
    const bx = badges(g, rc + 8 * u, [[numberOf(first.inc) || "!",
      `top ${first.inc.planned ? "planned" : `sev-${first.inc.severity}`}`]], u);
    const where = placeOf(first.inc) || areaOf(first.inc);
    g.dataset.caption = where ? tf("cluster_near", { n: incs.length, place: where }) : tf("cluster_n", { n: incs.length });
    reachable(g, `${g.dataset.caption} · ${tf("cluster_first", { what: incidentWords(first.inc) })}`);
    return { g, reach: Math.max(rc, bx - 4 * u), x: first.px, y: first.py, outside: first.outside };
  }

  // The key of a drawn group: its most urgent incident (kept across redraws for the focus
  // and the open list).
  function groupKey(node) {
    const g = node && node.closest ? node.closest("#map g.incident, #map g.cluster") : null;
    if (!g) return null;
    return g.dataset.incident || g.dataset.members.split(" ")[0];
  }

  // The list of a group's incidents, most urgent first, opened by click, Enter or Space on
  // its marker; Escape or its button closes it and gives the focus back to the marker.
  let listKey = null;
  function drawGroupList() {
    const box = document.getElementById("cluster-list");
    const g = listKey && [...layers.incidents.children].find((n) => groupKey(n) === listKey);
    if (!g) { box.hidden = true; listKey = null; return; }
    const ids = g.dataset.members ? g.dataset.members.split(" ") : [g.dataset.incident];
    const items = ids.map((id) => state.incident.get(id)).filter(Boolean);
    const head = clear(box.querySelector("h3"));
    head.textContent = g.dataset.members ? g.dataset.caption : numberOf(items[0]);
    const list = clear(box.querySelector("ol"));
    for (const inc of items) {
      list.append(el("li", { class: `${inc.planned ? "planned" : `sev-${inc.severity}`} ${inc.overdue ? "overdue" : ""}`,
        "data-incident": inc.incident_id },
        el("span", { class: "num", text: numberOf(inc) }),
        el("span", { text: [typeName(inc.kind), placeOf(inc), ...statusWords(inc)].filter(Boolean).join(" · ") }),
        el("span", { class: "who", text: inc.assignments.map((a) => `${agencyName(a.agency)} ${t(a.state)}`).join(t("list_sep")) })));
    }
    box.hidden = false;
  }
  // A wall is left alone: an opened list closes a minute after it was opened or last used,
  // so it never hides the map for the rest of the night.
  const LIST_OPEN_MS = 60000;
  let listTimer = null;
  function keepListOpen() {
    clearTimeout(listTimer);
    listTimer = setTimeout(() => { if (listKey) closeGroupList(); }, LIST_OPEN_MS);
  }
  function openGroupList(g) {
    listKey = groupKey(g);
    keepListOpen();
    drawGroupList();
    document.getElementById("cluster-list").focus({ preventScroll: true });
  }
  function closeGroupList() {
    clearTimeout(listTimer);
    const key = listKey;
    listKey = null;
    drawGroupList();
    const g = [...layers.incidents.children].find((n) => groupKey(n) === key);
    if (g) g.focus({ preventScroll: true });
  }
  function listenToGroups() {
    map.addEventListener("click", (e) => { const g = e.target.closest("g.incident, g.cluster"); if (g) openGroupList(g); });
    map.addEventListener("keydown", (e) => {
      const g = e.target.closest && e.target.closest("g.incident, g.cluster");
      if (g && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); openGroupList(g); }
    });
    document.addEventListener("keydown", (e) => { if (e.key === "Escape" && listKey) closeGroupList(); });
    document.getElementById("cluster-close").addEventListener("click", closeGroupList);
    const box = document.getElementById("cluster-list");
    for (const use of ["keydown", "pointerdown", "wheel", "scroll"]) box.addEventListener(use, keepListOpen);
  }

  // Captions go where they cover no other caption, marker or badge and stay inside the
  // map: below or above the marker (the side away from the map's nearer edge first),
  // slid sideways to stay inside; a caption with no free place is left out (the
  // number stays on the marker and the board names the place).
  const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  function placeCaptions(captions, u) {
    const frame = map.getBoundingClientRect();
    const obstacles = [...layers.incidents.querySelectorAll("circle.marker, rect.badge")]
      .map((n) => ({ g: n.closest("g.incident"), box: n.getBoundingClientRect() }));
    const legend = document.querySelector(".map-panel .legend");  // drawn over the map
    if (legend) obstacles.push({ g: null, box: legend.getBoundingClientRect() });
    const placed = [];
    for (const { g, caption, labelY } of captions) {
      let kept = false;
      for (const y of [labelY, -labelY]) {
        pill(g, 0, y, caption, "marker-label", u);
        const parts = [...g.querySelectorAll(".marker-label, .marker-label-text")];
        let box = parts[0].getBoundingClientRect();
        const shift = Math.max(0, frame.left + 4 - box.left) - Math.max(0, box.right - (frame.right - 4));
        if (shift) {
          for (const n of parts) n.setAttribute("x", String(Number(n.getAttribute("x")) + shift * u));
          box = parts[0].getBoundingClientRect();
        }
        const inside = box.top >= frame.top && box.bottom <= frame.bottom;
        const free = !placed.some((b) => overlaps(box, b))
          && !obstacles.some((o) => o.g !== g && overlaps(box, o.box));
        if (inside && free) { placed.push(box); kept = true; break; }
        parts.forEach((n) => n.remove());
      }
      if (!kept) g.classList.add("no-caption");
    }
  }

  // The incidents in order of urgency (SOC.byUrgency, the console's list's order too).
  function sortedIncidents() { return SOC.byUrgency(values("incident")); }
  // Why a withdrawn incident is (its device and what it said, or a planned event's cancelled
  // permit), in the page's language.
  const withdrawnWhy = (inc) => {
    const why = (en() ? inc.withdrawn_reason_en : inc.withdrawn_reason) || "";
    const [said, none] = inc.planned ? ["withdrawn_permit_why", "withdrawn_permit_none"] : ["withdrawn_why", "withdrawn_none"];
    return why ? tf(said, { why }) : t(none);
  };
  // Work still under way on a withdrawn incident (a crew on scene reports its clearance).
  const stillWorking = (inc) => inc.assignments.filter((a) => SOC.states("assignment_open").includes(a.state));
  // The agencies a badge or a chip names: an agency whose work was called off (reassigned
  // away, the incident closed) is no longer on the job, and an amber chip of it would read
  // from 5 m as an agency that has not answered yet; the full card still lists it in words.
  const onTheJob = (inc) => inc.assignments.filter((a) => !SOC.states("assignment_called_off").includes(a.state));

  function drawBoard() {
    const board = clear(document.getElementById("board"));
    const more = document.getElementById("board-more");
    const incidents = sortedIncidents();
    more.classList.add("none");  // keeps its line, so the board's height never depends on it
    more.textContent = "\u00a0";
    if (!incidents.length) {
      // Before the server's first state the board says it is loading, never "no incidents".
      const empty = el("p", { class: "empty", text: t(held ? "no_incidents" : "loading") });
      board.append(empty);
      keepRoomFor(empty);
      return;
    }
    // Full cards while they all fit; otherwise the most urgent stays full and the others
    // shrink to one line of agency chips and their nearest deadline, so more incidents show.
    let cards = incidents.map((inc) => card(inc, false));
    board.append(...cards);
    wholeStates(cards);
    // The next incident's one-line card, measured for the room the board keeps (fitRows).
    let next = 0;
    if (incidents.length > 1) {
      const probe = card(incidents[1], true);
      board.append(probe);
      next = probe.getBoundingClientRect().height + parseFloat(getComputedStyle(board).rowGap);
      probe.remove();
    }
    keepRoomFor(cards[0], next, incidents.length - 1);
    const limit = board.getBoundingClientRect().bottom;
    const overflows = () => cards.filter((c) => c.getBoundingClientRect().bottom > limit + 1);
    if (overflows().length) {
      clear(board);
      cards = incidents.map((inc, i) => card(inc, i > 0));
      board.append(...cards);
      wholeStates(cards.slice(0, 1));
    }
    // Whatever does not fit is named below the board by number, never silently cut. The feed
    // carries a bounded number of incidents (web/wall/topics.py, INCIDENTS_MOST); the ones it
    // leaves out are counted from the open_work total, over every open incident, and named by
    // none, so the line then says the total and ends in "…".
    const hidden = overflows();
    hidden.forEach((c) => c.remove());
    const total = openIncidents();
    const beyond = Math.max(0, total - incidents.length);
    if (hidden.length || beyond) {
      const nums = hidden.map((c) => numberOf(state.incident.get(c.dataset.incident))).filter(Boolean);
      const n = hidden.length + beyond;
      moreLine(more, beyond ? tf("more_incidents_of", { n, total }) : tf("more_incidents", { n }), nums, beyond > 0);
      more.classList.remove("none");
    }
  }
  // Every open incident, counted by the server (the open_work topic), else those the feed carries.
  function openIncidents() {
    const work = values("open_work")[0];
    return work ? work.incidents : values("incident").length;
  }

  // A full card's agencies in columns no narrower than its widest line needs: each state
  // word ("assigned" beside "esc. ×1" and "OVERDUE +02:17") read whole, fewer columns
  // rather than an ellipsis on the work that is late. Read first, then written: one layout.
  const COUNTDOWN_SLACK = 20;  // px: a countdown that gains a digit
  function wholeStates(cards) {
    const lists = cards.map((c) => c.querySelector("ul.assignments")).filter(Boolean);
    const needs = lists.map((ul) => Math.max(0, ...[...ul.children].map((li) => {
      // Its parts side by side at their own widths (a column's spare room is not needed).
      const cs = getComputedStyle(li);
      const parts = [...li.children].filter((n) => n.getClientRects().length);
      return parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight) + parseFloat(cs.columnGap) * (parts.length - 1)
        + parts.reduce((w, n) => w + Math.max(n.getBoundingClientRect().width, n.scrollWidth), 0);
    })));
    lists.forEach((ul, i) => {
      if (needs[i]) ul.style.setProperty("--assignment-min", `${Math.ceil(needs[i]) + COUNTDOWN_SLACK}px`);
    });
  }

  // "+N more" on one line: the hidden incidents' numbers, most urgent first, as many as the
  // line holds, then "…". Hundreds of numbers wrapped over the panels below and squeezed
  // the first card off the board.
  // ``unnamed``: some of them are not among ``nums`` (beyond the feed), so the list ends in "…".
  function moreLine(node, head, nums, unnamed = false) {
    const colon = en() ? ": " : "：";  // zh-TW text takes the full-width colon
    const text = (k) => (k ? `${head}${colon}${nums.slice(0, k).join(" ")}${k < nums.length || unnamed ? " …" : ""}` : head);
    node.textContent = "\u00a0";
    const line = node.getBoundingClientRect().height + 0.5;
    const fits = (k) => { node.textContent = text(k); return node.getBoundingClientRect().height <= line; };
    if (fits(nums.length)) return;
    let lo = 0; let hi = nums.length - 1;  // the largest k that fits, by bisection
    while (lo < hi) { const mid = Math.ceil((lo + hi) / 2); if (fits(mid)) lo = mid; else hi = mid - 1; }
    node.textContent = text(lo);
  }

  // The rows of the wall's grid (style.css). The board's row never gets less than its panel
  // needs to show its first card in full (--board-min); the other rows are handed out in
  // steps, each panel measured at three levels: its heading and "+N more" alone, its first
  // figures, everything. First every panel's heading, then the first figures (ingest,
  // cameras, KPI, agencies, rain), then the agencies at work that did not all fit, then
  // the cameras' lead, then room on the board for up
  // to BOARD_NEXT more incidents' one-line cards, then all of the agencies and rain, then
  // all of the rest; the
  // board takes what is left. Then each panel shows the whole tiles or rows its box
  // holds, most important first, and says how many more there are. Written on the next
  // frame: resizing the board from inside its own ResizeObserver's callback would be a
  // loop; the resize redraws it.
  let boardNeed = 0;
  let nextCard = 0;
  let nextCount = 0;
  let fitPending = false;
  function keepRoomFor(first, next = 0, count = 0) {
    nextCard = Math.ceil(next);
    nextCount = count;
    const board = document.getElementById("board");
    // The first card (or the empty state) with its margins: a board cut to its border box
    // would clip the line under its heading.
    const cs = getComputedStyle(first);
    const outer = first.getBoundingClientRect().bottom - board.getBoundingClientRect().top + parseFloat(cs.marginBottom);
    boardNeed = Math.ceil(board.parentElement.getBoundingClientRect().height - board.getBoundingClientRect().height
      + outer);
    fitRows();
  }
  // With each child's bottom margin: a panel left its heading alone holds the heading's
  // margin too, or the heading overflows its box (content clipped under overflow: hidden).
  function contentHeight(panel) {
    const top = panel.getBoundingClientRect().top;
    return Math.ceil(Math.max(0, ...[...panel.children].filter((c) => !c.hidden)
      .map((c) => c.getBoundingClientRect().bottom + parseFloat(getComputedStyle(c).marginBottom) - top)));
  }
  // A panel's items ([data-item], most important first) shown up to the k-th; a group
  // ([data-group], a table) with none of its items shown goes with them; the rest counted.
  // A panel not drawn yet (the board's first frames can come before its data) has no
  // "+N more" and no item: nothing to count.
  function showFirst(panel, k) {
    const items = [...panel.querySelectorAll("[data-item]")];
    items.forEach((n, i) => { n.hidden = i >= k; });
    panel.querySelectorAll("[data-group]").forEach((g) => { g.hidden = !g.querySelector("[data-item]:not([hidden])"); });
    const more = panel.querySelector(".panel-more");
    if (!more) return;
    const rest = items.length - Math.min(k, items.length);
    if (more.tagName !== "TH") more.hidden = rest === 0;  // a header cell keeps its column
    more.textContent = rest ? tf("more_items", { n: rest }) : "";
  }
  // A panel's first figures are its first item, or its items marked [data-first]; its lead
  // (given before the other panels show all) its items marked [data-lead], else its first.
  function levels(panel) {
    panel.classList.remove("starved");
    const n = panel.querySelectorAll("[data-item]").length;
    const marked = (attr) => panel.querySelectorAll(`[data-item][${attr}]`).length;
    const measure = (k) => { showFirst(panel, k); return contentHeight(panel); };
    const heading = measure(0);
    const all = measure(n);
    const first = n ? Math.min(all, measure(Math.max(1, marked("data-first")))) : heading;
    const one = n ? Math.min(first, measure(1)) : heading;
    return { heading, one, first, lead: Math.max(first, Math.min(all, measure(marked("data-lead")))), all };
  }
  // The most items that fit the panel's box; with not even the heading, nothing.
  function fitPanel(panel) {
    const room = panel.clientHeight + 0.5;
    const n = panel.querySelectorAll("[data-item]").length;
    for (let k = n; k >= 0; k -= 1) {
      showFirst(panel, k);
      if (contentHeight(panel) <= room) return;
    }
    panel.classList.add("starved");
  }
  const BOARD_NEXT = 3;
  const PANELS = { agency: ".agency-panel", trend: ".trend-panel", ingest: ".ingest-panel",
                   camera: ".camera-panel", kpi: ".kpi-panel" };
  function fitRows() {
    if (fitPending) return;
    fitPending = true;
    requestAnimationFrame(() => {
      fitPending = false;
      const grid = document.querySelector(".wall-grid");
      const cs = getComputedStyle(grid);
      const gap = parseFloat(cs.rowGap);
      const inner = grid.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom) - 3 * gap;
      const panels = Object.fromEntries(Object.entries(PANELS).map(([k, sel]) => [k, document.querySelector(sel)]));
      const need = Object.fromEntries(Object.entries(panels).map(([k, p]) => [k, levels(p)]));
      const rows = { row2: 0, row3: 0, row4: 0 };
      let left = Math.max(0, Math.floor(inner - boardNeed));
      // A heading or a first figure is given its height in full or not at all (a part
      // of it would show nothing more); "everything" is given what is left.
      let whole = true;
      const grow = (row, to) => {
        const d = Math.max(0, Math.min(left, to - rows[row]));
        if (whole && d < to - rows[row]) return;
        rows[row] += d; left -= d;
      };
      // The KPI panel spans rows 3 and 4 (and the gap between them).
      const growKpi = (to) => grow("row3", to - gap - rows.row4);
      // The agencies at work and the strongest rain before the KPI tiles: what a room acts
      // on comes before the year's figures.
      // While a water-level station is in alarm, the agencies' first figures and then the
      // stations in alarm (as many whole rows as fit) come before ingest's, the cameras'
      // and the KPI's.
      const alarm = panels.trend.querySelector("[data-alarm]") !== null;
      // Agencies at work that do not all fit (a very tall first card) keep the first of
      // them, whole: the fire bureau while it has open work, else the most overdue.
      const agencies = (level) => {
        grow("row2", need.agency[level]);
        if (level === "first") grow("row2", need.agency.one);
      };
      for (const level of ["heading", "first"]) {
        const early = alarm && level === "first";
        if (early) {
          agencies(level);
          whole = false; grow("row2", need.trend[level]); whole = true;
        }
        grow("row3", need.ingest[level]);
        grow("row4", need.camera[level]);
        if (!early) {
          agencies(level);
          grow("row2", need.trend[level]);
        }
        growKpi(need.kpi[level]);
      }
      // The newest camera detections, then room on the board for the next incidents'
      // one-line cards (each whole), before the agencies and rain show all they have: on a
      // busy night the incidents come before the quiet agencies and the weaker gauges.
      whole = false;
      // The agencies at work that did not all fit whole: as many of them as the rest holds
      // (whole rows, fitPanel), before the cameras' next detections and the board's next
      // cards: an agency's overdue work is what a room acts on first.
      grow("row2", need.agency.first);
      grow("row4", need.camera.lead);
      for (let i = 0; i < Math.min(BOARD_NEXT, nextCount) && left >= nextCard; i += 1) left -= nextCard;
      grow("row2", Math.max(need.agency.all, need.trend.all));
      grow("row3", need.ingest.all);
      grow("row4", need.camera.all);
      growKpi(need.kpi.all);
      const set = (name, px) => {
        if (grid.style.getPropertyValue(name) !== `${px}px`) grid.style.setProperty(name, `${px}px`);
      };
      set("--board-min", boardNeed);
      for (const [row, px] of Object.entries(rows)) set(`--${row}`, px);
      Object.values(panels).forEach(fitPanel);
    });
  }

  // A card that is no job (withdrawn, planned): its number, kind, place, a label instead of
  // its severity, its opening time, and one line saying why; no countdown but of ``work``.
  function quietCard(inc, compact, kind, tag, why, work = null) {
    const where = [placeOf(inc), areaOf(inc)].filter(Boolean).join(" · ");
    return el("article", { class: `card ${kind} ${inc.overdue ? "overdue" : ""} ${compact ? "compact" : ""}`,
      "data-incident": inc.incident_id, [`data-${kind}`]: "true" },
      el("header", {},
        el("span", { class: "num", text: numberOf(inc) }),
        el("span", { class: "kind", text: typeName(inc.kind) }),
        el("span", { class: "where", text: where }),
        tag,
        sinceNode(inc.opened_at)),
      why, work);
  }

  // A withdrawn incident's card: greyed, labelled 已撤回 with why; the work its withdrawal
  // kept (a crew still on its way or on scene) named with no deadline, its clock stopped. An
  // agency a coordinator dispatched to it since runs its deadline: counted down, overdue when
  // late, as on any card (docs/ops_center.md, "Dispatch").
  function withdrawnCard(inc, compact) {
    const working = stillWorking(inc);
    const kept = working.filter((a) => !a.deadline).map((a) => el("span", { class: "chip still",
      text: compact ? agencyShort(a.agency) : `${agencyName(a.agency)} ${t(a.state)}` }));
    const due = working.filter((a) => a.deadline);
    return quietCard(inc, compact, "withdrawn", el("span", { class: "wd-tag", text: t("withdrawn") }),
      el("p", { class: "withdrawn-why", text: withdrawnWhy(inc) }, ...kept),
      due.length ? workBody(due, compact) : null);
  }

  // A planned event nobody works yet: quiet, labelled 預定活動 with how many expected reports
  // it explains; no severity, no agency, no countdown (nothing is dispatched). The moment a
  // report of its work joins it, it is drawn as any incident.
  function plannedCard(inc, compact) {
    return quietCard(inc, compact, "planned", el("span", { class: "planned-tag", text: t("planned") }),
      el("p", { class: "planned-why", text: tf("planned_count", { n: inc.held || 0 }) }));
  }

  // A card's assignments: one line of agency chips (those of ``list`` still on the job), their
  // escalations and the nearest deadline not yet acknowledged on a one-line card, each agency
  // with its state, escalations and countdown on a full one.
  function workBody(list, compact) {
    const dueOf = (a) => (a.deadline ? countdown(a.deadline) : null);
    const late = (a) => a.overdue || Boolean(dueOf(a) && dueOf(a).overdue);
    if (compact) {
      // The deadline that matters: the earliest of the assignments not yet acknowledged.
      const open = list.filter((a) => !a.acknowledged && a.deadline);
      const next = open.sort((a, b) => a.deadline.localeCompare(b.deadline))[0];
      const escalations = Math.max(0, ...list.map((a) => a.escalations || 0));
      return el("div", { class: `assignment compact ${next && late(next) ? "overdue" : ""}` },
        ...onTheJob({ assignments: list }).map((a) => el("span", {
          class: `chip ${late(a) ? "overdue" : a.acknowledged ? "acked" : "pending"}`,
          title: `${agencyName(a.agency)} ${t(a.state)}`, text: agencyShort(a.agency) })),
        escalations ? el("span", { class: "escalated", text: tf("escalated_n", { n: escalations }) }) : null,
        next ? dueNode(next.deadline) : null);
    }
    return el("ul", { class: "assignments" }, list.map((a) => {
      return el("li", { class: `assignment ${late(a) ? "overdue" : ""} st-${a.state}` },
        el("span", { class: "agency", text: agencyName(a.agency) }),
        el("span", { class: "astate", text: t(a.state) }),
        a.escalations ? el("span", { class: "escalated", text: tf("escalated_n", { n: a.escalations }) }) : null,
        a.deadline ? dueNode(a.deadline) : el("span", { class: "countdown", "data-deadline": "" }));
    }));
  }

  function card(inc, compact) {
    if (inc.withdrawn) return withdrawnCard(inc, compact);
    if (inc.planned) return plannedCard(inc, compact);
    const body = inc.awaiting_dispatch && !compact ? el("p", { class: "awaiting-why", text: t("awaiting_why") })
      : workBody(inc.assignments, compact);
    const where = [placeOf(inc), areaOf(inc)].filter(Boolean).join(" · ");
    return el("article", { class: `card sev-${inc.severity} ${inc.overdue ? "overdue" : ""} ${compact ? "compact" : ""}`,
      "data-incident": inc.incident_id },
      el("header", {},
        el("span", { class: "num", text: numberOf(inc) }),
        el("span", { class: "kind", text: typeName(inc.kind) }),
        el("span", { class: "where", text: where }),
        el("span", { class: "sev", text: t(inc.severity) }),
        inc.awaiting_dispatch ? el("span", { class: "awaiting-tag", text: t("awaiting_dispatch") }) : null,
        sinceNode(inc.opened_at)),
      body);
  }

  // The board's assignments stand still while the server is silent or the database or the
  // ops engine is down (the board's heading says so): its countdowns then say unconfirmed.
  const boardStale = () => !(socket && socket.connected)
    || values("health").some((h) => !h.up && SOC.ASSIGNMENT_PARTS.includes(h.part));
  function dueNode(deadline) {
    const node = el("span", { class: "countdown", "data-deadline": deadline });
    SOC.showDue(node, deadline, boardStale());
    return node;
  }

  function tickCountdowns() {
    const stale = boardStale();
    document.querySelectorAll(".countdown[data-deadline]").forEach((node) => {
      if (!node.dataset.deadline) return;
      const due = SOC.showDue(node, node.dataset.deadline, stale);
      node.closest(".assignment").classList.toggle("overdue", due.overdue);
    });
    document.getElementById("clock").textContent = new Date().toLocaleTimeString("zh-TW",
      { hour12: false, timeZone: "Asia/Taipei" });
    drawAges();
  }

  // -- ticker: pages of whole alerts, each page held TICKER_PAGE_MS, never scrolling
  let tickerPages = []; let tickerPage = 0;
  function alertText(a) {
    const what = (en() ? a.what_en : a.what) || (en() ? "Alert" : "警報");
    const where = (en() ? a.place_en : a.place) || (en() ? a.source_name_en : a.source_name) || "";
    return [what, where].filter(Boolean).join(" · ");
  }
  function drawTicker() {
    const ticker = clear(document.getElementById("ticker"));
    const alerts = values("alert").sort((a, b) => b.raised_at.localeCompare(a.raised_at)).slice(0, 60);
    const pageNode = document.getElementById("ticker-page");
    tickerPages = [];
    if (!alerts.length) {
      ticker.append(el("span", { class: "tick empty", text: t("no_alerts") }));
      pageNode.textContent = ""; return;
    }
    const items = alerts.map((a) => el("span", { class: `tick sev-${a.severity} st-${a.state}`, "data-alert": a.alert_id },
      el("b", { text: SOC.hhmm(a.raised_at) }), ` ${alertText(a)} `, el("em", { text: t(a.severity) }),
      a.clear_cause ? el("span", { class: "tick-cause", text: ` · ${t(`cause_${a.clear_cause}`)}` }) : null));
    // Measure once, all on one line, then cut into pages that fit the track; the page
    // number is in place, at its widest, while measuring (it narrows the track).
    pageNode.textContent = tf("page", { i: alerts.length, n: alerts.length });
    ticker.append(...items);
    const width = ticker.parentElement.clientWidth;
    let page = []; let start = null;
    for (const node of items) {
      const r = node.getBoundingClientRect();
      if (start === null) start = r.left;
      if (page.length && r.right - start > width) { tickerPages.push(page); page = []; start = r.left; }
      page.push(node);
    }
    if (page.length) tickerPages.push(page);
    tickerPage = Math.min(tickerPage, tickerPages.length - 1);
    showTickerPage();
  }
  function showTickerPage() {
    const ticker = clear(document.getElementById("ticker"));
    if (!tickerPages.length) return;
    ticker.append(...tickerPages[tickerPage]);
    document.getElementById("ticker-page").textContent = tickerPages.length > 1
      ? tf("page", { i: tickerPage + 1, n: tickerPages.length }) : "";
  }
  function nextTickerPage() {
    if (tickerPages.length < 2) return;
    tickerPage = (tickerPage + 1) % tickerPages.length;
    showTickerPage();
  }

  // A tile panel's "+N more": the last cell of its grid, so it takes no line of its own.
  const moreTile = () => el("p", { class: "panel-more tile", hidden: true });

  // -- KPI tiles: each indicator's latest year with data, named
  function drawKpis() {
    const box = clear(document.getElementById("kpis"));
    // The measures with a figure first, then those with none yet, each in the plan's order:
    // a panel that shows only its first tiles shows figures, not "no data yet".
    const tiles = values("kpi").sort((a, b) => (!a.period - !b.period)
      || a.kpi_id.localeCompare(b.kpi_id, "en", { numeric: true }));
    for (const k of tiles) {
      const pct = k.achievement === null ? null : Math.round(k.achievement * 100);
      const unit = SOC.unitName(k.unit);
      // The year beside the achievement, the figures on a line of their own: each whole,
      // never cut short (on a screen 1000 px high or less the figures line is left out).
      // A figure before its year's end is interim (「2015年 截至06-30」), and one computed
      // from demonstration fixtures or synthetic layers says so: neither reads as the year's result.
      const interim = k.period && k.as_of && k.as_of < `${k.period}-12-31`;
      // Each piece whole on its line: a narrow tile breaks the line between them, never inside one.
      const year = (!k.period ? [t("no_kpi_data")] : [`${k.period}${t("year_suffix")}`,
        interim ? tf("kpi_to", { md: k.as_of.slice(5) }) : null, k.demo ? t("kpi_demo") : null].filter(Boolean))
        .flatMap((piece, i) => [...(i ? [" "] : []), el("span", { text: piece })]);
      const sub = k.period ? `${num(k.actual, 2)} / ${num(k.target, 2)} ${unit}` : null;
      const bar = el("i");
      bar.style.width = `${Math.min(pct || 0, 100)}%`;  // CSSOM, not a style attribute (CSP)
      box.append(el("div", { class: `tile kpi ${pct === null ? "nodata" : pct >= 100 ? "met" : "behind"}`, "data-kpi": k.kpi_id,
        "data-item": "" },
        el("div", { class: "tile-name", text: `${k.kpi_id} ${en() ? k.name_en : k.name}` }),
        el("div", { class: "bar" }, bar),
        el("span", { class: "tile-value", text: pct === null ? "—" : `${pct}%` }),
        el("span", { class: "tile-year" }, ...year),
        ...(sub === null ? [] : [el("div", { class: "tile-sub kpi-figures", text: sub })])));
    }
    // Each tile at least as wide as the widest name, so every name reads whole on one line
    // (fewer tiles a row, the others counted): its padding at its widest, 10 px a side.
    const names = [...box.querySelectorAll(".tile-name")].map((n) => n.scrollWidth);
    if (Math.max(0, ...names)) box.style.setProperty("--tile-min", `${Math.max(180, Math.ceil(Math.max(...names)) + 21)}px`);
    const years = [...new Set(tiles.map((k) => k.period).filter(Boolean))].sort();
    document.getElementById("kpi-age").textContent = years.length ? `${t("period")} ${years.join(t("list_sep"))}` : "";
    box.append(moreTile());
    fitRows();
  }

  // -- per agency: open assignments, how many acknowledged, how many overdue
  function drawAgencies() {
    const table = clear(document.getElementById("agencies"));
    const counts = new Map(AGENCIES.map((a) => [a, { open: 0, acked: 0, overdue: 0 }]));
    // Counted by the server over every open incident (the open_work topic); the incidents
    // the feed carries only until its first count arrives.
    const work = values("open_work")[0];
    if (work) {
      for (const w of work.agencies) counts.set(w.agency, { open: w.open, acked: w.acknowledged, overdue: w.overdue });
    } else {
      for (const inc of values("incident")) {
        for (const a of inc.assignments) {
          if (!SOC.states("assignment_open").includes(a.state)) continue;
          const c = counts.get(a.agency) || { open: 0, acked: 0, overdue: 0 };
          c.open += 1; if (a.acknowledged) c.acked += 1; if (a.overdue) c.overdue += 1;
          counts.set(a.agency, c);
        }
      }
    }
    // The count of agencies left out goes in the header's first cell, empty otherwise.
    table.append(el("tr", {}, el("th", { class: "panel-more" }), el("th", { text: t("open_assignments") }),
      el("th", { text: t("ack_rate") }), el("th", { text: t("overdue_n") })));
    // The fire bureau first while it has open work (a fire or a rescue is the first thing a
    // room asks about), then the agencies with overdue work, then the busiest. Every agency
    // with open work is among the panel's first figures (fitRows gives them room before the
    // other panels show all); the idle ones are counted in "+N more" when short of room.
    const fireFirst = (a) => (a === "fire" && counts.get(a).open > 0 ? 1 : 0);
    const rows = [...counts].sort(([x, a], [y, b]) => (fireFirst(y) - fireFirst(x)) || (b.overdue - a.overdue)
      || (b.open - a.open));
    for (const [agency, c] of rows) {
      // The acknowledged share as a fraction, its percentage after it (left out on narrow
      // screens, style.css: the agencies' table then leaves the rain panel its share).
      const rate = c.open ? [`${c.acked}/${c.open}`,
        el("span", { class: "pct", text: ` (${Math.round(100 * c.acked / c.open)}%)` })] : ["—"];
      table.append(el("tr", { "data-agency": agency, class: c.overdue ? "overdue" : "", "data-item": "",
        "data-first": c.open > 0 ? "" : null },
        el("td", { class: "agency", text: agencyName(agency) }), el("td", { text: String(c.open) }),
        el("td", { class: "rate" }, ...rate), el("td", { class: "od", text: String(c.overdue) })));
    }
    fitRows();
  }

  // -- rain and water levels: newest value, 24 h rain total, 12-hour sparkline
  // Up to 1700 px wide (style.css, "narrower screens") the sparkline is narrower, so a
  // station's long name keeps two lines and the panel holds its first water level.
  const NARROW = matchMedia("(max-width: 1700px)");
  function sparkline(values_) {
    const w = NARROW.matches ? 72 : 120; const h = 30;
    // The line keeps the dot's radius (and a half pixel) from every edge: the newest hour's
    // dot is drawn whole, not cut in half by the sparkline's right edge.
    const r = 3.5; const pad = r + 0.5;
    const pts = values_.map((v, i) => [i, v]).filter(([, v]) => v !== null);
    const svg = el("svg:svg", { class: "spark", viewBox: `0 0 ${w} ${h}`, width: w, height: h });
    if (!pts.length) return svg;
    const lo = Math.min(...pts.map(([, v]) => v)); const hi = Math.max(...pts.map(([, v]) => v));
    const span = hi - lo || 1; const step = (w - 2 * pad) / Math.max(values_.length - 1, 1);
    const xy = pts.map(([i, v]) => `${(pad + i * step).toFixed(1)},${(h - pad - (v - lo) / span * (h - 2 * pad)).toFixed(1)}`);
    svg.append(el("svg:polyline", { points: xy.join(" ") }));
    // The newest hour as a dot: a station with one hour of data still shows a mark.
    const [x, y] = xy[xy.length - 1].split(",");
    svg.append(el("svg:circle", { class: "spark-last", cx: x, cy: y, r }));
    return svg;
  }
  // A station's alarm: its open alert of WATER_RULE (the warning levels of the registry)
  // with the highest level, or null.
  const WATER_RULE = "water-level";  // alerts/rules.yaml: 三級 / 二級 / 一級警戒
  function waterAlarm(sensorId) {
    return values("alert").filter((a) => a.rule_id === WATER_RULE && a.source_id === sensorId && a.active
      && a.label_zh).sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])[0] || null;
  }
  // The water levels first, then the rain gauges (the strongest rain stands under the
  // heading); in each, the stations in alarm first, highest level first. The water-level
  // stations in alarm are the panel's first figures ([data-first]): fitRows gives them
  // room before the less urgent panels.
  function drawTrends() {
    const box = clear(document.getElementById("trends"));
    const items = values("trend");
    let newest = null;
    const groups = [["water_level", "water_levels"], ["rain", "rain_gauges"]];
    const alarmRank = (x) => (x.kind === "water_level" && waterAlarm(x.sensor_id)
      ? SEVERITY_RANK[waterAlarm(x.sensor_id).severity] : -1);
    for (const [kind, title] of groups) {
      const rows = items.filter((x) => x.kind === kind)
        .sort((a, b) => alarmRank(b) - alarmRank(a) || a.sensor_id.localeCompare(b.sensor_id));
      if (!rows.length) continue;
      const table = el("table", { class: "trend", "data-kind": kind, "data-group": "" },
        el("tr", {}, el("th", { text: t(title) }),
          el("th", { text: kind === "rain" ? `${t("rain_1h")} mm` : `${t("level")}\u00a0m` }),
          el("th", { text: kind === "rain" ? `${t("rain_24h")} mm` : "" }), el("th", {})));
      // Stations without a reading are counted, not listed: the rows are for numbers.
      const quiet = rows.filter((x) => x.latest === null);
      for (const x of rows.filter((r) => r.latest !== null)) {
        if (x.latest_at && (!newest || x.latest_at > newest)) newest = x.latest_at;
        const alarm = kind === "water_level" ? waterAlarm(x.sensor_id) : null;
        const mark = { "data-item": "" };
        if (alarm) Object.assign(mark, { "data-first": "", "data-alarm": alarm.severity, class: `alarm sev-${alarm.severity}` });
        table.append(el("tr", { "data-sensor": x.sensor_id, ...mark },
          el("td", { class: "name", text: en() ? x.name_en : x.name }),
          el("td", { class: "v", text: x.latest === null ? t("no_data") : num(x.latest, 2) }),
          el("td", { class: "v", text: kind === "rain" && x.total_24h !== null ? num(x.total_24h, 1) : "" }),
          el("td", {}, sparkline(x.spark))));
      }
      if (quiet.length) {
        table.append(el("tr", { "data-item": "" }, el("td", { class: "quiet", colspan: 4,
          text: `${t("no_data")}: ${quiet.length}` })));
      }
      box.append(table);
    }
    if (!box.childNodes.length) box.append(el("p", { class: "empty", text: t("no_data"), "data-item": "" }));
    const age = document.getElementById("trend-age");
    age.dataset.newest = newest || "";
    drawAges();
    drawWaterTop();
    drawRainTop();
  }

  // -- the worst water level in alarm (its warning level, station and value) on its own
  // line under the heading: shown whenever the heading is, so a panel too short for the
  // stations' rows still says it. Hidden while no station is in alarm.
  function drawWaterTop() {
    const node = clear(document.getElementById("water-top"));
    const worst = values("trend").filter((x) => x.kind === "water_level")
      .map((x) => ({ x, alarm: waterAlarm(x.sensor_id) })).filter((w) => w.alarm)
      .sort((a, b) => SEVERITY_RANK[b.alarm.severity] - SEVERITY_RANK[a.alarm.severity]
        || (b.x.latest ?? -Infinity) - (a.x.latest ?? -Infinity))[0];
    node.hidden = !worst;
    if (worst) {
      const { x, alarm } = worst;
      node.dataset.sensor = x.sensor_id;
      node.append(el("span", { class: "rain-label", text: t("water_top") }),
        el("span", { class: `rain-class sev-${alarm.severity}`, text: en() ? alarm.label_en : alarm.label_zh }),
        el("span", { class: "name", text: en() ? x.name_en : x.name }),
        el("span", { class: "v", text: x.latest === null ? t("no_data") : `${num(x.latest, 2)} m` }));
    }
  }

  // -- the strongest rain reading, its class and station, on its own line under the
  // panel's heading, so it is shown whenever the heading is (fitRows hands out headings
  // first; its figures are in the table's rows): the gauge in the highest CWA rainfall
  // class (the level of its open alert of RAIN_RULE), then the largest 24-hour total,
  // then the largest hourly rain.
  const RAIN_RULE = "cwa-rainfall";  // alerts/rules.yaml: the CWA rainfall classes
  function rainClass(sensorId) {
    return values("alert").filter((a) => a.rule_id === RAIN_RULE && a.source_id === sensorId && a.active
      && a.label_zh).sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])[0] || null;
  }
  function drawRainTop() {
    const node = clear(document.getElementById("rain-top"));
    const rank = (g) => [g.cls ? SEVERITY_RANK[g.cls.severity] : -1, g.x.total_24h ?? -1, g.x.latest ?? -1];
    const byRank = (a, b) => rank(b).reduce((d, v, i) => d || v - rank(a)[i], 0);
    const gauges = values("trend").filter((x) => x.kind === "rain" && (x.latest !== null || x.total_24h !== null))
      .map((x) => ({ x, cls: rainClass(x.sensor_id) })).sort(byRank);
    node.hidden = !gauges.length;
    if (gauges.length) {
      const { x, cls } = gauges[0];
      node.dataset.sensor = x.sensor_id;
      node.append(el("span", { class: "rain-label", text: t("rain_top") }),
        el("span", { class: `rain-class ${cls ? `sev-${cls.severity}` : "none"}`,
          text: cls ? (en() ? cls.label_en : cls.label_zh) : t("below_heavy_rain") }),
        el("span", { class: "name", text: en() ? x.name_en : x.name }));
    }
    fitRows();
  }

  // -- cameras: how many are offline (the sensor states), then the newest analytics events
  // in words, newest first; the feed carries no image, and the panel says so
  const cameraIds = () => values("camera").map((c) => c.sensor_id);
  const camerasOffline = () => cameraIds().filter((id) => state.sensor && state.sensor.get(id)
    && state.sensor.get(id).state === "offline").length;
  let offlineDrawn = null;
  const CAMERA_LEAD = 3;
  function drawCameras() {
    const table = clear(document.getElementById("cameras"));
    const cams = values("camera");
    const seen = cams.filter((c) => c.event_at).sort((a, b) => b.event_at.localeCompare(a.event_at));
    const age = document.getElementById("camera-age");
    age.dataset.newest = seen.length ? seen[0].event_at : "";
    offlineDrawn = camerasOffline();
    // Column widths for the fixed layout: its first row spans them all.
    table.append(el("colgroup", {}, el("col", { class: "when" }), el("col", { class: "what" }), el("col"),
      el("col", { class: "noimg" })));
    if (cams.length) {
      table.append(el("tr", { class: offlineDrawn ? "offline warn" : "offline", "data-item": "", "data-first": "",
        "data-lead": "", role: "button", tabindex: 0, "aria-controls": "offline-cameras" },
        el("td", { class: "count", colspan: 4, text: tf("cameras_offline", { n: offlineDrawn, total: cams.length }) })));
    }
    if (!seen.length) {
      table.append(el("tr", { "data-item": "" },
        el("td", { class: "quiet", colspan: 3, text: cams.length ? t("no_camera_events") : t("no_data") }),
        el("td", { class: "noimg", text: t("no_image") })));
    }
    // The newest detection belongs to the panel's first figures, the newest CAMERA_LEAD to its lead.
    for (const [i, c] of seen.entries()) {
      table.append(el("tr", { "data-camera": c.sensor_id, "data-item": "", "data-first": i === 0 ? "" : null,
        "data-lead": i < CAMERA_LEAD ? "" : null },
        el("td", { class: "when", text: SOC.hhmm(c.event_at) }),
        el("td", { class: "what", text: SOC.categoryName("cctv", c.event) || t("camera_event") }),
        el("td", { class: "name", text: en() ? c.name_en : c.name }),
        el("td", { class: "noimg", text: t("no_image") })));
    }
    const quiet = cams.length - seen.length;
    if (seen.length && quiet > 0) {
      table.append(el("tr", { "data-item": "" },
        el("td", { class: "quiet", colspan: 4, text: tf("cameras_quiet", { n: quiet }) })));
    }
    drawOfflineList();
    drawAges();
    fitRows();
  }
  // The offline cameras by name, opened by click, Enter or Space on the count line; Escape
  // or its button closes it. The panel has room for the count only.
  let offlineOpen = false;
  function drawOfflineList() {
    const box = document.getElementById("offline-cameras");
    box.hidden = !offlineOpen;
    if (!offlineOpen) return;
    const off = values("camera").filter((c) => state.sensor && state.sensor.get(c.sensor_id)
      && state.sensor.get(c.sensor_id).state === "offline");
    box.querySelector("h3").textContent = tf("cameras_offline", { n: off.length, total: values("camera").length });
    const list = clear(box.querySelector("ol"));
    for (const c of off) list.append(el("li", { "data-camera": c.sensor_id, text: en() ? c.name_en : c.name }));
  }
  function toggleOfflineList(open) {
    offlineOpen = open;
    drawOfflineList();
    if (open) document.getElementById("offline-cameras").focus({ preventScroll: true });
  }
  function listenToOfflineList() {
    const table = document.getElementById("cameras");
    table.addEventListener("click", (e) => { if (e.target.closest("tr.offline")) toggleOfflineList(true); });
    table.addEventListener("keydown", (e) => {
      if (e.target.closest("tr.offline") && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); toggleOfflineList(true); }
    });
    document.addEventListener("keydown", (e) => { if (e.key === "Escape" && offlineOpen) toggleOfflineList(false); });
    document.getElementById("offline-close").addEventListener("click", () => toggleOfflineList(false));
  }
  // Sensor states change often; the camera panel is redrawn only when its count does.
  function followCamerasOffline() { if (camerasOffline() !== offlineDrawn) drawCameras(); }

  // Each panel says how old its data is. A "live" panel is live only while the server
  // speaks, the database answers and the process that writes its data (data-parts) beats;
  // otherwise it says since when its data stand still (or only "not live" when unknown).
  function drawAges() {
    const live = socket && socket.connected;
    const since = socket && socket.lastMessage ? new Date(socket.lastMessage).toISOString() : null;
    const down = values("health").filter((h) => !h.up);
    document.querySelectorAll(".age[data-age=live]").forEach((node) => {
      const feeds = (node.dataset.parts || "").split(" ");
      const stuck = down.filter((h) => h.part === "database" || feeds.includes(h.part));
      node.classList.toggle("stale", !live || stuck.length > 0);
      if (!live) { node.textContent = since ? tf("disconnected_for", { n: SOC.ago(since) }) : ""; return; }
      if (!stuck.length) { node.textContent = t("live"); return; }
      const known = stuck.map((h) => h.last_ok).filter(Boolean).sort();
      node.textContent = known.length ? `${t("panel_age")} ${SOC.ago(known[0])}` : t("not_live");
    });
    const trend = document.getElementById("trend-age");
    if (trend) trend.textContent = trend.dataset.newest ? `${t("panel_age")} ${SOC.ago(trend.dataset.newest)}` : "";
    const cam = document.getElementById("camera-age");
    // The cameras' age is their newest event's: a quiet camera sends none, so "data 40 min
    // ago" would read as a stalled feed while every camera is online.
    if (cam) cam.textContent = cam.dataset.newest ? `${t("newest_event")} ${SOC.ago(cam.dataset.newest)}` : "";
  }

  function drawIngest() {
    const box = clear(document.getElementById("ingest"));
    const i = values("ingest")[0];
    if (!i) return;
    const tile = (name, value, cls = "") => el("div", { class: `tile ${cls}`, "data-tile": name, "data-item": "" },
      el("div", { class: "tile-value", text: value }), el("div", { class: "tile-name", text: t(name) }));
    // Most important first (a short panel shows the first): the rate (the heading says
    // live or stale), then the alarms, then the rest.
    box.append(tile("rate", num(i.received_per_s, 1)));
    // Lost before ingest could count them: shown only when it happened, as an alarm.
    if (i.broker_dropped) box.append(tile("broker_dropped", i.broker_dropped.toLocaleString(), "alarm"));
    // Webhooks an agency refused for good: the count, and the newest receiver's answer.
    if (i.webhooks_failed) {
      const node = tile("webhooks_failed", String(i.webhooks_failed), "alarm");
      node.id = "webhooks-failed";
      const who = i.webhook_last_agency ? `${agencyName(i.webhook_last_agency)}${en() ? ": " : "："}` : "";
      node.append(el("div", { class: "tile-sub", text: `${who}${i.webhook_last_failure}` }));
      box.append(node);
    }
    box.append(tile("offline", `${i.sensors_offline}/${i.sensors_total}`, i.sensors_offline ? "warn" : ""),
      tile("quarantined", num(i.quarantined_last_hour), i.quarantined_last_hour ? "warn" : ""),
      tile("stored", i.stored_total.toLocaleString()));
    box.append(moreTile());
    fitRows();
  }

  // A wall that has not read the mode says so: it never guesses 平時.
  function drawMode() {
    const m = values("mode")[0];
    const mode = m ? m.mode : "mode_unknown";
    document.getElementById("banner").className = `banner ${m ? mode : ""}`;
    const node = document.getElementById("mode");
    node.classList.toggle("unknown", !m);
    node.dataset.i18n = mode; node.textContent = t(mode);
    // Since when the mode is in force (the switch's account and reason on hover: the
    // console shows them); nothing while the mode is the setting's.
    const since = document.getElementById("mode-since");
    since.hidden = !(m && m.since);
    since.textContent = since.hidden ? "" : tf("mode_since", { time: SOC.stamp(m.since).text });
    since.title = since.hidden ? "" : `${SOC.stamp(m.since).full} · ${m.by}：${m.reason}`;
  }

  const DRAW = { sensor: [drawSensors, followCamerasOffline], incident: [drawIncidentsOnMap, drawBoard, drawAgencies], alert: [drawTicker, drawTrends],
                 kpi: [drawKpis], ingest: [drawIngest], mode: [drawMode], health: [drawHealth], trend: [drawTrends],
                 camera: [drawCameras], log_hold: [drawLogHold], open_work: [drawBoard, drawAgencies] };
  // Each drawing's panel: a drawing that throws marks its own panel (data-draw-failed names
  // what failed) and logs wall_draw_failed; the other panels are drawn all the same.
  const PANEL = new Map([[drawSensors, ".map-panel"], [drawIncidentsOnMap, ".map-panel"],
    [drawBoard, ".board-panel"], [drawAgencies, ".agency-panel"], [drawTicker, ".ticker"],
    [drawRainTop, ".trend-panel"], [drawTrends, ".trend-panel"], [drawKpis, ".kpi-panel"],
    [drawIngest, ".ingest-panel"], [drawCameras, ".camera-panel"], [followCamerasOffline, ".camera-panel"],
    [drawMode, "#banner"], [drawHealth, "#banner"], [drawLogHold, "#log-hold"]]);
  const failing = new Map();  // panel node -> the names of its drawings that failed last time
  function drawPanel(f) {
    const panel = document.querySelector(PANEL.get(f) || "body");
    const names = failing.get(panel) || new Set();
    try {
      f();
      names.delete(f.name);
    } catch (e) {
      if (!names.has(f.name)) console.error("wall_draw_failed", f.name, e);  // once until it draws again
      names.add(f.name);
    }
    failing.set(panel, names);
    if (names.size) panel.dataset.drawFailed = [...names].join(" ");
    else delete panel.dataset.drawFailed;
  }
  function redraw(topics) { new Set([...topics].flatMap((x) => DRAW[x] || [])).forEach(drawPanel); }

  async function start() {
    SOC.applyI18n();
    SOC.langButton(document.getElementById("lang"));
    document.addEventListener("soc:lang", () => redraw(Object.keys(DRAW)));
    window.addEventListener("resize", () => redraw(["alert"]));
    // A token pasted into the address of an open wall changes only its fragment, which
    // loads nothing: the page starts again with it.
    window.addEventListener("hashchange", () => { if (SOC.token()) location.reload(); });
    setInterval(() => { tickCountdowns(); drawHealth(); }, 1000);
    setInterval(nextTickerPage, TICKER_PAGE_MS);
    tickCountdowns();
    drawMode();
    // The board, the mode, the banner and the other panels come from the socket, opened at
    // once; only the map waits for its library and the zone's geometry, and places the state
    // held once it is ready (the page says live from then on). A slow map (its library
    // compiled and drawn in software on a loaded screen) never keeps the board blank or the
    // mode unknown.
    const labelled = (await SOC.loadVocabulary()) !== null;
    layers.sensors = el("svg:g", { class: "sensors" });
    layers.incidents = el("svg:g", { class: "incidents" });
    map.append(layers.sensors, layers.incidents);
    // The board shows whole cards only: re-fit them whenever its height changes.
    new ResizeObserver(() => drawPanel(drawBoard)).observe(document.getElementById("board"));
    // The grid's rows follow the screen's height (and the red banner's).
    new ResizeObserver(fitRows).observe(document.querySelector(".wall-grid"));
    listenToOfflineList();
    socket = new SOC.WallSocket((s, topics) => {
      state = s;
      // The first state the page holds redraws the board, whatever topics it carries.
      if (!held) { held = true; topics = new Set([...topics, "incident"]); }
      redraw(topics);
    }, socketStatus, drawBehind);
    socket.connect();
    projector = await openMap(labelled);
    const basemap = document.getElementById("basemap");
    if (!projector) { basemap.dataset.map = "refused"; return; }
    scaleMap();
    listenToGroups();
    listenToZoom();
    // Text on the map keeps its pixel size when the map's scale changes.
    new ResizeObserver(() => { projector.resize(); drawPanel(drawSensors); drawPanel(drawIncidentsOnMap); }).observe(map);
    redraw(["sensor", "incident"]);
    mapReady = true;
    basemap.dataset.map = "placed";  // what a test waits for before it reads the map
    if (socket.connected) setStatus("connected");
  }

  // The map, read until it loads. Only a refused token (401, 403) is one; a failed read (a
  // database blip, the server restarting) is tried again every 2 s, the vocabulary with it
  // if its first read failed too (every panel is then drawn again with its labels).
  async function openMap(labelled) {
    for (;;) {
      try {
        if (!labelled && (labelled = (await SOC.loadVocabulary()) !== null)) redraw(Object.keys(DRAW));
        return await SOC.WallMap.create(document.getElementById("basemap"), map, EDGE);
      } catch (e) {
        const status = e && e.problem ? e.problem.status : undefined;
        if (status === 401 || status === 403) { setStatus("auth_failed"); return null; }
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    }
  }
  start();
})();
