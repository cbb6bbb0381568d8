// The "Over time" card: GET /api/panel (the same JSON as 'aidx panel --format json'), a year slider
// and a play button that move the card's table and chart through the years, and the catching-up
// readings. Kept apart from app.js: it needs nothing from the main view but the page.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const fmt = (v, d) => (v === null || v === undefined || Number.isNaN(v) ? '–' : Number(v).toFixed(d));
  const state = { panel: null, year: null, timer: null, chart: null, history: [] };

  function setState(st, text) {
    const msg = $('panel-msg');
    msg.dataset.state = st;
    msg.textContent = text;
  }

  function rowsOf(year) {
    return state.panel.rows.filter((r) => r.year === year);
  }

  function renderTable() {
    const p = state.panel;
    const layers = p.nodes.slice(1, 3);
    const head = $('panel-table').querySelector('thead');
    head.innerHTML = '';
    const tr = document.createElement('tr');
    ['Rank', 'Economy', 'Index'].concat(layers).concat(['Coverage']).forEach((h, k) => {
      const th = document.createElement('th');
      th.textContent = h.replace(/_/g, ' ');
      if (k === 1) th.className = 'left';
      tr.appendChild(th);
    });
    head.appendChild(tr);
    const body = $('panel-table').querySelector('tbody');
    body.innerHTML = '';
    rowsOf(state.year).forEach((r) => {
      const row = document.createElement('tr');
      row.dataset.iso3 = r.iso3;
      if (r.low_coverage) row.className = 'low-coverage';
      const cells = [
        r.rank === null ? '–' : String(r.rank),
        r.name + ' (' + r.iso3 + ')',
        fmt(r.index, 3) + (r.carried_forward > 0 ? '*' : ''),
      ].concat(layers.map((l) => fmt(r.scores[l], 3)))
        .concat([r.present + '/' + r.indicators + (r.low_coverage ? ' !' : '')]);
      cells.forEach((c, k) => {
        const td = document.createElement('td');
        td.textContent = c;
        if (k === 1) td.className = 'left';
        row.appendChild(td);
      });
      body.appendChild(row);
    });
  }

  function renderChart() {
    const p = state.panel;
    if (!state.chart) state.chart = echarts.init($('panel-chart'), null, { renderer: 'canvas' });
    const economies = [...new Set(p.rows.filter((r) => r.year === p.to).map((r) => r.iso3))];
    const series = economies.map((iso3) => ({
      name: iso3,
      type: 'line',
      symbolSize: 5,
      data: p.years.map((y) => {
        const r = p.rows.find((x) => x.year === y && x.iso3 === iso3);
        return [String(y), r && r.index !== null ? r.index : null];
      }),
    }));
    series.push({
      name: 'year',
      type: 'line',
      data: [],
      markLine: { symbol: 'none', silent: true, lineStyle: { color: '#1f5fa8', width: 2 },
        label: { formatter: String(state.year) }, data: [{ xAxis: String(state.year) }] },
    });
    state.chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: p.years.map(String) },
      yAxis: { type: 'value', name: 'index' },
      series,
    }, true);
  }

  function show(year) {
    state.year = year;
    state.history.push(year);
    $('panel-year').value = String(year);
    $('panel-year-label').textContent = String(year);
    renderTable();
    renderChart();
    $('panel-card').dataset.year = String(year);
  }

  function stop() {
    clearInterval(state.timer);
    state.timer = null;
    $('panel-play').textContent = 'Play';
  }

  function play() {
    if (state.timer) { stop(); return; }
    const years = state.panel.years;
    let k = 0;
    show(years[0]);
    $('panel-play').textContent = 'Pause';
    state.timer = setInterval(() => {
      k += 1;
      if (k >= years.length) { stop(); return; }
      show(years[k]);
    }, 900);
  }

  // Each reading as the API words it: like for like first (the verdict), then all indicators with
  // the indicators arriving and leaving. Above them, what the like-for-like reading rests on.
  function renderReadings() {
    const ul = $('panel-readings');
    const cu = state.panel.catching_up;
    const lfl = cu.like_for_like || {};
    let basis = $('panel-basis');
    if (!basis) {
      basis = document.createElement('p');
      basis.id = 'panel-basis';
      basis.className = 'muted small';
      ul.parentNode.insertBefore(basis, ul);
    }
    const notes = [];
    if (lfl.composition_change) {
      notes.push('Like for like: ' + lfl.basis + '; the verdicts come from it. The all-indicators rates'
        + ' include indicators arriving or leaving mid-window.');
    }
    if (lfl.note) notes.push(lfl.note);
    basis.textContent = notes.join(' ');
    basis.hidden = notes.length === 0;
    ul.innerHTML = '';
    cu.readings.forEach((r) => {
      const li = document.createElement('li');
      li.dataset.iso3 = r.iso3;
      if (r.like_for_like) li.dataset.likeForLike = r.like_for_like.status;
      li.textContent = r.reading;
      ul.appendChild(li);
    });
  }

  async function load() {
    const r = await fetch('/api/panel');
    const j = await r.json().catch(() => null);
    if (!r.ok || !j) {
      const why = j && j.problems ? j.problems.map((p) => p.message || p.what).join('; ') : 'HTTP ' + r.status;
      setState('error', 'The index over time is not available: ' + why);
      return;
    }
    state.panel = j;
    const slider = $('panel-year');
    slider.min = String(j.from);
    slider.max = String(j.to);
    slider.step = '1';
    slider.addEventListener('input', () => { stop(); show(Number(slider.value)); });
    $('panel-play').addEventListener('click', play);
    $('panel-body').hidden = false;
    setState('ready', j.from + '–' + j.to + ', each year as aidx index --year Y --exclude-stale --max-age ' + j.rule.max_age
      + '; * = values carried forward, ! = coverage below ' + Math.round(100 * j.rule.min_coverage) + '%.');
    renderReadings();
    show(j.to);
    window.addEventListener('resize', () => state.chart && state.chart.resize());
  }

  // For scripts and tests: the year shown and the iso3 codes of the table, in rank order.
  window.aidxPanel = {
    year: () => state.year,
    // every year shown so far, in order (cleared by clearHistory)
    history: () => state.history.slice(),
    clearHistory: () => { state.history = []; },
    show: (y) => show(y),
    table: () => [...document.querySelectorAll('#panel-table tbody tr')].map((r) => r.dataset.iso3),
    chartOption: () => (state.chart ? state.chart.getOption() : null),
  };

  load().catch((e) => setState('error', 'The index over time failed: ' + e));
})();
