// aidx dashboard, the scenario editor: a form that builds changes, the editor's text (JSON on top of
// the page's weights and methods, or YAML as it is), POST /api/scenario with one table per scenario
// and a chart of the index changes, and the saved scenarios (GET/POST /api/scenarios).
'use strict';
(function () {
  const aidx = window.aidx;
  const { $, state, fmt, short, nodeChildren } = aidx;
  const { api, errorText } = aidx;
  const chart = aidx.chart;

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
      return { body: Object.assign(aidx.request(), body), type: 'application/json', note: '' };
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

  Object.assign(window.aidxDashboard, { scenarioRequest });

  aidx.on('loaded', (json) => {
    $('scenario-run').addEventListener('click', runScenario);
    $('scenario-save').addEventListener('click', saveScenario);
    fillScenarioForm(state.tree, json.economies);
    $('sc-add').addEventListener('click', addScenarioChange);
    $('scenario-example').addEventListener('click', () => { $('scenario-text').value = exampleText(); $('scenario-name').value = EXAMPLE.name; });
    if (!$('scenario-text').value) $('scenario-text').value = exampleText();
    listScenarios();
  });
})();
