// Shared by the wall, the coordinator console and the planner page.
// Plain JS, no libraries, no network beyond this server (house rule: the pages
// work in a room with no internet). Text from the server is always set with
// textContent, never parsed as HTML.
"use strict";

const SOC = (() => {
  const I18N = {
    "zh-TW": {
      title: "水湳智慧營運中心", wall: "戰情牆", console: "協調台", planner: "績效規劃",
      peacetime: "平時", emergency: "戰時", mode: "運作模式", mode_since: "自 {time} 起",
      incidents: "事件與派工", alerts: "警報", kpis: "績效指標", ingest: "資料接收",
      rate: "每秒筆數", quarantined: "隔離訊息(1小時)", offline: "離線感測器", sensors: "感測器",
      stored: "已儲存", broker_dropped: "中介伺服器丟棄", webhooks_failed: "通知失敗",
      failed_deliveries: "通知失敗(需處理)", retry: "重送", no_failed_deliveries: "無失敗通知", no_incidents: "目前無事件", no_alerts: "目前無警報",
      connected: "即時連線", reconnecting: "重新連線中", auth_failed: "權杖無效",
      overdue: "逾時", due_in: "剩餘", acknowledged: "已確認", assigned: "已派工",
      en_route: "前往中", on_scene: "已到場", cleared: "已結案", cancelled: "已取消",
      raised: "新警報", escalated: "已升級", shelved: "已擱置", resolved: "已解除", closed: "已關閉",
      cause_ended: "條件已結束", cause_expired: "數值逾時失效", cause_silent: "測站無回報，暫停判斷",
      cause_reported: "來源已回報結束", cause_quiet: "逾時未再通報",
      open: "處理中", quiet: "觀察中", merged: "已合併", withdrawn: "已撤回",
      withdrawn_why: "設備已自行收回警報：{why}", withdrawn_none: "設備已自行收回警報",
      withdrawn_permit_why: "許可已撤銷：{why}", withdrawn_permit_none: "許可已撤銷",
      planned: "預定活動", planned_count: "說明 {n} 則預期影響，不另派工",
      awaiting_dispatch: "待派工", awaiting_why: "尚未派遣任何機關",
      flood: "淹水", fire: "火災", traffic: "交通",
      Minor: "輕微", Moderate: "中度", Severe: "嚴重", Extreme: "極嚴重", Unknown: "未知",
      fire_agency: "消防局", police: "警察局", traffic_agency: "交通局", water: "水利局",
      public_works: "建設局", environment: "環保局",
      login: "登入", username: "帳號", password: "密碼", logout: "登出",
      acknowledge: "確認", shelve: "擱置", resolve: "解除", close_incident: "結案",
      assign: "派工", reassign: "改派", note: "備註", reason: "原因",
      state: "狀態", severity: "嚴重度", source: "來源", time: "時間", actions: "操作",
      agency: "機關", deadline: "期限", evidence: "證據", timeline: "時間軸",
      import_csv: "匯入 CSV", export_csv: "匯出 CSV", upload: "上傳", import_ok: "匯入完成：新增 {n} 筆",
      import_failed: "匯入失敗，未匯入任何資料", line: "行", column: "欄", message: "說明",
      target: "目標", actual: "實績", achievement: "達成率", history: "歷史",
      legend_normal: "正常", legend_alert: "警報", legend_alert_severe: "嚴重警報", legend_offline: "離線", legend_maintenance: "維護中", legend_unknown: "未回報",
      zone_map: "水湳經貿園區", lang: "English", loading: "載入中…",
      forbidden: "此帳號無權限", error: "錯誤",
      err_network: "無法連線到伺服器，請檢查網路後再試", net_retrying: "網路連線中斷，重試中…", err_unavailable: "服務暫時無法使用（資料庫或服務中斷），請稍後再試",
      err_server: "伺服器發生錯誤，請稍後再試", err_session: "登入已失效，請重新登入", err_login: "帳號或密碼錯誤", err_login_many: "登入嘗試過多，請稍後再試", err_login_missing: "請輸入帳號與密碼",
      mode_unknown: "模式未知", degraded: "系統異常", system_down: "系統異常",
      down_for: "已停止", waiting_db_for: "等待資料庫", never_beat: "未啟動", data_age: "資料時間", ago: "前",
      part_database: "資料庫", part_ingest: "資料接收服務", part_alerts: "警報引擎",
      part_ops: "事件關聯與派工引擎", part_kpi: "績效指標排程", part_maintenance: "資料維護",
      part_server: "伺服器連線", part_broker: "訊息中介伺服器（MQTT）",
      supervision_stopped: "監控程序已停止：服務異常時不會自動重啟",
      supervision_stopped_for: "監控程序已停止 {time}：服務異常時不會自動重啟",
      writes_refused_for: "資料表 {table} 拒收寫入已 {time}：其訊息暫存，恢復後補存",
      log_hold_open: "紀錄保留：事件 {who} 仍未結案，首筆證據在 {age} 前；重播紀錄自那時起無法清理，結案後恢復",
      log_hold_quiet: "紀錄保留：事件 {who} 已無新證據但未結案，首筆證據在 {age} 前；重播紀錄自那時起無法清理，結案後恢復",
      log_hold_closed: "紀錄保留：事件 {who} 已結案，首筆證據在 {age} 前；重播紀錄於保留期滿後清理",
      an_incident: "（未編號）",
      unit_s: "秒", unit_min: "分", unit_h: "小時",
      crowd: "人潮", more_incidents: "另有 {n} 件", more_incidents_of: "另有 {n} 件（共 {total} 件進行中）", more_items: "另有 {n} 項",
      cameras_offline: "離線 {n} 支（共 {total} 支）", page: "第 {i}/{n} 頁",
      agencies: "各機關派工", open_assignments: "進行中", ack_rate: "已確認", overdue_n: "逾時",
      trends: "雨量與水位", cameras: "攝影機事件", no_image: "無影像", no_camera_events: "一天內無攝影機事件", camera_event: "影像分析事件", cameras_quiet: "其他 {n} 支一天內無事件", rain_gauges: "雨量站", water_levels: "水位站", rain_1h: "時雨量",
      rain_top: "最大", below_heavy_rain: "未達大雨", water_top: "水位警戒",
      rain_24h: "24小時", level: "水位", no_data: "無資料", live: "即時", not_live: "非即時", panel_age: "資料", newest_event: "最新事件",
      ago_s: "{n} 秒前", ago_m: "{n} 分鐘前", ago_h: "{n} 小時前", disconnected_for: "中斷 {n}", screen_behind: "畫面落後 {n}",
      period: "資料年度", year_suffix: "年", list_sep: "、", escalated_n: "升級 {n} 次", since: "起",
      no_kpi_data: "尚無資料", kpi_to: "截至{md}", kpi_demo: "示範資料", unit_times: "次", unit_cases: "件", unit_items: "項",
      taipei_time: "{t}（台北時間）", due_unconfirmed: "資料非即時 {due}", due_unconfirmed_why: "資料非即時，機關是否已確認無法得知",
      cluster_near: "{place}一帶 {n} 件", cluster_n: "{n} 件", cluster_count: "{n}件", cluster_first: "最急 {what}", close_list: "關閉",
      zoom_whole: "全區", zoom_in: "放大地圖", zoom_out: "縮小地圖", zoom_state: "地圖放大 {n} 倍，按 0 或「全區」回到全區",
      unit_pct: "%", km_away: "{n} 公里外", map_failed: "地圖無法顯示：此瀏覽器未啟用 WebGL（感測器與事件仍依位置標示）", m_away: "{n} 公尺外", number: "編號", place: "地點",
      type: "類型", cancel: "取消", what: "內容", how_joined: "關聯方式", who: "執行者",
      history_closed: "已結案事件", from: "自", to: "至", opened: "開立", closed_at: "結案", search: "搜尋",
      role_operator: "值班人員", role_coordinator: "協調員", role_planner: "規劃人員", role_agency: "機關人員",
      role_display: "顯示幕", role_admin: "管理員",
    },
    en: {
      title: "Shuinan Smart Operations Center", wall: "Wall", console: "Coordinator console",
      planner: "Planner", peacetime: "Peacetime", emergency: "Emergency", mode: "Mode", mode_since: "since {time}",
      incidents: "Incidents & dispatch", alerts: "Alerts", kpis: "KPIs", ingest: "Ingest",
      rate: "rows/s", quarantined: "quarantined (1 h)", offline: "sensors offline", sensors: "sensors",
      stored: "stored", broker_dropped: "dropped by broker", webhooks_failed: "webhooks failed",
      failed_deliveries: "Failed notifications", retry: "Retry", no_failed_deliveries: "No failed notifications", no_incidents: "No incidents", no_alerts: "No open alerts",
      connected: "Live", reconnecting: "Reconnecting", auth_failed: "Token rejected",
      overdue: "OVERDUE", due_in: "due in", acknowledged: "acknowledged", assigned: "assigned",
      en_route: "en route", on_scene: "on scene", cleared: "cleared", cancelled: "cancelled",
      raised: "raised", escalated: "escalated", shelved: "shelved", resolved: "resolved", closed: "closed",
      cause_ended: "condition ended", cause_expired: "values expired", cause_silent: "station silent, suspended",
      cause_reported: "end reported by source", cause_quiet: "no further reports",
      open: "open", quiet: "quiet", merged: "merged", withdrawn: "withdrawn",
      withdrawn_why: "its device took the alarm back: {why}", withdrawn_none: "its device took the alarm back",
      withdrawn_permit_why: "its permit was cancelled: {why}", withdrawn_permit_none: "its permit was cancelled",
      planned: "planned event", planned_count: "explains {n} expected reports, no dispatch",
      awaiting_dispatch: "awaiting dispatch", awaiting_why: "no agency has been sent",
      flood: "Flood", fire: "Fire", traffic: "Traffic",
      Minor: "Minor", Moderate: "Moderate", Severe: "Severe", Extreme: "Extreme", Unknown: "Unknown",
      fire_agency: "Fire", police: "Police", traffic_agency: "Transport", water: "Water Res.",
      public_works: "Public Works", environment: "Environment",
      login: "Log in", username: "User", password: "Password", logout: "Log out",
      acknowledge: "Acknowledge", shelve: "Shelve", resolve: "Resolve", close_incident: "Close",
      assign: "Assign", reassign: "Reassign", note: "Note", reason: "Reason",
      state: "State", severity: "Severity", source: "Source", time: "Time", actions: "Actions",
      agency: "Agency", deadline: "Deadline", evidence: "Evidence", timeline: "Timeline",
      import_csv: "Import CSV", export_csv: "Export CSV", upload: "Upload", import_ok: "Import done: {n} new",
      import_failed: "Import refused; nothing was imported", line: "Line", column: "Column",
      message: "Message", target: "Target", actual: "Actual", achievement: "Achievement",
      history: "History", legend_normal: "normal", legend_alert: "alert", legend_alert_severe: "severe", legend_offline: "offline",
      legend_maintenance: "maintenance", legend_unknown: "no data", zone_map: "Shuinan Economic and Trade Park", lang: "中文",
      loading: "Loading…", forbidden: "This account may not do that", error: "Error",
      err_network: "Cannot reach the server; check the network and try again",
      net_retrying: "Network interrupted, retrying…",
      err_unavailable: "Temporarily unavailable (the database or a service is down); try again shortly",
      err_server: "Server error; try again shortly", err_session: "Your session has ended; log in again", err_login: "Wrong user name or password", err_login_many: "Too many login attempts; try again later", err_login_missing: "Enter a user name and a password",
      mode_unknown: "Mode unknown", degraded: "Degraded", system_down: "System fault",
      down_for: "down for", waiting_db_for: "waiting on the database for", never_beat: "not started", data_age: "Data as of", ago: "ago",
      part_database: "database", part_ingest: "data intake", part_alerts: "alert engine",
      part_ops: "correlation and dispatch engine", part_kpi: "KPI scheduler", part_maintenance: "data maintenance",
      part_server: "server connection", part_broker: "message broker (MQTT)",
      supervision_stopped: "Supervision stopped: processes will not be restarted",
      supervision_stopped_for: "Supervision stopped for {time}: processes will not be restarted",
      writes_refused_for: "Table {table} has refused writes for {time}: its messages are held and stored once it accepts",
      log_hold_open: "Log kept: incident {who} is still open, first evidence {age} ago; the replay log since then is pruned once it is closed",
      log_hold_quiet: "Log kept: incident {who} has gone quiet but is not closed, first evidence {age} ago; the replay log since then is pruned once it is closed",
      log_hold_closed: "Log kept: incident {who} is closed, first evidence {age} ago; the replay log since then is pruned after the retention",
      an_incident: "(no number)",
      unit_s: "s", unit_min: "min", unit_h: "h",
      crowd: "Crowd", more_incidents: "{n} more", more_incidents_of: "{n} more of {total} open", more_items: "+{n} more",
      cameras_offline: "{n} of {total} cameras offline", page: "page {i}/{n}",
      agencies: "Agencies", open_assignments: "open", ack_rate: "ack'd", overdue_n: "overdue",
      trends: "Rain & water", cameras: "Camera events", no_image: "no image", no_camera_events: "No camera events in the last day", camera_event: "Video analytics event", cameras_quiet: "{n} more without events in a day", rain_gauges: "Rain gauges", water_levels: "Water levels",
      rain_top: "Max", below_heavy_rain: "below heavy rain", water_top: "Water alarm",
      rain_1h: "1\u00a0h", rain_24h: "24\u00a0h", level: "level", no_data: "no data", live: "live", not_live: "not live", panel_age: "data", newest_event: "newest event",
      ago_s: "{n} s ago", ago_m: "{n} min ago", ago_h: "{n} h ago", disconnected_for: "down {n}", screen_behind: "screen {n} behind",
      period: "year", year_suffix: "", list_sep: ", ", escalated_n: "esc. ×{n}", since: "since",
      no_kpi_data: "no data yet", kpi_to: "to {md}", kpi_demo: "demo data", unit_times: "times", unit_cases: "cases", unit_items: "items",
      taipei_time: "{t} (Taipei time)", due_unconfirmed: "not live: {due}", due_unconfirmed_why: "data not live: whether the agency has answered is unknown",
      cluster_near: "{n} incidents near {place}", cluster_n: "{n} incidents", cluster_count: "×{n}", cluster_first: "most urgent {what}", close_list: "Close",
      zoom_whole: "Whole zone", zoom_in: "Zoom in", zoom_out: "Zoom out", zoom_state: "Map zoomed ×{n}: 0 or Whole zone to see all",
      unit_pct: "%", km_away: "{n} km away", map_failed: "Streets not shown: this browser has no WebGL (sensors and incidents are still placed)", m_away: "{n} m away", number: "No.",
      place: "Place", type: "Type", cancel: "Cancel", what: "What", how_joined: "Linked as", who: "Who",
      history_closed: "Closed incidents", from: "from", to: "to", opened: "Opened", closed_at: "Closed",
      search: "Search", role_operator: "operator", role_coordinator: "coordinator", role_planner: "planner",
      role_agency: "agency", role_display: "display", role_admin: "admin",
    },
  };
  // The dispatch agencies in board order: common.vocabulary.Agency (tests/unit/common/test_agencies.py).
  const AGENCIES = Object.freeze(["fire", "police", "traffic", "water", "public_works", "environment"]);
  const AGENCY_KEY = { fire: "fire_agency", traffic: "traffic_agency" };
  const AGENCY_SHORT = {
    "zh-TW": { fire: "消", police: "警", traffic: "交", water: "水", public_works: "建", environment: "環" },
    en: { fire: "FIRE", police: "POL", traffic: "TRA", water: "WAT", public_works: "PW", environment: "ENV" },
  };

  // The language: the address's `#lang=en` / `#lang=zh-TW` first (a wall screen set up by its
  // address has nobody to click the toggle), else the last one chosen on this browser.
  const hashLang = (/(?:^|[#&])lang=(en|zh-TW)(?:&|$)/.exec(location.hash) || [])[1];
  let lang = hashLang || localStorage.getItem("soc.lang") || "zh-TW";
  const t = (key) => {
    for (const table of [I18N[lang], I18N.en]) if (table && typeof table[key] === "string") return table[key];
    return key;
  };
  // "{n} more" style templates.
  const tf = (key, vars) => t(key).replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ""));
  // Labels from /api/vocabulary (common/vocabulary.py) once loaded; the table above until then.
  let vocab = null;
  async function loadVocabulary() {
    try { vocab = await api("/api/vocabulary"); } catch (e) { vocab = null; }
    return vocab;
  }
  // A state list (or state -> list table) the pages decide by (/api/vocabulary "states",
  // from the owning enums); empty until loaded, so no action is offered on a guess.
  const states = (name) => (vocab && vocab.states && vocab.states[name]) || [];
  // Incidents in order of urgency, one order for the wall's board and map and the console's
  // list: overdue ones first (an assignment past its running deadline that nobody
  // acknowledged is what a coordinator chases, whatever became of its incident since), then
  // live jobs (by severity, then the nearest deadline still waiting for an agency's answer,
  // so an incident whose agencies have all acknowledged never comes before one minutes from
  // its deadline; then newest first), planned events nobody works yet after them (no job),
  // withdrawn ones after them all. A sorted copy.
  const SEVERITY_RANK = { Unknown: 0, Minor: 1, Moderate: 2, Severe: 3, Extreme: 4 };
  const unanswered = (inc) => Math.min(Infinity, ...inc.assignments
    .filter((a) => !a.acknowledged && a.deadline && states("assignment_open").includes(a.state))
    .map((a) => Date.parse(a.deadline)));
  function byUrgency(incidents) {
    const due = new Map(incidents.map((inc) => [inc, unanswered(inc)]));
    const sooner = (a, b) => (due.get(a) === due.get(b) ? 0 : due.get(a) - due.get(b));
    const apart = (inc) => (inc.withdrawn ? 2 : inc.planned ? 1 : 0);
    return [...incidents].sort((a, b) => (b.overdue - a.overdue) || (apart(a) - apart(b))
      || (SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])
      || sooner(a, b) || b.opened_at.localeCompare(a.opened_at));
  }
  // A mode's deadlines and escalation (/api/vocabulary "modes": the routing file the ops service applies).
  const modeRules = (mode) => (vocab && vocab.modes && vocab.modes[mode]) || null;
  const pick = (pair) => (lang === "en" ? pair[1] : pair[0]);
  const vocabLabel = (table, code) => (vocab && vocab[table] && vocab[table][code] ? pick(vocab[table][code]) : null);
  const agencyName = (a) => vocabLabel("agencies", a) || t(AGENCY_KEY[a] || a);
  // Every name a code has, in both languages (a search matches either, whatever the page's).
  const bothLabels = (table, code) => {
    const pair = vocab && vocab[table] && vocab[table][code];
    const own = table === "agencies" ? AGENCY_KEY[code] || code : code;
    return [...(pair || []), I18N["zh-TW"][own], I18N.en[own], code].filter((x) => typeof x === "string");
  };
  // The short names the wall has room for (水利局 / Water Res.).
  const agencyLabel = (a) => t(AGENCY_KEY[a] || a);
  const typeName = (k) => vocabLabel("incident_types", k) || t(k);
  // Every incident type (common.vocabulary.IncidentType) in its order; empty until loaded.
  const incidentTypes = () => (vocab && vocab.incident_types ? Object.keys(vocab.incident_types) : []);
  // A category code of a feed in words; null when unknown (the caller shows something else).
  const categoryName = (feed, code) => {
    const table = vocab && vocab.categories && vocab.categories[feed];
    if (!table) return null;
    const pair = table[code] || table[String(code).toLowerCase()];
    return pair ? pick(pair) : null;
  };
  const UNIT_KEY = { "%": "unit_pct", times: "unit_times", cases: "unit_cases", items: "unit_items", s: "unit_s" };
  const unitName = (u) => (UNIT_KEY[u] ? t(UNIT_KEY[u]) : u);
  // How long ago, in words ("3 分鐘前").
  function ago(iso, now = Date.now()) {
    const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
    if (s < 60) return tf("ago_s", { n: s });
    if (s < 3600) return tf("ago_m", { n: Math.floor(s / 60) });
    return tf("ago_h", { n: Math.floor(s / 3600) });
  }
  const num = (v, digits = 0) => (v === null || v === undefined ? "—"
    : Number(v).toLocaleString(lang === "en" ? "en-US" : "zh-TW", { maximumFractionDigits: digits }));
  const agencyShort = (a) => (AGENCY_SHORT[lang] || AGENCY_SHORT.en)[a] || a;

  function applyI18n(root = document) {
    document.documentElement.lang = lang === "en" ? "en" : "zh-Hant-TW";
    root.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  }
  function setLang(next) {
    lang = next;
    localStorage.setItem("soc.lang", lang);
    applyI18n();
    document.dispatchEvent(new CustomEvent("soc:lang"));
  }
  function langButton(button) {
    button.addEventListener("click", () => setLang(lang === "en" ? "zh-TW" : "en"));
  }

  // -- tokens and the API ------------------------------------------------------
  function hashToken() {
    const m = /(?:^|[#&])token=([^&]+)/.exec(location.hash);
    return m ? decodeURIComponent(m[1]) : null;
  }
  function token() { return hashToken() || sessionStorage.getItem("soc.token"); }
  function setToken(value) {
    if (value) sessionStorage.setItem("soc.token", value); else sessionStorage.removeItem("soc.token");
  }
  // A display token comes in the #fragment (never sent to the server). It is kept in this
  // tab's sessionStorage and taken out of the address, so that the screen does not show it
  // in its address bar, and a copied link, a bookmark or the tab's back/forward list does
  // not carry it; a reload finds it in sessionStorage.
  (function adoptHashToken() {
    const tok = hashToken();
    if (!tok) return;
    try { setToken(tok); } catch (e) { return; }  // no storage: the fragment stays the token's home
    const rest = location.hash.slice(1).split("&").filter((p) => p && !p.startsWith("token=")).join("&");
    history.replaceState(history.state, "", location.pathname + location.search + (rest ? `#${rest}` : ""));
  })();

  class ApiError extends Error {
    constructor(problem) { super(problem.detail || problem.title || "error"); this.problem = problem; }
  }
  // Failures that say nothing about the request itself are said in the page's language:
  // no answer, 503 (a dependency down), 5xx, and an expired session. The others (400,
  // 404, 409, 422, 403) carry the server's own reason, which the pages show or translate.
  const GENERIC = { 401: "err_session", 500: "err_server", 502: "err_unavailable", 503: "err_unavailable",
                    504: "err_unavailable" };
  function failure(problem) {
    const key = problem.status === 0 ? "err_network" : GENERIC[problem.status];
    const e = new ApiError(problem);
    if (key) e.message = t(key);
    return e;
  }
  // An error's message in the page's language as it is now (a page that keeps a failure on
  // screen says it again after a language switch).
  function failureText(e) {
    const p = e && e.problem;
    const key = p ? (p.status === 0 ? "err_network" : GENERIC[p.status]) : null;
    return key ? t(key) : String((e && e.message) || e);
  }
  // -- requests that fail on the network -----------------------------------------
  // The browser fails a request before any answer when the network changes under it
  // (net::ERR_NETWORK_CHANGED: Wi-Fi roaming, a VPN coming up, an address of the host coming
  // or going) or is gone for a moment: fetch and import() reject with a TypeError. Such a
  // request is asked again after each of RETRY_MS (jittered), while the page says it is
  // retrying (#net-retry, on top of the page); after the last it fails as before (err_network).
  // Only what asking twice cannot change: reads (GET, HEAD) and modules. A write may have
  // reached the server before the network failed it; it fails at once, and a command offers
  // its own retry under the same key (console.js, `command`).
  const RETRY_MS = [250, 500, 1000, 2000, 4000];
  let retrying = 0;  // requests waiting to be asked again
  function retryNote(delta) {
    retrying += delta;
    let node = document.getElementById("net-retry");
    if (!node && retrying > 0 && document.body) {
      node = el("p", { id: "net-retry", class: "net-retry", role: "status", "data-i18n": "net_retrying",
                       text: t("net_retrying") });
      document.body.append(node);
    }
    if (node) node.hidden = retrying <= 0;
  }
  // `attempt(i)` (i: 0, then the retry's number) until it does not fail on the network.
  async function onNetwork(attempt, signal) {
    let waited = false;
    try {
      for (let i = 0; ; i += 1) {
        try { return await attempt(i); } catch (e) {
          if (!(e instanceof TypeError) || i >= RETRY_MS.length || (signal && signal.aborted)) throw e;
          if (!waited) { waited = true; retryNote(1); }
          await new Promise((r) => setTimeout(r, RETRY_MS[i] * (0.75 + Math.random() / 2)));
        }
      }
    } finally {
      if (waited) retryNote(-1);
    }
  }
  // A module (`import()`): the browser keeps a module that failed to load as failed under its
  // address, so it is asked again under another (`?retry=N`, the same file to the server).
  function importModule(url) {
    return onNetwork((i) => import(i ? `${url}?retry=${i}` : url));
  }
  async function send(path, init) {
    const method = ((init && init.method) || "GET").toUpperCase();
    const read = method === "GET" || method === "HEAD";
    try {
      return await (read ? onNetwork(() => fetch(path, init), init && init.signal) : fetch(path, init));
    } catch (e) {
      throw failure({ status: 0, title: "network", detail: String(e && e.message) });
    }
  }

  async function api(path, { method = "GET", body, form, raw, headers: extra } = {}) {
    const headers = { ...extra };
    const tok = token();
    if (tok) headers.Authorization = `Bearer ${tok}`;
    let payload;
    if (form) { payload = form; } else if (body !== undefined) {
      headers["Content-Type"] = "application/json"; payload = JSON.stringify(body);
    }
    const res = await send(path, { method, headers, body: payload });
    if (!res.ok) {
      let problem = { status: res.status, title: res.statusText, detail: res.statusText };
      try { problem = { status: res.status, ...(await res.json()) }; } catch (e) { /* not JSON: keep the status line */ }
      throw failure(problem);
    }
    if (raw) return res;
    const type = res.headers.get("content-type") || "";
    return type.includes("json") ? res.json() : res.text();
  }

  async function login(username, password) {
    const form = new URLSearchParams({ username, password });
    const res = await send("/api/auth/token", { method: "POST", body: form });
    let data = { status: res.status, title: res.statusText, detail: res.statusText };
    try { data = await res.json(); } catch (e) { /* not JSON: keep the status line */ }
    if (!res.ok) {
      if (res.status >= 500) throw failure({ status: res.status, ...data });
      // Said in the page's language: the server's reason is English (web/routes/auth.py).
      const e = new ApiError(data);
      const key = { 401: "err_login", 429: "err_login_many", 422: "err_login_missing" }[res.status];
      if (key) e.message = t(key);
      throw e;
    }
    setToken(data.access_token);
    return data;
  }

  // Revoke the token on the server (it also closes the websockets opened with it),
  // then forget it here whatever the server said.
  async function logout() {
    try { if (token()) await api("/api/auth/logout", { method: "POST" }); } catch (e) { /* gone anyway */ }
    setToken(null);
  }

  // -- the live wall feed ------------------------------------------------------
  // Keeps a copy of the wall state; resumes with (epoch, seq) after a drop and
  // falls back to a fresh snapshot when the server says so. Answers pings.
  // Live (onStatus "connected") only while the page holds the server's state: a socket is
  // open from the server's accept, but its state comes with the socket's answer, a snapshot
  // or the deltas a resume missed closed by "resumed" (web/wall/frames.py), and is live once
  // that answer is applied and drawn (onChange). Until then the page keeps the state it had
  // (never an empty board on a reconnect), drawn as not live ("reconnecting").
  // A socket the browser still holds open while nothing arrives on it (the server frozen or
  // its event loop stuck, a half-open network: the browser notices neither) is not live.
  // The server pings every ping_s (its snapshot says how often); this many pings' worth of
  // silence drops the socket, so the page says since when its data stand still, and reconnects;
  // never less than SILENT_MIN_MS, so a server pinging more often than every 2 s is not
  // dropped for a short pause of its event loop on a loaded host. With the default 2 s pings
  // a wall stops saying live about 5 s after the last frame (docs/web.md).
  // Silence counts only while the page could hear: the check runs every CHECK_MS, and a check
  // that comes late found the page's own main thread busy (a long drawing of hundreds of
  // incidents on a loaded host), its messages waiting behind that work; the time it came late
  // is no silence of the server (docs/web.md, "A burst").
  const SILENT_PINGS = 2.5;
  const SILENT_MIN_MS = 5000;
  const CHECK_MS = 1000;
  const DRAW_WAIT_MS = 250;
  // A screen behind what the page has received: said once the oldest change waiting to be
  // drawn is this old (the countdowns tick by the second; a drawing of 300 incidents on a
  // loaded host takes 1 to 2 s, docs/web.md, "A burst").
  const BEHIND_MS = 1000;
  // How long the clock offset to the server is estimated over (its smallest sample).
  const OFFSET_WINDOW_MS = 300000;
  class WallSocket {
    constructor(onChange, onStatus, onBehind = () => {}) {
      this.onChange = onChange; this.onStatus = onStatus; this.onBehind = onBehind;
      // The server's send time of the oldest change not yet drawn (ms, server clock), and the
      // page's clock minus the server's as the quickest frame of the window showed it
      // (network and queueing only add to a sample): [page ms, sample] pairs.
      this.pendingSent = null; this.offsets = []; this.behindShown = false;
      this.state = {}; this.epoch = null; this.seq = null; this.delay = 500; this.stopped = false;
      // Topics changed since the last drawing, and the socket whose answer they complete.
      this.pending = new Set(); this.answered = null; this.drawing = null; this.drawn = null;
      this.pingMs = 10000;
      this.checked = Date.now();
      setInterval(() => this.checkSilence(), CHECK_MS);
    }
    checkSilence() {
      const now = Date.now();
      const late = now - this.checked - CHECK_MS;
      this.checked = now;
      if (late > CHECK_MS / 2 && this.lastMessage) this.lastMessage += late;  // the page was busy, not the server silent
      // Any open socket, live or waiting for its answer: one that never answers is retried.
      const limit = Math.max(SILENT_PINGS * this.pingMs, SILENT_MIN_MS);
      const ws = this.ws;
      if (!ws || ws.readyState !== WebSocket.OPEN || now - this.lastMessage <= limit) return;
      this.connected = false;
      ws.onmessage = null; ws.onclose = null;  // its close may never come: this one retries
      ws.close();
      this.retry();
    }
    // Tokens never travel in URLs: each connection first trades the bearer token
    // (a header) for a one-time ticket valid for seconds, and opens the socket with it.
    async connect() {
      let ticket;
      try {
        ticket = (await api("/api/ws-ticket", { method: "POST" })).ticket;
      } catch (e) {
        if (e.problem && (e.problem.status === 401 || e.problem.status === 403)) {
          this.onStatus("auth_failed"); return;
        }
        this.retry(); return;
      }
      if (this.stopped) return;
      const proto = location.protocol === "https:" ? "wss" : "ws";
      let url = `${proto}://${location.host}/ws/wall?ticket=${encodeURIComponent(ticket)}`;
      if (this.epoch !== null) url += `&epoch=${encodeURIComponent(this.epoch)}&seq=${this.seq}`;
      const ws = new WebSocket(url);
      this.ws = ws;
      ws.onopen = () => { this.lastMessage = Date.now(); };  // open, not live: no state yet
      ws.onmessage = (ev) => {
        this.lastMessage = Date.now();  // pings included: the feed is known live until then
        const msg = JSON.parse(ev.data);
        const frames = msg.type === "batch" ? msg.frames : [msg];
        let answered = false;
        for (const f of frames) {
          if (typeof f.sent === "number") this.heard(f.sent * 1000);
          answered = this.frame(f, this.pending, ws) || answered;
          // The first change since the last drawing: the screen is behind from its send time.
          if (this.pendingSent === null && this.pending.size && typeof f.sent === "number") this.pendingSent = f.sent * 1000;
        }
        if (answered) this.answered = ws;
        // Applied now, drawn once for every message that came before the next frame: a
        // burst of deltas (hundreds of incidents in one poll) costs one drawing, not one
        // each, so the page never falls behind its socket (docs/web.md, "A burst").
        if (this.pending.size || this.answered) this.drawSoon();
      };
      ws.onclose = (ev) => {
        this.connected = false;
        if (ev.code === 4401 || ev.code === 4403) { this.onStatus("auth_failed"); return; }
        this.retry();
      };
    }
    // A frame's send time (ms, server clock) heard now: one sample of the clock offset.
    heard(sentMs) {
      const now = Date.now();
      this.offsets.push([now, now - sentMs]);
      while (this.offsets.length && now - this.offsets[0][0] > OFFSET_WINDOW_MS) this.offsets.shift();
      if (this.offsets.length > 512) this.offsets.splice(0, this.offsets.length - 512);
    }
    // How long ago (ms, page clock) the server sent the oldest change not yet on the screen:
    // 0 when every change received is drawn.
    behindMs(now = Date.now()) {
      if (this.pendingSent === null || !this.offsets.length) return 0;
      const offset = Math.min(...this.offsets.map(([, o]) => o));
      return Math.max(0, now - (this.pendingSent + offset));
    }
    // The drawing of what the messages since the last one applied: on the next animation
    // frame, or within DRAW_WAIT_MS where frames do not come (a page in the background).
    drawSoon() {
      if (this.drawing) return;
      const draw = () => {
        if (!this.drawing) return;
        // Changes waiting longer than BEHIND_MS: the screen says so first, painted in this
        // frame, and is drawn on the next; the drawing holds the page's thread, so what it
        // says while it runs must be on the screen before it starts.
        const behind = this.behindMs();
        if (behind >= BEHIND_MS && !this.behindShown) {
          this.behindShown = true;
          this.onBehind(behind);
          this.drawing = requestAnimationFrame(draw) || true;
          return;
        }
        this.drawing = null;
        const topics = this.pending;
        const ws = this.answered;
        this.pending = new Set(); this.answered = null; this.pendingSent = null; this.behindShown = false;
        const t0 = performance.now();
        try {
          if (topics.size) this.onChange(this.state, topics);
        } finally {
          this.drawn = { at: Date.now(), ms: performance.now() - t0, count: (this.drawn ? this.drawn.count : 0) + 1 };
          // Caught up unless changes came in while it drew (they are handled before the next
          // frame): said on that frame, so a screen that has drawn all it holds never says behind.
          requestAnimationFrame(() => this.onBehind(this.behindMs()));
          // Drawn (a panel whose drawing throws marks itself): live, unless a gap since
          // closed the socket for a fresh snapshot.
          if (ws && !this.connected && this.ws === ws && ws.readyState === WebSocket.OPEN) this.live();
        }
      };
      this.drawing = requestAnimationFrame(draw) || true;
      setTimeout(draw, DRAW_WAIT_MS);
    }
    live() { this.delay = 500; this.connected = true; this.onStatus("connected"); }
    // A new session (logged in again after the old one ended): the socket of the old one is
    // dropped and a new one opened with the new token, resuming from the state held.
    restart() {
      const ws = this.ws;
      if (ws) { ws.onmessage = null; ws.onclose = null; ws.close(); }
      this.connected = false; this.delay = 500;
      this.connect();
    }
    retry() {
      if (this.stopped) return;
      this.onStatus("reconnecting");
      setTimeout(() => this.connect(), this.delay);
      this.delay = Math.min(this.delay * 2, 10000);
    }
    // Applies one frame; true when it completes the socket's answer (the page now holds
    // the server's state).
    frame(f, topics, ws) {
      if (f.type === "ping") { ws.send('{"type":"pong"}'); return false; }
      if (f.type === "snapshot") {
        this.epoch = f.epoch; this.seq = f.seq; this.state = {};
        if (f.ping_s > 0) this.pingMs = f.ping_s * 1000;
        for (const [topic, items] of Object.entries(f.state)) {
          this.state[topic] = new Map(items.map((i) => [i.key, i]));
          topics.add(topic);
        }
        return true;
      }
      if (f.type === "resumed") {
        if (f.epoch === this.epoch && f.seq === this.seq) return true;
        this.epoch = null; ws.close(); return false;  // not the state held: resnapshot
      }
      if (f.type === "delta") {
        if (f.seq <= this.seq) return;
        if (f.seq !== this.seq + 1) { this.epoch = null; ws.close(); return; } // gap: resnapshot
        this.seq = f.seq;
        const items = this.state[f.topic] || (this.state[f.topic] = new Map());
        if (f.op === "remove") items.delete(f.key); else items.set(f.key, { key: f.key, ...f.item });
        topics.add(f.topic);
      }
    }
  }

  // -- small DOM helpers -------------------------------------------------------
  const SVG_NS = "http://www.w3.org/2000/svg";
  function el(tag, attrs = {}, ...children) {
    const node = tag.startsWith("svg:") ? document.createElementNS(SVG_NS, tag.slice(4))
      : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c);
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  function countdown(deadlineIso, now = Date.now()) {
    const s = Math.round((Date.parse(deadlineIso) - now) / 1000);
    const a = Math.abs(s);
    const mm = String(Math.floor(a / 60)).padStart(2, "0");
    const ss = String(a % 60).padStart(2, "0");
    return { overdue: s < 0, text: `${s < 0 ? "+" : ""}${mm}:${ss}` };
  }
  // A dispatch deadline's countdown, written into its node. Over data that stand still (the
  // feed, the database or the engine writing the assignments down) the time left is still
  // the clock's, but whether the agency has answered is not known: the countdown says it is
  // unconfirmed (text, class, tooltip and label) instead of looking live.
  function showDue(node, deadlineIso, stale, prefix = "") {
    const due = countdown(deadlineIso);
    const words = `${due.overdue ? t("overdue") : t("due_in")} ${due.text}`;
    node.textContent = `${prefix}${stale ? tf("due_unconfirmed", { due: words }) : words}`;
    node.classList.toggle("unconfirmed", stale);
    // Written only when it changes: a second's tick over hundreds of countdowns sets no
    // attribute that stays the same.
    const title = stale ? t("due_unconfirmed_why") : "";
    if (node.title !== title) node.title = title;
    const label = stale ? `${tf("due_unconfirmed", { due: words })} (${t("due_unconfirmed_why")})` : words;
    if (node.getAttribute("aria-label") !== label) node.setAttribute("aria-label", label);
    return due;
  }
  // The parts whose silence stops the assignments' data: the database and the ops engine.
  const ASSIGNMENT_PARTS = ["database", "ops"];
  // A time as a shift reads it: today (in Taipei, whatever the computer's zone) the time
  // alone, another day with its date ("12/04 23:50", "4 Dec 23:50"), so a night spanning
  // midnight or yesterday's incident is never read as today's; `full` is the whole Taipei
  // timestamp, for the tooltip and screen readers.
  const TAIPEI = { timeZone: "Asia/Taipei" };
  function stamp(iso, now = Date.now()) {
    const d = new Date(iso);
    const day = (x) => x.toLocaleDateString("en-CA", TAIPEI);  // YYYY-MM-DD, Taipei's day
    const hm = d.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", ...TAIPEI });
    const date = lang === "en" ? d.toLocaleDateString("en-GB", { day: "numeric", month: "short", ...TAIPEI })
      : d.toLocaleDateString("zh-TW", { month: "2-digit", day: "2-digit", ...TAIPEI });
    const full = d.toLocaleString(lang === "en" ? "en-GB" : "zh-TW", { year: "numeric", month: "long", day: "numeric",
      hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23", ...TAIPEI });
    return { text: day(d) === day(new Date(now)) ? hm : `${date} ${hm}`, full: tf("taipei_time", { t: full }) };
  }
  function hhmm(iso) { return stamp(iso).text; }
  // A time as Taiwan writes it, whatever the browser's locale and zone: "2026-12-05 14:03",
  // the Taipei calendar day and 24-hour clock.
  const TAIPEI_PARTS = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", hourCycle: "h23", ...TAIPEI });
  function taipeiStamp(iso) {
    const p = Object.fromEntries(TAIPEI_PARTS.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
  }
  // A day typed as Taiwan writes it ("2026-12-05"; also 2026/12/5, 2026.12.05, full-width
  // digits from an IME): the same day as "YYYY-MM-DD", or null when the text is no calendar
  // day of the years 1000-9999. What it names is the Taipei day, not the browser's.
  function parseDay(text) {
    const m = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$/.exec(String(text).normalize("NFKC"));
    if (!m) return null;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(2000, mo - 1, d)); t.setUTCFullYear(y);
    if (y < 1000 || t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
    return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  // The same as a <time> element: what the shift reads, the full timestamp on hover and for
  // screen readers, the instant itself in `datetime`.
  function timeNode(iso) {
    const s = stamp(iso);
    return el("time", { datetime: iso, title: s.full, "aria-label": s.full, text: s.text });
  }

  // A length of time in the page's language: "42 秒", "3 分 5 秒", "2 小時 10 分".
  function duration(ms) {
    const s = Math.max(0, Math.floor(ms / 1000));
    if (s < 60) return `${s} ${t("unit_s")}`;
    if (s < 3600) return `${Math.floor(s / 60)} ${t("unit_min")} ${s % 60} ${t("unit_s")}`;
    return `${Math.floor(s / 3600)} ${t("unit_h")} ${Math.floor((s % 3600) / 60)} ${t("unit_min")}`;
  }
  // A stopped supervisor (hung or killed, its beat past the limit): its processes may all be
  // up, so nothing is down, but none that dies or hangs is restarted. The words the wall and
  // the console both show, from the health topic's items (its warning item ``supervisor``);
  // "" while supervision runs.
  function supervisionText(health) {
    const w = health.find((h) => h.warning && h.part === "supervisor");
    if (!w) return "";
    const since = w.last_ok ? Date.parse(w.last_ok) : null;
    return since === null ? t("supervision_stopped")
      : tf("supervision_stopped_for", { time: duration(Date.now() - since) });
  }

  // A table refusing writes while the others take theirs (its disk full): nothing is down,
  // its messages are held (ingest's spool); the tables and since when, or "".
  function refusalText(health) {
    return health.filter((h) => h.warning && h.part === "writes_refused" && h.table)
      .map((w) => tf("writes_refused_for", {
        table: w.table, time: duration(Date.now() - (w.last_ok ? Date.parse(w.last_ok) : Date.now())) }))
      .join(t("list_sep"));
  }

  // -- the zone map, drawn from the project's own GeoJSON ------------------------
  return { AGENCIES, t, tf, lang: () => lang, setLang, applyI18n, langButton, agencyName, agencyShort, api,
           loadVocabulary, states, modeRules, bothLabels, SEVERITY_RANK, byUrgency, agencyLabel, typeName, incidentTypes, categoryName, unitName, ago, num,
           ApiError, login, logout, token, setToken, WallSocket, BEHIND_MS, el, clear, countdown, showDue, ASSIGNMENT_PARTS, hhmm, stamp, timeNode,
           taipeiStamp, parseDay, duration, supervisionText, refusalText, failureText, importModule };
})();
