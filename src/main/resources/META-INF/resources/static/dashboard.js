// Stance dashboard: polls Parley's public trends API and draws the answers with ECharts.
// Thread titles and ids are hostile input: they are only ever set as textContent.
(function () {
  "use strict";
  const root = document.getElementById("dashboard");
  const site = () => document.getElementById("site").value;
  const COUNTRIES = ["russia", "japan", "china", "us"];
  const RANGES = { "24h": [1, "hour"], "7d": [7, "hour"], "30d": [30, "day"], "1y": [365, "week"], "all": [null, "week"] };
  const cache = new Map(); // url -> {etag, body}
  const charts = new Map();

  function window_() {
    const [days, bucket] = RANGES[document.getElementById("range").value];
    const hour = 3600 * 1000;
    // The end is the next whole hour, so repeated polls within an hour ask the same URL and get 304s.
    const to = new Date(Math.ceil(Date.now() / hour) * hour);
    const from = days === null ? new Date("2000-01-01T00:00:00Z") : new Date(to.getTime() - days * 24 * hour);
    return { from: from.toISOString(), to: to.toISOString(), bucket };
  }

  async function get(url) {
    const seen = cache.get(url);
    const response = await fetch(url, { headers: seen ? { "If-None-Match": seen.etag } : {} });
    if (response.status === 304 && seen) return { body: seen.body, changed: false };
    if (!response.ok) throw new Error(url + " answered " + response.status);
    const body = await response.json();
    cache.set(url, { etag: response.headers.get("ETag"), body });
    return { body, changed: true };
  }

  function chart(id) {
    if (!charts.has(id)) charts.set(id, echarts.init(document.getElementById(id)));
    return charts.get(id);
  }

  function drawStance(country, trend) {
    const el = document.getElementById("stance-" + country);
    el.dataset.points = trend.points.length;
    el.dataset.total = trend.points.reduce((n, p) => n + p.total, 0);
    // Bars, not areas: buckets without comments are absent from the answer, and a line would
    // draw made-up values across them.
    const series = (name, key, color) => ({
      name, type: "bar", stack: "count", barMaxWidth: 18, color,
      data: trend.points.map((p) => [p.start, p[key]]) });
    chart(el.id).setOption({
      animation: false, tooltip: { trigger: "axis" }, legend: { top: 0 },
      grid: { left: 40, right: 40, top: 30, bottom: 24 },
      xAxis: { type: "time" },
      yAxis: [{ type: "value", name: "comments", minInterval: 1 }, { type: "value", name: "score", min: -1, max: 1 }],
      series: [series("favor", "favor", "#1b7f4b"), series("against", "against", "#b42318"),
        series("neutral", "neutral", "#98a2b3"),
        { name: "mean score", type: "scatter", yAxisIndex: 1, color: "#2453a6", symbolSize: 6,
          data: trend.points.map((p) => [p.start, p.meanScore]) }]
    }, true);
  }

  function drawHostility(trend) {
    const el = document.getElementById("hostility");
    el.dataset.points = trend.points.length;
    chart("hostility").setOption({
      animation: false, tooltip: { trigger: "axis" }, legend: { top: 0 },
      grid: { left: 40, right: 40, top: 30, bottom: 24 },
      xAxis: { type: "time" },
      yAxis: [{ type: "value", name: "insult rate", min: 0, max: 1 }, { type: "value", name: "exchanges", minInterval: 1 }],
      series: [{ name: "insult rate", type: "scatter", symbolSize: 6, color: "#b42318", data: trend.points.map((p) => [p.start, p.insultRate]) },
        { name: "flame exchanges started", type: "bar", yAxisIndex: 1, color: "#f79009",
          data: trend.points.map((p) => [p.start, p.flameExchangesStarted]) }]
    }, true);
  }

  function drawTop(top) {
    const body = document.querySelector("#top-threads tbody");
    body.replaceChildren(...top.threads.map((t) => {
      const row = document.createElement("tr");
      const cell = (text, cls) => { const td = document.createElement("td"); td.textContent = text; if (cls) td.className = cls; row.append(td); };
      cell(t.title || t.thread);
      cell(t.meanScoreBefore === null ? "–" : t.meanScoreBefore.toFixed(2), "num");
      cell(t.meanScoreAfter === null ? "–" : t.meanScoreAfter.toFixed(2), "num");
      cell((t.shift >= 0 ? "+" : "") + t.shift.toFixed(2), "num");
      return row;
    }));
    if (top.threads.length === 0) {
      const row = document.createElement("tr"); const td = document.createElement("td");
      td.colSpan = 4; td.textContent = "No thread with stance in both halves of the range."; row.append(td); body.append(row);
    }
  }

  async function refresh() {
    const w = window_();
    const thread = document.getElementById("thread").value.trim();
    const base = "/api/v1/sites/" + encodeURIComponent(site()) + "/trends/";
    const q = (extra) => new URLSearchParams({ from: w.from, to: w.to, ...extra, ...(thread ? { thread } : {}) }).toString();
    const freshness = document.getElementById("freshness");
    try {
      const answers = await Promise.all([
        ...COUNTRIES.map((c) => get(base + "stance?" + q({ country: c, bucket: w.bucket }))),
        get(base + "hostility?" + q({ bucket: w.bucket })),
        get(base + "top-threads?" + new URLSearchParams({ country: document.getElementById("top-country").value, from: w.from, to: w.to }))
      ]);
      COUNTRIES.forEach((c, i) => { if (answers[i].changed) drawStance(c, answers[i].body); });
      if (answers[4].changed) drawHostility(answers[4].body);
      if (answers[5].changed) drawTop(answers[5].body);
      const changed = answers.filter((a) => a.changed).length;
      freshness.textContent = "Updated " + new Date().toLocaleTimeString() + (changed === 0 ? " (no change)" : "");
      root.dataset.polls = String(Number(root.dataset.polls || 0) + 1);
    } catch (e) {
      freshness.textContent = "Could not load trends: " + e.message;
    }
  }

  document.getElementById("site").addEventListener("change", () => {
    location.href = "/dashboard/" + encodeURIComponent(site()) + "?range=" + document.getElementById("range").value;
  });
  ["range", "thread", "top-country"].forEach((id) => document.getElementById(id).addEventListener("change", refresh));
  document.getElementById("controls").addEventListener("submit", (e) => { e.preventDefault(); refresh(); });
  window.addEventListener("resize", () => charts.forEach((c) => c.resize()));
  refresh();
  setInterval(refresh, Number(root.dataset.refresh) * 1000);
})();
