// Coordinator console: acknowledge / shelve / resolve alerts, follow incidents and their
// assignments live, report status for an agency, switch 平時 / 戰時 (a dialog with a
// reason, audited), and on an incident's detail dispatch, reassign (with a reason),
// add a note or close it (with a reason). Those four are commands the ops service
// applies (POST ... returns 200 when applied within its wait, 202 while pending, 409
// with the reason when refused); the result is shown in #command-result in words and
// pending ones are followed through /api/commands/{id}. Closed incidents are searched
// by place, type, agency and time. Agency members get the same page scoped to their
// own agency's assignments.
//
// Live updates never take a control from under the user's hand: the list is redrawn
// from the wall feed, but every picker keeps its choice and focus (keyed by incident
// and agency), countdowns tick in place, and the detail's command controls are built
// once per incident and only refreshed in their options.
"use strict";
(() => {
  const { t, tf, el, clear, api, countdown, agencyName, typeName } = SOC;
  let me = null;
  let state = {};
  const sensors = {};
  const can = (p) => me && me.permissions.includes(p);
  const AGENCIES = SOC.AGENCIES;
  const LOCAL = {
    "zh-TW": { assign: "派遣", reassign: "改派", note: "備註", close: "結案", add_note: "新增備註",
      close_incident: "結案", reason_optional: "原因（選填）", close_reason: "結案原因（必填）",
      reassign_reason: "改派原因（必填）", pending: "處理中", done: "完成", rejected: "遭拒絕", command: "指令",
      unconfirmed_cmd: "暫時無法向伺服器確認，持續追蹤中",
      unanswered_cmd: "指令已送出，但沒有收到伺服器的回應：可能已經記錄。", retry_cmd: "重試（同一指令不會重複記錄）",
      choose_agency: "選擇機關…", choose_from: "改派哪個機關…", choose_to: "改派給…", report: "回報狀態…",
      polled: "每 {s} 秒更新", on_scene_stays: "{agencies}已到場，不能改派：到場的派工於結案時完成。", send: "送出", what: "內容", how_joined: "關聯方式", who: "執行者", cancel: "取消", search: "搜尋",
      history_closed: "已結案事件", from: "自", to: "至", opened: "開立", closed_at: "結案", any_type: "全部類型",
      any_agency: "全部機關", place_search: "地點（路名或區域）", no_history: "查無已結案事件", show_more: "顯示更多（已列出 {n} 筆）",
      taipei_days: "日期為台北日期（YYYY-MM-DD）", bad_day: "日期請寫成 YYYY-MM-DD（台北日期），例如 {today}。",
      bad_range: "起日晚於迄日：「自」請填較早的日期，例如 自 {today} 至 {today}。",
      switch_to: "切換為{mode}", switch_effect_emergency: "戰時：確認期限 {ack} 分鐘、到場期限 {scene} 分鐘，逾時升級至{to}。進行中的期限立即重算。",
      switch_overdue: "切換後，{n} 筆進行中的派工立即逾時，並升級至{to}。", switch_overdue_none: "切換後沒有派工立即逾時。",
      switch_effect_peacetime: "平時：確認期限 {ack} 分鐘、到場期限 {scene} 分鐘，逾時升級至{to}。進行中的期限立即重算。",
      need_reason_mode: "請填寫切換原因：模式切換會記錄在稽核紀錄中。", switched: "已切換為{mode}（已記錄）",
      need_agency: "請先選擇機關。", need_from_to: "請選擇要改派的機關與改派對象。",
      need_reason_reassign: "請填寫改派原因：改派會通知兩個機關並記錄在時間軸。",
      need_reason_close: "無法結案：請填寫結案原因（會記錄在時間軸與稽核紀錄）。", need_note: "備註不可空白。",
      need_state: "請先選擇要回報的狀態。", need_reason: "請填寫原因（會記錄在稽核紀錄）。",
      confirm_close: "結案事件 {num}？", confirm_close_ok: "確定結案 {num}",
      confirm_close_text: "事件 {num}（{what}）將結案，{agencies}的派工將一併取消。結案原因：{reason}",
      confirm_close_none: "事件 {num}（{what}）將結案，目前沒有進行中的派工。結案原因：{reason}",
      confirm_reassign: "改派事件 {num}：{src} → {dst}？", confirm_reassign_ok: "確定改派給{dst}",
      confirm_reassign_text: "{src}在事件 {num}（{what}）的派工將被取消，改由{dst}處理；兩個機關都會收到通知。改派原因：{reason}",
      confirm_undo: "送出後無法復原。", list_sep: "、", this_incident: "此事件", shelved_until: "至",
      confirm_report: "回報 {num} {agency}：{state}？", confirm_report_ok: "確定回報{state}",
      confirm_report_text: "事件 {num}（{what}）{agency}的派工將標為「{state}」並就此結束：不再計時，也不能再回報。",
      still_active: "注意：此警報的條件仍然成立。解除後，同一條件在同級或較低等級不會再產生新警報；條件升級或結束後再次出現時才會產生新警報。若只要暫時不提醒，請改用「擱置」。", reported: "{agency}：{state}（已送出）",
      rej_already: "{agency} 已在此事件派工中。", rej_state: "事件{state}，不能再執行此指令。",
      rej_other: "營運中心拒絕了此指令。",
      rej_assignment: "{agency}的派工{state}（可能已由另一位協調員處理），不能再執行此指令。", r_assign: "派遣 {agency}", r_reassign: "改派 {src} → {dst}",
      r_note: "新增備註", r_close: "結案", r_reopen: "重新開啟",
      reopen_incident: "重新開啟事件", reopen_reason: "重新開啟原因（必填）",
      need_reason_reopen: "無法重新開啟：請填寫原因（會記錄在時間軸與稽核紀錄，並通知曾派工的機關）。",
      confirm_reopen: "重新開啟事件 {num}？", confirm_reopen_ok: "確定重新開啟 {num}",
      confirm_reopen_text: "事件 {num}（{what}）將重新開啟，列回進行中事件，曾派工的機關會收到更新通知；新的通報不會自動併入，需要時請再派遣。原因：{reason}",
      rej_reopen: "事件目前為「{state}」，只有已結案的事件可以重新開啟。",
      r_link: "證據移入", r_unlink: "證據移出", move_evidence: "移動證據", choose_evidence: "選擇證據…",
      choose_target: "移至…", unlink_target: "移出（不屬任何事件）", move_reason: "移動原因（必填）", find_target: "找事件：編號、地點、類型",
      need_evidence_target: "請選擇要移動的證據與去處。",
      need_reason_move: "請填寫移動原因：會記錄在兩個事件的時間軸與稽核紀錄。",
      a_evidence_linked: "證據移入", a_evidence_moved_out: "證據移至另一事件", a_evidence_unlinked: "證據移出",
      via_linked: "協調員手動關聯",
      a_opened: "開立事件", a_quiet: "轉為觀察（暫無新證據）", a_merged: "合併了另一事件", a_absorbed: "併入另一事件",
      a_closed: "結案", a_note: "備註", a_reopened: "重新開啟", a_withdrawn: "已撤回（設備自行收回警報）", a_withdrawn_permit: "已撤回（許可已撤銷）",
      a_made_job: "預定活動經派遣轉為派工事件（先前說明的通報併入證據）",
      why_withdrawn: "已撤回：{why}", a_report_refused: "機關回報遭拒（未採用）",
      why_report_refused: "{agency}回報「{state}」，但派工目前為「{current}」；可回報：{allowed}", none_allowed: "無",
      why_report_unreadable: "{agency}的回報格式不符，無法判讀；派工目前為「{current}」；可回報：{allowed}",
      by_system: "營運中心（自動）", by_dispatcher: "派工系統（自動）",
      stand_down: "待協調員確認：{agencies}已確認出勤，設備復歸不會自動撤銷；結案即撤回，或保留派工",
      by_agency: "{agency}（機關回報）", mode_since_by: "自 {time} 起 · {who}：{why}", mode_since_who: "自 {time} 起 · {who}",
      why_bridged: "兩事件有共同證據", why_route: "依派工路由：{type}", why_overdue: "{state}逾時",
      via_seed: "開立依據", via_chain: "鄰近同類證據", via_context: "佐證", via_pulled: "先前待定的證據", via_merge: "隨合併加入",
      f_alert: "警報", f_incident: "警政通報", f_cctv: "影像分析", f_1999: "1999 市民通報", f_fire_alarm: "火警受信總機",
      f_signal: "號誌", f_cap: "外部示警", f_rain: "雨量站", f_water_level: "水位站", f_flood: "淹水感測器",
      f_vd: "車輛偵測器", f_status: "設備狀態", f_parking: "停車場", f_119: "119 報案", f_planned_event: "活動許可",
      overdue_title: "逾時未確認：{n} 筆派工", overdue_none: "無逾時未確認的派工",
      filter_text: "編號、地點、機關或文字（按 / 搜尋）", filter_text_label: "篩選進行中事件：編號（如 #187）、地點、類型、機關或文字",
      filter_type: "篩選類型", filter_agency: "篩選機關", filter_state: "篩選狀態", any_state: "全部狀態",
      fs_overdue: "逾時", fs_unacked: "機關未確認", fs_awaiting: "待派工", fs_planned: "預定活動", fs_withdrawn: "已撤回",
      filter_clear: "清除篩選", filter_shown: "篩選中：列出 {shown} 件，共 {total} 件，{hidden} 件未列出",
      filter_hidden_overdue: "（未列出的有 {n} 件逾時）", no_match: "沒有符合篩選的事件（共 {total} 件進行中）",
      list_capped: "列出最前面的 {shown} 件，共 {total} 件進行中，{hidden} 件未列出：請用篩選或搜尋找其餘",
      open_incident: "開啟事件 {num}",
      planned_why: "已核准活動，尚無人力處理：說明 {n} 則預期影響（人潮、停車、車流、噪音），不另派工",
      held_title: "活動說明、暫不派工的通報：{n} 則",
      held_why: "這些通報是已核准活動的預期影響（人潮、停車、車流、噪音），所以此事件沒有派工。現場若需要處理，請在上方派遣機關。" },
    en: { assign: "Dispatch", reassign: "Reassign", note: "Note", close: "Close", add_note: "Add note",
      close_incident: "Close incident", reason_optional: "reason (optional)", close_reason: "reason for closing (required)",
      reassign_reason: "reason for reassigning (required)", pending: "pending", done: "done", rejected: "refused",
      unconfirmed_cmd: "the server cannot confirm it just now; still following",
      unanswered_cmd: "The command was sent but the server did not answer: it may have been recorded.",
      retry_cmd: "Retry (the same command is never recorded twice)",
      command: "command", choose_agency: "choose agency…", choose_from: "reassign which agency…", choose_to: "to…",
      report: "report state…", send: "Send", polled: "Updated every {s} s", on_scene_stays: "{agencies} on scene: cannot be reassigned; on-scene work is cleared when the incident is closed.", what: "What", how_joined: "Linked as", who: "Who", cancel: "Cancel",
      search: "Search", history_closed: "Closed incidents", from: "from", to: "to", opened: "Opened",
      closed_at: "Closed", any_type: "any type", any_agency: "any agency", place_search: "place (road or area)",
      no_history: "No closed incidents found", show_more: "Show more ({n} listed)", switch_to: "Switch to {mode}",
      taipei_days: "Dates are Taipei days (YYYY-MM-DD)", bad_day: "Write the date as YYYY-MM-DD (a Taipei day), e.g. {today}.",
      bad_range: "The 'from' date is after the 'to' date: put the earlier day first, e.g. from {today} to {today}.",
      switch_effect_emergency: "Emergency: {ack} min to acknowledge, {scene} min to the scene, overdue escalates to {to}. Running deadlines are recomputed at once.",
      switch_overdue: "After the switch, {n} running assignment(s) are overdue at once and escalate to {to}.",
      switch_overdue_none: "No assignment falls overdue at the switch.",
      switch_effect_peacetime: "Peacetime: {ack} min to acknowledge, {scene} min to the scene, overdue escalates to {to}. Running deadlines are recomputed at once.",
      need_reason_mode: "Give a reason: mode switches are recorded in the audit log.", switched: "Switched to {mode} (recorded)",
      need_agency: "Choose an agency first.", need_from_to: "Choose which agency to reassign and to whom.",
      need_reason_reassign: "Give a reason: both agencies are told and the timeline records it.",
      need_reason_close: "Cannot close: give a reason (it goes into the timeline and the audit log).",
      need_note: "The note is empty.", need_state: "Choose the state to report first.",
      need_reason: "Give a reason (it goes into the audit log).",
      confirm_close: "Close incident {num}?", confirm_close_ok: "Close incident {num}",
      confirm_close_text: "Incident {num} ({what}) will be closed and the work of {agencies} cancelled. Reason: {reason}",
      confirm_close_none: "Incident {num} ({what}) will be closed; no agency is working on it. Reason: {reason}",
      confirm_reassign: "Reassign incident {num}: {src} → {dst}?", confirm_reassign_ok: "Reassign to {dst}",
      confirm_reassign_text: "{src}'s assignment on incident {num} ({what}) will be cancelled and handed to {dst}; both agencies are told. Reason: {reason}",
      confirm_undo: "This cannot be undone.", list_sep: ", ", this_incident: "this incident", shelved_until: "until",
      confirm_report: "Report {num} {agency}: {state}?", confirm_report_ok: "Report {state}",
      confirm_report_text: "Incident {num} ({what}): the assignment of {agency} is marked \"{state}\" and ends there: no more deadlines, no further report.",
      still_active: "Note: this alert's condition still holds. Once resolved, it raises no new alert at this level or lower; only a higher level, or its return after it has ended, raises a new one. To silence it for a while, shelve it instead.", reported: "{agency}: {state} (sent)",
      rej_already: "{agency} is already working this incident.", rej_state: "The incident is {state}: this command no longer applies.",
      rej_other: "The operations center refused this command.",
      rej_assignment: "{agency}'s assignment is already {state} (perhaps by another coordinator): this command no longer applies.", r_assign: "dispatch {agency}",
      r_reassign: "reassign {src} → {dst}", r_note: "note added", r_close: "close", r_reopen: "reopen",
      reopen_incident: "Reopen incident", reopen_reason: "reason for reopening (required)",
      need_reason_reopen: "Cannot reopen: give a reason (it goes into the timeline and the audit log, and to the agencies that worked it).",
      confirm_reopen: "Reopen incident {num}?", confirm_reopen_ok: "Reopen incident {num}",
      confirm_reopen_text: "Incident {num} ({what}) will be reopened and listed with the live incidents again; the agencies that worked it get an update. New reports do not join it by themselves: dispatch again where needed. Reason: {reason}",
      rej_reopen: "The incident is {state}: only a closed incident can be reopened.",
      r_link: "evidence linked", r_unlink: "evidence unlinked", move_evidence: "Move evidence",
      choose_evidence: "evidence…", choose_target: "move to…", unlink_target: "out (no incident)",
      move_reason: "reason for the move (required)", find_target: "find: number, place, type", need_evidence_target: "Choose the evidence and where it goes.",
      need_reason_move: "Give a reason for the move: it goes into both incidents' timelines and the audit log.",
      a_evidence_linked: "evidence linked", a_evidence_moved_out: "evidence moved to another incident",
      a_evidence_unlinked: "evidence unlinked", via_linked: "linked by a coordinator",
      a_opened: "incident opened", a_quiet: "gone quiet (no new evidence)", a_merged: "absorbed another incident",
      a_absorbed: "merged into another incident", a_closed: "closed", a_note: "note", a_reopened: "reopened",
      a_withdrawn: "withdrawn (its device took the alarm back)",
      a_withdrawn_permit: "withdrawn (its permit was cancelled)", why_withdrawn: "withdrawn: {why}",
      a_report_refused: "agency report refused (not taken)",
      why_report_refused: "{agency} reported \u201c{state}\u201d but its assignment is \u201c{current}\u201d; it may report: {allowed}",
      why_report_unreadable: "{agency}'s report could not be read (not in the agreed format); its assignment is \u201c{current}\u201d; it may report: {allowed}",
      none_allowed: "nothing",
      stand_down: "Needs a coordinator: {agencies} acknowledged and on the way; a device reset does not stand them down. Close to call them off, or keep them",
      a_made_job: "planned event made a job by a dispatch (the reports it explained are its evidence)",
      by_system: "operations center (automatic)", by_dispatcher: "dispatcher (automatic)",
      by_agency: "{agency} (agency's report)", mode_since_by: "since {time} · {who}: {why}", mode_since_who: "since {time} · {who}",
      why_bridged: "the two share evidence", why_route: "dispatch route: {type}", why_overdue: "{state} overdue",
      via_seed: "opened it", via_chain: "nearby evidence of the same kind", via_context: "supporting",
      via_pulled: "earlier pending evidence", via_merge: "came with a merge",
      f_alert: "Alert", f_incident: "Police report", f_cctv: "Camera analytics", f_1999: "1999 citizen report",
      f_fire_alarm: "Fire alarm panel", f_signal: "Traffic signal", f_cap: "External warning", f_rain: "Rain gauge",
      f_water_level: "Water level", f_flood: "Flood sensor", f_vd: "Vehicle detector", f_status: "Device status",
      f_parking: "Car park", f_119: "119 call", f_planned_event: "Event permit",
      overdue_title: "Overdue, not acknowledged: {n} assignments", overdue_none: "No assignment is overdue unacknowledged",
      filter_text: "number, place, agency or text (press / to search)",
      filter_text_label: "Filter open incidents: number (e.g. #187), place, type, agency or text",
      filter_type: "Filter by type", filter_agency: "Filter by agency", filter_state: "Filter by state", any_state: "any state",
      fs_overdue: "overdue", fs_unacked: "not acknowledged by an agency", fs_awaiting: "awaiting dispatch",
      fs_planned: "planned event", fs_withdrawn: "withdrawn",
      filter_clear: "Clear filter", filter_shown: "Filtered: {shown} of {total} listed, {hidden} not listed",
      filter_hidden_overdue: " ({n} of those not listed overdue)", no_match: "No incident matches the filter ({total} open)",
      list_capped: "The first {shown} of {total} open incidents listed, {hidden} not listed: filter or search to find the others",
      open_incident: "Open incident {num}",
      planned_why: "an approved event nobody works yet: explains {n} expected reports (crowds, parking, traffic, noise), no dispatch",
      held_title: "Reports the event explains, not dispatched: {n}",
      held_why: "These reports are expected effects of the approved event (crowds, parking, traffic, noise), so this incident has no dispatch. If the scene needs work, dispatch an agency above." },
  };
  const tc = (k) => { const table = LOCAL[SOC.lang()] || LOCAL.en; return k in table ? table[k] : t(k); };
  const tcf = (k, vars) => tc(k).replace(/\{(\w+)\}/g, (_, v) => String(vars[v] ?? ""));
  const en = () => SOC.lang() === "en";
  let detailId = null;
  let everLive = false;  // the page has held the server's state once (setStatus)
  let detail = null;
  // The user's choices in pickers and inputs, kept across redraws: key -> value.
  const picks = new Map();

  function message(text, ok = false) {
    const node = document.getElementById("message");
    node.className = ok ? "ok" : "error"; node.textContent = text || "";
  }
  async function act(fn) {
    try { await fn(); } catch (e) {
      if (e.problem && e.problem.status === 401) sessionEnded();
      message(`${t("error")}: ${e.message}`);
    }
  }

  function values(topic) { return state[topic] ? [...state[topic].values()] : []; }
  const numberOf = (inc) => (inc.number ? `#${inc.number}` : "");
  const placeOf = (x) => [en() ? x.place_en : x.place, en() ? x.area_en : x.area].filter(Boolean).join(" · ");
  const sensorName = (id) => (sensors[id] ? (en() ? sensors[id].name_en || sensors[id].name : sensors[id].name) : null);

  // A picker whose choice survives redraws (and a placeholder, never a silent default).
  function picker(key, placeholder, options) {
    const select = el("select", { name: key.split("|")[0], "data-key": key },
      el("option", { value: "", text: placeholder }),
      options.map(([value, label]) => el("option", { value, text: label })));
    const kept = picks.get(key);
    if (kept && options.some(([v]) => v === kept)) select.value = kept;
    select.addEventListener("change", () => picks.set(key, select.value));
    return select;
  }
  // Text fields at least as wide as their hint (placeholder), up to their row's width: the
  // hint says what a field needs ("(required)", the "/" shortcut), and a browser's default
  // width cut it short at 1366x768. Measured in the field's own font, so it holds in either
  // language; called again whenever the hints are written. A search field keeps room for its
  // clear button, which a typed text brings up.
  const hintRuler = document.createElement("canvas").getContext("2d");
  function fitHints(root) {
    for (const node of root.querySelectorAll("input[placeholder]")) {
      if (!node.placeholder) continue;
      const cs = getComputedStyle(node);
      const px = (v) => parseFloat(v) || 0;
      hintRuler.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const slack = px(cs.fontSize) * (node.type === "search" ? 2 : 0.5);  // the caret, rounding; the clear button
      const need = hintRuler.measureText(node.placeholder).width + slack + px(cs.paddingLeft) + px(cs.paddingRight)
        + px(cs.borderLeftWidth) + px(cs.borderRightWidth);
      node.style.minWidth = `min(100%, ${Math.ceil(need)}px)`;
    }
  }
  function input(key, placeholder) {
    const node = el("input", { name: key.split("|")[0], placeholder, "data-key": key, maxlength: 2000 });
    node.value = picks.get(key) || "";
    node.addEventListener("input", () => picks.set(key, node.value));
    return node;
  }
  // Redraw a container without losing the focused control (by its data-key).
  function keepFocus(draw) {
    const active = document.activeElement;
    const key = active && active.dataset ? active.dataset.key : null;
    draw();
    if (key) {
      const again = document.querySelector(`[data-key="${CSS.escape(key)}"]`);
      if (again && again !== active) again.focus();
    }
  }

  function alertWhat(a) { return (en() ? a.what_en : a.what) || (en() ? "Alert" : "警報"); }
  function alertSource(a) {
    return (en() ? a.source_name_en : a.source_name) || (en() ? a.place_en : a.place) || "";
  }

  // An escalated alert has waited past its time with nobody acknowledging it: it leads the
  // table (most escalations first), whatever newer alerts a storm brings; the rest newest first.
  const escalations = (a) => (a.state === "escalated" ? a.escalation_level || 1 : 0);
  function renderAlerts() {
    const body = clear(document.getElementById("alerts"));
    const alerts = values("alert").sort((a, b) => escalations(b) - escalations(a)
      || b.raised_at.localeCompare(a.raised_at));
    if (!alerts.length) body.append(el("tr", {}, el("td", { colspan: 6, class: "empty", text: t("no_alerts") })));
    for (const a of alerts) {
      const buttons = [];
      if (can("ack_alert") && SOC.states("alert_acknowledgeable").includes(a.state)) {
        buttons.push(el("button", { class: "act", "data-action": "acknowledge", text: t("acknowledge"),
          onclick: () => act(() => api(`/api/alerts/${a.alert_id}/acknowledge`, { method: "POST", body: { reason: "" } })) }));
      }
      if (can("manage_alert")) {
        const title = `${alertWhat(a)} · ${alertSource(a)}`;
        if (SOC.states("alert_shelvable").includes(a.state)) buttons.push(el("button", { class: "act", "data-action": "shelve", text: t("shelve"),
          onclick: () => askReason(`${t("shelve")} 60 min · ${title}`, "", t("shelve"),
            (reason) => api(`/api/alerts/${a.alert_id}/shelve`, { method: "POST", body: { minutes: 60, reason } })) }));
        // Resolving by hand while the condition still holds sets it aside at its level
        // (docs/alerts.md): say so, and what still raises a new alert.
        buttons.push(el("button", { class: "act", "data-action": "resolve", text: t("resolve"),
          onclick: () => askReason(`${t("resolve")} · ${title}`, a.active ? tc("still_active") : "", t("resolve"),
            (reason) => api(`/api/alerts/${a.alert_id}/resolve`, { method: "POST", body: { reason } })) }));
      }
      body.append(el("tr", { "data-alert": a.alert_id, class: escalations(a) ? "escalated" : "" },
        el("td", { text: SOC.hhmm(a.raised_at) }), el("td", { text: t(a.severity) }),
        el("td", { text: alertWhat(a) }), el("td", { text: alertSource(a) }),
        el("td", { class: "alert-state", text: t(a.state) },
          escalations(a) ? el("b", { class: "esc", text: ` · ${tf("escalated_n", { n: escalations(a) })}` }) : null,
          a.clear_cause ? el("span", { class: "alert-cause", text: ` · ${t(`cause_${a.clear_cause}`)}` }) : null,
          // A shelved alert comes back by itself: when, in Taipei time.
          a.shelved_until ? el("span", { class: "alert-until" }, ` · ${tc("shelved_until")} `, SOC.timeNode(a.shelved_until)) : null),
        el("td", {}, buttons)));
    }
  }

  // Webhooks an agency refused for good, with the receiver's answer; an alert manager can queue one again.
  // Newest first, DELIVERIES_PAGE at a time: a full page ends in a "show more" button that
  // lists DELIVERIES_PAGE more (and keeps them listed on the 10 s refresh), up to the API's 1,000.
  const DELIVERIES_PAGE = 50;
  let deliveriesShown = DELIVERIES_PAGE;
  async function renderFailedDeliveries() {
    const rows = await api(`/api/deliveries/failed?limit=${Math.min(deliveriesShown + 1, 1000)}`);
    const body = clear(document.getElementById("failed-deliveries"));
    if (!rows.length) body.append(el("tr", {}, el("td", { colspan: 5, class: "empty", text: t("no_failed_deliveries") })));
    for (const d of rows.slice(0, deliveriesShown)) {
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
    if (rows.length > deliveriesShown) {
      body.append(el("tr", {}, el("td", { colspan: 5 },
        el("button", { id: "deliveries-more", class: "act", type: "button",
          text: tcf("show_more", { n: deliveriesShown }),
          onclick: () => act(async () => { deliveriesShown += DELIVERIES_PAGE; await renderFailedDeliveries(); }) }))));
    }
  }

  // The assignments stand still while the feed is not connected or the database or the ops
  // engine is down (the banner names it): countdowns then say unconfirmed.
  const assignmentsStale = () => sockStatus !== "connected"
    || values("health").some((h) => !h.up && SOC.ASSIGNMENT_PARTS.includes(h.part));
  function dueNode(deadline, prefix = "") {
    const node = el("span", { class: "countdown", "data-deadline": deadline, "data-prefix": prefix });
    SOC.showDue(node, deadline, assignmentsStale(), prefix);
    return node;
  }

  // A withdrawn incident's work called off or kept has no deadline, so no countdown; a
  // coordinator's dispatch to it since counts down like any other.
  function assignmentCell(incidentId, a) {
    const due = a.deadline ? countdown(a.deadline) : null;
    // Green is an agency at work: an ended assignment (cancelled, cleared) is drawn plain even
    // when its agency had acknowledged, so a reopened job reads as nobody working it.
    const working = SOC.states("assignment_open").includes(a.state);
    const look = a.overdue || (due && due.overdue) ? "overdue" : a.acknowledged && working ? "acked" : working ? "" : "ended";
    const tag = el("span", { class: `tag st-${a.state} ${look}` },
      `${agencyName(a.agency)} · ${t(a.state)}`,
      a.escalations ? el("b", { class: "esc", text: ` · ${tf("escalated_n", { n: a.escalations })}` }) : null,
      due ? dueNode(a.deadline, " · ") : null);
    const next = SOC.states("assignment_reports")[a.state] || [];
    const mayReport = can("agency_report") && (me.role !== "agency" || me.agency === a.agency) && next.length;
    if (!mayReport) return el("div", { class: "assign-cell" }, tag);
    const key = `report|${incidentId}|${a.agency}|${a.state}`;
    const select = picker(key, tc("report"), next.map((s) => [s, t(s)]));
    const send = (dst) => act(async () => {
      await api(`/api/incidents/${encodeURIComponent(incidentId)}/assignments/${a.agency}/status`,
        { method: "POST", body: { state: dst, note: "" } });
      message(tcf("reported", { agency: agencyName(a.agency), state: t(dst) }), true);
      picks.delete(key);
    });
    return el("div", { class: "assign-cell" }, tag, select, el("button", { class: "act", "data-action": "report", text: tc("send"),
      onclick: () => {
        const dst = select.value;
        if (!dst) { message(tc("need_state")); select.focus(); return; }
        // A move that ends the assignment cannot be taken back: asked first, like a close.
        if (SOC.states("assignment_open").includes(dst)) { send(dst); return; }
        const inc = state.incident ? state.incident.get(incidentId) : null;
        const names = { num: (inc && numberOf(inc)) || tc("this_incident"), agency: agencyName(a.agency), state: t(dst),
          what: inc ? [inc.kind ? typeName(inc.kind) : "", placeOf(inc)].filter(Boolean).join(" · ") : "" };
        confirmStep(tcf("confirm_report", names), tcf("confirm_report_text", names), tcf("confirm_report_ok", names))
          .then((yes) => { if (yes) send(dst); });
      } }));
  }

  // Assignments past their deadline that no agency has acknowledged, most overdue first:
  // what a coordinator chases first, named at the top of the list so that hundreds of
  // incidents never hide one. A withdrawn incident's among them: what its withdrawal kept has
  // no deadline, but an agency dispatched to it since that never answered is as late as any.
  // Every open incident the page knows of, the feed's and, while the feed is full, those past
  // it (openKnown): a coordinator sees every overdue one, not only the feed's 300.
  function overdueAssignments() {
    const now = Date.now();
    const out = [];
    for (const inc of openKnown()) {
      for (const a of inc.assignments) {
        if (a.acknowledged || !a.deadline || Date.parse(a.deadline) >= now) continue;
        out.push({ inc, a });
      }
    }
    return out.sort((x, y) => x.a.deadline.localeCompare(y.a.deadline));
  }
  let overdueDrawn = "";
  function renderOverdue() {
    const list = overdueAssignments();
    overdueDrawn = list.map(({ inc, a }) => `${inc.incident_id}|${a.agency}|${a.escalations}`).join(",");
    const box = document.getElementById("overdue-box");
    box.classList.toggle("none", !list.length);
    document.getElementById("overdue-title").textContent =
      list.length ? tcf("overdue_title", { n: list.length }) : tc("overdue_none");
    keepFocus(() => {
      const node = clear(document.getElementById("overdue-list"));
      for (const { inc, a } of list) {
        const num = numberOf(inc) || tc("this_incident");
        node.append(el("button", { class: "overdue-item", type: "button", "data-key": `overdue|${inc.incident_id}|${a.agency}`,
          "data-incident": inc.incident_id, "data-agency": a.agency,
          "aria-label": `${tcf("open_incident", { num })}: ${agencyName(a.agency)} ${dueNode(a.deadline).textContent}`,
          onclick: () => openIncident(inc.incident_id) },
          el("b", { text: num }), ` ${inc.kind ? typeName(inc.kind) : ""} · ${agencyName(a.agency)} · `,
          dueNode(a.deadline),
          a.escalations ? ` · ${tf("escalated_n", { n: a.escalations })}` : ""));
      }
    });
  }
  // Open an incident's detail from the keyboard or a click, and take the focus there.
  function openIncident(incidentId) {
    showDetail(incidentId).then(() => {
      const title = document.getElementById("detail-title");
      title.scrollIntoView({ block: "nearest" });
      title.focus();
    }).catch((e) => message(e.message));
  }

  // -- the open incidents' filter: type, agency, state and words (number, place, ...) ------
  // Read from its form at every redraw, so it holds while incidents come and go; the overdue
  // box above stays whole whatever it hides, and the line under the form says how many it
  // hides and how many of those are overdue, counted again as deadlines pass.
  const FILTER_STATES = ["overdue", "unacked", "awaiting", "planned", "withdrawn"];
  const isOverdue = (inc, now) => inc.overdue
    || inc.assignments.some((a) => a.deadline && Date.parse(a.deadline) < now);
  const FILTER_TEST = {
    overdue: isOverdue,
    unacked: (inc) => inc.assignments.some((a) => !a.acknowledged && SOC.states("assignment_open").includes(a.state)),
    awaiting: (inc) => Boolean(inc.awaiting_dispatch), planned: (inc) => Boolean(inc.planned),
    withdrawn: (inc) => Boolean(inc.withdrawn),
  };
  const fold = (text) => String(text).normalize("NFKC").toLowerCase();
  function currentFilter() {
    const form = document.getElementById("incident-filter");
    const words = fold(form.q.value).split(/\s+/).filter(Boolean);
    return { type: form.type.value, agency: form.agency.value, state: form.state.value, words };
  }
  const filtering = (f) => Boolean(f.type || f.agency || f.state || f.words.length);
  function haystack(inc) {
    const open = inc.assignments.filter((a) => SOC.states("assignment_open").includes(a.state));
    return fold([numberOf(inc), inc.place, inc.place_en, inc.area, inc.area_en,
      ...(inc.kind ? SOC.bothLabels("incident_types", inc.kind) : []),
      ...open.flatMap((a) => SOC.bothLabels("agencies", a.agency)),
      inc.withdrawn_reason, inc.withdrawn_reason_en, t(inc.severity), t(inc.state)].filter(Boolean).join("\n"));
  }
  function matches(inc, f, now) {
    if (f.type && inc.kind !== f.type) return false;
    if (f.agency && !inc.assignments.some((a) => a.agency === f.agency
      && SOC.states("assignment_open").includes(a.state))) return false;
    if (f.state && !(FILTER_TEST[f.state] || (() => true))(inc, now)) return false;
    if (!f.words.length) return true;
    const hay = haystack(inc);
    // A word that is a number (#187, 187, full-width digits) is the incident's number.
    return f.words.every((w) => (/^#?\d+$/.test(w) ? inc.number === Number(w.replace("#", "")) : hay.includes(w)));
  }
  function setupFilter() {
    const form = document.getElementById("incident-filter");
    const fill = () => {
      const keep = { type: form.type.value, agency: form.agency.value, state: form.state.value };
      clear(form.type).append(el("option", { value: "", text: tc("any_type") }),
        ...SOC.incidentTypes().map((k) => el("option", { value: k, text: typeName(k) })));
      clear(form.agency).append(el("option", { value: "", text: tc("any_agency") }),
        ...AGENCIES.map((a) => el("option", { value: a, text: agencyName(a) })));
      clear(form.state).append(el("option", { value: "", text: tc("any_state") }),
        ...FILTER_STATES.map((k) => el("option", { value: k, text: tc(`fs_${k}`) })));
      form.type.value = keep.type; form.agency.value = keep.agency; form.state.value = keep.state;
      form.q.placeholder = tc("filter_text");
      form.q.setAttribute("aria-label", tc("filter_text_label"));
      form.type.setAttribute("aria-label", tc("filter_type"));
      form.agency.setAttribute("aria-label", tc("filter_agency"));
      form.state.setAttribute("aria-label", tc("filter_state"));
      document.getElementById("filter-clear").textContent = tc("filter_clear");
      fitHints(form);
    };
    fill();
    document.addEventListener("soc:lang", fill);
    const apply = () => renderIncidents();
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    // Reset clears the form after this event: draw once it has.
    form.addEventListener("reset", () => setTimeout(apply, 0));
    form.addEventListener("submit", (ev) => ev.preventDefault());
    form.q.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape" && form.q.value) { ev.preventDefault(); form.q.value = ""; apply(); }
      // Enter on a search that leaves one incident opens it ("jump to #187").
      if (ev.key === "Enter") {
        ev.preventDefault();
        const rows = document.querySelectorAll("#incidents tr[data-incident]");
        if (rows.length === 1) openIncident(rows[0].dataset.incident);
      }
    });
    // "/" anywhere but in a text field goes to the search box.
    document.addEventListener("keydown", (ev) => {
      const tag = (ev.target && ev.target.tagName) || "";
      if (ev.key !== "/" || ev.ctrlKey || ev.metaKey || ev.altKey || ["INPUT", "TEXTAREA", "SELECT"].includes(tag)) return;
      if (document.querySelector("dialog[open]") || document.getElementById("app").hidden) return;
      ev.preventDefault(); form.q.focus();
    });
  }
  // The overdue incidents as last drawn: a deadline that passes under a filter redraws the list.
  let overdueIncidentsDrawn = "";
  const overdueIncidents = (now) => values("incident").filter((inc) => isOverdue(inc, now))
    .map((inc) => inc.incident_id).join(",");
  // What the list hides: the incidents the filter leaves out, or, with no filter, those past
  // the wall feed's first FEED_CAP; and how many of them are overdue.
  function renderFilterSummary(all, shown, f, now) {
    const node = document.getElementById("filter-summary");
    overdueIncidentsDrawn = overdueIncidents(now);
    if (!filtering(f) && shown.length >= all.length) { node.hidden = true; clear(node); return; }
    const listed = new Set(shown.map((inc) => inc.incident_id));
    const hidden = all.filter((inc) => !listed.has(inc.incident_id));
    const late = hidden.filter((inc) => isOverdue(inc, now));
    node.hidden = false;
    clear(node).append(tcf(filtering(f) ? "filter_shown" : "list_capped",
      { shown: shown.length, total: all.length, hidden: hidden.length }),
      ...(late.length ? [el("span", { class: "hidden-overdue", text: tcf("filter_hidden_overdue", { n: late.length }) })] : []));
  }

  // The wall feed carries the first FEED_CAP open incidents in the API's order
  // (web/wall/topics.py, INCIDENTS_MOST). When it is full, every open incident is read from
  // the API as well (pages of 1,000, again every BEYOND_MS while the feed stays full), so the
  // filter and the search reach all of them; those the feed carries are shown as it has them, live.
  const FEED_CAP = 300;
  const BEYOND_MS = 10000;
  let beyond = null;
  let beyondAt = 0;
  let beyondLoading = false;
  // An incident as `GET /api/incidents` gives it, in the wall feed's shape (overdue: one of its
  // assignments past its running deadline; a deadline only while it runs, as the feed sends it).
  const fromApi = (d) => ({ key: d.incident_id, ...d, kind: d.type, overdue: d.assignments.some((a) => a.overdue),
    assignments: d.assignments.map((a) => ({ ...a, acknowledged: a.acknowledged_at !== null,
      deadline: SOC.states("assignment_open").includes(a.state) ? a.deadline : null })) });
  async function loadBeyond() {
    if (beyondLoading) return;
    beyondLoading = true;
    try {
      const rows = [];
      for (let offset = 0; ; offset += 1000) {
        const page = await api(`/api/incidents?open_only=true&limit=1000&offset=${offset}`);
        rows.push(...page);
        if (page.length < 1000) break;
      }
      beyond = new Map(rows.map((d) => [d.incident_id, fromApi(d)]));
    } finally {
      beyondLoading = false;
      beyondAt = Date.now();  // a failed read is tried again after as long, not at every redraw
    }
    renderIncidents();
    if (detail && detailId === detail.incident_id) renderDispatch(detail);  // its move picker offers them too
  }
  function allOpen() {
    const feed = values("incident");
    if (feed.length < FEED_CAP || !can("wall")) { beyond = null; return feed; }
    if (Date.now() - beyondAt > BEYOND_MS) loadBeyond().catch(() => {});
    return openKnown();
  }
  // The feed's open incidents, and those read past it while it is full (no read started).
  function openKnown() {
    const feed = values("incident");
    if (!beyond || feed.length < FEED_CAP) return feed;
    const live = new Set(feed.map((inc) => inc.incident_id));
    return [...feed, ...[...beyond.values()].filter((inc) => !live.has(inc.incident_id))];
  }

  // Each incident's row as last drawn, with what it was drawn from: a redraw builds again
  // only the rows whose incident (or the page's language, the day its times are read
  // against, whether the data are live) changed, and leaves the others, their pickers and
  // the focus as they are, so a change of one incident among hundreds does not rebuild them
  // all; the countdowns tick in their rows (tickCountdowns).
  const rowsDrawn = new Map();
  function incidentRow(inc) {
    const drawnFrom = `${en()}|${assignmentsStale()}|${new Date().toDateString()}|${JSON.stringify(inc)}`;
    const kept = rowsDrawn.get(inc.incident_id);
    const tr = kept && kept.drawnFrom === drawnFrom ? kept.tr : incidentRowNew(inc);
    if (!kept || kept.tr !== tr) rowsDrawn.set(inc.incident_id, { drawnFrom, tr });
    const selected = inc.incident_id === detailId;
    tr.classList.toggle("selected", selected);
    tr.setAttribute("aria-selected", selected ? "true" : "false");
    return tr;
  }
  function incidentRowNew(inc) {
    // a planned event nobody works yet: what it explains is held aside, shown as its count
    const confirm = standDown(inc);
    const state = inc.withdrawn
      ? [el("span", { class: "wd-tag", text: t("withdrawn") }), el("div", { class: "withdrawn-why", text: withdrawnWhy(inc) }),
         confirm ? el("div", { class: "stand-down", text: confirm }) : null]
      : inc.planned
        ? [el("span", { class: "planned-tag", text: tc("planned") }),
           el("div", { class: "planned-why", text: tcf("planned_why", { n: inc.held || 0 }) })]
        // a live job no agency is sent to: nobody is working it yet
        : inc.awaiting_dispatch
          ? [el("span", { class: "awaiting-tag", text: t("awaiting_dispatch") }),
             el("div", { class: "awaiting-why", text: t("awaiting_why") })]
          : t(inc.state);
    return el("tr", { "data-incident": inc.incident_id,
      class: `clickable sev-${inc.severity} ${inc.withdrawn ? "withdrawn" : ""}`,
      onclick: (ev) => { if (ev.target.tagName === "TD" || ev.target.closest(".inc-state")) showDetail(inc.incident_id).catch((e) => message(e.message)); } },
      el("td", { class: "num" }, el("button", { class: "num-open", type: "button", "data-key": `open|${inc.incident_id}`,
        "aria-label": tcf("open_incident", { num: numberOf(inc) || tc("this_incident") }),
        text: numberOf(inc) || "›", onclick: () => openIncident(inc.incident_id) })),
      el("td", { class: "opened" }, SOC.timeNode(inc.opened_at)),
      el("td", { text: inc.kind ? typeName(inc.kind) : "" }), el("td", { text: placeOf(inc) }),
      el("td", { text: t(inc.severity) }), el("td", { class: "inc-state" }, state),
      el("td", {}, inc.assignments.map((a) => assignmentCell(inc.incident_id, a))));
  }

  function renderIncidents() {
    renderOverdue();
    keepFocus(() => {
      const body = document.getElementById("incidents");
      // In the wall's order of urgency (SOC.byUrgency); withdrawn ones after them all but when
      // overdue, greyed, still opened by a click. The filter keeps that order.
      const all = allOpen();
      const f = currentFilter();
      const now = Date.now();
      const incidents = SOC.byUrgency(filtering(f) ? all.filter((inc) => matches(inc, f, now)) : values("incident"));
      renderFilterSummary(all, incidents, f, now);
      const open = new Set(all.map((inc) => inc.incident_id));
      for (const id of [...rowsDrawn.keys()]) if (!open.has(id)) rowsDrawn.delete(id);
      // Until the first data the list is loading, not empty.
      if (!incidents.length) {
        clear(body).append(el("tr", {}, el("td", { colspan: 7, class: "empty",
          text: all.length && filtering(f) ? tcf("no_match", { total: all.length }) : t(everLive ? "no_incidents" : "loading") })));
        return;
      }
      // Rows put in order in place: one that is already where it belongs is not touched.
      const rows = incidents.map(incidentRow);
      rows.forEach((tr, i) => { if (body.children[i] !== tr) body.insertBefore(tr, body.children[i] || null); });
      while (body.children.length > rows.length) body.lastElementChild.remove();
    });
  }

  // A withdrawn incident's agencies that acknowledged (on their way) before it was withdrawn,
  // their clocks stopped: a device's reset does not stand them down, a coordinator does
  // (docs/ops_center.md, "Dispatch"); "" when none. One dispatched since runs its deadline.
  const underWay = (a) => SOC.states("assignment_open").includes(a.state) && Boolean(a.acknowledged || a.acknowledged_at)
    && !a.deadline;
  function standDown(inc) {
    if (!inc.withdrawn) return "";
    const going = inc.assignments.filter(underWay).map((a) => agencyName(a.agency));
    return going.length ? tcf("stand_down", { agencies: going.join(en() ? ", " : "、") }) : "";
  }

  // Why a withdrawn incident is (its device and what it said, or a planned event's cancelled
  // permit), in the page's language: the ops center's words (the device by its registry name
  // and place, ops_center.incidents.device_words), as the wall and the agencies get them.
  function withdrawnWhy(inc) {
    const why = (en() ? inc.withdrawn_reason_en : inc.withdrawn_reason) || "";
    const [said, none] = inc.planned ? ["withdrawn_permit_why", "withdrawn_permit_none"] : ["withdrawn_why", "withdrawn_none"];
    return why ? tf(said, { why }) : t(none);
  }

  function tickCountdowns() {
    const stale = assignmentsStale();
    document.querySelectorAll("#incidents .countdown[data-deadline]").forEach((node) => {
      const due = SOC.showDue(node, node.dataset.deadline, stale, node.dataset.prefix);
      node.closest(".tag").classList.toggle("overdue", due.overdue);
    });
    // A deadline that just passed adds its assignment to the overdue list.
    const now = overdueAssignments().map(({ inc, a }) => `${inc.incident_id}|${a.agency}|${a.escalations}`).join(",");
    // With a filter set, the list and its count of hidden overdue incidents follow too.
    if (filtering(currentFilter()) && overdueIncidents(Date.now()) !== overdueIncidentsDrawn) { renderIncidents(); return; }
    if (now !== overdueDrawn) { renderOverdue(); return; }
    document.querySelectorAll("#overdue-list .countdown[data-deadline]").forEach((node) => {
      SOC.showDue(node, node.dataset.deadline, stale);
    });
  }

  // -- commands ----------------------------------------------------------------------
  function rejectionText(cmd) {
    const err = cmd.error || "";
    const agency = cmd.args && (cmd.args.agency || cmd.args.dst);
    if (/already assigned/.test(err)) return tcf("rej_already", { agency: agencyName(agency) });
    // The assignment the command was for has moved on meanwhile (another coordinator handed
    // it on, the incident's close wound it up, the agency cleared it): say whose and how.
    const gone = /assignment [^ ]+\/(\w+): illegal transition (cancelled|cleared) -> /.exec(err);
    if (gone) return tcf("rej_assignment", { agency: agencyName(gone[1]), state: t(gone[2]) });
    const again = /illegal transition (\w+) -> quiet/.exec(err);
    if (cmd.kind === "reopen" && again) return tcf("rej_reopen", { state: t(again[1]) });
    const m = /is (merged|closed)\b|-> (merged|closed)|(closed|merged) -> /.exec(err);
    if (m) return tcf("rej_state", { state: t(m[1] || m[2] || m[3]) });
    return tc("rej_other");
  }
  function commandText(cmd) {
    const a = cmd.args || {};
    const what = cmd.kind === "assign" ? tcf("r_assign", { agency: agencyName(a.agency) })
      : cmd.kind === "reassign" ? tcf("r_reassign", { src: agencyName(a.src), dst: agencyName(a.dst) })
      : tc(`r_${cmd.kind}`);
    return `${tc("command")} #${cmd.command_id} · ${what} · ${tc(cmd.state)}${cmd.state === "rejected" ? `: ${rejectionText(cmd)}` : ""}`;
  }
  // ``unconfirmed``: the last look at a pending command failed (the server or the database
  // away): it is recorded and still being followed, its outcome not known yet.
  function showCommand(cmd, unconfirmed = false) {
    const node = document.getElementById("command-result");
    node.dataset.state = cmd.state;
    node.className = cmd.state === "rejected" ? "error" : cmd.state === "done" ? "ok" : "";
    node.textContent = commandText(cmd) + (unconfirmed ? ` · ${tc("unconfirmed_cmd")}` : "");
  }
  // A look that failed for want of the server or its database (no answer, 502-504): the
  // command stays recorded and the ops service applies it once they are back.
  const away = (e) => [0, 502, 503, 504].includes(e && e.problem ? e.problem.status : -1);

  // Send one command and follow it until the ops service has applied or refused it, every
  // 0.5 s for a minute, then every 5 s. The result line belongs to the latest command sent:
  // an earlier one still pending stops writing it (and stops being followed) once a newer one
  // is sent. A look at it that fails while the server or the database is away ends nothing:
  // the line says it is pending and not confirmed, and the following goes on, so a command
  // applied once they are back is shown done (never an error beside a "pending" that stays,
  // which a coordinator would answer by sending the crew again). `done` runs when the
  // service has carried the command out, before the detail is drawn again: it forgets what
  // was typed for it, so the redrawn controls are empty and a second click sends nothing twice.
  //
  // Each click's command carries a key made for it (`Idempotency-Key`, docs/web.md). A send
  // that gets no answer (the server killed between recording the command and answering, the
  // link dropped) may have been recorded: the result line says so and offers to retry, and the
  // retry sends the same key, so the server answers with the command it recorded, if it did,
  // and records it only if it did not; the line then shows the command as the server knows it.
  let latestCommand = 0;
  function newKey() {  // a random UUID (v4); crypto.randomUUID needs a secure context
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  // No answer, or a gateway's without the server's: the command's fate is not known.
  const unanswered = (e) => [0, 502, 504].includes(e && e.problem ? e.problem.status : -1);
  function offerRetry(again) {
    const node = document.getElementById("command-result");
    node.className = "error"; node.dataset.state = "unanswered";
    node.textContent = `${tc("unanswered_cmd")} `;
    node.append(el("button", { class: "act", "data-action": "retry", text: tc("retry_cmd"),
      onclick: () => act(async () => { message(""); await again(); }) }));
  }
  async function command(incidentId, path, body, done, key = newKey()) {
    const turn = ++latestCommand;
    const base = `/api/incidents/${encodeURIComponent(incidentId)}`;
    let cmd;
    try {
      cmd = await api(`${base}${path}`, { method: "POST", body, headers: { "Idempotency-Key": key } });
    } catch (e) {
      const p = e.problem || {};
      if (unanswered(e) && turn === latestCommand) offerRetry(() => command(incidentId, path, body, done, key));
      if (p.status !== 409 || p.resource !== "command") throw e;
      cmd = await api(`/api/commands/${p.key}`);  // refused: show the command with its reason
    }
    if (turn === latestCommand) showCommand(cmd);
    for (let i = 0; cmd.state === "pending" && turn === latestCommand; i += 1) {
      await new Promise((r) => setTimeout(r, i < 120 ? 500 : 5000));
      let unconfirmed = false;
      try {
        cmd = await api(`/api/commands/${cmd.command_id}`);
      } catch (e) {
        if (!away(e)) throw e;
        unconfirmed = true;
      }
      if (turn === latestCommand) showCommand(cmd, unconfirmed);
    }
    if (cmd.state === "done" && done) done();
    // A link is sent to the incident the evidence goes to, from the detail of the one it leaves.
    if (detailId === incidentId || (cmd.kind === "link" && detailId)) await showDetail(detailId, { keep: true });
    return cmd;
  }

  // The dispatch controls of the open detail: built once per incident, options refreshed.
  function renderDispatch(d) {
    const box = document.getElementById("dispatch-box");
    box.hidden = !can("dispatch");
    if (box.hidden) return;
    keepFocus(() => {
      clear(box);
      const id = d.incident_id;
      const run = (path, body, done, on = id) => act(async () => {
        message("");
        await command(on, path, body, done);
      });
      const live = d.assignments.filter((a) => SOC.states("assignment_open").includes(a.state)).map((a) => a.agency);
      const free = AGENCIES.filter((a) => !live.includes(a));
      const opts = (list) => list.map((a) => [a, agencyName(a)]);
      const assignTo = picker(`assign-agency|${id}`, tc("choose_agency"), opts(free));
      const assignWhy = input(`assign-reason|${id}`, tc("reason_optional"));
      // Reassigning cancels the agency's assignment: only the ones that can be cancelled are
      // offered; an agency on scene finishes its work (cleared), which the console says.
      const handable = d.assignments.filter((a) => SOC.states("assignment_reassignable").includes(a.state))
        .map((a) => a.agency);
      const staying = live.filter((a) => !handable.includes(a));
      const from = picker(`reassign-from|${id}`, tc("choose_from"), opts(handable));
      const to = picker(`reassign-to|${id}`, tc("choose_to"), opts(free));
      const reassignWhy = input(`reassign-reason|${id}`, tc("reassign_reason"));
      const noteText = input(`note-text|${id}`, tc("note"));
      const closeWhy = input(`close-reason|${id}`, tc("close_reason"));
      const reopenWhy = input(`reopen-reason|${id}`, tc("reopen_reason"));
      // Evidence moved by hand: to another live incident, or out of every incident.
      const UNLINK = "-";
      const moveWhat = picker(`move-item|${id}`, tc("choose_evidence"), (d.evidence || []).map((m) =>
        [m.item_key, [SOC.hhmm(m.observed_at), evidenceSource(m), evidenceWhat(m)].filter(Boolean).join(" · ")]));
      // Every open incident, those past the feed's FEED_CAP included (read from the API while
      // the feed is full, openKnown), most urgent first; a search field beside the picker keeps
      // only those whose number, place or type it names (the list filter's words), since a
      // list of a thousand is read by nobody.
      const targets = SOC.byUrgency(openKnown().filter((inc) => inc.incident_id !== id));
      const moveTo = picker(`move-to|${id}`, tc("choose_target"), [[UNLINK, tc("unlink_target")],
        ...targets.map((inc) =>
          [inc.incident_id, [numberOf(inc), inc.kind ? typeName(inc.kind) : "", placeOf(inc)].filter(Boolean).join(" · ")])]);
      const moveFind = input(`move-find|${id}`, tc("find_target"));
      moveFind.type = "search";
      const narrow = () => {
        const f = { type: "", agency: "", state: "", words: fold(moveFind.value).split(/\s+/).filter(Boolean) };
        const shown = new Set(targets.filter((inc) => matches(inc, f, Date.now())).map((inc) => inc.incident_id));
        for (const option of moveTo.options) {
          option.hidden = option.value !== "" && option.value !== UNLINK && !shown.has(option.value);
        }
        // The one incident the words name is chosen (Enter in the field is then the move's reason).
        if (shown.size === 1 && f.words.length) { moveTo.value = [...shown][0]; picks.set(`move-to|${id}`, moveTo.value); }
      };
      moveFind.addEventListener("input", narrow);
      narrow();
      const moveWhy = input(`move-reason|${id}`, tc("move_reason"));
      const closed = !SOC.states("incident_open").includes(d.state);
      const forget = (...keys) => keys.forEach((k) => picks.delete(`${k}|${id}`));
      // Said in the detail, beside the commands (in view wherever the page is scrolled), not
      // in the page's message line at its top.
      const refuse = (text, node) => {
        message("");
        const result = document.getElementById("command-result");
        result.className = "error"; result.dataset.state = "refused"; result.textContent = text;
        node.focus();
      };
      // What the confirm step names: the incident's number, type and place, the agencies.
      const num = numberOf(d) || tc("this_incident");
      const what = [typeName(d.type), placeOf(d)].filter(Boolean).join(" · ");
      const agencyList = (list) => list.map(agencyName).join(tc("list_sep"));
      const confirmed = (title, text, ok, then) => confirmStep(title, text, ok).then((yes) => { if (yes) then(); });
      const confirmClose = (reason) => confirmed(tcf("confirm_close", { num }),
        tcf(live.length ? "confirm_close_text" : "confirm_close_none", { num, what, agencies: agencyList(live), reason }),
        tcf("confirm_close_ok", { num }), () => run("/close", { reason }, () => forget("close-reason")));
      const confirmReopen = (reason) => confirmed(tcf("confirm_reopen", { num }),
        tcf("confirm_reopen_text", { num, what, reason }), tcf("confirm_reopen_ok", { num }),
        () => run("/reopen", { reason }, () => forget("reopen-reason")));
      const confirmReassign = (src, dst, reason) => {
        const names = { num, what, src: agencyName(src), dst: agencyName(dst), reason };
        return confirmed(tcf("confirm_reassign", names), tcf("confirm_reassign_text", names),
          tcf("confirm_reassign_ok", names),
          () => run(`/assignments/${src}/reassign`, { to: dst, reason },
            () => forget("reassign-from", "reassign-to", "reassign-reason")));
      };
      box.append(
        el("div", { class: "cmd" }, assignTo, assignWhy, el("button", { class: "act", "data-action": "assign",
          text: tc("assign"), disabled: closed || !free.length ? "" : null,
          onclick: () => (!assignTo.value ? refuse(tc("need_agency"), assignTo)
            : run("/assignments", { agency: assignTo.value, reason: assignWhy.value.trim() },
              () => forget("assign-agency", "assign-reason"))) })),
        el("div", { class: "cmd" }, from, "→", to, reassignWhy, el("button", { class: "act", "data-action": "reassign",
          text: tc("reassign"), disabled: closed || !handable.length || !free.length ? "" : null,
          onclick: () => (!from.value || !to.value ? refuse(tc("need_from_to"), from.value ? to : from)
            : !reassignWhy.value.trim() ? refuse(tc("need_reason_reassign"), reassignWhy)
            : confirmReassign(from.value, to.value, reassignWhy.value.trim())) }),
          closed || !staying.length ? null : el("span", { class: "hint", "data-hint": "on-scene",
            text: tcf("on_scene_stays", { agencies: agencyList(staying) }) })),
        el("div", { class: "cmd" }, noteText, el("button", { class: "act", "data-action": "note", text: tc("add_note"),
          onclick: () => (!noteText.value.trim() ? refuse(tc("need_note"), noteText)
            : run("/notes", { text: noteText.value.trim() }, () => forget("note-text"))) })),
        el("div", { class: "cmd" }, closeWhy, el("button", { class: "act", "data-action": "close",
          text: tc("close_incident"), disabled: closed ? "" : null,
          onclick: () => (!closeWhy.value.trim() ? refuse(tc("need_reason_close"), closeWhy)
            : confirmClose(closeWhy.value.trim())) })),
        ...(closed ? [] : [el("div", { class: "cmd" }, moveWhat, "→", moveFind, moveTo, moveWhy, el("button", { class: "act",
          "data-action": "move", text: tc("move_evidence"),
          onclick: () => (!moveWhat.value || !moveTo.value ? refuse(tc("need_evidence_target"), moveWhat.value ? moveTo : moveWhat)
            : !moveWhy.value.trim() ? refuse(tc("need_reason_move"), moveWhy)
            : run(moveTo.value === UNLINK ? "/unlink" : "/link", { item_key: moveWhat.value, reason: moveWhy.value.trim() },
              () => forget("move-item", "move-to", "move-reason"), moveTo.value === UNLINK ? id : moveTo.value)) }))]),
        // A closed incident (not a merged one: its job goes on in the incident it joined).
        ...(d.state !== "closed" ? [] : [el("div", { class: "cmd" }, reopenWhy, el("button", { class: "act",
          "data-action": "reopen", text: tc("reopen_incident"),
          onclick: () => (!reopenWhy.value.trim() ? refuse(tc("need_reason_reopen"), reopenWhy)
            : confirmReopen(reopenWhy.value.trim())) }))]),
      );
      fitHints(box);
    });
  }

  // -- detail: evidence and timeline in words ------------------------------------------
  function actorText(actor) {
    if (actor === "ops-center") return tc("by_system");
    if (actor === "dispatcher") return tc("by_dispatcher");
    // An agency's own system reports with its MQTT account, agency-{agency} (docs/mqtt.md).
    const desk = /^agency-(.+)$/.exec(actor || "");
    if (desk && SOC.AGENCIES.includes(desk[1])) return tcf("by_agency", { agency: agencyName(desk[1]) });
    return actor;
  }
  // An agency's report the ops center refused: what it reported, where its assignment stands
  // and what it may report from there.
  function refusedText(d) {
    const allowed = (d.allowed || []).map((s) => t(s)).join(en() ? ", " : "、");
    // A report the center could not read names no state (a misspelt one, a field too many).
    if (!d.state) return tcf("why_report_unreadable", { agency: agencyName(d.agency), current: t(d.current),
      allowed: allowed || tc("none_allowed") });
    return tcf("why_report_refused", { agency: agencyName(d.agency), state: t(d.state), current: t(d.current),
      allowed: allowed || tc("none_allowed") });
  }
  function reasonText(reason) {
    if (!reason) return "";
    if (reason === "bridged") return tc("why_bridged");
    let m = /^route (\w+)$/.exec(reason);
    if (m) return tcf("why_route", { type: typeName(m[1]) });
    m = /^(\w+) overdue$/.exec(reason);
    if (m) return tcf("why_overdue", { state: t(m[1]) });
    if (/^switch #\d+$/.test(reason)) return "";
    m = /^withdrawn: (.*)$/s.exec(reason);
    if (m) return tcf("why_withdrawn", { why: m[1] });
    return reason;
  }
  function evidenceSource(m) {
    return sensorName(m.source_id) || tc(`f_${m.feed}`) || "";
  }
  function evidenceWhat(m) {
    return SOC.categoryName(m.feed, m.category) || SOC.categoryName("alert", m.category)
      || (/^[\w.-]+$/.test(m.category) ? tc(`f_${m.feed}`) : m.category);
  }

  async function showDetail(incidentId, { keep = false } = {}) {
    const d = await api(`/api/incidents/${encodeURIComponent(incidentId)}`);
    const changed = detailId !== incidentId;
    detailId = incidentId; detail = d;
    document.getElementById("detail-box").hidden = false;
    document.getElementById("detail-title").textContent =
      [numberOf(d), typeName(d.type), placeOf(d)].filter(Boolean).join(" · ");
    document.getElementById("detail-sub").textContent =
      `${t(d.severity)} · ${t(d.awaiting_dispatch ? "awaiting_dispatch" : d.state)} · ${tc("opened")} ${SOC.hhmm(d.opened_at)}`;
    const called = document.getElementById("detail-withdrawn");
    called.hidden = !d.withdrawn;
    called.textContent = d.withdrawn ? `${t("withdrawn")}${en() ? ": " : "："}${withdrawnWhy(d)}` : "";
    const confirm = document.getElementById("detail-stand-down");
    confirm.textContent = standDown(d);
    confirm.hidden = !confirm.textContent;
    const ev = clear(document.getElementById("evidence"));
    for (const m of d.evidence) {
      ev.append(el("tr", {}, el("td", { text: SOC.hhmm(m.observed_at) }), el("td", { text: evidenceSource(m) }),
        el("td", { text: evidenceWhat(m) }), el("td", { text: tc(`via_${m.via}`) }),
        el("td", { text: t(m.severity) })));
    }
    // A planned event: which reports it explains, held aside (why it is quiet).
    const heldBox = document.getElementById("held-box");
    const held = d.held_evidence || [];
    heldBox.hidden = !held.length;
    document.getElementById("held-title").textContent = held.length ? tcf("held_title", { n: held.length }) : "";
    document.getElementById("held-why").textContent = held.length ? tc("held_why") : "";
    const hb = clear(document.getElementById("held"));
    for (const m of held) {
      hb.append(el("tr", {}, el("td", {}, SOC.timeNode(m.observed_at)), el("td", { text: evidenceSource(m) }),
        el("td", { text: evidenceWhat(m) }), el("td", { text: en() ? m.place_en : m.place })));
    }
    const tl = clear(document.getElementById("timeline"));
    const moves = d.assignment_moves.map((m) => ({ at: m.at, actor: m.actor,
      action: `${agencyName(m.agency)}${en() ? ": " : "："}${m.from_state ? `${t(m.from_state)} → ` : ""}${t(m.to_state)}`, reason: m.reason }));
    // A withdrawal's reason in the page's language (its English kept in the detail).
    const history = d.timeline.map((h) => ({ ...h,
      action: tc(h.action === "withdrawn" && d.planned ? "a_withdrawn_permit" : `a_${h.action}`),
      reason: h.action === "report_refused" ? refusedText(h.detail || {}) : h.action !== "withdrawn" ? h.reason
        : (en() && h.detail && h.detail.reason_en ? h.detail.reason_en : h.reason) }));
    for (const h of [...history, ...moves].sort((a, b) => a.at.localeCompare(b.at))) {
      tl.append(el("tr", {}, el("td", { text: SOC.hhmm(h.at) }), el("td", { text: actorText(h.actor) }),
        el("td", { text: h.action }), el("td", { text: reasonText(h.reason) })));
    }
    if (changed && !keep) document.getElementById("command-result").textContent = "";
    renderDispatch(d);
    renderIncidents();  // the selected row
  }

  // The open detail follows the feed: refreshed when its incident changes (at most every 2 s).
  let detailTimer = null;
  function followDetail() {
    if (!detailId || detailTimer) return;
    detailTimer = setTimeout(() => {
      detailTimer = null;
      if (detailId) showDetail(detailId, { keep: true }).catch(() => {});
    }, 300);
  }
  let lastDetailItem = null;
  function incidentChanged() {
    if (!detailId || !state.incident) return;
    const item = state.incident.get(detailId);
    const sig = item ? JSON.stringify(item) : "gone";
    if (sig !== lastDetailItem) { lastDetailItem = sig; followDetail(); }
  }

  // -- closed incidents: search by place, type, agency and time -------------------------
  function setupHistory() {
    const form = document.getElementById("history-form");
    document.getElementById("history-box").hidden = !can("read");
    const fill = () => {
      const keepType = form.type.value; const keepAgency = form.agency.value;
      clear(form.type).append(el("option", { value: "", text: tc("any_type") }),
        ...SOC.incidentTypes().map((k) => el("option", { value: k, text: typeName(k) })));
      clear(form.agency).append(el("option", { value: "", text: tc("any_agency") }),
        ...AGENCIES.map((a) => el("option", { value: a, text: agencyName(a) })));
      form.type.value = keepType; form.agency.value = keepAgency;
      form.place.placeholder = tc("place_search");
      // Typed as Taiwan writes dates, whatever the browser's locale: a native date input
      // would show the browser's form (12/05/2026 in en-US).
      form.since.placeholder = "YYYY-MM-DD"; form.until.placeholder = "YYYY-MM-DD";
      document.getElementById("history-days").textContent = tc("taipei_days");
      fitHints(form);
    };
    fill();
    document.addEventListener("soc:lang", fill);
    form.addEventListener("submit", (ev) => { ev.preventDefault(); act(searchHistory); });
  }
  // The search's answer comes a page at a time (HISTORY_PAGE, the API's default limit); a
  // page that holds more says so with a "show more" button that appends the next one (the
  // API's order is total, so pages never repeat an incident nor skip one). A new search
  // starts again: a page still on its way for an older search is dropped.
  const HISTORY_PAGE = 200;
  function historyMessage(text) { document.getElementById("history-message").textContent = text; }
  let historySearch = 0;
  async function searchHistory() {
    const form = document.getElementById("history-form");
    const q = new URLSearchParams({ state: "closed" });
    if (form.place.value.trim()) q.set("place", form.place.value.trim());
    if (form.type.value) q.set("type", form.type.value);
    if (form.agency.value) q.set("agency", form.agency.value);
    // Dates are Taipei calendar days, written back as YYYY-MM-DD; a text that is no day
    // is refused here, with today's Taipei date as the example.
    // A refused search is said under its form and leaves no earlier answer listed under it.
    const refused = (text, field) => {
      historySearch += 1;  // a page still on its way for the earlier search is dropped
      clear(document.getElementById("history"));
      historyMessage(text); field.focus();
    };
    const today = SOC.taipeiStamp(Date.now()).slice(0, 10);
    const days = {};
    for (const field of [form.since, form.until]) {
      if (!field.value.trim()) continue;
      const day = SOC.parseDay(field.value);
      if (!day) { refused(tcf("bad_day", { today }), field); return; }
      field.value = day; days[field.name] = day;
    }
    if (days.since && days.until && days.since > days.until) {
      refused(tcf("bad_range", { today }), form.since); return;
    }
    historyMessage("");
    if (days.since) q.set("since", `${days.since}T00:00:00+08:00`);
    if (days.until) {
      const end = new Date(`${days.until}T00:00:00+08:00`); end.setUTCDate(end.getUTCDate() + 1);
      q.set("until", end.toISOString());
    }
    historySearch += 1;
    await historyPage(historySearch, q, 0);
  }
  async function historyPage(search, query, offset) {
    const q = new URLSearchParams(query);
    q.set("limit", String(HISTORY_PAGE + 1));
    q.set("offset", String(offset));
    const rows = await api(`/api/incidents?${q}`);
    if (search !== historySearch) return;
    const body = document.getElementById("history");
    if (offset === 0) clear(body);
    const more = document.getElementById("history-more");
    if (more) more.closest("tr").remove();
    if (!rows.length && offset === 0) {
      body.append(el("tr", {}, el("td", { colspan: 7, class: "empty", text: tc("no_history") })));
    }
    for (const d of rows.slice(0, HISTORY_PAGE)) {
      body.append(el("tr", { class: "clickable", "data-incident": d.incident_id,
        onclick: () => showDetail(d.incident_id).catch((e) => message(e.message)) },
        el("td", { class: "num", text: numberOf(d) }), el("td", { text: typeName(d.type) }),
        el("td", { text: placeOf(d) }), el("td", { text: dayTime(d.opened_at) }),
        el("td", { text: d.closed_at ? dayTime(d.closed_at) : "" }), el("td", { text: d.closed_by ? actorText(d.closed_by) : "" }),
        el("td", { text: d.close_reason || "" })));
    }
    if (rows.length > HISTORY_PAGE) {
      const listed = offset + HISTORY_PAGE;
      body.append(el("tr", {}, el("td", { colspan: 7 },
        el("button", { id: "history-more", class: "act", type: "button", text: tcf("show_more", { n: listed }),
          onclick: () => act(() => historyPage(search, query, listed)) }))));
    }
  }
  const dayTime = SOC.taipeiStamp;

  // -- the confirm step of an irreversible command: a modal dialog in the page that says
  // what will happen; Cancel has the first focus (a stray Enter cancels), Escape cancels,
  // only the confirm button resolves true.
  function confirmStep(title, text, ok) {
    const dialog = document.getElementById("confirm-dialog");
    document.getElementById("confirm-title").textContent = title;
    document.getElementById("confirm-text").textContent = text;
    document.getElementById("confirm-undo").textContent = tc("confirm_undo");
    document.getElementById("confirm-ok").textContent = ok;
    dialog.returnValue = "";
    return new Promise((resolve) => {
      dialog.addEventListener("close", () => resolve(dialog.returnValue === "confirm"), { once: true });
      dialog.showModal();
      document.getElementById("confirm-cancel").focus();
    });
  }

  // -- shelve / resolve: a dialog with a required reason (and a warning when it matters)
  function askReason(title, warning, confirm, send) {
    const dialog = document.getElementById("reason-dialog");
    const form = document.getElementById("reason-form");
    const error = document.getElementById("reason-dialog-error");
    document.getElementById("reason-dialog-title").textContent = title;
    document.getElementById("reason-dialog-warning").textContent = warning;
    document.getElementById("reason-confirm").textContent = confirm;
    error.textContent = ""; form.reason.value = "";
    document.getElementById("reason-cancel").onclick = () => dialog.close();
    form.onsubmit = (ev) => {
      ev.preventDefault();
      const reason = form.reason.value.trim();
      if (!reason) { error.textContent = tc("need_reason"); form.reason.focus(); return; }
      send(reason).then(() => { dialog.close(); message(""); })
        .catch((e) => { error.textContent = `${t("error")}: ${e.message}`; });
    };
    dialog.showModal();
    form.reason.focus();
  }

  // -- mode switch: a dialog with its effect and a required reason ----------------------
  // The mode in force as the server last said it; null before it has (the header then says
  // so, never the peacetime default: 戰時 shortens every agency's deadlines).
  function currentMode() { const m = values("mode")[0]; return m ? m.mode : null; }
  function overdueAfterSwitch(from, to) {
    const now = Date.now();
    let n = 0;
    for (const inc of values("incident")) {
      for (const a of inc.assignments || []) {
        if (!a.deadline) continue;
        const shift = a.state === "assigned" ? to.ack_deadline_s - from.ack_deadline_s
          // any other open state with a deadline is one on the way to the scene (on scene has none)
          : SOC.states("assignment_open").includes(a.state) ? to.on_scene_deadline_s - from.on_scene_deadline_s : null;
        if (shift !== null && Date.parse(a.deadline) + shift * 1000 <= now) n += 1;
      }
    }
    return n;
  }
  function setupModeDialog() {
    const dialog = document.getElementById("mode-dialog");
    const form = document.getElementById("mode-form");
    const error = document.getElementById("mode-dialog-error");
    document.getElementById("mode-switch").onclick = () => {
      const target = currentMode() === "emergency" ? "peacetime" : "emergency";
      dialog.dataset.target = target;
      document.getElementById("mode-dialog-title").textContent = tcf("switch_to", { mode: t(target) });
      // The figures of the routing file the ops service applies (/api/vocabulary), never a copy.
      const rules = SOC.modeRules(target);
      const minutes = (sec) => String(Number((sec / 60).toFixed(1)));
      document.getElementById("mode-dialog-effect").textContent = rules ? tcf(`switch_effect_${target}`, {
        ack: minutes(rules.ack_deadline_s), scene: minutes(rules.on_scene_deadline_s),
        to: SOC.lang() === "en" ? rules.escalate_to_en : rules.escalate_to }) : "";
      // How many running assignments the new deadlines put past due at once (they escalate
      // at the next tick): each deadline moved by the difference between the two modes' rules,
      // as the ops service recomputes it (ops_center/dispatch.py, _with_deadline).
      const from = SOC.modeRules(currentMode());
      const late = rules && from ? overdueAfterSwitch(from, rules) : null;
      document.getElementById("mode-dialog-overdue").textContent = late === null ? ""
        : late ? tcf("switch_overdue", { n: late, to: SOC.lang() === "en" ? rules.escalate_to_en : rules.escalate_to })
        : tc("switch_overdue_none");
      document.getElementById("mode-confirm").textContent = tcf("switch_to", { mode: t(target) });
      error.textContent = ""; form.reason.value = "";
      dialog.showModal();
      form.reason.focus();
    };
    document.getElementById("mode-cancel").onclick = () => dialog.close();
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const reason = form.reason.value.trim();
      if (!reason) { error.textContent = tc("need_reason_mode"); form.reason.focus(); return; }
      const mode = dialog.dataset.target;
      api("/api/mode", { method: "POST", body: { mode, reason } }).then(() => {
        dialog.close();
        message(tcf("switched", { mode: t(mode) }), true);
      }).catch((e) => { error.textContent = `${t("error")}: ${e.message}`; });
    });
  }

  function renderMode() {
    const mode = currentMode() || "mode_unknown";
    document.getElementById("banner").className = `banner ${mode}`;
    const node = document.getElementById("mode"); node.dataset.i18n = mode; node.textContent = t(mode);
    node.classList.toggle("unknown", !currentMode());
    // Since when, by whom and why the mode is in force; nothing while it is the setting's.
    const m = values("mode")[0];
    const since = document.getElementById("mode-since");
    since.hidden = !(m && m.since);
    // The header says since when and by whom, on one line whatever the reason's length; the
    // whole line with the reason is beside the switch and on hover.
    const names = since.hidden ? null : { time: SOC.stamp(m.since).text, who: m.by, why: m.reason };
    since.textContent = names ? tcf("mode_since_who", names) : "";
    since.title = names ? `${tcf("mode_since_by", names)} (${SOC.stamp(m.since).full})` : "";
    const why = document.getElementById("mode-why");
    why.hidden = !names;
    why.textContent = names ? tcf("mode_since_by", names) : "";
    document.getElementById("mode-switch").textContent =
      tcf("switch_to", { mode: t(mode === "emergency" ? "peacetime" : "emergency") });
  }

  function redraw(topics) {
    if (topics.has("health")) drawStatus();
    if (topics.has("alert")) renderAlerts();
    if (topics.has("incident")) { renderIncidents(); incidentChanged(); }
    if (topics.has("mode")) renderMode();
  }

  // The connection's state in words. Connected is "live" only while nothing the feed reports
  // is down: with the database or a process down the list and its countdowns stand still,
  // so the banner names what is down instead.
  // The countdowns follow the status at once, in the same task as the header: a page never
  // shows "live" above countdowns that say the data are not (or the other way round), not
  // even for the second until their next tick. ``everLive``: the page has held the server's
  // state once; before that the incident list says it is loading.
  let sockStatus = "reconnecting";
  function setStatus(s) {
    const changed = s !== sockStatus;
    sockStatus = s;
    drawStatus();
    if (s === "connected" && !everLive) { everLive = true; renderIncidents(); }
    else if (changed) tickCountdowns();
  }
  // A stopped supervisor is a warning (nothing down, nothing restarted), said under the banner
  // in the wall's words, its time counted every second.
  function drawSupervision() {
    const node = document.getElementById("supervision");
    node.textContent = SOC.supervisionText(values("health"));
    node.hidden = !node.textContent;
    // A table refusing writes (ingest holds its messages): the wall's line, too.
    const refused = document.getElementById("writes-refused");
    refused.textContent = SOC.refusalText(values("health"));
    refused.hidden = !refused.textContent;
  }
  function drawStatus() {
    drawSupervision();
    const down = sockStatus === "connected" ? values("health").filter((h) => !h.up && !h.warning) : [];
    const s = down.length ? "degraded" : sockStatus;
    document.getElementById("conn").className = `dot ${s}`;
    const text = document.getElementById("conn-text");
    text.dataset.i18n = s;
    // Each part down its own span, whole on its line (style.css): the line breaks between them.
    // A page without the wall feed polls: it says how often, never "live".
    const polled = s === "connected" && me && !can("wall");
    const parts = down.map((h) => el("span", { class: "part", text: t(`part_${h.part}`) }));
    clear(text).append(...(down.length
      ? [el("span", { class: "part", text: `${t("degraded")}${en() ? ":" : "："}` }), en() ? " " : "",
        ...parts.flatMap((n, i) => (i ? [tc("list_sep"), n] : [n]))]
      : [polled ? tcf("polled", { s: POLL_MS / 1000 }) : t(s)]));
  }
  function drawWho() {
    if (!me) return;
    document.getElementById("who").textContent = `${me.user_name} (${t(`role_${me.role}`)}${me.agency ? `/${agencyName(me.agency)}` : ""})`;
  }

  const POLL_MS = 5000;
  // Agency members and planners have no wall feed: poll the open incidents (an agency
  // member's own assignments) and the mode in force instead.
  async function pollAgency() {
    const [incidents, mode] = await Promise.all([api("/api/incidents?open_only=true"), api("/api/mode")]);
    state.mode = new Map([["mode", { key: "mode", ...mode }]]);
    renderMode();
    // overdue as the wall feed's incident has it (one of its assignments past its running
    // deadline), so SOC.byUrgency puts the overdue ones first here too.
    state.incident = new Map(incidents.map((d) => [d.incident_id, fromApi(d)]));
    renderIncidents();
  }

  async function startApp() {
    me = await api("/api/auth/me");
    started = true;
    document.getElementById("login").hidden = true;
    document.getElementById("app").hidden = false;
    document.getElementById("logout").hidden = false;
    drawWho();
    document.getElementById("alerts-box").hidden = !can("read");
    await SOC.loadVocabulary();
    setupHistory();
    setupFilter();
    setupModeDialog();
    renderMode();
    document.getElementById("mode-line").hidden = false;
    document.getElementById("status-line").hidden = false;
    // shown only once its dialog can open with the deadlines in force: a click before that was lost
    document.getElementById("mode-box").hidden = !can("dispatch");
    if (can("read")) {
      try {
        const layer = await api("/api/geo/sensors");
        for (const f of layer.features) sensors[f.properties.sensor_id] = f.properties;
      } catch (e) { /* names fall back to the feed's label */ }
      await renderFailedDeliveries();
      setInterval(() => renderFailedDeliveries().catch(() => {}), 10000);
    }
    if (can("wall")) {
      socket = new SOC.WallSocket((s, topics) => { state = s; redraw(topics); }, (s) => {
        setStatus(s);
        if (s === "auth_failed") sessionEnded();
      });
      socket.connect();
    } else {
      await pollAgency();
      setStatus("connected");
      setInterval(() => pollAgency().catch((e) => {
        if (e.problem && e.problem.status === 401) sessionEnded(); else setStatus("reconnecting");
      }), POLL_MS);
    }
    setInterval(() => { tickCountdowns(); drawSupervision(); }, 1000);
  }

  function showLogin() {
    document.getElementById("login").hidden = false;
    document.getElementById("app").hidden = true;
  }

  // A session that ends while the page is open (the token's 12 h are over on a long night,
  // or it was revoked): the login form comes back above the page, which stays as it is with
  // everything typed in it; logging in again carries on (the feed reopens with the new
  // session). Another account logging in gets a fresh page: this one was built for the first.
  let started = false;
  let socket = null;
  function sessionEnded() {
    const form = document.getElementById("login");
    if (!started || !form.hidden) return;
    document.getElementById("login-error").textContent = t("err_session");
    form.hidden = false;
    form.username.focus();
  }
  async function resumeSession() {
    const before = me.user_name;
    me = await api("/api/auth/me");
    if (me.user_name !== before) { location.reload(); return; }
    document.getElementById("login").hidden = true;
    document.getElementById("login-error").textContent = "";
    document.getElementById("login").password.value = "";
    message("");
    drawWho();
    if (socket) socket.restart();
  }

  SOC.applyI18n();
  SOC.langButton(document.getElementById("lang"));
  document.addEventListener("soc:lang", () => {
    drawWho(); drawStatus();
    if (me && can("read")) renderFailedDeliveries().catch(() => {});
    redraw(new Set(["alert", "incident", "mode"]));
    if (detailId) showDetail(detailId, { keep: true }).catch(() => {});
  });
  const form = document.getElementById("login");
  form.username.placeholder = t("username"); form.password.placeholder = t("password");
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      await SOC.login(form.username.value, form.password.value);
      await (started ? resumeSession() : startApp());
    } catch (e) {
      document.getElementById("login-error").textContent = e.message;
    }
  });
  document.getElementById("logout").onclick = async () => { await SOC.logout(); location.reload(); };
  if (SOC.token()) startApp().catch(showLogin); else showLogin();
})();
