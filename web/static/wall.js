// The wall: no interaction, readable from across a room. Everything on it comes
// from the /ws/wall snapshot and its deltas; it redraws only the changed topics.
"use strict";
(() => {
  const { t, el, clear, countdown, agencyShort, agencyName } = SOC;
  const map = document.getElementById("map");
  const layers = { sensors: null, incidents: null };
  let projector = null;
  let state = {};
  const SEVERITY_RANK = { Unknown: 0, Minor: 1, Moderate: 2, Severe: 3, Extreme: 4 };

  // The connection to the server ("connected", "reconnecting", "auth_failed") and
  // when it was lost; the dot is green only when connected AND nothing is down.
  let wsStatus = "reconnecting";
  let wsLostAt = null;

  function setStatus(status) {
    if (status === "connected") wsLostAt = null;
    else if (wsLostAt === null) wsLostAt = Date.now();
    wsStatus = status;
    drawHealth();
  }

  function downParts() {
    const parts = values("health").filter((h) => !h.up)
      .map((h) => ({ part: h.part, since: h.last_ok ? Date.parse(h.last_ok) : null }));
    if (wsLostAt !== null && wsStatus !== "auth_failed") parts.unshift({ part: "server", since: wsLostAt });
    return parts;
  }

  function duration(ms) {
    const s = Math.max(0, Math.floor(ms / 1000));
    if (s < 60) return `${s} ${t("unit_s")}`;
    if (s < 3600) return `${Math.floor(s / 60)} ${t("unit_min")} ${s % 60} ${t("unit_s")}`;
    return `${Math.floor(s / 3600)} ${t("unit_h")} ${Math.floor((s % 3600) / 60)} ${t("unit_min")}`;
  }

  // The red banner: what is down, for how long, and how old the wall's data are
  // (the last moment the server read the database and the wall heard from it).
  function drawHealth() {
    const parts = downParts();
    const status = wsStatus === "connected" && parts.length ? "degraded" : wsStatus;
    document.getElementById("conn").className = `dot ${status}`;
    const text = document.getElementById("conn-text");
    text.dataset.i18n = status; text.textContent = t(status);
    const banner = document.getElementById("health");
    banner.hidden = parts.length === 0;
    if (!parts.length) return;
    const now = Date.now();
    document.getElementById("health-parts").textContent = parts.map((p) => `${t(`part_${p.part}`)} `
      + (p.since === null ? t("never_beat") : `${t("down_for")} ${duration(now - p.since)}`)).join("、");
    const frozen = parts.filter((p) => p.part === "database" || p.part === "server")
      .map((p) => p.since).filter((x) => x !== null);
    document.getElementById("health-age").textContent = frozen.length
      ? `${t("data_age")} ${duration(now - Math.min(...frozen))} ${t("ago")}` : "";
  }

  function zoneName(id) {
    const z = projector && id ? projector.zones[id] : null;
    return z ? (SOC.lang() === "en" ? z.name_en : z.name) : (id || "");
  }

  function values(topic) { return state[topic] ? [...state[topic].values()] : []; }

  function drawSensors() {
    if (!projector) return;
    clear(layers.sensors);
    for (const s of values("sensor")) {
      const [x, y] = projector.project(s.lon, s.lat);
      const cls = `sensor s-${s.state} ${s.severity ? `sev-${s.severity}` : ""}`;
      layers.sensors.append(el("svg:circle", { cx: x, cy: y, r: s.state === "alert" ? 14 : 9, class: cls },
        el("svg:title", { text: `${s.name} (${s.sensor_id}) ${s.kind}` })));
    }
  }

  function drawIncidentsOnMap() {
    if (!projector) return;
    clear(layers.incidents);
    for (const inc of values("incident")) {
      if (inc.lon === null || inc.lat === null) continue;
      const [x, y] = projector.project(inc.lon, inc.lat);
      const g = el("svg:g", { class: `incident sev-${inc.severity} ${inc.overdue ? "overdue" : ""}`,
        "data-incident": inc.incident_id, transform: `translate(${x.toFixed(1)},${y.toFixed(1)})` });
      if (inc.overdue) g.append(el("svg:circle", { r: 52, class: "halo" }));
      g.append(el("svg:circle", { r: 32, class: "marker" }));
      g.append(el("svg:text", { class: "marker-text", "text-anchor": "middle", dy: "0.35em",
        text: t(inc.kind).slice(0, SOC.lang() === "en" ? 5 : 2) }));
      inc.assignments.forEach((a, i) => {
        const bx = 38 + i * 44; const cls = `badge ${a.overdue ? "overdue" : a.acknowledged ? "acked" : "pending"}`;
        g.append(el("svg:rect", { x: bx, y: -19, width: 40, height: 38, rx: 7, class: cls }));
        g.append(el("svg:text", { x: bx + 20, y: 0, dy: "0.35em", "text-anchor": "middle",
          class: "badge-text", text: agencyShort(a.agency) }));
      });
      layers.incidents.append(g);
    }
  }

  function drawBoard() {
    const board = clear(document.getElementById("board"));
    const incidents = values("incident").sort((a, b) =>
      (b.overdue - a.overdue) || (SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])
      || b.opened_at.localeCompare(a.opened_at));
    if (!incidents.length) { board.append(el("p", { class: "empty", text: t("no_incidents") })); return; }
    for (const inc of incidents) {
      const rows = inc.assignments.map((a) => {
        const due = a.deadline ? countdown(a.deadline) : null;
        return el("li", { class: `assignment ${a.overdue || (due && due.overdue) ? "overdue" : ""} st-${a.state}` },
          el("span", { class: "agency", text: agencyName(a.agency) }),
          el("span", { class: "astate", text: t(a.state) }),
          el("span", { class: "countdown", "data-deadline": a.deadline || "",
            text: due ? dueText(due) : "" }));
      });
      board.append(el("article", { class: `card sev-${inc.severity} ${inc.overdue ? "overdue" : ""}`,
        "data-incident": inc.incident_id },
        el("header", {},
          el("span", { class: "kind", text: t(inc.kind) }),
          el("span", { class: "where", text: zoneName(inc.sub_area) }),
          el("span", { class: "sev", text: t(inc.severity) }),
          el("span", { class: "since", text: SOC.hhmm(inc.opened_at) })),
        el("ul", { class: "assignments" }, rows)));
    }
  }

  function dueText(due) { return `${due.overdue ? t("overdue") : t("due_in")} ${due.text}`; }

  function tickCountdowns() {
    document.querySelectorAll(".countdown[data-deadline]").forEach((node) => {
      if (!node.dataset.deadline) return;
      const due = countdown(node.dataset.deadline);
      node.textContent = dueText(due);
      node.closest(".assignment").classList.toggle("overdue", due.overdue);
    });
    document.getElementById("clock").textContent = new Date().toLocaleTimeString("zh-TW",
      { hour12: false, timeZone: "Asia/Taipei" });
  }

  function drawTicker() {
    const ticker = clear(document.getElementById("ticker"));
    const alerts = values("alert").sort((a, b) => b.raised_at.localeCompare(a.raised_at)).slice(0, 30);
    if (!alerts.length) { ticker.append(el("span", { class: "tick empty", text: t("no_alerts") })); return; }
    const items = alerts.map((a) => el("span", { class: `tick sev-${a.severity} st-${a.state}` },
      el("b", { text: SOC.hhmm(a.raised_at) }), ` ${a.title} `, el("em", { text: t(a.severity) })));
    ticker.append(...items);
    // Scroll only when the alerts do not fit; a second copy makes the loop seamless.
    const overflow = ticker.scrollWidth > ticker.parentElement.clientWidth;
    ticker.classList.toggle("scrolling", overflow);
    if (overflow) ticker.append(...items.map((n) => n.cloneNode(true)));
  }

  function drawKpis() {
    const box = clear(document.getElementById("kpis"));
    for (const k of values("kpi").sort((a, b) => a.kpi_id.localeCompare(b.kpi_id, "en", { numeric: true }))) {
      const pct = k.achievement === null ? null : Math.round(k.achievement * 100);
      box.append(el("div", { class: `tile kpi ${pct === null ? "nodata" : pct >= 100 ? "met" : "behind"}` },
        el("div", { class: "tile-name", text: `${k.kpi_id} ${SOC.lang() === "en" ? k.name_en : k.name}` }),
        el("div", { class: "tile-value", text: pct === null ? "—" : `${pct}%` }),
        el("div", { class: "bar" }, el("i", { style: `width:${Math.min(pct || 0, 100)}%` })),
        el("div", { class: "tile-sub", text: `${t("actual")} ${k.actual ?? "—"} / ${t("target")} ${k.target ?? "—"} ${k.unit}` })));
    }
  }

  function drawIngest() {
    const box = clear(document.getElementById("ingest"));
    const i = values("ingest")[0];
    if (!i) return;
    const tile = (name, value, cls = "") => el("div", { class: `tile ${cls}` },
      el("div", { class: "tile-value", text: value }), el("div", { class: "tile-name", text: t(name) }));
    box.append(tile("rate", i.received_per_s.toFixed(1)),
      tile("quarantined", String(i.quarantined_last_hour), i.quarantined_last_hour ? "warn" : ""),
      tile("offline", `${i.sensors_offline}/${i.sensors_total}`, i.sensors_offline ? "warn" : ""),
      tile("stored", i.stored_total.toLocaleString()));
    // Lost before ingest could count them: shown only when it happened, as an alarm.
    if (i.broker_dropped) box.append(tile("broker_dropped", i.broker_dropped.toLocaleString(), "alarm"));
    // Webhooks an agency refused for good: the count, and the newest receiver's answer.
    if (i.webhooks_failed) {
      const node = tile("webhooks_failed", String(i.webhooks_failed), "alarm");
      node.id = "webhooks-failed";
      node.append(el("div", { class: "tile-sub", text: i.webhook_last_failure }));
      box.append(node);
    }
  }

  // A wall that has not read the mode says so: it never guesses 平時.
  function drawMode() {
    const m = values("mode")[0];
    const mode = m ? m.mode : "mode_unknown";
    document.getElementById("banner").className = `banner ${m ? mode : ""}`;
    const node = document.getElementById("mode");
    node.classList.toggle("unknown", !m);
    node.dataset.i18n = mode; node.textContent = t(mode);
  }

  const DRAW = { sensor: [drawSensors], incident: [drawIncidentsOnMap, drawBoard], alert: [drawTicker],
                 kpi: [drawKpis], ingest: [drawIngest], mode: [drawMode], health: [drawHealth] };
  function redraw(topics) { new Set([...topics].flatMap((x) => DRAW[x] || [])).forEach((f) => f()); }

  async function start() {
    SOC.applyI18n();
    SOC.langButton(document.getElementById("lang"));
    document.addEventListener("soc:lang", () => redraw(Object.keys(DRAW)));
    setInterval(() => { tickCountdowns(); drawHealth(); }, 1000);
    tickCountdowns();
    drawMode();
    try { projector = await SOC.loadMap(map); } catch (e) { setStatus("auth_failed"); return; }
    layers.sensors = el("svg:g", { class: "sensors" });
    layers.incidents = el("svg:g", { class: "incidents" });
    map.append(layers.sensors, layers.incidents);
    const socket = new SOC.WallSocket((s, topics) => { state = s; redraw(topics); }, setStatus);
    socket.connect();
  }
  start();
})();
