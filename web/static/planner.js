// Planner page: every plan measure at its latest plan year with data (value, numerator and
// denominator, target, capped achievement, weighted points), the weighted score of each
// year, a trend chart per measure with its goal line (uPlot), recomputation on demand,
// CSV import with its error report (zh-TW / English), CSV export.
"use strict";
(() => {
  const { el, clear } = SOC;
  // A session that ends while the page is open (the token's 12 h are over, or it was
  // revoked): any request answered 401 brings the login form back above the page, which
  // stays as it is (the figures shown, a file chosen for import); logging in again as the
  // same account hides it and reads the figures anew; another account gets a fresh page.
  let started = false;
  async function api(path, options) {
    try { return await SOC.api(path, options); } catch (e) {
      if (started && e.problem && e.problem.status === 401) sessionEnded();
      throw e;
    }
  }
  function sessionEnded() {
    const form = document.getElementById("login");
    if (!form.hidden) return;
    document.getElementById("login-error").textContent = SOC.t("err_session");
    form.hidden = false;
    form.username.focus();
  }
  async function resumeSession() {
    const before = me.user_name;
    me = await api("/api/auth/me");
    if (me.user_name !== before) { location.reload(); return; }
    const form = document.getElementById("login");
    form.hidden = true; form.password.value = "";
    document.getElementById("login-error").textContent = "";
    drawWho();
    await refresh();
  }
  const P = {
    "zh-TW": {
      th_measure: "衡量指標", th_period: "最新資料期間", th_value: "實績值", th_parts: "分子 / 分母",
      th_target: "年度目標值", th_achievement: "達成度（上限 100 %）", th_weight: "權重", th_points: "加權得分",
      measures_note: "每項指標顯示其最新有資料的計畫年度（計畫訂有目標值與權重的年度；僅有其他年度資料時，顯示其中最新者）；達成度與得分以該年度的目標值與權重計算。超過目標者達成度以 100 % 計入得分（原始比例另列）。",
      trends: "各指標歷年趨勢", trends_note: "藍線為實績（各期資料點），橘色虛線為該年度目標值；灰色空心點為示範資料（非市府實際數據），不與實績連線。",
      demo_series: "示範資料", score_demo: "含示範資料（非市府實際數據）：{ids}，共 {points} 分",
      year_score: "年度加權得分", points_of: "分，滿分", normalised: "換算百分制", missing: "尚無資料",
      no_data: "尚無資料", as_of: "截至", interim: "期中數字", demo: "示範資料，非市府實際數據",
      score_interim: "截至 {as_of} 的期中得分，非全年結果", over_target: "實際 {raw}，超過目標，以 100\u00a0% 計",
      last_run: "最近計算", never_run: "尚未計算", every: "每 {n} 分鐘自動計算",
      run_late: "自動計算已停頓：最近一次是 {ago}（應每 {n} 分鐘一次），「系統計算」的數字可能已過時。",
      trigger_schedule: "排程", trigger_manual: "手動", trigger_cli: "指令", by: "執行者",
      recompute: "立即重新計算", recomputing: "計算中…", recomputed: "已重新計算",
      import_errors: "{n} 項錯誤", import_corrected: "，更正 {n} 筆", import_unchanged: "，{n} 筆未變更", no_target: "該年度無目標值", actual_series: "實績", target_series: "目標",
      entered: "填報", computed: "系統計算", date: "日期",
      formula: "計算方式", freq_annual: "每年計算", freq_quarterly: "每季計算", freq_monthly: "每月計算",
      plan_source: "指標、目標值與權重出處：{source}（版本 {version}）。「填報」為匯入的填報數據，「系統計算」由本中心資料計算。",
      export_table: "匯出此表（CSV）", refresh_failed: "無法更新績效資料：{msg}。畫面上是 {time} 讀取的資料。",
      refresh_failed_never: "無法讀取績效資料：{msg}。", export_failed: "匯出失敗：{msg}",
      csv_id: "指標編號", csv_name: "衡量指標", csv_year: "資料年度", csv_as_of: "截至", csv_source: "資料來源",
      csv_value: "實績值", csv_unit: "單位", csv_numerator: "分子", csv_denominator: "分母", csv_target: "年度目標值",
      csv_capped: "達成度（上限 100 %）", csv_raw: "實際達成比例 %", csv_weight: "權重 %", csv_points: "加權得分",
      "%": "%", times: "次", cases: "件", items: "項", s: "秒",
      ops_title: "中心營運指標（每月計算，不計入加權得分）", th_month: "最新資料月份", th_standing_target: "目標值（本中心提議）",
      ops_note: "感測器可用率與資料完整率：每個感測器只計它能回報的時段，自其註冊（若首筆資料較早，自首筆資料）起至計算時；註冊前的日子不算缺漏。",
      met: "達標", not_met: "未達標",
      done_open: "已完成 {n} 件，未完成 {m} 件", at_least: "至少 {v}",
      lower_bound: "尚無一件完成：未完成者至今的平均等候時間",
      delete_title: "刪除填報數字", delete_note: "填錯年度、基準日或誤填的數字：輸入匯出檔「observation_id」欄的編號與原因後刪除（留有稽核紀錄），再重新填報正確的數字。系統計算的數字不能刪除。",
      delete_id: "編號（observation_id）", delete_reason: "原因", delete_button: "刪除",
      deleted: "已刪除 {id} {period}（截至 {as_of}）的填報數字 {value}。", delete_failed: "刪除失敗：{msg}",
    },
    en: {
      th_measure: "Measure", th_period: "Latest period with data", th_value: "Value", th_parts: "Numerator / denominator",
      th_target: "Target (that year)", th_achievement: "Achievement (capped at 100 %)", th_weight: "Weight",
      th_points: "Weighted points",
      measures_note: "Each measure shows its latest plan year with data (a year the plan sets a target and weight for; with figures of other years only, the latest of them); achievement and points use that year's target and weight. Above target, achievement counts as 100 % in the score (the raw ratio is shown beside it).",
      trends: "Trends by measure", trends_note: "Blue: actual (one point per observation); dashed orange: that year's target; hollow grey points: demo data (not the city's figures), never joined to the actual line.",
      demo_series: "Demo data", score_demo: "includes demo data (not the city's figures): {ids}, {points} points",
      year_score: "Weighted score", points_of: "points of", normalised: "normalised", missing: "no data",
      no_data: "no data", as_of: "as of", interim: "interim figure", demo: "demo data, not the city's figures",
      score_interim: "interim score as of {as_of}, not the year's result", over_target: "actual {raw}, above target, counted as 100\u00a0%",
      last_run: "Last computed", never_run: "never computed", every: "recomputed every {n} min",
      run_late: "Automatic computation has stalled: the last run was {ago} (due every {n} min); the \"computed\" figures may be out of date.",
      trigger_schedule: "schedule", trigger_manual: "manual", trigger_cli: "command line", by: "by",
      recompute: "Recompute now", recomputing: "Computing…", recomputed: "Recomputed",
      import_errors: "{n} error(s)", import_corrected: ", {n} corrected", import_unchanged: ", {n} unchanged", no_target: "no target that year", actual_series: "Actual", target_series: "Target",
      entered: "entered", computed: "computed", date: "Date",
      formula: "Formula", freq_annual: "computed yearly", freq_quarterly: "computed quarterly", freq_monthly: "computed monthly",
      plan_source: "Measures, targets and weights from: {source} (version {version}). \"entered\": figures imported from reports; \"computed\": computed by the center from its own data.",
      export_table: "Export this table (CSV)", refresh_failed: "Could not update the KPI figures: {msg}. The page shows the figures read at {time}.",
      refresh_failed_never: "Could not read the KPI figures: {msg}.", export_failed: "Export failed: {msg}",
      csv_id: "Measure id", csv_name: "Measure", csv_year: "Year", csv_as_of: "As of", csv_source: "Source",
      csv_value: "Value", csv_unit: "Unit", csv_numerator: "Numerator", csv_denominator: "Denominator",
      csv_target: "Target (that year)", csv_capped: "Achievement % (capped at 100)", csv_raw: "Achievement % (raw)",
      csv_weight: "Weight %", csv_points: "Weighted points",
      "%": "%", times: "times", cases: "cases", items: "items", s: "s",
      times_one: "time", cases_one: "case", items_one: "item",
      ops_title: "Center operations (computed monthly, not in the weighted score)", th_month: "Latest month with data",
      th_standing_target: "Target (our proposal)",
      ops_note: "Sensor availability and data completeness: each sensor counts only the time it could report, from its registration (or its first reading, if earlier) to the computation; the days before it was registered are not counted missing.",
      met: "met", not_met: "not met",
      done_open: "{n} done, {m} still open", at_least: "at least {v}",
      lower_bound: "none done yet: the open ones' mean wait so far",
      delete_title: "Delete an entered figure",
      delete_note: "A figure entered under the wrong year or date, or by mistake: give its number from the export's \"observation_id\" column and why, delete it (the audit log keeps it), then enter the right one. Computed figures cannot be deleted.",
      delete_id: "Number (observation_id)", delete_reason: "Reason", delete_button: "Delete",
      deleted: "Deleted the entered figure {value} of {id} for {period} (as of {as_of}).", delete_failed: "Delete failed: {msg}",
    },
  };
  const tp = (key, vars = {}) => {
    const table = P[SOC.lang()] || P.en;
    const text = table[key] ?? P.en[key] ?? SOC.t(key);
    return text.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ""));
  };
  const locale = () => (SOC.lang() === "en" ? "en-GB" : "zh-TW");
  const num = (v, digits) => v.toLocaleString(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const pct = (fraction) => `${num(fraction * 100, 0)} %`;
  // Punctuation of the page's language: 「最近計算：…（排程，…）」, "Last computed: … (schedule, …)".
  const en = () => SOC.lang() === "en";
  const colon = () => (en() ? ": " : "：");
  const paren = (text) => (en() ? ` (${text})` : `（${text}）`);
  const list = (items) => items.join(en() ? ", " : "、");
  function fmtValue(v, unit) {
    if (unit === "%") return `${num(v, 2)} %`;
    if (unit === "s") return `${num(v, 1)} ${tp("s")}`;
    // English counts one in the singular ("1 case"); zh-TW has one form (件).
    const one = v === 1 && en() ? P.en[`${unit}_one`] : undefined;
    return `${num(v, Number.isInteger(v) ? 0 : 2)} ${one ?? tp(unit)}`;
  }
  // Times as Taiwan writes them in both languages ("2026-12-05 18:57", Taipei, 24 h): en-GB
  // would write 05/12/2026, which a reader of month-first dates takes for 12 May.
  const fmtTime = SOC.taipeiStamp;

  let defs = null; let me = null; let charts = [];
  function drawWho() {
    if (me) document.getElementById("who").textContent = `${me.user_name} (${SOC.t(`role_${me.role}`)})`;
  }
  const nameOf = (ind) => (SOC.lang() === "en" ? ind.name_en : ind.name_zh);

  function applyPlannerI18n() {
    document.querySelectorAll("[data-p]").forEach((node) => { node.textContent = tp(node.dataset.p); });
    document.getElementById("measures-note").textContent = tp("measures_note")
      + (defs ? ` ${tp("plan_source", { source: defs.source, version: defs.version })}` : "");
    document.getElementById("recompute").textContent = tp("recompute");
  }

  function renderRun(status) {
    const box = clear(document.getElementById("last-run"));
    const run = status.last_run;
    const every = tp("every", { n: num(status.interval_s / 60, 0) });
    if (!run) { box.append(el("span", { text: `${tp("last_run")}${colon()}${tp("never_run")} · ${every}` })); return; }
    box.dataset.finished = run.finished_at;
    box.append(el("span", { text: `${tp("last_run")}${colon()}` }),
      el("b", { class: "run-time", text: fmtTime(run.finished_at) }),
      el("span", { text: `${paren(`${tp(`trigger_${run.trigger}`)}${en() ? ", " : "，"}${tp("by")} ${run.actor}`)} · ${every}` }));
    // Two intervals without a run: the scheduler (soc kpi run) is not computing; said, so
    // the computed figures are not read as current.
    if (Date.now() - Date.parse(run.finished_at) > 2000 * status.interval_s) {
      box.append(el("div", { class: "error run-late", role: "status",
        text: tp("run_late", { ago: SOC.ago(run.finished_at), n: num(status.interval_s / 60, 0) }) }));
    }
  }

  function renderScores(scores) {
    const box = clear(document.getElementById("scores"));
    for (const s of scores) {
      box.append(el("div", { class: "score", "data-year": s.year },
        el("div", { class: "score-year", text: `${s.year} ${tp("year_score")}` }),
        el("div", { class: "score-value" }, el("b", { text: num(s.points, 2) }),
          el("span", { text: ` ${tp("points_of")} ${num(s.total_weight, 0)}` })),
        el("div", { class: "score-sub", text: `${tp("normalised")} ${num(s.normalised_pct, 2)} %` }),
        // Figures that end before the year's last day make an interim score, not the year's.
        s.as_of && s.as_of < `${s.year}-12-31`
          ? el("div", { class: "score-sub interim", text: tp("score_interim", { as_of: s.as_of }) }) : null,
        // Points scored by figures computed from demonstration data are not the city's: said,
        // with the measures they come from and how many of the points they are.
        s.demo.length ? el("div", { class: "score-sub demo", text: tp("score_demo", { ids: list(s.demo), points: num(s.demo_points, 2) }) }) : null,
        s.missing.length ? el("div", { class: "score-sub", text: `${tp("missing")}${colon()}${list(s.missing)}` }) : null));
    }
  }

  function renderMeasures(status) {
    const body = clear(document.querySelector("#measures tbody"));
    const byId = new Map(defs.indicators.map((i) => [i.id, i]));
    for (const m of status.measures) {
      const ind = byId.get(m.indicator_id);
      const row = el("tr", { "data-indicator": m.indicator_id, class: m.over_target ? "over" : "" });
      row.append(el("td", {}, el("b", { text: m.indicator_id }), " ", nameOf(ind),
        el("div", { class: "sub how", text: `${tp("formula")}${SOC.lang() === "en" ? ": " : "："}${SOC.lang() === "en" ? ind.formula_en : ind.formula_zh} · ${tp(`freq_${ind.frequency}`)}` })));
      if (!m.latest) {
        // No figure yet: what is still expected, each plan year's target and weight.
        const sep = SOC.lang() === "en" ? ": " : "：";
        const perYear = (f) => ind.years.map((y) => el("div", { text: `${y.year}${sep}${f(y)}` }));
        row.append(el("td", { class: "nodata", text: tp("no_data") }), el("td", { class: "num value", text: "—" }),
          el("td", { class: "num parts", text: "—" }),
          el("td", { class: "num target" }, perYear((y) => fmtValue(y.target, ind.unit))),
          el("td", { class: "num achievement", text: "—" }),
          el("td", { class: "num weight" }, perYear((y) => `${num(y.weight, 0)} %`)),
          el("td", { class: "num points" }, perYear((y) => `— / ${num(y.weight, 0)}`)));
        body.append(row); continue;
      }
      const l = m.latest;
      row.append(el("td", { class: "period" }, el("b", { text: String(m.year) }),
        el("span", { class: "sub", text: ` ${tp("as_of")} ${l.as_of}${l.as_of < `${m.year}-12-31` ? paren(tp("interim")) : ""} · ${tp(l.provenance)}` }),
        l.demo ? el("div", { class: "sub demo", text: tp("demo") }) : null));
      row.append(el("td", { class: "num value", text: fmtValue(l.value, ind.unit) }));
      const parts = l.numerator !== null && l.denominator !== null
        ? `${num(l.numerator, 0)} / ${num(l.denominator, 0)}` : "—";
      row.append(el("td", { class: "num parts", text: parts }));
      row.append(el("td", { class: "num target", text: m.target === null ? tp("no_target") : fmtValue(m.target, ind.unit) }));
      const ach = el("td", { class: "num achievement" });
      if (m.achievement) {
        ach.append(el("b", { text: pct(m.achievement.capped) }));
        // Each percentage whole on its line (a no-break space before "%"): "100 %", never "100" then "%".
        if (m.over_target) {
          ach.append(el("div", { class: "sub cap",
            text: tp("over_target", { raw: pct(m.achievement.raw).replace(" %", "\u00a0%") }) }));
        }
      } else ach.textContent = "—";
      row.append(ach);
      row.append(el("td", { class: "num weight", text: m.weight === null ? "—" : `${num(m.weight, 0)} %` }));
      row.append(el("td", { class: "num points", text: m.points === null ? "—" : `${num(m.points, 2)} / ${num(m.weight, 0)}` }));
      body.append(row);
    }
  }

  // The center's own operational KPIs at their latest month: value, its parts (slots with a
  // reading / slots each sensor could report in, for availability) and the standing target.
  function renderOperational(status) {
    const body = clear(document.querySelector("#operational tbody"));
    const byId = new Map(defs.indicators.map((i) => [i.id, i]));
    for (const o of status.operational || []) {
      const ind = byId.get(o.indicator_id);
      if (!ind) continue;
      const row = el("tr", { "data-indicator": o.indicator_id });
      row.append(el("td", {}, nameOf(ind),
        el("div", { class: "sub how", text: `${tp("formula")}${colon()}${en() ? ind.formula_en : ind.formula_zh}` })));
      const l = o.latest;
      if (!l) {
        row.append(el("td", { class: "nodata", text: tp("no_data") }), el("td", { class: "num value", text: "—" }),
          el("td", { class: "num parts", text: "—" }));
      } else {
        row.append(el("td", { class: "period" }, el("b", { text: l.period }),
          el("span", { class: "sub", text: ` ${tp("as_of")} ${l.as_of} · ${tp(l.provenance)}` })));
        // A duration with nothing done yet is the open items' wait so far: "at least", said so.
        row.append(el("td", { class: "num value" },
          l.lower_bound ? tp("at_least", { v: fmtValue(l.value, ind.unit) }) : fmtValue(l.value, ind.unit),
          l.lower_bound ? el("div", { class: "sub lower-bound", text: tp("lower_bound") }) : null));
        // A duration's parts: the items done and those still open (a month nobody acknowledged
        // an alert is "0 done, 28 still open", never "no data").
        row.append(el("td", { class: "num parts", text: l.numerator !== null && l.denominator !== null
          ? `${num(l.numerator, 0)} / ${num(l.denominator, 0)}`
          : l.completed !== null && l.open_items !== null
            ? tp("done_open", { n: num(l.completed, 0), m: num(l.open_items, 0) }) : "—" }));
      }
      row.append(el("td", { class: "num target" }, o.target === null ? "—" : fmtValue(o.target, ind.unit),
        o.met === null ? null : el("div", { class: `sub ${o.met ? "met" : "not-met"}`, text: tp(o.met ? "met" : "not_met") })));
      body.append(row);
    }
  }

  // One uPlot chart per measure: actual values at their as_of dates, the target of each
  // year as a flat line across that year. A figure computed from demonstration data is a
  // series of its own (hollow grey points), never joined to the city's figures by a line.
  function chartData(ind, history) {
    const yearsWithTarget = ind.years.map((y) => y.year);
    const obsYears = history.points.map((p) => Number(p.period.slice(0, 4)));
    const all = yearsWithTarget.concat(obsYears);
    const y0 = Math.min(...all); const y1 = Math.max(...all);
    const target = new Map(ind.years.map((y) => [y.year, y.target]));
    const rows = new Map();
    const put = (t, key, v) => { const r = rows.get(t) || { a: null, g: null, d: null }; r[key] = v; rows.set(t, r); };
    for (let y = y0; y <= y1; y += 1) {
      if (!target.has(y)) continue;
      put(Date.UTC(y, 0, 1) / 1000, "g", target.get(y));
      put(Date.UTC(y, 11, 31) / 1000, "g", target.get(y));
    }
    for (const p of history.points) put(Date.parse(`${p.as_of}T00:00:00Z`) / 1000, p.demo ? "d" : "a", p.value);
    const xs = [...rows.keys()].sort((a, b) => a - b);
    // A target value at every x of its year keeps the goal line flat through observations.
    const goal = xs.map((x) => { const r = rows.get(x); return r.g ?? target.get(new Date(x * 1000).getUTCFullYear()) ?? null; });
    return { xs, actual: xs.map((x) => rows.get(x).a), demo: xs.map((x) => rows.get(x).d), goal, y0, y1 };
  }

  // A count (times, cases, items) has no fraction: its axis steps by whole numbers.
  const COUNTED = new Set(["times", "cases", "items"]);
  const WHOLE_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1e3, 2e3, 2500, 5e3, 1e4, 2e4, 5e4, 1e5, 1e6];
  // Each tick labelled with its own value, with as many decimals as it has (0.25, never
  // 0.3), kept in the chart's data-y-ticks ("split=label;…") since the canvas is no text.
  function yLabels(box, splits, unit) {
    const places = (v) => [0, 1, 2, 3].find((d) => Math.abs(Number(v.toFixed(d)) - v) < 1e-9) ?? 3;
    const labels = splits.map((v) => `${num(v, places(v))}${unit === "%" ? " %" : ""}`);
    box.dataset.yTicks = splits.map((v, i) => `${v}=${labels[i]}`).join(";");
    return labels;
  }

  function chart(ind, history, status) {
    const d = chartData(ind, history);
    const m = status.measures.find((s) => s.indicator_id === ind.id);
    const summary = m && m.latest
      ? `${m.year}${colon()}${fmtValue(m.latest.value, ind.unit)} / ${tp("target_series")} ${m.target === null ? "—" : fmtValue(m.target, ind.unit)}`
        + (m.achievement ? ` · ${pct(m.achievement.capped)}` : "") + (m.latest.demo ? ` · ${tp("demo_series")}` : "")
      : tp("no_data");
    const box = el("div", { class: "chart", "data-indicator": ind.id,
      "data-actual": history.points.filter((p) => !p.demo).map((p) => `${p.as_of}=${p.value}`).join(","),
      "data-demo": history.points.filter((p) => p.demo).map((p) => `${p.as_of}=${p.value}`).join(","),
      "data-goal": ind.years.map((y) => `${y.year}=${y.target}`).join(",") },
    el("div", { class: "chart-title" }, el("b", { text: `${ind.id} ` }), nameOf(ind)),
    el("div", { class: "chart-sub", text: summary }));
    const plotBox = el("div", { class: "plot" });
    box.append(plotBox);
    const years = []; for (let y = d.y0; y <= d.y1; y += 1) years.push(y);
    const unit = tp(ind.unit);
    const opts = {
      width: 560, height: 230,
      scales: { x: { time: false, range: () => [Date.UTC(d.y0, 0, 1) / 1000, Date.UTC(d.y1 + 1, 0, 1) / 1000] },
        y: { range: (u, lo, hi) => [0, Math.max(1, hi ?? 1) * 1.15] } },
      axes: [
        { stroke: "#c9d1d9", grid: { stroke: "#30363d" }, ticks: { stroke: "#30363d" }, font: "14px sans-serif",
          splits: () => years.map((y) => Date.UTC(y, 6, 1) / 1000), values: (u, splits) => splits.map((s) => String(new Date(s * 1000).getUTCFullYear())) },
        { stroke: "#c9d1d9", grid: { stroke: "#30363d" }, ticks: { stroke: "#30363d" }, font: "14px sans-serif", size: 64,
          ...(COUNTED.has(ind.unit) ? { incrs: WHOLE_STEPS } : {}),
          values: (u, splits) => yLabels(box, splits, ind.unit) },
      ],
      series: [
        { label: tp("date"), value: (u, v) => (v === null ? "" : new Date(v * 1000).toISOString().slice(0, 10)) },
        { label: `${tp("actual_series")}${paren(unit)}`, stroke: "#58a6ff", width: 3, spanGaps: true,
          points: { show: true, size: 10, fill: "#58a6ff" }, value: (u, v) => (v === null ? "—" : fmtValue(v, ind.unit)) },
        { label: `${tp("target_series")}${paren(unit)}`, stroke: "#d29922", width: 2, dash: [8, 5], spanGaps: false,
          points: { show: false }, value: (u, v) => (v === null ? "—" : fmtValue(v, ind.unit)) },
        ...(d.demo.some((v) => v !== null) ? [{ label: `${tp("demo_series")}${paren(unit)}`, stroke: "#8b949e", paths: () => null,
          points: { show: true, size: 12, width: 2, stroke: "#8b949e", fill: "#0d1117" },
          value: (u, v) => (v === null ? "—" : fmtValue(v, ind.unit)) }] : []),
      ],
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
    };
    const series = [d.xs, d.actual, d.goal].concat(d.demo.some((v) => v !== null) ? [d.demo] : []);
    charts.push(new uPlot(opts, series, plotBox));
    return box;
  }

  // A failed read is said on the page, with the time of the figures still shown, in the
  // page's language (a switch says it again); it goes when a read succeeds.
  let shownAt = null; let readError = null;
  function drawReadError() {
    const node = document.getElementById("refresh-error");
    node.hidden = readError === null;
    const msg = readError === null ? "" : SOC.failureText(readError);
    node.textContent = readError === null ? ""
      : shownAt ? tp("refresh_failed", { msg, time: fmtTime(shownAt) }) : tp("refresh_failed_never", { msg });
  }
  let turns = 0;  // orders reads and recomputations: a read clears only a failure before it began
  async function refresh() {
    const began = ++turns;
    try { await render(); readError = null; readSucceeded(began); } catch (e) { readError = e; }
    drawReadError();
  }

  // The figures last read, drawn again in the other language when the server cannot be read.
  let lastStatus = null; let lastRead = null;
  // Reads overlap (the minute's refresh, a login's, an import's): one begun before the one
  // drawn holds older figures and is not drawn over it.
  let reads = 0; let drawnRead = 0;
  async function render() {
    const read = ++reads;
    const [status, scores] = await Promise.all([api("/api/kpis/status"), api("/api/kpis/scores")]);
    const plan = defs.indicators.filter((i) => i.goal_id !== null);
    const histories = await Promise.all(plan.map((i) => api(`/api/kpis/${encodeURIComponent(i.id)}/history`)));
    if (read < drawnRead) return;
    drawnRead = read;
    shownAt = new Date().toISOString();
    draw({ status, scores, plan, histories });
  }
  function draw(read) {
    lastRead = read; lastStatus = read.status;
    renderRun(read.status); renderScores(read.scores); renderMeasures(read.status); renderOperational(read.status);
    for (const c of charts) c.destroy();
    charts = [];
    const box = clear(document.getElementById("charts"));
    read.plan.forEach((ind, k) => box.append(chart(ind, read.histories[k], read.status)));
    document.getElementById("app").dataset.rendered = String(Date.now());
  }

  // The last recomputation's outcome beside its button: a failure is said in the page's
  // language and goes once the server answers a read again.
  let recomputeOutcome = null;
  function readSucceeded(began) {
    if (!(recomputeOutcome && recomputeOutcome.error && recomputeOutcome.turn < began)) return;
    recomputeOutcome = null;
    drawRecompute();
  }
  function drawRecompute() {
    const result = document.getElementById("recompute-result");
    const o = recomputeOutcome;
    result.className = !o ? "" : o.error ? "error" : "ok";
    result.textContent = !o ? "" : o.error ? SOC.failureText(o.error) : `${tp("recomputed")} ${fmtTime(o.at)}`;
  }
  async function recompute() {
    const button = document.getElementById("recompute");
    const result = document.getElementById("recompute-result");
    button.disabled = true; result.className = ""; result.textContent = tp("recomputing");
    try {
      const run = await api("/api/kpis/compute", { method: "POST" });
      recomputeOutcome = { at: run.finished_at }; drawRecompute();
      await render();
    } catch (e) {
      recomputeOutcome = { error: e, turn: ++turns }; drawRecompute();
    } finally { button.disabled = false; }
  }

  let lastErrors = [];
  function renderImportErrors() {
    const table = document.getElementById("import-errors");
    const body = clear(table.querySelector("tbody"));
    const zh = SOC.lang() !== "en";
    for (const err of lastErrors) {
      body.append(el("tr", {}, el("td", { text: String(err.line ?? "") }),
        el("td", { text: err.column || err.loc || "" }),
        el("td", { text: (zh && err.message_zh) || err.message })));
    }
    table.hidden = !body.children.length;
  }

  async function upload(ev) {
    ev.preventDefault();
    const result = document.getElementById("import-result");
    lastErrors = []; renderImportErrors();
    try {
      const out = await api("/api/kpis/import", { method: "POST", form: new FormData(ev.target) });
      // An edited export corrects the stored figures it names (their observation_id).
      result.className = "ok"; result.textContent = SOC.tf("import_ok", { n: out.imported })
        + (out.corrected ? tp("import_corrected", { n: out.corrected }) : "")
        + (out.unchanged ? tp("import_unchanged", { n: out.unchanged }) : "");
      await render();
    } catch (e) {
      lastErrors = (e.problem && e.problem.errors) || [];
      result.className = "error";
      result.dataset.count = String(lastErrors.length);
      result.textContent = lastErrors.length
        ? `${SOC.t("import_failed")}${paren(tp("import_errors", { n: lastErrors.length }))}` : `${SOC.t("import_failed")} — ${e.message}`;
      renderImportErrors();
    }
  }

  // Delete an entered figure by its observation_id (from the export), with a reason.
  async function deleteEntry(ev) {
    ev.preventDefault();
    const f = ev.target;
    const result = document.getElementById("delete-result");
    const id = f.observation_id.value.trim();
    try {
      const gone = await api(`/api/kpis/observations/${encodeURIComponent(id)}?reason=${encodeURIComponent(f.reason.value)}`,
        { method: "DELETE" });
      result.className = "ok";
      result.textContent = tp("deleted", { id: gone.indicator_id, period: gone.period, as_of: gone.as_of,
        value: fmtValue(gone.value, gone.unit) });
      f.reset();
      await render();
    } catch (e) {
      result.className = "error"; result.textContent = tp("delete_failed", { msg: e.message });
    }
  }

  // The measures table as the page shows it, in the page's language, one measure a row (one
  // per plan year while it has no figure) (numbers without thousands separators, so a
  // spreadsheet reads them as numbers).
  function tableCsv(status) {
    const byId = new Map(defs.indicators.map((i) => [i.id, i]));
    const fix = (v, d) => (v === null || v === undefined ? "" : Number(v).toFixed(d));
    const cell = (v) => { const x = String(v ?? ""); return /[",\r\n]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x; };
    const rows = [["csv_id", "csv_name", "csv_year", "csv_as_of", "csv_source", "csv_value", "csv_unit", "csv_numerator",
      "csv_denominator", "csv_target", "csv_capped", "csv_raw", "csv_weight", "csv_points"].map((k) => tp(k))];
    for (const m of status.measures) {
      const ind = byId.get(m.indicator_id); const l = m.latest;
      if (!l) {
        // No figure yet: a row per plan year with its target and weight, as the page lists them.
        for (const y of ind.years) {
          rows.push([m.indicator_id, nameOf(ind), y.year, "", tp("no_data"), "", tp(ind.unit), "", "",
            fix(y.target, 2), "", "", fix(y.weight, 0), ""]);
        }
        continue;
      }
      // A figure computed from demonstration data says so here too: this file is what goes
      // into a progress report (docs/kpi.md, "demo").
      const source = l.demo ? `${tp(l.provenance)}${paren(tp("demo"))}` : tp(l.provenance);
      rows.push([m.indicator_id, nameOf(ind), l ? m.year : "", l ? l.as_of : "", source,
        l ? fix(l.value, 2) : "", tp(ind.unit), l ? fix(l.numerator, 0) : "", l ? fix(l.denominator, 0) : "",
        l ? fix(m.target, 2) : "", m.achievement ? fix(m.achievement.capped * 100, 2) : "",
        m.achievement ? fix(m.achievement.raw * 100, 2) : "", fix(m.weight, 0), fix(m.points, 2)]);
    }
    return `\ufeff${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
  }
  function exportTable() {
    if (!lastStatus) return;
    const url = URL.createObjectURL(new Blob([tableCsv(lastStatus)], { type: "text/csv;charset=utf-8" }));
    const day = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Taipei" });
    const a = el("a", { href: url, download: `kpi-table-${day}.csv` });
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 5000);
  }

  async function exportCsv() {
    const res = await api("/api/kpis/export", { raw: true });
    const url = URL.createObjectURL(await res.blob());
    const a = el("a", { href: url, download: "kpi-observations.csv" });
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 5000);
  }

  async function startApp() {
    me = await api("/api/auth/me");
    started = true;
    document.getElementById("login").hidden = true;
    document.getElementById("app").hidden = false;
    document.getElementById("logout").hidden = false;
    drawWho();
    const writer = me.permissions.includes("kpi_write");
    document.getElementById("import").hidden = !writer;
    document.getElementById("delete-entry").hidden = !writer;
    document.getElementById("recompute").hidden = !writer;
    defs = await api("/api/kpis/definitions");
    applyPlannerI18n();
    await refresh();
    // Scheduled recomputations land in the database: follow them (a failure is said).
    setInterval(refresh, 60_000);
  }

  SOC.applyI18n();
  applyPlannerI18n();
  SOC.langButton(document.getElementById("lang"));
  document.addEventListener("soc:lang", () => {
    applyPlannerI18n(); renderImportErrors();
    const result = document.getElementById("import-result");
    if (result.className === "error" && lastErrors.length) {
      result.textContent = `${SOC.t("import_failed")}${paren(tp("import_errors", { n: lastErrors.length }))}`;
    }
    drawWho();
    if (lastRead) draw(lastRead);  // the figures shown, in the new language, whatever the next read says
    drawRecompute(); drawReadError();
    if (defs) refresh();
  });
  const form = document.getElementById("login");
  form.username.placeholder = SOC.t("username"); form.password.placeholder = SOC.t("password");
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      await SOC.login(form.username.value, form.password.value);
      await (started ? resumeSession() : startApp());
    } catch (e) {
      document.getElementById("login-error").textContent = e.message;
    }
  });
  document.getElementById("import").addEventListener("submit", upload);
  document.getElementById("delete-entry").addEventListener("submit", deleteEntry);
  document.getElementById("recompute").addEventListener("click", recompute);
  document.getElementById("export").addEventListener("click", () => exportCsv().catch((e) => {
    const node = document.getElementById("import-result");
    node.className = "error"; node.textContent = tp("export_failed", { msg: e.message });
  }));
  document.getElementById("export-table").addEventListener("click", exportTable);
  document.getElementById("logout").onclick = async () => { await SOC.logout(); location.reload(); };
  if (SOC.token()) startApp().catch(() => { form.hidden = false; }); else form.hidden = false;
})();
