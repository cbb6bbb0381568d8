// aidx dashboard, start-up: loaded after common.js and the card modules, it asks the server whether
// writes need a token and for the default index (GET /api/index), then hands that index to every
// card ('loaded', in the order index.html loads them). Regions and Over time (regions.js, panel.js)
// start on their own: they need nothing from the main view.
'use strict';
(function () {
  const aidx = window.aidx;
  const { $, state } = aidx;

  async function start() {
    const health = await aidx.api('GET', '/api/health');
    if (health.ok && health.json.token_required) {
      state.tokenRequired = true;
      $('token').hidden = false;
      $('token').value = sessionStorage.getItem('aidx-token') || '';
      $('token').addEventListener('change', () => sessionStorage.setItem('aidx-token', $('token').value));
    }
    const res = await aidx.api('GET', '/api/index');
    if (!res.ok) { aidx.setStatus('error', 'error'); aidx.showError(aidx.errorText(res)); return; }
    state.tree = res.json.methodology.tree;
    state.defaultRanks = {};
    res.json.economies.forEach((e) => { state.defaultRanks[e.iso3] = e.rank; });
    state.defaultReference = res.json.reference;
    window.addEventListener('resize', () => Object.values(aidx.charts).forEach((c) => c.resize()));
    aidx.emit('loaded', res.json);
  }

  start().catch((e) => { aidx.setStatus('error', 'error'); aidx.showError(String(e)); });
})();
