// aidx dashboard: plain JS over the JSON API. Every recomputation is a POST /api/index; the page
// keeps only the latest answer, so numbers on screen are always the server's.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const state = {
    result: null,        // latest IndexResult JSON
    tree: null,          // default methodology tree (slider definitions)
    defaults: {},        // default weight per node id
    sort: { key: 'rank', dir: 1 },
    selected: null,      // iso3 shown in profile and provenance
    seq: 0,              // request counter; stale answers are dropped
    version: 0,          // answers rendered
    tokenRequired: false,
  };
  const charts = {};
  const fmt = (v, d = 3) => (v === null || v === undefined || Number.isNaN(v) ? 'n/a' : Number(v).toFixed(d));
  // Column heads: the first word of long names ("Technology activity" -> "Technology"); the full name is the tooltip.
  const headLabel = (name) => { const s = short(name); return s.length > 12 ? s.split(' ')[0] : s; };
  const short = (name) => (name || '').replace(/\s*\(.*$/, '').replace(/,.*$/, '');

  function setStatus(text, st) {
    const s = $('status');
    s.textContent = text;
    s.dataset.state = st;
    s.dataset.version = String(state.version);
  }

  async function api(method, path, body, headers) {
    const h = Object.assign({}, headers || {});
    if (body !== undefined && typeof body !== 'string') { h['Content-Type'] = 'application/json'; body = JSON.stringify(body); }
    const tok = $('token').value;
    if (tok && method !== 'GET') h['Authorization'] = 'Bearer ' + tok;
    const r = await fetch(path, { method, headers: h, body });
    const text = await r.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    return { status: r.status, ok: r.ok, json, text };
  }

  function errorText(res) {
    if (res.json && res.json.problems) return res.json.problems.map((p) => p.message).join('\n');
    if (res.json && res.json.error) return res.json.error + (res.json.fix ? ' — ' + res.json.fix : '');
    return 'HTTP ' + res.status;
  }

  // ---------- controls
  function nodeChildren(n) { return (n && n.children) || []; }

  function buildSliders(tree) {
    const layers = nodeChildren(tree);
    const lw = $('layer-weights'), dw = $('dimension-weights'), iw = $('indicator-weights');
    lw.textContent = ''; dw.textContent = ''; iw.textContent = '';
    layers.forEach((layer) => {
      lw.appendChild(slider(layer));
      nodeChildren(layer).filter((d) => d.children).forEach((dim) => {
        dw.appendChild(slider(dim));
        // a dimension's children are indicators, or sub-items (with a slider each) holding indicators
        nodeChildren(dim).forEach((c) => {
          iw.appendChild(slider(c));
          nodeChildren(c).filter((i) => !i.children).forEach((ind) => iw.appendChild(slider(ind)));
        });
      });
    });
  }

  function slider(node) {
    state.defaults[node.id] = node.weight;
    const wrap = document.createElement('label');
    wrap.className = 'slider';
    const name = document.createElement('span');
    name.textContent = short(node.name);
    name.title = node.name;
    const input = document.createElement('input');
    // 0 leaves the node out: its siblings share its weight (see README, --weight)
    Object.assign(input, { type: 'range', min: '0', max: '3', step: '0.1', id: 'w-' + node.id });
    input.value = String(node.weight);
    input.dataset.node = node.id;
    const out = document.createElement('output');
    out.textContent = fmt(node.weight, 1);
    input.addEventListener('input', () => { out.textContent = fmt(input.value, 1); schedule(); });
    wrap.append(name, input, out);
    return wrap;
  }

  function request() {
    const weights = {};
    document.querySelectorAll('input[type=range][data-node]').forEach((i) => { weights[i.dataset.node] = Number(i.value); });
    const q = { weights };
    if ($('normalise').value) q.normalise = $('normalise').value;
    if ($('aggregate').value) q.aggregate = $('aggregate').value;
    if ($('reference').value) q.reference = $('reference').value;
    if ($('year').value) q.year = Number($('year').value);
    if ($('per').value) q.per = $('per').value;
    return q;
  }

  // ---------- combinations that cannot work, and a failed recompute
  // Min-max 0–1 and z-score give zero or negative scores, which geometric and harmonic means
  // cannot combine (the server answers 400). Those pairs are disabled with the reason beside them.
  const SIGNED = ['minmax:0,1', 'zscore'];
  const POSITIVE_ONLY = ['geometric', 'harmonic'];
  const COMBINATION = 'Min-max 0–1 and z-score give zero or negative scores, which geometric and harmonic' +
    ' means cannot combine: choose Aggregation "arithmetic" to use them.';
  function positiveOnly() {
    const a = $('aggregate').value;
    return a ? POSITIVE_ONLY.includes(a) : state.defaultPositiveOnly;
  }
  // An index relative to the reference divides every score by the reference's, which a z-score
  // can make zero or negative whatever the means.
  const RELATIVE = 'Z-scores are negative below the average, and this index divides every score by the' +
    " reference's score: choose another normalisation.";
  function updateMethodOptions() {
    const signed = SIGNED.includes($('normalise').value);
    const pos = positiveOnly();
    [...$('normalise').options].forEach((o) => {
      const relative = state.relativeToReference && o.value === 'zscore';
      o.disabled = relative || (pos && SIGNED.includes(o.value));
      o.title = relative ? RELATIVE : o.disabled ? COMBINATION : '';
    });
    [...$('aggregate').options].forEach((o) => {
      const p = o.value ? POSITIVE_ONLY.includes(o.value) : state.defaultPositiveOnly;
      o.disabled = signed && p;
      o.title = o.disabled ? COMBINATION : '';
    });
    const hint = $('method-hint');
    const any = [...$('normalise').options, ...$('aggregate').options].some((o) => o.disabled);
    hint.hidden = !any;
    hint.textContent = any ? 'Some options are unavailable. ' + (pos || signed ? COMBINATION + ' ' : '') +
      (state.relativeToReference ? RELATIVE : '') : '';
  }

  // A server error in the page's terms: the controls' labels instead of command-line flags.
  const FLAGS = [[/--aggregate(-at)?( [a-z=]+)?/g, 'Aggregation'], [/--normalise( [a-z:0-9,]+)?/g, 'Normalisation'],
    [/--reference( [A-Z]+)?/g, 'Reference'], [/--year( [0-9Y]+)?/g, 'Data up to year'], [/--per( [a-z]+)?/g, 'View'],
    [/--weight( [A-Za-z_=0-9.]+)?/g, 'the weight sliders']];
  function uiError(res) {
    const text = errorText(res);
    if (/geometric mean needs positive values|harmonic mean needs positive/.test(text)) return COMBINATION;
    let t = text.replace(/,? or raise values to a floor with --floor X/g, '').replace(/--floor [^ ,.]+/g, 'a floor (command line only)');
    FLAGS.forEach(([re, label]) => { t = t.replace(re, label); });
    return t;
  }
  // The results of the last setting that worked, greyed while they do not match the controls.
  const RESULTS = ['ranking', 'notes', 'scatter', 'profile', 'provenance'];
  function markStale(stale) {
    RESULTS.forEach((id) => $(id).classList.toggle('stale', stale));
    document.querySelector('main').dataset.stale = String(stale);
  }
  function showBanner(text) {
    const b = $('banner');
    b.hidden = !text;
    b.textContent = text ? 'This setting could not be computed: ' + text +
      ' The table and charts below still show the last setting that worked (greyed).' : '';
  }

  let timer = null;
  function schedule() { updateMethodOptions(); clearTimeout(timer); timer = setTimeout(recompute, 120); }

  async function recompute() {
    const my = ++state.seq;
    setStatus('recomputing…', 'busy');
    const q = request();
    const res = await api('POST', '/api/index', q);
    if (my !== state.seq) return;
    if (!res.ok) {
      const text = uiError(res);
      $('error').hidden = false;
      $('error').textContent = text;
      showBanner(text);
      markStale(true);
      setStatus('error', 'error');
      return;
    }
    $('error').hidden = true;
    showBanner('');
    markStale(false);
    state.lastIndexBody = q;
    render(res.json);
    scheduleRobustness(q);
  }

  // ---------- rendering
  function columns(r) {
    const names = {};
    const depth = {};
    (function walk(n, d) { names[n.id] = n.name; depth[n.id] = d; nodeChildren(n).forEach((c) => walk(c, d + 1)); })(r.methodology.tree, 0);
    // layers and dimensions; sub-items are in the profile, the CSV and the JSON
    const scoreKeys = (r.economies.length ? Object.keys(r.economies[0].scores) : [])
      .filter((k) => depth[k] === undefined || depth[k] <= 2);
    const cols = [
      { key: 'rank', label: 'Rank', get: (e) => e.rank },
      { key: 'tier', label: 'Tier', get: (e) => e.tier },
      { key: 'iso3', label: 'Economy', get: (e) => e.name, left: true, text: true },
      { key: 'index', label: 'Index', get: (e) => e.index },
    ];
    scoreKeys.forEach((k) => cols.push({ key: k, label: headLabel(names[k] || k), title: names[k], get: (e) => e.scores[k] }));
    // the coverage rule of every ranked output: a rank resting on fewer than half the indicators is flagged *
    cols.push({ key: 'coverage', label: 'Coverage', title: "indicators with the economy's own data / all indicators; a rank below half is flagged *",
      get: (e) => (e.coverage ? e.coverage.present / e.coverage.total : null) });
    // Compare with default: once the ranking differs from the default index's, a column shows each
    // economy's rank change against it (+ = higher than in the default index).
    const base = state.defaultRanks;
    if (base && r.economies.some((e) => base[e.iso3] !== undefined && base[e.iso3] !== e.rank)) {
      cols.push({ key: 'vsdefault', label: 'vs default', title: 'rank change against the default index (+ = higher)',
        get: (e) => (base[e.iso3] === undefined || e.rank === null ? null : base[e.iso3] - e.rank) });
    }
    return cols;
  }

  function sortedEconomies(r, cols) {
    const col = cols.find((c) => c.key === state.sort.key) || cols[0];
    const rows = r.economies.slice();
    rows.sort((a, b) => {
      const x = col.get(a), y = col.get(b);
      if (col.text) return state.sort.dir * String(x).localeCompare(String(y));
      const nx = x === null ? Infinity : x, ny = y === null ? Infinity : y;
      return state.sort.dir * (nx - ny) || a.iso3.localeCompare(b.iso3);
    });
    return rows;
  }

  const lowCoverage = (e) => !!(e.coverage && e.coverage.low);
  const coverageText = (e) => e.coverage.present + ' of ' + e.coverage.total + ' indicators' +
    (e.coverage.missing_dimensions.length ? '; no data for ' + e.coverage.missing_dimensions.join(', ') : '');

  function renderTable(r) {
    const cols = columns(r);
    const thead = $('ranking').tHead;
    thead.textContent = '';
    const tr = thead.insertRow();
    cols.forEach((c) => {
      const th = document.createElement('th');
      th.textContent = c.label;
      if (c.title) th.title = c.title;
      th.dataset.key = c.key;
      if (c.left) th.className = 'left';
      if (state.sort.key === c.key) th.setAttribute('aria-sort', state.sort.dir > 0 ? 'ascending' : 'descending');
      th.addEventListener('click', () => {
        state.sort = { key: c.key, dir: state.sort.key === c.key ? -state.sort.dir : (c.key === 'rank' || c.key === 'tier' || c.text ? 1 : -1) };
        renderTable(state.result);
      });
      tr.appendChild(th);
    });
    const tbody = $('ranking').tBodies[0];
    tbody.textContent = '';
    sortedEconomies(r, cols).forEach((e) => {
      const row = tbody.insertRow();
      row.dataset.iso3 = e.iso3;
      if (e.iso3 === r.reference) row.classList.add('reference');
      if (e.iso3 === state.selected) row.classList.add('selected');
      cols.forEach((c) => {
        const td = row.insertCell();
        const v = c.get(e);
        if (c.key === 'iso3') {
          td.textContent = e.iso3 + ' · ' + e.name; td.title = e.name;
          // the economy's profile page (aidx profile ISO3) of the default index
          const a = document.createElement('a');
          Object.assign(a, { href: '/api/profiles/' + e.iso3, target: '_blank', rel: 'noopener', className: 'profile-link', textContent: 'profile' });
          a.addEventListener('click', (ev) => ev.stopPropagation());
          td.append(' ', a);
        }
        else if (c.key === 'rank') {
          td.textContent = v === null ? '' : String(v) + (lowCoverage(e) ? '*' : '');
          if (lowCoverage(e)) td.title = 'low coverage: ' + coverageText(e);
        }
        else if (c.key === 'coverage') {
          td.textContent = e.coverage ? e.coverage.present + '/' + e.coverage.total : '';
          if (e.coverage) td.title = coverageText(e);
        }
        else if (c.key === 'tier') td.textContent = v ? String(v) : '–';
        else if (c.key === 'vsdefault') td.textContent = v === null ? '' : (v > 0 ? '+' : '') + String(v);
        else td.textContent = fmt(v);
        td.className = (c.left ? 'left ' : '') + c.key;
      });
      row.addEventListener('click', () => select(e.iso3));
    });
  }

  function chart(id) {
    if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'canvas' });
    return charts[id];
  }

  function renderScatter(r) {
    const [xKey, yKey] = Object.keys(r.economies[0].scores);
    const names = {};
    (function walk(n) { names[n.id] = n.name; nodeChildren(n).forEach(walk); })(r.methodology.tree);
    const tiers = [...new Set(r.economies.map((e) => e.tier))].sort();
    const positive = r.economies.every((e) => e.scores[xKey] > 0 && e.scores[yKey] > 0);
    chart('scatter').setOption({
      animation: false,
      grid: { left: 50, right: 40, top: 30, bottom: 45 },
      legend: { top: 0, data: tiers.map((t) => 'Tier ' + t) },
      tooltip: { formatter: (p) => p.data[2] + ': ' + fmt(p.data[0]) + ', ' + fmt(p.data[1]) },
      // scores relative to the reference span orders of magnitude: log axes when all are positive
      xAxis: { name: short(names[xKey]) + (positive ? ' (log)' : ''), nameLocation: 'middle', nameGap: 28, scale: true, type: positive ? 'log' : 'value', logBase: 10 },
      yAxis: { name: short(names[yKey]) + (positive ? ' (log)' : ''), nameLocation: 'middle', nameGap: 36, scale: true, type: positive ? 'log' : 'value', logBase: 10 },
      series: tiers.map((t) => ({
        name: 'Tier ' + t, type: 'scatter', symbolSize: 10,
        label: { show: true, position: 'right', formatter: (p) => p.data[2], fontSize: 10 },
        labelLayout: { hideOverlap: true },
        data: r.economies.filter((e) => e.tier === t).map((e) => [e.scores[xKey], e.scores[yKey], e.iso3]),
      })),
    }, true);
  }

  function renderProfile(r) {
    const e = r.economies.find((x) => x.iso3 === state.selected) || r.economies[0];
    const ref = r.economies.find((x) => x.iso3 === r.reference);
    const layerIds = nodeChildren(r.methodology.tree).map((n) => n.id);
    const names = {};
    (function walk(n) { names[n.id] = n.name; nodeChildren(n).forEach(walk); })(r.methodology.tree);
    const dims = Object.keys(e.scores).filter((k) => !layerIds.includes(k));
    const series = [{ name: e.iso3, type: 'bar', data: dims.map((d) => e.scores[d]) }];
    if (ref && ref.iso3 !== e.iso3) series.push({ name: ref.iso3 + ' (reference)', type: 'bar', data: dims.map((d) => ref.scores[d]) });
    chart('profile').setOption({
      animation: false,
      grid: { left: 45, right: 10, top: 30, bottom: 70 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => fmt(v) },
      xAxis: { type: 'category', data: dims.map((d) => short(names[d] || d)), axisLabel: { rotate: 35, fontSize: 10 } },
      yAxis: { type: 'value' },
      series,
    }, true);
  }

  function renderProvenance(r) {
    const e = r.economies.find((x) => x.iso3 === state.selected) || r.economies[0];
    $('prov-economy').textContent = e.name + ' (' + e.iso3 + ')';
    const names = {};
    (function walk(n) { names[n.id] = n.name; nodeChildren(n).forEach(walk); })(r.methodology.tree);
    const tbody = $('provenance').tBodies[0];
    tbody.textContent = '';
    e.indicators.forEach((i) => {
      const row = tbody.insertRow();
      const cells = [
        names[i.id] || i.id,
        i.missing ? (i.imputed ? 'imputed ' + fmt(i.prepared, 4) : 'missing') : Number(i.value).toLocaleString('en-US', { maximumSignificantDigits: 6 }),
        i.unit || '',
        i.year ? String(i.year) : '',
        i.source || '',
      ];
      cells.forEach((t, k) => { const td = row.insertCell(); td.textContent = t; if (k === 0 || k === 4) td.className = 'left'; });
      row.title = i.id + (i.location ? ' — ' + i.location : '');
    });
  }

  function render(r) {
    state.result = r;
    if (!state.selected || !r.economies.some((e) => e.iso3 === state.selected)) {
      const first = r.economies.find((e) => e.iso3 !== r.reference) || r.economies[0];
      state.selected = first.iso3;
    }
    $('title').textContent = r.framework_name;
    $('subtitle').textContent = r.economies.length + ' economies' +
      (r.methodology.relative_to_reference ? ', relative to ' + r.reference + ' = 1' : '') +
      ' · normalise: ' + r.methodology.normalise + ' · aggregate: ' + r.methodology.aggregate +
      ' · ' + r.tiers.count + ' tiers (Jenks)';
    const econSel = $('economy');
    const keep = state.selected;
    econSel.textContent = '';
    r.economies.slice().sort((a, b) => a.name.localeCompare(b.name)).forEach((e) => econSel.add(new Option(e.name, e.iso3)));
    econSel.value = keep;
    const low = r.economies.filter(lowCoverage);
    $('notes').textContent = (low.length ? '* Low coverage (rank flagged, not withheld): ' +
      low.map((e) => e.iso3 + ' ' + coverageText(e)).join(' · ') + '. ' : '') +
      (r.notes.length ? 'Notes: ' + r.notes.join(' · ') : '');
    renderTable(r);
    renderScatter(r);
    renderProfile(r);
    renderProvenance(r);
    state.version++;
    setStatus('up to date', 'ready');
  }

  function select(iso3) {
    state.selected = iso3;
    $('economy').value = iso3;
    renderTable(state.result);
    renderProfile(state.result);
    renderProvenance(state.result);
  }

  // ---------- robustness (rank intervals), when the server offers them
  // On load, GET /api/robustness: the default assumptions (1000 Sobol replications, seed 1) on the
  // default index. After every recomputation, POST /api/robustness with the body the page just
  // sent to POST /api/index plus runs, so the intervals are those of the index on screen. Dragging
  // a slider recomputes often: the request waits until the controls rest (debounce), at most one
  // runs at a time (the latest waiting body goes next), and answers overtaken by a newer
  // recomputation are dropped. Economies are shown in nominal rank order, a bar from the 5th to
  // the 95th percentile rank with a dot at the median and a diamond at the nominal rank.
  const ROBUSTNESS_RUNS = 500;      // fewer than the default 1000, so the chart follows quickly
  const ROBUSTNESS_DELAY_MS = 600;  // quiet time after a recomputation before asking
  const rob = { seq: 0, timer: null, busy: false, next: null, shown: null, unavailable: false };

  function setRobustnessState(st, text, cls) {
    const msg = $('robustness-msg');
    msg.dataset.state = st;
    if (text !== undefined) { msg.textContent = text; msg.className = cls || 'muted'; }
  }

  // The method a request body describes, in words, for the caption.
  function describeMethod(q) {
    if (!q) return 'the default index (framework weights and methods)';
    const names = {};
    (function walk(n) { names[n.id] = n.name; nodeChildren(n).forEach(walk); })(state.tree);
    const changed = Object.keys(q.weights || {})
      .filter((id) => Math.abs(q.weights[id] - state.defaults[id]) > 1e-9)
      .map((id) => short(names[id] || id) + ' ' + fmt(q.weights[id], 1));
    const label = (id, v) => { const o = [...$(id).options].find((x) => x.value === v); return o ? o.textContent : v; };
    const parts = [];
    if (changed.length) parts.push('weights ' + changed.join(', ') + ' (others as the framework)');
    if (q.normalise) parts.push('normalisation ' + label('normalise', q.normalise));
    if (q.aggregate) parts.push('aggregation ' + label('aggregate', q.aggregate));
    if (q.reference && state.result && q.reference !== state.defaultReference) parts.push('reference ' + q.reference);
    if (q.year) parts.push('data up to ' + q.year);
    return parts.length ? 'the index as currently set: ' + parts.join('; ') : 'the default index (framework weights and methods)';
  }

  // Called after each rendered recomputation with the body it sent.
  function scheduleRobustness(q) {
    if (rob.unavailable) return;
    rob.seq++; // whatever is under way is for an older index now
    clearTimeout(rob.timer);
    $('robustness').classList.add('stale');
    setRobustnessState('busy', 'Updating the rank intervals for ' + describeMethod(q) + '…');
    rob.timer = setTimeout(() => { rob.next = q; pumpRobustness(); }, ROBUSTNESS_DELAY_MS);
  }

  async function pumpRobustness() {
    if (rob.busy || !rob.next) return;
    const q = rob.next;
    rob.next = null;
    rob.busy = true;
    const my = rob.seq;
    const body = Object.assign({}, q, { runs: ROBUSTNESS_RUNS });
    try {
      const res = await api('POST', '/api/robustness', body);
      if (my === rob.seq) showRobustness(res, q, body);
    } catch (e) {
      if (my === rob.seq) setRobustnessState('error', 'Rank-interval chart failed: ' + e, 'error');
    } finally {
      rob.busy = false;
    }
    pumpRobustness();
  }

  async function loadRobustness() {
    const my = rob.seq;
    const res = await api('GET', '/api/robustness');
    if (my === rob.seq) showRobustness(res, null, null);
  }

  // q: the index request the intervals are for (null: the default index); body: what was posted.
  function showRobustness(res, q, body) {
    const el = $('robustness');
    if (!res.ok) {
      if (res.status === 501) rob.unavailable = true;
      el.hidden = true;
      setRobustnessState(res.status === 501 ? 'unavailable' : 'error',
        res.status === 501 && res.json ? res.json.error + '.' : 'Robustness results unavailable (' + errorText(res) + ').', 'notice');
      return;
    }
    const all = (res.json && res.json.intervals) || [];
    const iv = all.filter((r) => r.median !== null && r.median !== undefined);
    if (!iv.length) { el.hidden = true; setRobustnessState('error', 'No rank intervals in the robustness results.'); return; }
    const runs = res.json.runs ? res.json.runs + ' replications' + (res.json.seed !== undefined ? ' (seed ' + res.json.seed + ')' : '') : 'replications';
    rob.shown = body;
    // the interval policy's notes (withheld intervals and why), as the CLI and the report print them
    const notes = ((res.json && res.json.notes) || []).map((n) => ' Note: ' + n.charAt(0).toUpperCase() + n.slice(1) + '.').join('');
    setRobustnessState('ready', 'Rank under uncertainty over ' + runs + ' of ' + describeMethod(q) +
      ': bar from the 5th to the 95th percentile rank, dot at the median, diamond at the nominal rank.' + notes);
    el.hidden = false;
    el.classList.remove('stale');
    const key = (r) => (r.nominal !== null && r.nominal !== undefined ? r.nominal : r.median);
    const rows = iv.slice().sort((a, b) => key(a) - key(b));
    const low = (r) => (r.low !== null && r.low !== undefined ? r.low : r.median);
    const high = (r) => (r.high !== null && r.high !== undefined ? r.high : r.median);
    chart('robustness').resize();
    chart('robustness').setOption({
      animation: false,
      grid: { left: 50, right: 20, top: 30, bottom: 40 },
      legend: { top: 0, data: ['5-95% interval', 'median', 'nominal'] },
      tooltip: {
        trigger: 'axis',
        formatter: (ps) => {
          const r = rows[ps[0].dataIndex];
          return (r.name || r.iso3) + '<br/>nominal ' + fmt(key(r), 1) + ', median ' + fmt(r.median, 1) + ', 5-95%: ' + fmt(low(r), 1) + '-' + fmt(high(r), 1);
        },
      },
      xAxis: { type: 'category', data: rows.map((r) => r.iso3), axisLabel: { interval: 0, rotate: 90 } },
      // The axis ends at the number of economies ranked (best at the top), ticks every 5 ranks
      // (every rank for 10 or fewer); 0 is only where the bars start, so it has no label.
      yAxis: {
        type: 'value', inverse: true, name: 'rank', min: 0, max: all.length,
        interval: all.length <= 10 ? 1 : 5 * Math.ceil(all.length / 25),
        axisLabel: { formatter: (v) => (v === 0 ? '' : String(v)) },
      },
      series: [
        { type: 'bar', stack: 'r', silent: true, itemStyle: { color: 'transparent' }, data: rows.map(low) },
        { type: 'bar', stack: 'r', name: '5-95% interval', barWidth: '40%', data: rows.map((r) => Math.max(high(r) - low(r), 0.05)), itemStyle: { color: '#9bbbe0' } },
        { type: 'scatter', name: 'median', data: rows.map((r) => r.median), itemStyle: { color: '#1f5fa8' } },
        { type: 'scatter', name: 'nominal', symbol: 'diamond', symbolSize: 9, data: rows.map(key), itemStyle: { color: '#d6604d' } },
      ],
    }, true);
  }

  // ---------- scenarios
  // The study's question (examples/scenarios/japan-us-sharing.yaml, first scenario): the US closes
  // half of Japan's gap in supercomputers (compute_hpc), top talent (algorithms_frontier) and
  // data availability.
  const EXAMPLE = {
    name: 'us-shares-half',
    description: "US closes half of Japan's gap in supercomputers, top talent and data availability",
    changes: [
      'JPN:compute_hpc=gap(USA,0.5)',
      'JPN:algorithms_frontier=gap(USA,0.5)',
      'JPN:oxford_gairi_2024_data_availability=gap(USA,0.5)',
    ],
  };
  const exampleText = () => JSON.stringify(EXAMPLE, null, 2);

  let listSeq = 0;
  async function listScenarios() {
    const my = ++listSeq;
    const res = await api('GET', '/api/scenarios');
    if (my !== listSeq) return; // a later listing (e.g. after a save) is under way
    const ul = $('scenario-list');
    ul.textContent = '';
    if (!res.ok) return;
    if (!res.json.length) {
      const li = document.createElement('li');
      li.className = 'muted small';
      li.textContent = 'None yet: give a scenario a name and press Save.';
      ul.appendChild(li);
    }
    res.json.forEach((s) => {
      const li = document.createElement('li');
      li.dataset.id = s.id;
      const load = async () => {
        const one = await api('GET', '/api/scenarios/' + encodeURIComponent(s.id));
        if (!one.ok) { $('scenario-msg').className = 'error'; $('scenario-msg').textContent = errorText(one); return false; }
        $('scenario-text').value = one.json.content;
        $('scenario-name').value = one.json.name;
        return true;
      };
      const run = document.createElement('button');
      run.type = 'button'; run.textContent = 'Run'; run.className = 'run';
      run.addEventListener('click', async () => { if (await load()) runScenario(); });
      const edit = document.createElement('button');
      edit.type = 'button'; edit.textContent = 'Load'; edit.className = 'secondary';
      edit.addEventListener('click', load);
      li.append(run, ' ', edit, document.createTextNode(' ' + s.name + ' · ' + s.created.slice(0, 16).replace('T', ' ')));
      ul.appendChild(li);
    });
  }

  // The editor's text as a request: JSON on top of the page's weights and methods, or YAML as it is.
  // The form-based editor: each "Add change" appends ISO3:LEVER=OPERATION to the JSON scenario in
  // the text box (a new scenario when the box is empty or holds the example).
  function fillScenarioForm(tree, economies) {
    const eco = $('sc-economy'), from = $('sc-from'), lever = $('sc-lever');
    economies.slice().sort((a, b) => a.name.localeCompare(b.name)).forEach((e) => {
      eco.add(new Option(e.name + ' (' + e.iso3 + ')', e.iso3));
      from.add(new Option(e.name + ' (' + e.iso3 + ')', e.iso3));
    });
    (function walk(n, depth) {
      if (depth > 0) lever.add(new Option('\u00a0'.repeat(2 * (depth - 1)) + short(n.name) + ' (' + n.id + ')', n.id));
      nodeChildren(n).forEach((c) => walk(c, depth + 1));
    })(tree, 0);
    const sync = () => {
      const op = $('sc-op').value;
      from.disabled = !(op === 'gap' || op === 'copy');
      $('sc-amount').disabled = op === 'copy';
    };
    $('sc-op').addEventListener('change', sync);
    sync();
  }

  function addScenarioChange() {
    const op = $('sc-op').value, amount = $('sc-amount').value, from = $('sc-from').value;
    if (op !== 'copy' && (amount === '' || !Number.isFinite(Number(amount)))) {
      $('scenario-msg').textContent = 'Give the operation an amount (a number).';
      return;
    }
    const operation = op === 'gap' ? 'gap(' + from + ',' + amount + ')' : op === 'copy' ? 'copy(' + from + ')' : op + '(' + amount + ')';
    const change = $('sc-economy').value + ':' + $('sc-lever').value + '=' + operation;
    const text = $('scenario-text').value.trim();
    let body;
    if (!text || text === exampleText()) body = { name: 'my-scenario', changes: [] };
    else {
      try { body = JSON.parse(text); } catch (e) {
        $('scenario-msg').textContent = 'The form adds to a JSON scenario; clear the box to start a new one.';
        return;
      }
    }
    if (!Array.isArray(body.changes)) body.changes = [];
    body.changes.push(change);
    $('scenario-text').value = JSON.stringify(body, null, 2);
    $('scenario-msg').textContent = 'Added ' + change + '.';
  }

  function scenarioRequest() {
    const text = $('scenario-text').value.trim();
    if (!text) return { error: 'Write a scenario first (the Example button fills one in).' };
    if (text.startsWith('{') || text.startsWith('[')) {
      let body;
      try { body = JSON.parse(text); } catch (e) { return { error: 'The scenario is not valid JSON: ' + e.message }; }
      if (Array.isArray(body)) body = { scenarios: body };
      return { body: Object.assign(request(), body), type: 'application/json', note: '' };
    }
    return { body: text, type: 'application/yaml', note: ' (YAML: with the methods the text gives, not the page\'s)' };
  }

  async function runScenario() {
    const msg = $('scenario-msg');
    const q = scenarioRequest();
    if (q.error) { msg.className = 'error'; msg.textContent = q.error; return; }
    msg.className = 'muted'; msg.textContent = 'Running…';
    const res = await api('POST', '/api/scenario', typeof q.body === 'string' ? q.body : JSON.stringify(q.body), { 'Content-Type': q.type });
    if (res.status === 501) {
      clearScenario();
      msg.className = 'notice';
      msg.textContent = (res.json ? res.json.error : 'Not available') + '. Your scenario can still be saved.';
      return;
    }
    if (!res.ok) { clearScenario(); msg.className = 'error'; msg.textContent = errorText(res); return; }
    const n = res.json.scenarios.length;
    msg.className = 'muted';
    msg.textContent = (n === 1 ? 'Scenario' : n + ' scenarios') + ' computed against the baseline' + q.note + '. ' + res.json.scenario_tiers;
    renderScenarios(res.json);
  }

  function clearScenario() {
    $('scenario-results').textContent = '';
    $('scenario-chart').hidden = true;
    $('scenario-json').hidden = true;
  }

  const signed = (v) => (v === null || v === undefined ? 'n/a' : Math.abs(v) < 5e-4 ? '0' : (v > 0 ? '+' : '') + Number(v).toFixed(3));
  const moved = (c) => Math.abs(c.index || 0) > 1e-12 || (c.rank || 0) !== 0 || (c.tier || 0) !== 0;

  // One table per scenario: economy, baseline and scenario index, change, rank and tier; the rows
  // whose index, rank or tier moved are highlighted.
  function renderScenarios(answer) {
    const names = {};
    if (state.result) state.result.economies.forEach((e) => { names[e.iso3] = e.name; });
    const box = $('scenario-results');
    box.textContent = '';
    answer.scenarios.forEach((sc) => {
      const h = document.createElement('h3');
      h.textContent = 'Scenario ' + sc.name + (sc.description ? ': ' + sc.description : '');
      const changes = document.createElement('p');
      changes.className = 'muted small';
      changes.textContent = (sc.changes.length ? 'Changes: ' + sc.changes.join(' · ') : 'No changes (the baseline).') +
        (sc.notes.length ? ' Notes: ' + sc.notes.join(' · ') : '');
      const table = document.createElement('table');
      table.className = 'scenario-table';
      table.dataset.scenario = sc.name;
      const head = table.createTHead().insertRow();
      [['Economy', 'left'], ['Baseline'], ['Scenario'], ['Change'], ['Rank'], ['Tier']].forEach(([t, cls]) => {
        const th = document.createElement('th'); th.textContent = t; if (cls) th.className = cls; head.appendChild(th);
      });
      const body = table.createTBody();
      sc.economies.forEach((e) => {
        const row = body.insertRow();
        row.dataset.iso3 = e.iso3;
        if (moved(e.change)) row.classList.add('changed');
        const cell = (text, cls) => { const td = row.insertCell(); td.textContent = text; td.className = cls; return td; };
        cell(e.iso3 + (names[e.iso3] ? ' · ' + names[e.iso3] : ''), 'left economy');
        cell(fmt(e.baseline.index), 'baseline-index');
        cell(fmt(e.scenario.index), 'scenario-index');
        const d = cell(signed(e.change.index), 'index-change');
        if (e.change.index > 5e-4) d.classList.add('up'); else if (e.change.index < -5e-4) d.classList.add('down');
        pair(row.insertCell(), 'rank', e.baseline.rank, e.scenario.rank, (x) => (x === null ? '' : String(x)));
        pair(row.insertCell(), 'tier', e.baseline.tier, e.scenario.tier, (x) => (x ? String(x) : '–'));
      });
      const wrap = document.createElement('div');
      wrap.className = 'table-wrap';
      wrap.appendChild(table);
      box.append(h, changes, wrap);
    });
    renderScenarioChart(answer);
    $('scenario-out').textContent = JSON.stringify(answer, null, 2);
    $('scenario-json').hidden = false;
  }

  // "7 → 3" with each side in its own span, or one value when it did not move.
  function pair(td, key, before, after, show) {
    td.className = key;
    const a = document.createElement('span'); a.className = 'baseline-' + key; a.textContent = show(before);
    const b = document.createElement('span'); b.className = 'scenario-' + key; b.textContent = show(after);
    if (before === after) { b.hidden = true; td.append(a, b); return; }
    td.append(a, ' → ', b);
    if (after !== null && before !== null) td.classList.add(after < before ? 'up' : 'down');
  }

  // The change of the index of every economy (baseline rank order), one bar series per scenario;
  // hidden when no index moved.
  function renderScenarioChart(answer) {
    const el = $('scenario-chart');
    const order = answer.scenarios[0].economies.map((e) => e.iso3);
    const any = answer.scenarios.some((sc) => sc.economies.some((e) => Math.abs(e.change.index || 0) > 1e-12));
    if (!any) { el.hidden = true; return; }
    el.hidden = false;
    chart('scenario-chart').resize();
    chart('scenario-chart').setOption({
      animation: false,
      grid: { left: 55, right: 15, top: 30, bottom: 35 },
      legend: { top: 0 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => signed(v) },
      xAxis: { type: 'category', data: order, axisLabel: { interval: 0, fontSize: 10 } },
      yAxis: { type: 'value', name: 'index change', nameLocation: 'middle', nameGap: 42 },
      series: answer.scenarios.map((sc) => ({
        name: sc.name, type: 'bar', barMaxWidth: 24,
        data: order.map((iso) => { const e = sc.economies.find((x) => x.iso3 === iso); return e ? e.change.index : null; }),
      })),
    }, true);
  }

  async function saveScenario() {
    const msg = $('scenario-msg');
    const name = $('scenario-name').value.trim();
    if (!name) { msg.className = 'error'; msg.textContent = 'Give the scenario a name first.'; return; }
    const text = $('scenario-text').value;
    const type = /^\s*[[{]/.test(text) ? 'application/json' : 'application/yaml';
    const res = await api('POST', '/api/scenarios?name=' + encodeURIComponent(name), text, { 'Content-Type': type });
    if (!res.ok) { msg.className = 'error'; msg.textContent = errorText(res); return; }
    msg.className = 'muted'; msg.textContent = 'Saved as "' + res.json.name + '".';
    listScenarios();
  }

  // ---------- export
  // The current view (rows in the table's order) as CSV text, full precision.
  function viewCsv() {
    const r = state.result;
    const cols = columns(r);
    const head = ['rank', 'tier', 'iso3', 'name', 'index'].concat(cols.slice(4).map((c) => c.key));
    const q = (s) => (/[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
    const lines = [head.join(',')];
    sortedEconomies(r, cols).forEach((e) => {
      lines.push([e.rank, e.tier, e.iso3, q(e.name), e.index].concat(cols.slice(4).map((c) => c.get(e)))
        .map((v) => (v === null || v === undefined ? '' : String(v))).join(','));
    });
    return lines.join('\n') + '\n';
  }

  function exportCsv() {
    if (!state.result) return;
    download('aidx-view.csv', URL.createObjectURL(new Blob([viewCsv()], { type: 'text/csv' })));
  }

  // Both charts side by side as one PNG data URL.
  function viewPng() {
    const group = 'aidx-export';
    charts.scatter.group = group; charts.profile.group = group;
    echarts.connect(group);
    const url = charts.scatter.getConnectedDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    echarts.disconnect(group);
    charts.scatter.group = ''; charts.profile.group = '';
    return url;
  }

  function exportPng() {
    download('aidx-view.png', viewPng());
  }

  function download(name, href) {
    const a = document.createElement('a');
    a.href = href; a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
  }

  // ---------- replication scorecard (default method; GET /api/replicate)
  async function loadScorecard() {
    const res = await api('GET', '/api/replicate');
    if (!res.ok) { $('scorecard-summary').textContent = errorText(res); return; }
    $('scorecard-summary').textContent = res.json.summary;
    const body = $('scorecard').querySelector('tbody');
    body.textContent = '';
    res.json.lines.forEach((l) => {
      const tr = document.createElement('tr');
      tr.className = 'verdict-' + l.verdict.replace(/ /g, '-');
      tr.dataset.id = l.id;
      const chance = l.chance === null ? '' : l.chance.toFixed(2) + (l.trivial ? ' (trivial)' : '');
      [l.claim, l.published, l.aidx, l.difference === null ? '' : (l.difference >= 0 ? '+' : '') + l.difference.toFixed(3), l.verdict, chance]
        .forEach((v, k) => {
          const td = document.createElement('td');
          td.textContent = v;
          if (k !== 3 && k !== 5) td.className = 'left';
          if (k === 0) td.title = l.text + (l.location ? ' (' + l.location + ')' : '');
          tr.appendChild(td);
        });
      body.appendChild(tr);
    });
    // aidx's finance beside OECD.AI/Preqin's (the study's source), USA = 1
    const f = res.json.finance;
    $('scorecard-finance-caption').textContent = f.caption;
    const fb = $('scorecard-finance').querySelector('tbody');
    fb.textContent = '';
    const num = (v, d) => (v === null ? '' : v.toFixed(d));
    f.lines.forEach((l) => {
      const tr = document.createElement('tr');
      tr.dataset.iso3 = l.iso3;
      [l.iso3, num(l.oecd_usd_million, 1), num(l.oecd_ratio, 3), num(l.aidx_finance_ratio, 3), num(l.aidx_amounts_ratio, 3)]
        .forEach((v, k) => {
          const td = document.createElement('td');
          td.textContent = v;
          if (k === 0) td.className = 'left';
          tr.appendChild(td);
        });
      fb.appendChild(tr);
    });
  }

  // ---------- start
  async function start() {
    const health = await api('GET', '/api/health');
    if (health.ok && health.json.token_required) {
      state.tokenRequired = true;
      $('token').hidden = false;
      $('token').value = sessionStorage.getItem('aidx-token') || '';
      $('token').addEventListener('change', () => sessionStorage.setItem('aidx-token', $('token').value));
    }
    const res = await api('GET', '/api/index');
    if (!res.ok) { setStatus('error', 'error'); $('error').hidden = false; $('error').textContent = errorText(res); return; }
    state.tree = res.json.methodology.tree;
    state.defaultRanks = {};
    res.json.economies.forEach((e) => { state.defaultRanks[e.iso3] = e.rank; });
    state.defaultReference = res.json.reference;
    const agg = (res.json.methodology.resolved && res.json.methodology.resolved.aggregate) || {};
    state.defaultPositiveOnly = Object.values(agg).some((a) => POSITIVE_ONLY.includes(a));
    state.relativeToReference = !!res.json.methodology.relative_to_reference;
    updateMethodOptions();
    buildSliders(state.tree);
    const refSel = $('reference');
    res.json.economies.slice().sort((a, b) => a.name.localeCompare(b.name)).forEach((e) => refSel.add(new Option(e.name + ' (' + e.iso3 + ')', e.iso3)));
    refSel.value = res.json.reference;
    ['normalise', 'aggregate', 'reference', 'year', 'per'].forEach((id) => $(id).addEventListener('change', schedule));
    $('economy').addEventListener('change', () => select($('economy').value));
    $('reset').addEventListener('click', () => {
      document.querySelectorAll('input[type=range][data-node]').forEach((i) => {
        i.value = String(state.defaults[i.dataset.node]);
        i.nextElementSibling.textContent = fmt(i.value, 1);
      });
      $('normalise').value = ''; $('aggregate').value = ''; $('reference').value = res.json.reference; $('year').value = ''; $('per').value = '';
      schedule();
    });
    $('export-csv').addEventListener('click', exportCsv);
    $('export-png').addEventListener('click', exportPng);
    $('scenario-run').addEventListener('click', runScenario);
    $('scenario-save').addEventListener('click', saveScenario);
    fillScenarioForm(state.tree, res.json.economies);
    $('sc-add').addEventListener('click', addScenarioChange);
    $('scenario-example').addEventListener('click', () => { $('scenario-text').value = exampleText(); $('scenario-name').value = EXAMPLE.name; });
    if (!$('scenario-text').value) $('scenario-text').value = exampleText();
    window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
    render(res.json);
    loadRobustness().catch((e) => setRobustnessState('error', 'Rank-interval chart failed: ' + e, 'error'));
    loadScorecard().catch((e) => { $('scorecard-summary').textContent = 'Scorecard failed: ' + e; });
    listScenarios();
  }

  // What the export buttons save, for scripts and tests.
  // requests(): the body of the last rendered POST /api/index and the POST /api/robustness body
  // whose answer the rank-interval chart shows (null while it shows GET /api/robustness).
  window.aidxDashboard = {
    csv: viewCsv, png: viewPng, select, scenarioRequest,
    // shows an index answer of POST /api/index (e.g. of an uploaded dataset) as the page's result
    render: (json) => { markStale(false); showBanner(''); render(json); },
    chartOption: (id) => (charts[id] ? charts[id].getOption() : null),
    requests: () => ({ index: state.lastIndexBody || null, robustness: rob.shown }),
  };

  start().catch((e) => { setStatus('error', 'error'); $('error').hidden = false; $('error').textContent = String(e); });
})();
