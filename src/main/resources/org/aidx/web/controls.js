// aidx dashboard, the controls: weight sliders, method options (combinations that cannot work are
// disabled with the reason), reset, and the recomputation they trigger (POST /api/index). A failed
// recomputation shows a banner in the page's terms and greys the results it leaves on screen.
'use strict';
(function () {
  const aidx = window.aidx;
  const { $, state, fmt, short, nodeChildren } = aidx;

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
    const text = aidx.errorText(res);
    if (/geometric mean needs positive values|harmonic mean needs positive/.test(text)) return COMBINATION;
    let t = text.replace(/,? or raise values to a floor with --floor X/g, '').replace(/--floor [^ ,.]+/g, 'a floor (command line only)');
    FLAGS.forEach(([re, label]) => { t = t.replace(re, label); });
    return t;
  }
  // The results of the last setting that worked, greyed while they do not match the controls.
  const RESULTS = ['method-caption', 'ranking', 'notes', 'scatter', 'profile', 'provenance'];
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
  let seq = 0; // request counter; stale answers are dropped
  function schedule() { updateMethodOptions(); clearTimeout(timer); timer = setTimeout(recompute, 120); }

  async function recompute() {
    const my = ++seq;
    aidx.setStatus('recomputing…', 'busy');
    const q = aidx.request();
    const res = await aidx.api('POST', '/api/index', q);
    if (my !== seq) return;
    if (!res.ok) {
      const text = uiError(res);
      aidx.showError(text);
      showBanner(text);
      markStale(true);
      aidx.setStatus('error', 'error');
      return;
    }
    $('error').hidden = true;
    showBanner('');
    markStale(false);
    state.lastIndexBody = q;
    aidx.render(res.json);
    aidx.emit('recomputed', q);
  }

  aidx.on('loaded', (json) => {
    const agg = (json.methodology.resolved && json.methodology.resolved.aggregate) || {};
    state.defaultPositiveOnly = Object.values(agg).some((a) => POSITIVE_ONLY.includes(a));
    state.relativeToReference = !!json.methodology.relative_to_reference;
    updateMethodOptions();
    buildSliders(state.tree);
    const refSel = $('reference');
    json.economies.slice().sort((a, b) => a.name.localeCompare(b.name)).forEach((e) => refSel.add(new Option(e.name + ' (' + e.iso3 + ')', e.iso3)));
    refSel.value = json.reference;
    ['normalise', 'aggregate', 'reference', 'year', 'per'].forEach((id) => $(id).addEventListener('change', schedule));
    $('reset').addEventListener('click', () => {
      document.querySelectorAll('input[type=range][data-node]').forEach((i) => {
        i.value = String(state.defaults[i.dataset.node]);
        i.nextElementSibling.textContent = fmt(i.value, 1);
      });
      $('normalise').value = ''; $('aggregate').value = ''; $('reference').value = json.reference; $('year').value = ''; $('per').value = '';
      schedule();
    });
  });

  // shows an index answer of POST /api/index (e.g. of an uploaded dataset) as the page's result
  window.aidxDashboard.render = (json) => { markStale(false); showBanner(''); aidx.render(json); };
})();
