// Coordinator console: acknowledge / shelve / resolve alerts, follow assignments and
// their acknowledgements live, report status for an agency, switch 平時 / 戰時, and on
// an incident's detail dispatch, reassign, add a note or close it. Those four are
// commands the ops service applies (POST ... returns 200 when applied within its
// wait, 202 while pending, 409 with the reason when refused); the result is shown
// in #command-result and pending ones are followed through /api/commands/{id}.
// Agency members get the same page scoped to their own agency's assignments.
"use strict";
(() => {
  const { t, el, clear, api, countdown, agencyName } = SOC;
  let me = null;
  let state = {};
  let zones = {};
  const zoneName = (id) => (zones[id] ? (SOC.lang() === "en" ? zones[id].name_en : zones[id].name) : (id || ""));
  const REPORT_STATES = ["acknowledged", "en_route", "on_scene", "cleared"];
  const can = (p) => me && me.permissions.includes(p);
  const AGENCIES = ["fire", "police", "traffic", "water", "public_works", "environment"];
  // Labels of the dispatch commands (common.js holds the shared dictionary).
  const LOCAL = {
    "zh-TW": { assign: "派遣", reassign: "改派", note: "備註", close: "結案", add_note: "新增備註",
      close_incident: "結案", reason_optional: "原因（選填）", close_reason: "結案原因",
      pending: "處理中", done: "完成", rejected: "遭拒絕", command: "指令" },
    en: { assign: "Dispatch", reassign: "Reassign", note: "Note", close: "Close", add_note: "Add note",
      close_incident: "Close incident", reason_optional: "reason (optional)", close_reason: "reason for closing",
      pending: "pending", done: "done", rejected: "rejected", command: "command" },
  };
  const tc = (k) => (LOCAL[SOC.lang()] || LOCAL.en)[k] || t(k);
  let detailId = null;

  function message(text, ok = false) {
    const node = document.getElementById("message");
    node.className = ok ? "ok" : "error"; node.textContent = text || "";
  }
  async function act(fn) {
    try { await fn(); message(""); } catch (e) { message(`${t("error")}: ${e.message}`); }
  }

  function values(topic) { return state[topic] ? [...state[topic].values()] : []; }

  function renderAlerts() {
    const body = clear(document.getElementById("alerts"));
    const alerts = values("alert").sort((a, b) => b.raised_at.localeCompare(a.raised_at));
    if (!alerts.length) body.append(el("tr", {}, el("td", { colspan: 6, class: "empty", text: t("no_alerts") })));
    for (const a of alerts) {
      const buttons = [];
      if (can("ack_alert") && ["raised", "escalated"].includes(a.state)) {
        buttons.push(el("button", { class: "act", "data-action": "acknowledge", text: t("acknowledge"),
          onclick: () => act(() => api(`/api/alerts/${a.alert_id}/acknowledge`, { method: "POST", body: { reason: "" } })) }));
      }
      if (can("manage_alert")) {
        if (a.state !== "shelved") buttons.push(el("button", { class: "act", text: t("shelve"),
          onclick: () => act(() => api(`/api/alerts/${a.alert_id}/shelve`, { method: "POST",
            body: { minutes: 60, reason: prompt(t("reason")) || "" } })) }));
        buttons.push(el("button", { class: "act", text: t("resolve"),
          onclick: () => act(() => api(`/api/alerts/${a.alert_id}/resolve`, { method: "POST",
            body: { reason: prompt(t("reason")) || "" } })) }));
      }
      body.append(el("tr", { "data-alert": a.alert_id },
        el("td", { text: SOC.hhmm(a.raised_at) }), el("td", { text: t(a.severity) }),
        el("td", { text: a.title }), el("td", { text: a.source_id }),
        el("td", { class: "alert-state", text: t(a.state) }), el("td", {}, buttons)));
    }
  }

  // Webhooks an agency refused for good, with the receiver's answer; an alert manager can queue one again.
  async function renderFailedDeliveries() {
    const rows = await api("/api/deliveries/failed?limit=50");
    const body = clear(document.getElementById("failed-deliveries"));
    if (!rows.length) body.append(el("tr", {}, el("td", { colspan: 5, class: "empty", text: t("no_failed_deliveries") })));
    for (const d of rows) {
      const buttons = can("manage_alert") ? [el("button", { class: "act", "data-action": "retry", text: t("retry"),
        onclick: () => act(async () => {
          await api(`/api/deliveries/${d.outbox_id}/retry`, { method: "POST", body: { reason: "" } });
          await renderFailedDeliveries();
        }) })] : [];
      body.append(el("tr", { "data-delivery": d.outbox_id },
        el("td", { text: SOC.hhmm(d.failed_at) }), el("td", { text: agencyName(d.agency) }),
        el("td", { text: `${d.event} · ${d.title}` }), el("td", { class: "delivery-error", text: d.last_error }),
        el("td", {}, buttons)));
    }
  }

  function assignmentCell(incidentId, a) {
    const due = a.deadline ? countdown(a.deadline) : null;
    const tag = el("span", { class: `tag ${a.overdue || (due && due.overdue) ? "overdue" : a.acknowledged ? "acked" : ""}`,
      text: `${agencyName(a.agency)} · ${t(a.state)}${due ? ` · ${due.text}` : ""}` });
    const mayReport = can("agency_report") && (me.role !== "agency" || me.agency === a.agency)
      && !["cleared", "cancelled"].includes(a.state);
    if (!mayReport) return el("div", {}, tag);
    const select = el("select", {}, REPORT_STATES.map((s) => el("option", { value: s, text: t(s) })));
    return el("div", {}, tag, select, el("button", { class: "act", text: "↵",
      onclick: () => act(async () => {
        await api(`/api/incidents/${encodeURIComponent(incidentId)}/assignments/${a.agency}/status`,
          { method: "POST", body: { state: select.value, note: "" } });
        message(`${agencyName(a.agency)} → ${t(select.value)}`, true);
      }) }));
  }

  function renderIncidents() {
    const body = clear(document.getElementById("incidents"));
    const incidents = values("incident").sort((a, b) => b.opened_at.localeCompare(a.opened_at));
    if (!incidents.length) body.append(el("tr", {}, el("td", { colspan: 5, class: "empty", text: t("no_incidents") })));
    for (const inc of incidents) {
      body.append(el("tr", { "data-incident": inc.incident_id, class: "clickable",
        onclick: (ev) => { if (ev.target.tagName === "TD") showDetail(inc.incident_id).catch((e) => message(e.message)); } },
        el("td", { text: SOC.hhmm(inc.opened_at) }), el("td", { text: t(inc.severity) }),
        el("td", { text: `${t(inc.kind)} ${zoneName(inc.sub_area)}` }), el("td", { text: t(inc.state) }),
        el("td", {}, inc.assignments.map((a) => assignmentCell(inc.incident_id, a)))));
    }
  }

  function showCommand(cmd) {
    const node = document.getElementById("command-result");
    node.dataset.state = cmd.state;
    node.className = cmd.state === "rejected" ? "error" : cmd.state === "done" ? "ok" : "";
    const what = cmd.result || cmd.error || "";
    node.textContent = `${tc("command")} #${cmd.command_id} ${tc(cmd.kind)} · ${tc(cmd.state)}${what ? `: ${what}` : ""}`;
  }

  // Send one command and follow it until the ops service has applied or refused it.
  async function command(incidentId, path, body) {
    const base = `/api/incidents/${encodeURIComponent(incidentId)}`;
    let cmd;
    try {
      cmd = await api(`${base}${path}`, { method: "POST", body });
    } catch (e) {
      const p = e.problem || {};
      if (p.status !== 409 || p.resource !== "command") throw e;
      cmd = await api(`/api/commands/${p.key}`);  // refused: show the command with its reason
    }
    showCommand(cmd);
    for (let i = 0; cmd.state === "pending" && i < 120; i += 1) {
      await new Promise((r) => setTimeout(r, 500));
      cmd = await api(`/api/commands/${cmd.command_id}`);
      showCommand(cmd);
    }
    if (detailId === incidentId) await showDetail(incidentId);
  }

  function agencySelect(agencies, name) {
    return el("select", { name }, agencies.map((a) => el("option", { value: a, text: agencyName(a) })));
  }

  function renderDispatch(d) {
    const box = clear(document.getElementById("dispatch-box"));
    box.hidden = !can("dispatch");
    if (box.hidden) return;
    const run = (path, body) => act(() => command(d.incident_id, path, body));
    const live = d.assignments.filter((a) => !["cleared", "cancelled"].includes(a.state)).map((a) => a.agency);
    const free = AGENCIES.filter((a) => !live.includes(a));
    const input = (name, placeholder) => el("input", { name, placeholder });
    const assignTo = agencySelect(free, "assign-agency");
    const assignWhy = input("assign-reason", tc("reason_optional"));
    const from = agencySelect(live, "reassign-from");
    const to = agencySelect(free, "reassign-to");
    const noteText = input("note-text", tc("note"));
    const closeWhy = input("close-reason", tc("close_reason"));
    const closed = !["open", "quiet"].includes(d.state);
    box.append(
      el("div", { class: "cmd" }, assignTo, assignWhy, el("button", { class: "act", "data-action": "assign",
        text: tc("assign"), disabled: closed || !free.length ? "" : null,
        onclick: () => run("/assignments", { agency: assignTo.value, reason: assignWhy.value }) })),
      el("div", { class: "cmd" }, from, "→", to, el("button", { class: "act", "data-action": "reassign",
        text: tc("reassign"), disabled: closed || !live.length || !free.length ? "" : null,
        onclick: () => run(`/assignments/${from.value}/reassign`, { to: to.value, reason: "" }) })),
      el("div", { class: "cmd" }, noteText, el("button", { class: "act", "data-action": "note", text: tc("add_note"),
        onclick: () => { if (noteText.value.trim()) run("/notes", { text: noteText.value }); } })),
      el("div", { class: "cmd" }, closeWhy, el("button", { class: "act", "data-action": "close",
        text: tc("close_incident"), disabled: closed ? "" : null,
        onclick: () => { if (closeWhy.value.trim()) run("/close", { reason: closeWhy.value }); } })),
    );
  }

  async function showDetail(incidentId) {
    const d = await api(`/api/incidents/${encodeURIComponent(incidentId)}`);
    detailId = incidentId;
    document.getElementById("detail-box").hidden = false;
    document.getElementById("detail-id").textContent = d.incident_id;
    const ev = clear(document.getElementById("evidence"));
    for (const m of d.evidence) {
      ev.append(el("tr", {}, el("td", { text: SOC.hhmm(m.observed_at) }), el("td", { text: m.source_id }),
        el("td", { text: m.agency }), el("td", { text: `${m.feed} · ${m.category} (${m.via})` }),
        el("td", { text: t(m.severity) })));
    }
    const tl = clear(document.getElementById("timeline"));
    const moves = d.assignment_moves.map((m) => ({ at: m.at, actor: m.actor,
      action: `${agencyName(m.agency)} ${t(m.from_state || "")} → ${t(m.to_state)}`, reason: m.reason }));
    for (const h of [...d.timeline, ...moves].sort((a, b) => a.at.localeCompare(b.at))) {
      tl.append(el("tr", {}, el("td", { text: SOC.hhmm(h.at) }), el("td", { text: h.actor }),
        el("td", { text: h.action }), el("td", { text: h.reason || "" })));
    }
    renderDispatch(d);
  }

  function renderMode() {
    const m = values("mode")[0]; const mode = m ? m.mode : "peacetime";
    document.getElementById("banner").className = `banner ${mode}`;
    const node = document.getElementById("mode"); node.dataset.i18n = mode; node.textContent = t(mode);
  }

  function redraw(topics) {
    if (topics.has("alert")) renderAlerts();
    if (topics.has("incident")) renderIncidents();
    if (topics.has("mode")) renderMode();
  }

  function setStatus(s) {
    document.getElementById("conn").className = `dot ${s}`;
    document.getElementById("conn-text").textContent = t(s);
  }

  // Agency members have no wall feed: poll their own assignments instead.
  async function pollAgency() {
    const assignments = await api("/api/assignments");
    const byIncident = new Map();
    for (const a of assignments) {
      if (!byIncident.has(a.incident_id)) byIncident.set(a.incident_id, { key: a.incident_id,
        incident_id: a.incident_id, opened_at: a.assigned_at, severity: "Unknown", kind: "",
        state: "open", sub_area: "", assignments: [] });
      byIncident.get(a.incident_id).assignments.push({ ...a, acknowledged: a.acknowledged_at !== null });
    }
    state.incident = byIncident;
    renderIncidents();
  }

  async function startApp() {
    me = await api("/api/auth/me");
    document.getElementById("login").hidden = true;
    document.getElementById("app").hidden = false;
    document.getElementById("logout").hidden = false;
    document.getElementById("who").textContent = `${me.user_name} (${me.role}${me.agency ? `/${agencyName(me.agency)}` : ""})`;
    document.getElementById("mode-box").hidden = !can("dispatch");
    document.getElementById("alerts-box").hidden = !can("read");
    if (can("read")) {
      const layer = await api("/api/geo/zones");
      for (const f of layer.features) zones[f.properties.zone_id] = f.properties;
      await renderFailedDeliveries();
      setInterval(() => renderFailedDeliveries().catch(() => {}), 10000);
    }
    for (const [id, mode] of [["to-emergency", "emergency"], ["to-peacetime", "peacetime"]]) {
      document.getElementById(id).onclick = () => act(async () => {
        const reason = prompt(t("reason")); if (!reason) return;
        await api("/api/mode", { method: "POST", body: { mode, reason } });
      });
    }
    if (can("wall")) {
      new SOC.WallSocket((s, topics) => { state = s; redraw(topics); }, setStatus).connect();
    } else {
      setStatus("connected");
      await pollAgency();
      setInterval(() => pollAgency().catch(() => setStatus("reconnecting")), 5000);
    }
    setInterval(() => { if (values("incident").length) renderIncidents(); }, 1000);
  }

  function showLogin() {
    document.getElementById("login").hidden = false;
    document.getElementById("app").hidden = true;
  }

  SOC.applyI18n();
  SOC.langButton(document.getElementById("lang"));
  document.addEventListener("soc:lang", () => redraw(new Set(["alert", "incident", "mode"])));
  const form = document.getElementById("login");
  form.username.placeholder = t("username"); form.password.placeholder = t("password");
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try { await SOC.login(form.username.value, form.password.value); await startApp(); } catch (e) {
      document.getElementById("login-error").textContent = e.message;
    }
  });
  document.getElementById("logout").onclick = async () => { await SOC.logout(); location.reload(); };
  if (SOC.token()) startApp().catch(showLogin); else showLogin();
})();
