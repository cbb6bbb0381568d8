// aidx dashboard, Regions view: the map (SVG from /api/regions/map.svg, one path per county or
// state with data-code and a <title>), concentration figures and the typology's groups with the
// Brookings scorecard, all from the API; nothing is computed here.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const pct = (v) => (v === null || v === undefined ? 'n/a' : (100 * v).toFixed(1) + '%');
  const num = (v, d) => (v === null || v === undefined ? 'n/a' : Number(v).toFixed(d));
  let seq = 0;

  function status(text, st) {
    const s = $('region-status');
    s.textContent = text;
    s.dataset.state = st;
  }

  function params() {
    const level = $('region-level').value;
    const q = new URLSearchParams({ level, method: $('region-method').value, k: $('region-k').value });
    return { level, q };
  }

  async function getJson(path) {
    const r = await fetch(path, { headers: { Accept: 'application/json' } });
    const j = await r.json().catch(() => null);
    if (!r.ok) {
      const p = j && j.problems ? j.problems.map((x) => x.where + ': ' + x.what).join('; ') : (j && j.error) || r.statusText;
      throw new Error(p);
    }
    return j;
  }

  function table(el, head, rows) {
    const t = $(el);
    t.tHead.innerHTML = '';
    t.tBodies[0].innerHTML = '';
    const hr = t.tHead.insertRow();
    head.forEach((h, i) => { const th = document.createElement('th'); th.textContent = h; if (i < 2) th.className = 'left'; hr.appendChild(th); });
    rows.forEach((r) => {
      const tr = t.tBodies[0].insertRow();
      r.forEach((c, i) => { const td = tr.insertCell(); td.textContent = c; if (i < 2) td.className = 'left'; });
    });
  }

  function hover(e) {
    const p = e.target.closest('path[data-code]');
    if (!p) return;
    const t = p.querySelector('title');
    $('region-hover').textContent = t ? t.textContent : p.dataset.code;
    $('region-hover').dataset.code = p.dataset.code;
  }

  async function load() {
    const my = ++seq;
    const { level, q } = params();
    status('computing…', 'loading');
    $('region-status').dataset.seq = String(my);
    const view = $('region-view').value;
    const mq = new URLSearchParams(q);
    mq.set('view', view);
    try {
      const [svg, conc, typ] = await Promise.all([
        fetch('/api/regions/map.svg?' + mq).then(async (r) => { if (!r.ok) throw new Error((await r.json()).problems?.[0]?.what || r.statusText); return r.text(); }),
        getJson('/api/regions/concentration?level=' + level),
        getJson('/api/regions/typology?' + q),
      ]);
      if (my !== seq) return;
      $('region-map').innerHTML = svg;
      const tops = conc.top_shares.map((t) => 'top ' + t.k + ': ' + pct(t.share)).join(', ');
      $('region-concentration').textContent = conc.label + ' across ' + conc.regions + ' regions: ' + tops
        + ' of the national total; HHI ' + num(conc.hhi, 4) + ', Gini ' + num(conc.gini, 3) + ', Theil ' + num(conc.theil, 3) + '.';
      table('region-groups', ['group', 'name', 'regions', 'stability'].concat(typ.indicator_labels.map((l) => 'mean ' + l)),
        typ.groups.map((g) => [String(g.group), g.name, String(g.size), num(g.stability, 2)].concat(typ.indicators.map((i) => num(g.mean[i], 2)))));
      if (typ.scorecard) {
        const landing = (s) => s.landing.map((l) => l.group + ': ' + l.members + ' of ' + l.size).join('; ');
        table('region-scorecard', ['Brookings (2021) group', 'metro', 'aidx group', 'group size'],
          typ.scorecard.summary.map((s) => [s.group + ' (all ' + s.members + ')', 'lands in aidx groups', landing(s) || 'none clustered', ''])
            .concat(typ.scorecard.rows.map((r) => [r.member.group, r.member.name, r.group ? r.group + ': ' + r.groupName : 'not clustered', r.group ? String(r.groupSize) : ''])));
      } else {
        table('region-scorecard', ['scorecard', 'only for metro areas'], []);
      }
      status(typ.k + ' groups (k by ' + typ.method.k_rule + '), mean silhouette ' + num(typ.silhouette, 3), 'ready');
    } catch (e) {
      if (my === seq) status('Regions failed: ' + e.message, 'error');
    }
  }

  ['region-level', 'region-view', 'region-method', 'region-k'].forEach((id) => $(id).addEventListener('change', load));
  $('region-map').addEventListener('mouseover', hover);
  window.aidxRegions = { load };
  // computed when the card first comes into view (the typology takes a moment on the server)
  if ('IntersectionObserver' in window) {
    const io = new IntersectionObserver((es) => { if (es.some((e) => e.isIntersecting)) { io.disconnect(); load(); } });
    io.observe($('regions-card'));
  } else {
    load();
  }
})();
