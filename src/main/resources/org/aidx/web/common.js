// aidx dashboard, shared by the card modules (controls.js, ranking.js, robustness.js, scenarios.js,
// scorecard.js) and app.js, which starts the page: one namespace object, window.aidx, with the
// page's helpers, its state, the charts, the JSON API and a small event bus. Plain JS over the JSON
// API: the page keeps only the latest answer, so numbers on screen are always the server's.
//
// Events (aidx.on(name, fn); listeners run in the order the scripts registered them):
//   'loaded'     (json)         the default index of GET /api/index; each card sets itself up from it
//   'recomputed' (request body) a POST /api/index answer for the controls' request has been rendered
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const listeners = {};
  const charts = {};
  const short = (name) => (name || '').replace(/\s*\(.*$/, '').replace(/,.*$/, '');

  const aidx = {
    $,
    state: {
      result: null,        // latest IndexResult JSON on screen
      tree: null,          // default methodology tree (slider definitions)
      defaults: {},        // default weight per node id
      defaultRanks: null,  // iso3 -> rank in the default index
      defaultReference: null,
      defaultPositiveOnly: false, // whether the default index has geometric or harmonic means
      relativeToReference: false, // whether the default index divides every score by the reference's
      selected: null,      // iso3 shown in profile and provenance
      version: 0,          // answers rendered
      lastIndexBody: null, // the body of the last rendered POST /api/index
      tokenRequired: false,
    },
    charts,
    fmt: (v, d = 3) => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : Number(v).toFixed(d)),
    short,
    // Column heads: the first word of long names ("Technology activity" -> "Technology"); the full name is the tooltip.
    headLabel: (name) => { const s = short(name); return s.length > 12 ? s.split(' ')[0] : s; },
    nodeChildren: (n) => (n && n.children) || [],

    // Node id -> name over a methodology tree.
    names(tree) {
      const names = {};
      (function walk(n) { names[n.id] = n.name; aidx.nodeChildren(n).forEach(walk); })(tree);
      return names;
    },

    // The caption of every table and chart drawn from an index answer, as one line: the server's
    // words for the request's non-default choices (method_caption, as the CLI titles its tables),
    // or the default method. Tables and charts get pasted into memos without the page around them.
    methodCaption(r) {
      const c = r.method_caption;
      if (!c) return '';
      return c.length ? 'Method: ' + c.join('; ') + '.'
        : "Default method: the framework's weights, normalise " + r.methodology.normalise + ', aggregate ' + r.methodology.aggregate + '.';
    },

    on(name, fn) { (listeners[name] = listeners[name] || []).push(fn); },
    // Unlike an EventTarget, a listener's exception reaches the caller (start() reports it).
    emit(name, detail) { (listeners[name] || []).forEach((fn) => fn(detail)); },

    setStatus(text, st) {
      const s = $('status');
      s.textContent = text;
      s.dataset.state = st;
      s.dataset.version = String(aidx.state.version);
    },

    showError(text) {
      $('error').hidden = false;
      $('error').textContent = text;
    },

    chart(id) {
      if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
      return charts[id];
    },

    async api(method, path, body, headers) {
      const h = Object.assign({}, headers || {});
      if (body !== undefined && typeof body !== 'string') { h['Content-Type'] = 'application/json'; body = JSON.stringify(body); }
      const tok = $('token').value;
      if (tok && method !== 'GET') h['Authorization'] = 'Bearer ' + tok;
      const r = await fetch(path, { method, headers: h, body });
      const text = await r.text();
      let json = null;
      try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
      return { status: r.status, ok: r.ok, json, text };
    },

    errorText(res) {
      if (res.json && res.json.problems) return res.json.problems.map((p) => p.message).join('\n');
      if (res.json && res.json.error) return res.json.error + (res.json.fix ? ' — ' + res.json.fix : '');
      return 'HTTP ' + res.status;
    },

    // The current request: the body of POST /api/index for the controls as they are set now.
    request() {
      const weights = {};
      document.querySelectorAll('input[type=range][data-node]').forEach((i) => { weights[i.dataset.node] = Number(i.value); });
      const q = { weights };
      if ($('normalise').value) q.normalise = $('normalise').value;
      if ($('aggregate').value) q.aggregate = $('aggregate').value;
      if ($('reference').value) q.reference = $('reference').value;
      if ($('year').value) q.year = Number($('year').value);
      if ($('per').value) q.per = $('per').value;
      return q;
    },
  };

  // What the export buttons save, for scripts and tests; each card adds its part (ranking: csv, png,
  // select; controls: render; robustness: requests; scenarios: scenarioRequest).
  window.aidxDashboard = {
    chartOption: (id) => (charts[id] ? charts[id].getOption() : null),
  };

  window.aidx = aidx;
})();
