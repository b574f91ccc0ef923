// Planner page: KPI charts of actuals against targets over time (SVG), CSV import
// with its error report, CSV export.
"use strict";
(() => {
  const { t, el, clear, api } = SOC;
  let defs = null;

  function chart(indicator, history) {
    const W = 520; const H = 220; const L = 48; const R = 12; const T = 16; const B = 30;
    const targets = indicator.years.map((y) => ({ year: y.year, target: y.target }));
    const points = history.points.map((p) => ({ t: Date.parse(p.as_of), v: p.value }));
    const years = targets.map((x) => x.year).concat(points.map((p) => new Date(p.t).getUTCFullYear()));
    const y0 = Math.min(...years); const y1 = Math.max(...years);
    const t0 = Date.UTC(y0, 0, 1); const t1 = Date.UTC(y1 + 1, 0, 1);
    const vmax = Math.max(1, ...targets.map((x) => x.target), ...points.map((p) => p.v)) * 1.15;
    const x = (tt) => L + (tt - t0) / (t1 - t0) * (W - L - R);
    const y = (v) => H - B - v / vmax * (H - T - B);
    const svg = el("svg:svg", { viewBox: `0 0 ${W} ${H}`, role: "img" });
    svg.append(el("svg:line", { x1: L, y1: H - B, x2: W - R, y2: H - B, class: "axis" }),
      el("svg:line", { x1: L, y1: T, x2: L, y2: H - B, class: "axis" }));
    for (let yr = y0; yr <= y1; yr += 1) {
      svg.append(el("svg:text", { x: x(Date.UTC(yr, 6, 1)), y: H - 10, "text-anchor": "middle", text: String(yr) }));
    }
    for (const frac of [0, 0.5, 1]) {
      svg.append(el("svg:text", { x: L - 6, y: y(vmax / 1.15 * frac) + 4, "text-anchor": "end",
        text: String(Math.round(vmax / 1.15 * frac * 10) / 10) }));
    }
    const step = targets.map((g) => `M${x(Date.UTC(g.year, 0, 1))},${y(g.target)}H${x(Date.UTC(g.year + 1, 0, 1))}`).join("");
    if (step) svg.append(el("svg:path", { d: step, class: "target" }, el("svg:title", { text: t("target") })));
    if (points.length) {
      svg.append(el("svg:polyline", { points: points.map((p) => `${x(p.t)},${y(p.v)}`).join(" "), class: "actual" }));
      for (const p of points) svg.append(el("svg:circle", { cx: x(p.t), cy: y(p.v), r: 4, class: "pt" },
        el("svg:title", { text: `${new Date(p.t).toISOString().slice(0, 10)}: ${p.v}` })));
    }
    const last = history.points[history.points.length - 1];
    const ach = last && last.achievement ? `${Math.round(last.achievement.raw * 100)}%` : "—";
    const name = SOC.lang() === "en" ? indicator.name_en : indicator.name_zh;
    return el("div", { class: "chart", "data-indicator": indicator.id },
      el("div", {}, el("b", { text: `${indicator.id} ${name}` })),
      el("div", { class: "tile-sub", text: `${t("achievement")} ${ach} · ${t("actual")} ─ / ${t("target")} ┄ (${indicator.unit})` }),
      svg);
  }

  async function renderCharts() {
    const box = clear(document.getElementById("charts"));
    box.append(el("p", { class: "empty", text: t("loading") }));
    const plan = defs.indicators.filter((i) => i.goal_id !== null);
    const histories = await Promise.all(plan.map((i) => api(`/api/kpis/${encodeURIComponent(i.id)}/history`)));
    clear(box);
    plan.forEach((ind, k) => box.append(chart(ind, histories[k])));
  }

  async function upload(ev) {
    ev.preventDefault();
    const result = document.getElementById("import-result");
    const table = document.getElementById("import-errors");
    const body = clear(table.querySelector("tbody"));
    table.hidden = true;
    try {
      const out = await api("/api/kpis/import", { method: "POST", form: new FormData(ev.target) });
      result.className = "ok"; result.textContent = `${t("import_ok")}: ${out.imported}`;
      await renderCharts();
    } catch (e) {
      result.className = "error";
      result.textContent = `${t("import_failed")} — ${e.message}`;
      for (const err of (e.problem && e.problem.errors) || []) {
        body.append(el("tr", {}, el("td", { text: String(err.line ?? "") }),
          el("td", { text: err.column || err.loc || "" }), el("td", { text: err.message })));
      }
      table.hidden = !body.children.length;
    }
  }

  async function exportCsv() {
    const res = await api("/api/kpis/export", { raw: true });
    const url = URL.createObjectURL(await res.blob());
    const a = el("a", { href: url, download: "kpi-observations.csv" });
    document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 5000);
  }

  async function startApp() {
    const me = await api("/api/auth/me");
    document.getElementById("login").hidden = true;
    document.getElementById("app").hidden = false;
    document.getElementById("logout").hidden = false;
    document.getElementById("who").textContent = `${me.user_name} (${me.role})`;
    document.getElementById("import").hidden = !me.permissions.includes("kpi_write");
    defs = await api("/api/kpis/definitions");
    await renderCharts();
  }

  SOC.applyI18n();
  SOC.langButton(document.getElementById("lang"));
  document.addEventListener("soc:lang", () => { if (defs) renderCharts(); });
  const form = document.getElementById("login");
  form.username.placeholder = t("username"); form.password.placeholder = t("password");
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try { await SOC.login(form.username.value, form.password.value); await startApp(); } catch (e) {
      document.getElementById("login-error").textContent = e.message;
    }
  });
  document.getElementById("import").addEventListener("submit", upload);
  document.getElementById("export").addEventListener("click", () => exportCsv().catch((e) => alert(e.message)));
  document.getElementById("logout").onclick = () => { SOC.setToken(null); location.reload(); };
  if (SOC.token()) startApp().catch(() => { form.hidden = false; }); else form.hidden = false;
})();
