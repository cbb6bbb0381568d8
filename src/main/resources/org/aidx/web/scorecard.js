// aidx dashboard, the replication scorecard card: every checkable figure and claim of the published
// study beside aidx's default result, and the finance comparison (GET /api/replicate).
'use strict';
(function () {
  const aidx = window.aidx;
  const { $ } = aidx;
  const { api, errorText } = aidx;

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

  aidx.on('loaded', () => {
    loadScorecard().catch((e) => { $('scorecard-summary').textContent = 'Scorecard failed: ' + e; });
  });
})();
