"use strict";
// The timeline chart: events on a zoomable time axis (canvas), an overview strip and a
// sortable, filterable table. Times are epoch milliseconds, [t0, t1) per event.
(function () {
  const DATA = JSON.parse(document.getElementById("timeline-data").textContent);
  const EVENTS = DATA.events;
  const ARTICLES = DATA.articles;

  const PALETTE = ["#2563eb", "#dc2626", "#059669", "#d97706", "#7c3aed", "#0891b2",
    "#db2777", "#65a30d", "#9333ea", "#ea580c", "#0d9488", "#4f46e5"];
  const LANG_COLOURS = { de: "#d97706", en: "#2563eb" };
  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
    "Nov", "Dec"];
  const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const MINUTE = 60e3, HOUR = 3600e3, DAY = 86400e3, YEAR = 365.2425 * DAY;
  const AXIS_H = 46, PAD_TOP = 8, PAD_BOTTOM = 12, POINT_R = 4.5;
  const LANE_MAX = 16, LANE_MIN = 3, MIN_SPAN = 30 * MINUTE;
  const T_MIN = utc(1, 0, 1), T_MAX = utc(9999, 11, 31);

  const canvas = document.getElementById("chart");
  const ctx = canvas.getContext("2d");
  const overview = document.getElementById("overview");
  const octx = overview.getContext("2d");
  const tooltip = document.getElementById("tooltip");
  const box = document.getElementById("chart-box");

  // ---- calendar helpers (UTC, any year 1..9999) ----------------------------------------
  function utc(y, m, d, h, mi) {
    const dt = new Date(0);
    dt.setUTCFullYear(y, m, d);
    dt.setUTCHours(h || 0, mi || 0, 0, 0);
    return dt.getTime();
  }
  function parts(t) {
    const d = new Date(t);
    return { y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate(),
      h: d.getUTCHours(), mi: d.getUTCMinutes(), wd: d.getUTCDay() };
  }
  function pad2(n) { return (n < 10 ? "0" : "") + n; }

  // Tick steps from fine to coarse; `floor` aligns a time to the step, `next` advances.
  const STEPS = [];
  for (const n of [1, 5, 15, 30]) STEPS.push({ unit: "minute", n, ms: n * MINUTE });
  for (const n of [1, 3, 6, 12]) STEPS.push({ unit: "hour", n, ms: n * HOUR });
  for (const n of [1, 2, 7, 14]) STEPS.push({ unit: "day", n, ms: n * DAY });
  for (const n of [1, 2, 3, 6]) STEPS.push({ unit: "month", n, ms: n * 30.44 * DAY });
  for (const n of [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000]) {
    STEPS.push({ unit: "year", n, ms: n * YEAR });
  }

  function floorTo(t, s) {
    const p = parts(t);
    switch (s.unit) {
      case "minute": return utc(p.y, p.m, p.d, p.h, p.mi - (p.mi % s.n));
      case "hour": return utc(p.y, p.m, p.d, p.h - (p.h % s.n));
      case "day":
        if (s.n === 1) return utc(p.y, p.m, p.d);
        if (s.n === 7) return utc(p.y, p.m, p.d - ((p.wd + 6) % 7)); // Mondays
        if (s.n === 2) return utc(p.y, p.m, p.d - ((p.d - 1) % 2));
        return utc(p.y, p.m, p.d <= 14 ? 1 : 15);                     // 1st and 15th
      case "month": return utc(p.y, p.m - (p.m % s.n), 1);
      default: return utc(p.y - (((p.y % s.n) + s.n) % s.n), 0, 1);
    }
  }
  function nextTick(t, s) {
    const p = parts(t);
    switch (s.unit) {
      case "minute": return utc(p.y, p.m, p.d, p.h, p.mi + s.n);
      case "hour": return utc(p.y, p.m, p.d, p.h + s.n);
      case "day":
        if (s.n === 14) return p.d < 15 ? utc(p.y, p.m, 15) : utc(p.y, p.m + 1, 1);
        if (s.n === 2 && p.d >= 29) return utc(p.y, p.m + 1, 1);
        return utc(p.y, p.m, p.d + s.n);
      case "month": return utc(p.y, p.m + s.n, 1);
      default: return utc(p.y + s.n, 0, 1);
    }
  }
  function tickLabel(t, s) {
    const p = parts(t);
    switch (s.unit) {
      case "minute": case "hour": return pad2(p.h) + ":" + pad2(p.mi);
      case "day": return s.n === 1 ? WEEKDAYS[p.wd] + " " + p.d : String(p.d);
      case "month": return MONTHS[p.m];
      default: return String(p.y);
    }
  }
  // The context line above the ticks: the day for clock ticks, month for days, year for months.
  function contextStep(s) {
    if (s.unit === "minute" || s.unit === "hour") return { unit: "day", n: 1 };
    if (s.unit === "day") return { unit: "month", n: 1 };
    if (s.unit === "month") return { unit: "year", n: 1 };
    return null;
  }
  function contextLabel(t, c) {
    const p = parts(t);
    if (c.unit === "day") return WEEKDAYS[p.wd] + " " + p.d + " " + MONTHS[p.m] + " " + p.y;
    if (c.unit === "month") return MONTHS[p.m] + " " + p.y;
    return String(p.y);
  }

  // ---- state ---------------------------------------------------------------------------------
  const order = EVENTS.map((_, i) => i).sort((a, b) =>
    EVENTS[a].t0 - EVENTS[b].t0 || EVENTS[a].t1 - EVENTS[b].t1 || EVENTS[a].a - EVENTS[b].a);
  let fullStart = Infinity, fullEnd = -Infinity;
  for (const e of EVENTS) { fullStart = Math.min(fullStart, e.t0); fullEnd = Math.max(fullEnd, e.t1); }
  if (!EVENTS.length) { fullStart = utc(2000, 0, 1); fullEnd = utc(2001, 0, 1); }

  const state = {
    view: focusView(), colourBy: "article", filter: "", visible: order.slice(),
    hover: -1, active: -1, width: 800, height: 300, laneH: LANE_MAX,
    drawn: [], marksDrawn: 0, sortKey: "t0", sortDir: 1,
  };

  function fitView() {
    const span = Math.max(fullEnd - fullStart, DAY);
    const margin = span * 0.04;
    return { t0: Math.max(T_MIN, fullStart - margin), t1: Math.min(T_MAX, fullEnd + margin) };
  }
  // The first view: the bulk of the events, without far-off strays (they stay reachable).
  function focusView() {
    if (!DATA.focus) return fitView();
    const span = Math.max(DATA.focus[1] - DATA.focus[0], DAY);
    const margin = span * 0.04;
    return { t0: Math.max(T_MIN, DATA.focus[0] - margin), t1: Math.min(T_MAX, DATA.focus[1] + margin) };
  }
  function colourOf(e) {
    if (state.colourBy === "lang") return LANG_COLOURS[e.lang] || "#6b7280";
    return PALETTE[e.a % PALETTE.length];
  }
  function xOf(t) { return (t - state.view.t0) / (state.view.t1 - state.view.t0) * state.width; }
  function tOf(x) { return state.view.t0 + x / state.width * (state.view.t1 - state.view.t0); }

  // ---- layout: pack marks into lanes at the current zoom -----------------------------------
  function pack(indices) {
    const laneEnds = [];
    const lanes = new Int32Array(EVENTS.length);
    const gap = 3;
    for (const i of indices) {
      const e = EVENTS[i];
      let x0 = xOf(e.t0), x1 = xOf(e.t1);
      if (x1 - x0 < 2 * POINT_R + 2) {         // too short to show its extent: a point
        const c = (x0 + x1) / 2; x0 = c - POINT_R - 1; x1 = c + POINT_R + 1;
      }
      if (x1 < -2 || x0 > state.width + 2) continue;  // out of view: takes no lane
      x0 = Math.max(x0, -2);
      let lane = 0;
      while (lane < laneEnds.length && laneEnds[lane] + gap > x0) lane++;
      laneEnds[lane] = x1;
      lanes[i] = lane;
    }
    return { lanes, count: laneEnds.length };
  }

  function resize() {
    const rect = box.getBoundingClientRect();
    state.width = Math.max(320, Math.floor(rect.width - 2));
    // Height from the lanes needed when every event is in view, within sensible bounds.
    const saved = state.view; state.view = fitView();
    const needed = pack(order).count;
    state.view = saved;
    const inner = Math.min(Math.max(needed * LANE_MAX, 160), 520);
    state.height = AXIS_H + PAD_TOP + inner + PAD_BOTTOM;
    const dpr = window.devicePixelRatio || 1;
    for (const [c, h] of [[canvas, state.height], [overview, 36]]) {
      c.width = Math.round(state.width * dpr); c.height = Math.round(h * dpr);
      c.style.width = state.width + "px"; c.style.height = h + "px";
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    octx.setTransform(dpr, 0, 0, dpr, 0, 0);
  }

  // ---- drawing -------------------------------------------------------------------------------
  const hatchCache = {};
  function hatch(colour) {
    if (hatchCache[colour]) return hatchCache[colour];
    const p = document.createElement("canvas"); p.width = 8; p.height = 8;
    const g = p.getContext("2d");
    g.fillStyle = colour + "1f"; g.fillRect(0, 0, 8, 8);
    g.strokeStyle = colour + "99"; g.lineWidth = 1.5;
    g.beginPath(); g.moveTo(-2, 10); g.lineTo(10, -2); g.moveTo(-2, 2); g.lineTo(2, -2);
    g.moveTo(6, 10); g.lineTo(10, 6); g.stroke();
    hatchCache[colour] = ctx.createPattern(p, "repeat");
    return hatchCache[colour];
  }

  function chooseStep(minPx) {
    const span = state.view.t1 - state.view.t0;
    for (const s of STEPS) if (s.ms / span * state.width >= minPx) return s;
    return STEPS[STEPS.length - 1];
  }

  function drawAxis() {
    const s = chooseStep(64);
    ctx.font = "12px system-ui, -apple-system, Segoe UI, Roboto, sans-serif";
    ctx.textBaseline = "middle";
    let t = floorTo(state.view.t0, s), guard = 0;
    while (t <= state.view.t1 && guard++ < 500) {
      const x = Math.round(xOf(t)) + 0.5;
      if (x >= 0) {
        ctx.strokeStyle = "#eef0f3"; ctx.lineWidth = 1;
        ctx.beginPath(); ctx.moveTo(x, AXIS_H); ctx.lineTo(x, state.height); ctx.stroke();
        ctx.strokeStyle = "#c7ccd4";
        ctx.beginPath(); ctx.moveTo(x, AXIS_H - 6); ctx.lineTo(x, AXIS_H); ctx.stroke();
        ctx.fillStyle = "#374151"; ctx.textAlign = "left";
        ctx.fillText(tickLabel(t, s), x + 4, AXIS_H - 12);
      }
      const n = nextTick(t, s);
      if (n <= t) break;
      t = n;
    }
    // context line: the first label pinned to the left edge, the others at their start
    const c = contextStep(s);
    if (c) {
      ctx.font = "600 12px system-ui, -apple-system, Segoe UI, Roboto, sans-serif";
      ctx.fillStyle = "#111827";
      const marks = [];
      let ct = floorTo(state.view.t0, c);
      guard = 0;
      while (ct <= state.view.t1 && guard++ < 400) { marks.push(ct); ct = nextTick(ct, c); }
      for (let k = 0; k < marks.length; k++) {
        const label = contextLabel(marks[k], c);
        let x = Math.max(4, xOf(marks[k]) + 4);
        const nextX = k + 1 < marks.length ? xOf(marks[k + 1]) : Infinity;
        if (x + ctx.measureText(label).width + 12 > nextX) continue; // no room: skip
        ctx.fillText(label, x, 14);
      }
    }
    ctx.strokeStyle = "#d5dae1"; ctx.lineWidth = 1;
    ctx.beginPath(); ctx.moveTo(0, AXIS_H + 0.5); ctx.lineTo(state.width, AXIS_H + 0.5); ctx.stroke();
  }

  function draw() {
    const W = state.width, H = state.height;
    ctx.clearRect(0, 0, W, H);
    ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, W, H);
    drawAxis();
    const { lanes, count } = pack(state.visible);
    const inner = H - AXIS_H - PAD_TOP - PAD_BOTTOM;
    const laneH = Math.max(LANE_MIN, Math.min(LANE_MAX, inner / Math.max(count, 1)));
    const capacity = Math.max(1, Math.floor(inner / laneH));
    state.laneH = laneH;
    const drawn = [];
    let marks = 0;
    // Bars first, then points on top, so short events stay visible over long intervals.
    for (const pass of ["bar", "point"]) {
      for (const i of state.visible) {
        const e = EVENTS[i];
        let x0 = xOf(e.t0), x1 = xOf(e.t1);
        if (x1 < -POINT_R - 2 || x0 > W + POINT_R + 2) continue;
        const asPoint = x1 - x0 < 2 * POINT_R + 2;
        if ((pass === "point") !== asPoint) continue;
        const lane = lanes[i] % capacity;
        const yMid = AXIS_H + PAD_TOP + lane * laneH + laneH / 2;
        const colour = colourOf(e);
        const h = Math.max(2, laneH - 3);
        if (asPoint) {
          const cx = (x0 + x1) / 2, r = Math.min(POINT_R, Math.max(1.5, laneH / 2 - 0.5));
          ctx.beginPath();
          if (e.implicit) ctx.rect(cx - r, yMid - r, 2 * r, 2 * r); // dateline lead: square
          else ctx.arc(cx, yMid, r, 0, 2 * Math.PI);
          ctx.fillStyle = e.amb ? "#fff" : colour; ctx.fill();
          ctx.lineWidth = e.amb ? 1.5 : 1; ctx.strokeStyle = e.amb ? colour : "#ffffff";
          ctx.stroke();
          x0 = cx - r - 1; x1 = cx + r + 1;
        } else {
          const bx0 = Math.max(x0, -4), bx1 = Math.min(x1, W + 4);
          const y0 = yMid - h / 2;
          if (e.amb) {
            ctx.fillStyle = hatch(colour); ctx.fillRect(bx0, y0, bx1 - bx0, h);
            ctx.setLineDash([3, 2]); ctx.strokeStyle = colour + "cc"; ctx.lineWidth = 1;
            ctx.strokeRect(bx0 + 0.5, y0 + 0.5, bx1 - bx0 - 1, h - 1); ctx.setLineDash([]);
          } else {
            // a day (or time) wide enough to show its extent stays solid, unlike periods
            ctx.fillStyle = colour + (e.kind === "point" ? "cc" : "40");
            ctx.fillRect(bx0, y0, bx1 - bx0, h);
            ctx.strokeStyle = colour; ctx.lineWidth = 1;
            ctx.strokeRect(bx0 + 0.5, y0 + 0.5, bx1 - bx0 - 1, h - 1);
          }
          // a relation anchors one end: "since X" starts firmly, "until X" ends firmly
          ctx.fillStyle = colour;
          if (e.rel === "since" || e.rel === "from" || e.rel === "after") ctx.fillRect(x0, y0 - 1, 3, h + 2);
          if (e.rel === "until" || e.rel === "before") ctx.fillRect(x1 - 3, y0 - 1, 3, h + 2);
        }
        if (i === state.hover || i === state.active) {
          ctx.strokeStyle = "#111827"; ctx.lineWidth = 2;
          ctx.strokeRect(x0 - 2, yMid - laneH / 2 - 1, x1 - x0 + 4, laneH + 2);
        }
        drawn.push([x0, x1, yMid - laneH / 2, yMid + laneH / 2, i, asPoint ? 1 : 0]);
        marks++;
      }
    }
    drawOffscreen();
    state.drawn = drawn;
    state.marksDrawn = marks;
    canvas.dataset.marksDrawn = String(marks);
    canvas.dataset.viewStart = new Date(state.view.t0).toISOString();
    canvas.dataset.viewEnd = new Date(state.view.t1).toISOString();
    if (!state.visible.length) {
      ctx.fillStyle = "#6b7280"; ctx.font = "14px system-ui, sans-serif"; ctx.textAlign = "center";
      ctx.fillText("No events match the filter.", W / 2, AXIS_H + inner / 2);
    }
    drawOverview();
  }

  // Pills at the edges count the events outside the view; clicking one shows them all.
  function drawOffscreen() {
    let before = 0, after = 0;
    for (const i of state.visible) {
      const e = EVENTS[i];
      if (xOf(e.t1) < -POINT_R - 2) before++;
      else if (xOf(e.t0) > state.width + POINT_R + 2) after++;
    }
    state.pills = [];
    ctx.font = "600 11px system-ui, -apple-system, Segoe UI, Roboto, sans-serif";
    ctx.textBaseline = "middle";
    const y = state.height - PAD_BOTTOM - 22;  // lanes fill from the top: the bottom is freer
    for (const [n, side] of [[before, "left"], [after, "right"]]) {
      if (!n) continue;
      const label = side === "left" ? "◀ " + n + " earlier" : n + " later ▶";
      const w = ctx.measureText(label).width + 14, h = 20;
      const x = side === "left" ? 6 : state.width - w - 6;
      ctx.fillStyle = "rgba(31, 36, 48, 0.82)";
      ctx.beginPath();
      if (ctx.roundRect) ctx.roundRect(x, y, w, h, 10); else ctx.rect(x, y, w, h);
      ctx.fill();
      ctx.fillStyle = "#fff"; ctx.textAlign = "left";
      ctx.fillText(label, x + 7, y + h / 2 + 0.5);
      state.pills.push([x, x + w, y, y + h]);
    }
    state.offscreen = before + after;
  }
  function onPill(ev) {
    const rect = canvas.getBoundingClientRect();
    const x = ev.clientX - rect.left, y = ev.clientY - rect.top;
    return (state.pills || []).some(([x0, x1, y0, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1);
  }

  // The overview: where all events are over the whole extent, and which part is in view.
  function drawOverview() {
    const W = state.width, H = 36;
    octx.clearRect(0, 0, W, H);
    const span = fullEnd - fullStart || DAY;
    const o0 = fullStart - span * 0.02, o1 = fullEnd + span * 0.02;
    const ox = t => (t - o0) / (o1 - o0) * W;
    const bins = new Float32Array(Math.max(1, Math.floor(W / 3)));
    for (const i of state.visible) {
      const e = EVENTS[i];
      // short events at their middle; a long range ("since the 1970s") where it starts
      const at = e.t1 - e.t0 > 366 * DAY ? e.t0 : (e.t0 + e.t1) / 2;
      const b = Math.min(bins.length - 1, Math.max(0, Math.floor(ox(at) / 3)));
      bins[b]++;
    }
    let max = 0; for (const v of bins) max = Math.max(max, v);
    octx.fillStyle = "#94a3b8";
    for (let b = 0; b < bins.length; b++) {
      if (!bins[b]) continue;
      const h = 4 + (H - 10) * Math.sqrt(bins[b] / max);
      octx.fillRect(b * 3, H - h - 2, 2, h);
    }
    const v0 = Math.max(0, ox(state.view.t0)), v1 = Math.min(W, ox(state.view.t1));
    octx.fillStyle = "rgba(37, 99, 235, 0.12)"; octx.fillRect(v0, 0, Math.max(2, v1 - v0), H);
    octx.strokeStyle = "rgba(37, 99, 235, 0.7)"; octx.lineWidth = 1;
    octx.strokeRect(v0 + 0.5, 0.5, Math.max(2, v1 - v0) - 1, H - 1);
    state.overviewMap = { o0, o1 };
  }

  let frame = 0;
  function redraw() {
    if (frame) return;
    frame = requestAnimationFrame(() => { frame = 0; draw(); });
  }

  // Draw now if a redraw is pending, so that what scripts read matches the latest view.
  function flush() {
    if (!frame) return;
    cancelAnimationFrame(frame);
    frame = 0;
    draw();
  }

  // ---- interaction ---------------------------------------------------------------------------
  function setView(t0, t1) {
    let span = Math.max(MIN_SPAN, t1 - t0);
    const maxSpan = Math.max((fullEnd - fullStart) * 3, 2 * YEAR);
    if (span > maxSpan) { const c = (t0 + t1) / 2; span = maxSpan; t0 = c - span / 2; }
    t0 = Math.max(T_MIN, Math.min(t0, T_MAX - span));
    state.view = { t0, t1: t0 + span };
    redraw();
  }

  canvas.addEventListener("wheel", ev => {
    ev.preventDefault();
    const rect = canvas.getBoundingClientRect();
    const x = ev.clientX - rect.left, t = tOf(x);
    const delta = ev.deltaMode === 1 ? ev.deltaY * 16 : ev.deltaY;
    const k = Math.exp(Math.max(-2, Math.min(2, delta * 0.0015)));
    const t0 = t - (t - state.view.t0) * k, t1 = t + (state.view.t1 - t) * k;
    setView(t0, t1);
    hideTooltip();
  }, { passive: false });

  let drag = null;
  canvas.addEventListener("pointerdown", ev => {
    drag = { x: ev.clientX, view: state.view, moved: false };
    canvas.setPointerCapture(ev.pointerId);
  });
  canvas.addEventListener("pointermove", ev => {
    if (drag) {
      const dx = ev.clientX - drag.x;
      if (Math.abs(dx) > 2) { drag.moved = true; canvas.classList.add("dragging"); hideTooltip(); }
      if (drag.moved) {
        const dt = dx / state.width * (drag.view.t1 - drag.view.t0);
        setView(drag.view.t0 - dt, drag.view.t1 - dt);
      }
      return;
    }
    hoverAt(ev);
  });
  canvas.addEventListener("pointerup", ev => {
    const clicked = drag && !drag.moved;
    drag = null; canvas.classList.remove("dragging");
    if (clicked && onPill(ev)) { const v = fitView(); setView(v.t0, v.t1); return; }
    if (clicked) { const i = hitTest(ev); if (i >= 0) scrollToRow(i); }
  });
  canvas.addEventListener("pointerleave", () => { if (!drag) { state.hover = -1; hideTooltip(); redraw(); } });
  canvas.addEventListener("dblclick", () => { const v = fitView(); setView(v.t0, v.t1); });
  document.getElementById("reset").addEventListener("click", () => { const v = fitView(); setView(v.t0, v.t1); });

  let overviewDrag = false;
  function overviewMove(ev) {
    const rect = overview.getBoundingClientRect();
    const { o0, o1 } = state.overviewMap;
    const t = o0 + (ev.clientX - rect.left) / state.width * (o1 - o0);
    const span = state.view.t1 - state.view.t0;
    setView(t - span / 2, t + span / 2);
  }
  overview.addEventListener("pointerdown", ev => { overviewDrag = true; overview.setPointerCapture(ev.pointerId); overviewMove(ev); });
  overview.addEventListener("pointermove", ev => { if (overviewDrag) overviewMove(ev); });
  overview.addEventListener("pointerup", () => { overviewDrag = false; });

  function hitTest(ev) {
    const rect = canvas.getBoundingClientRect();
    const x = ev.clientX - rect.left, y = ev.clientY - rect.top;
    let best = -1, bestScore = Infinity;
    for (const [x0, x1, y0, y1, i, isPoint] of state.drawn) {
      if (x < x0 - 2 || x > x1 + 2 || y < y0 || y > y1) continue;
      const score = isPoint ? 0 : x1 - x0;   // prefer points, then the shortest bar
      if (score < bestScore) { best = i; bestScore = score; }
    }
    return best;
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  }
  function sentenceHtml(e) {
    const at = e.expr ? e.sent.indexOf(e.expr) : -1;
    if (at < 0) return escapeHtml(e.sent);
    return escapeHtml(e.sent.slice(0, at)) + "<mark>" + escapeHtml(e.expr) + "</mark>" +
      escapeHtml(e.sent.slice(at + e.expr.length));
  }
  function sourceOf(e) {
    const a = ARTICLES[e.a];
    return [a.label, a.place, a.agency, a.dateline].filter(Boolean).join(" · ");
  }

  function hoverAt(ev) {
    const i = hitTest(ev);
    if (i !== state.hover) { state.hover = i; redraw(); }
    if (i < 0) { hideTooltip(); return; }
    const e = EVENTS[i];
    tooltip.innerHTML =
      '<div class="when">' + escapeHtml(e.when) + "</div>" +
      '<div class="sent">' + sentenceHtml(e) + "</div>" +
      '<div class="meta">' + escapeHtml(e.expr ? "“" + e.expr + "” → " + e.value : "dateline (lead sentence)") +
      (e.amb ? " · ambiguous: the dateline allows every date in the bar" : "") + "<br>" +
      escapeHtml(sourceOf(e)) + (ARTICLES[e.a].source && ARTICLES[e.a].source !== ARTICLES[e.a].label
        ? "<br>" + escapeHtml(ARTICLES[e.a].source) : "") + "</div>";
    tooltip.hidden = false;
    const brect = box.getBoundingClientRect();
    let x = ev.clientX - brect.left + 14, y = ev.clientY - brect.top + 14;
    const tw = tooltip.offsetWidth, th = tooltip.offsetHeight;
    if (x + tw > brect.width - 4) x = Math.max(4, ev.clientX - brect.left - tw - 14);
    if (y + th > brect.height - 4) y = Math.max(4, ev.clientY - brect.top - th - 14);
    tooltip.style.left = x + "px"; tooltip.style.top = y + "px";
  }
  function hideTooltip() { tooltip.hidden = true; }

  // ---- legend ----------------------------------------------------------------------------------
  function renderLegend() {
    const el = document.getElementById("legend");
    const items = [];
    if (state.colourBy === "lang") {
      for (const lang of Object.keys(LANG_COLOURS)) {
        if (EVENTS.some(e => e.lang === lang)) {
          items.push(swatch(LANG_COLOURS[lang], lang === "de" ? "German" : "English"));
        }
      }
    } else {
      const shown = ARTICLES.slice(0, 8);
      shown.forEach((a, k) => items.push(swatch(PALETTE[k % PALETTE.length], a.label + (a.dateline ? " (" + a.dateline + ")" : ""))));
      if (ARTICLES.length > shown.length) items.push('<span class="item muted">+ ' + (ARTICLES.length - shown.length) + " more articles</span>");
    }
    items.push('<span class="sep"></span>');
    items.push(shape('<svg class="shape" viewBox="0 0 22 10"><circle cx="11" cy="5" r="4" fill="#4b5563"/></svg>', "day or finer"));
    items.push(shape('<svg class="shape" viewBox="0 0 22 10"><rect x="7" y="1" width="8" height="8" fill="#4b5563"/></svg>', "dateline (lead sentence)"));
    items.push(shape('<svg class="shape" viewBox="0 0 22 10"><rect x="1" y="1" width="20" height="8" fill="#4b556340" stroke="#4b5563"/></svg>', "period"));
    items.push(shape('<svg class="shape" viewBox="0 0 22 10"><defs><pattern id="lg-h" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="1.5" height="4" fill="#4b556399"/></pattern></defs><rect x="1" y="1" width="20" height="8" fill="url(#lg-h)" stroke="#4b5563" stroke-dasharray="3 2"/></svg>', "ambiguous (some day in the range)"));
    items.push(shape('<svg class="shape" viewBox="0 0 22 10"><rect x="1" y="1" width="20" height="8" fill="#4b556340" stroke="#4b5563"/><rect x="0" y="0" width="3" height="10" fill="#4b5563"/></svg>', "since / from"));
    el.innerHTML = items.join("");
  }
  function swatch(colour, label) {
    return '<span class="item" title="' + escapeHtml(label) + '"><span class="swatch" style="background:' + colour + '"></span>' + escapeHtml(label) + "</span>";
  }
  function shape(svg, label) { return '<span class="item">' + svg + escapeHtml(label) + "</span>"; }

  // ---- table -----------------------------------------------------------------------------------
  const tbody = document.querySelector("#events tbody");
  function sortValue(e, key) {
    if (key === "src") return sourceOf(e).toLowerCase();
    if (key === "amb") return e.amb ? 1 : 0;
    const v = e[key];
    return typeof v === "string" ? v.toLowerCase() : v;
  }
  function renderTable() {
    const key = state.sortKey, dir = state.sortDir;
    const rows = state.visible.slice().sort((a, b) => {
      const va = sortValue(EVENTS[a], key), vb = sortValue(EVENTS[b], key);
      return (va < vb ? -1 : va > vb ? 1 : EVENTS[a].t0 - EVENTS[b].t0) * dir;
    });
    const html = [];
    for (const i of rows) {
      const e = EVENTS[i];
      html.push('<tr data-i="' + i + '"><td class="when"><span class="dot" style="background:' +
        colourOf(e) + '"></span>' + escapeHtml(e.when) + "</td><td>" + escapeHtml(e.expr || "(dateline)") +
        "</td><td>" + sentenceHtml(e) + '</td><td class="src">' + escapeHtml(sourceOf(e)) +
        "</td><td>" + escapeHtml(e.lang) + "</td><td" + (e.amb ? ' class="amb">ambiguous' : ">exact") + "</td></tr>");
    }
    tbody.innerHTML = html.join("");
    document.getElementById("count").textContent = state.visible.length === EVENTS.length
      ? EVENTS.length + " events" : state.visible.length + " of " + EVENTS.length + " events";
  }
  document.querySelectorAll("#events th").forEach(th => th.addEventListener("click", () => {
    const key = th.dataset.key;
    state.sortDir = state.sortKey === key ? -state.sortDir : 1;
    state.sortKey = key;
    document.querySelectorAll("#events th").forEach(h => h.classList.remove("sorted", "asc", "desc"));
    th.classList.add("sorted", state.sortDir > 0 ? "asc" : "desc");
    renderTable();
  }));
  tbody.addEventListener("mouseover", ev => {
    const tr = ev.target.closest("tr"); if (!tr) return;
    const i = Number(tr.dataset.i);
    if (i !== state.active) { state.active = i; redraw(); }
  });
  tbody.addEventListener("mouseleave", () => { state.active = -1; redraw(); });
  tbody.addEventListener("click", ev => {
    const tr = ev.target.closest("tr"); if (!tr) return;
    const e = EVENTS[Number(tr.dataset.i)];
    const span = Math.max((e.t1 - e.t0) * 3, 14 * DAY);
    const c = (e.t0 + e.t1) / 2;
    setView(c - span / 2, c + span / 2);
    box.scrollIntoView({ behavior: "smooth", block: "nearest" });
  });
  function scrollToRow(i) {
    const tr = tbody.querySelector('tr[data-i="' + i + '"]');
    if (!tr) return;
    tbody.querySelectorAll("tr.active").forEach(r => r.classList.remove("active"));
    tr.classList.add("active");
    tr.scrollIntoView({ behavior: "smooth", block: "center" });
  }

  // ---- filter and colour ---------------------------------------------------------------------
  const haystack = EVENTS.map(e => [e.when, e.expr, e.sent, sourceOf(e), e.value, e.start, e.end, e.lang].join("\n").toLowerCase());
  let filterTimer = 0;
  document.getElementById("filter").addEventListener("input", ev => {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(() => {
      const words = ev.target.value.toLowerCase().split(/\s+/).filter(Boolean);
      state.visible = order.filter(i => words.every(w => haystack[i].includes(w)));
      renderTable(); redraw();
    }, 120);
  });
  document.getElementById("colour-by").addEventListener("change", ev => {
    state.colourBy = ev.target.value; renderLegend(); renderTable(); redraw();
  });

  // ---- start -------------------------------------------------------------------------------------
  document.getElementById("title").textContent = DATA.title || "Timeline";
  document.getElementById("subtitle").textContent = DATA.subtitle || "";
  resize();
  renderLegend();
  renderTable();
  draw();
  window.addEventListener("resize", () => { resize(); redraw(); });

  // A small read-only handle for scripts and tests: what is drawn and where.
  window.timelineChart = {
    eventCount: EVENTS.length,
    get marksDrawn() { flush(); return state.marksDrawn; },
    get offscreen() { flush(); return state.offscreen; },
    view: () => ({ start: state.view.t0, end: state.view.t1 }),
    setView: (t0, t1) => { setView(t0, t1); draw(); },
    markCenter: id => {
      flush();
      const i = EVENTS.findIndex(e => e.id === id);
      const hit = state.drawn.find(d => d[4] === i);
      if (!hit) return null;
      const rect = canvas.getBoundingClientRect();
      return { x: rect.left + (Math.max(hit[0], 0) + Math.min(hit[1], state.width)) / 2,
        y: rect.top + (hit[2] + hit[3]) / 2 };
    },
  };
})();
