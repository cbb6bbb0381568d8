// aidx dashboard, the robustness card: rank intervals under uncertainty, when the server offers them.
'use strict';
(function () {
  const aidx = window.aidx;
  const { $, state, fmt, short } = aidx;
  const { api, errorText } = aidx;
  const chart = aidx.chart;

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
    const names = aidx.names(state.tree);
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

  // requests(): the body of the last rendered POST /api/index and the POST /api/robustness body
  // whose answer the rank-interval chart shows (null while it shows GET /api/robustness).
  window.aidxDashboard.requests = () => ({ index: state.lastIndexBody || null, robustness: rob.shown });

  aidx.on('recomputed', scheduleRobustness);
  aidx.on('loaded', () => {
    loadRobustness().catch((e) => setRobustnessState('error', 'Rank-interval chart failed: ' + e, 'error'));
  });
})();
