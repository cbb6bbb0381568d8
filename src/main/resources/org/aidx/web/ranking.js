// aidx dashboard, the ranking card and the views of the same result: the sortable ranking table
// (with coverage flags and the rank change against the default index), the scatter of the two
// layers, the dimension profile of the selected economy, its provenance table, and the CSV and PNG
// exports of the view. aidx.render(json) shows an index answer in all of them.
'use strict';
(function () {
  const aidx = window.aidx;
  const { $, state, charts, fmt, short, headLabel, nodeChildren } = aidx;
  const chart = aidx.chart;
  let sort = { key: 'rank', dir: 1 }; // the table's sort column and direction

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
    const col = cols.find((c) => c.key === sort.key) || cols[0];
    const rows = r.economies.slice();
    rows.sort((a, b) => {
      const x = col.get(a), y = col.get(b);
      if (col.text) return sort.dir * String(x).localeCompare(String(y));
      const nx = x === null ? Infinity : x, ny = y === null ? Infinity : y;
      return sort.dir * (nx - ny) || a.iso3.localeCompare(b.iso3);
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
      if (sort.key === c.key) th.setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending');
      th.addEventListener('click', () => {
        sort = { key: c.key, dir: sort.key === c.key ? -sort.dir : (c.key === 'rank' || c.key === 'tier' || c.text ? 1 : -1) };
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

  // The method caption at the foot of a chart, inside it so that an exported PNG carries it too;
  // height: the room it takes below the plot (lines of about 5.5 px per character at 10 px).
  function captionTitle(c, text) {
    const width = Math.max(c.getWidth() - 20, 100);
    const lines = text ? Math.ceil((text.length * 5.5) / width) : 0;
    return {
      title: { text: '', subtext: text, left: 10, bottom: 2, padding: 0, itemGap: 0,
        subtextStyle: { fontSize: 10, lineHeight: 13, color: '#555', width, overflow: 'break' } },
      height: lines * 13 + (lines ? 4 : 0),
    };
  }

  function renderScatter(r) {
    const [xKey, yKey] = Object.keys(r.economies[0].scores);
    const names = aidx.names(r.methodology.tree);
    const tiers = [...new Set(r.economies.map((e) => e.tier))].sort();
    const positive = r.economies.every((e) => e.scores[xKey] > 0 && e.scores[yKey] > 0);
    const caption = captionTitle(chart('scatter'), aidx.methodCaption(r));
    chart('scatter').setOption({
      animation: false,
      title: caption.title,
      grid: { left: 50, right: 40, top: 30, bottom: 45 + caption.height },
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
    const names = aidx.names(r.methodology.tree);
    const dims = Object.keys(e.scores).filter((k) => !layerIds.includes(k));
    const series = [{ name: e.iso3, type: 'bar', data: dims.map((d) => e.scores[d]) }];
    if (ref && ref.iso3 !== e.iso3) series.push({ name: ref.iso3 + ' (reference)', type: 'bar', data: dims.map((d) => ref.scores[d]) });
    const caption = captionTitle(chart('profile'), aidx.methodCaption(r));
    chart('profile').setOption({
      animation: false,
      title: caption.title,
      // containLabel: the rotated dimension names take what room they need above the caption
      grid: { left: 10, right: 10, top: 30, bottom: caption.height + 4, containLabel: true },
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
    const names = aidx.names(r.methodology.tree);
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
    $('method-caption').textContent = aidx.methodCaption(r);
    const low = r.economies.filter(lowCoverage);
    $('notes').textContent = (low.length ? '* Low coverage (rank flagged, not withheld): ' +
      low.map((e) => e.iso3 + ' ' + coverageText(e)).join(' · ') + '. ' : '') +
      (r.notes.length ? 'Notes: ' + r.notes.join(' · ') : '');
    renderTable(r);
    renderScatter(r);
    renderProfile(r);
    renderProvenance(r);
    state.version++;
    aidx.setStatus('up to date', 'ready');
  }

  function select(iso3) {
    state.selected = iso3;
    $('economy').value = iso3;
    renderTable(state.result);
    renderProfile(state.result);
    renderProvenance(state.result);
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

  aidx.render = render;
  Object.assign(window.aidxDashboard, { csv: viewCsv, png: viewPng, select });

  aidx.on('loaded', (json) => {
    $('economy').addEventListener('change', () => select($('economy').value));
    $('export-csv').addEventListener('click', exportCsv);
    $('export-png').addEventListener('click', exportPng);
    render(json);
  });
})();
