// The Advice page's scenario, calendar and back-test sections: each sends the API request the command line's
// equivalent makes and shows the answer, so the page and the API never disagree.
import { api, csrfToken, fmt, t } from './common.js';

function cell(row, text, cls) {
  const td = document.createElement('td');
  td.textContent = text === null || text === undefined ? '—' : String(text);
  if (cls) td.className = cls;
  row.appendChild(td);
}

function table(id, headers, rows) {
  const tbl = document.createElement('table');
  tbl.id = id;
  tbl.className = 'data';
  const head = tbl.createTHead().insertRow();
  headers.forEach((h) => { const th = document.createElement('th'); th.scope = 'col'; th.textContent = h; head.appendChild(th); });
  const body = tbl.createTBody();
  rows.forEach((r) => { const tr = body.insertRow(); r.forEach(([v, cls]) => cell(tr, v, cls)); });
  return tbl;
}

function show(out, ...nodes) {
  out.replaceChildren(...nodes);
}

function para(text, cls) {
  const p = document.createElement('p');
  p.textContent = text;
  if (cls) p.className = cls;
  return p;
}

// A measure's value as the command line's JSON gives it: a number, a category, null (undefined) or "absent".
function value(v) {
  if (v === null) return t('js.advice.undefined');
  if (v === 'absent') return t('js.advice.absent');
  return typeof v === 'number' ? fmt(v) : v;
}

const scenarioForm = document.getElementById('scenario-form');
if (scenarioForm) {
  const text = document.getElementById('scenario-text');
  const out = document.getElementById('scenario-result');
  document.getElementById('scenario-file').addEventListener('change', async (e) => {
    const f = e.target.files[0];
    if (f) text.value = await f.text();
  });
  const run = async (save) => {
    show(out, para(t('js.loading'), 'muted'));
    const res = await fetch(save ? '/api/v1/scenarios?save=true' : '/api/v1/scenarios', { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrfToken() },
      body: text.value });
    const body = await res.json().catch(() => ({}));
    if (!res.ok) {
      const problems = (body.problems || []).map((p) => p.message).filter((m) => m);
      show(out, para(t('js.error', [body.detail || res.statusText, ...problems].join('; ')), 'problem'));
      return;
    }
    const link = document.createElement('a');
    link.id = 'scenario-download';
    link.download = 'scenario-result.json';
    link.href = URL.createObjectURL(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }));
    link.textContent = t('js.advice.download');
    render(body, link);
  };
  const render = (body, link, shared) => {
    const nodes = [para(t('js.advice.scenarioSummary', body.changed.length, body.unchanged), 'summary'),
      table('scenario-deltas', [t('js.advice.measure'), t('js.advice.before'), t('js.advice.after'), t('js.advice.delta')],
        body.changed.map((d) => [[d.path], [value(d.before), 'num'], [value(d.after), 'num'],
          [d.delta === null ? '—' : fmt(d.delta), 'num']])), link];
    const id = body.id || shared;
    if (id) {
      const a = document.createElement('a');
      a.id = 'scenario-link';
      a.href = `/advice/scenarios/${encodeURIComponent(id)}`;
      a.textContent = new URL(a.href, window.location.href).href;
      const p = para(t('js.advice.shareLink') + ' ');
      p.appendChild(a);
      nodes.push(p);
    }
    show(out, ...nodes);
  };
  scenarioForm.addEventListener('submit', (e) => { e.preventDefault(); run(false); });
  document.getElementById('scenario-save').addEventListener('click', () => run(true));
  const shared = new URLSearchParams(window.location.search).get('scenario');
  if (shared) {
    show(out, para(t('js.loading'), 'muted'));
    api(`/api/v1/scenarios/${encodeURIComponent(shared)}`).then((s) => {
      text.value = JSON.stringify(s.result.scenario, null, 2);
      const link = document.createElement('a');
      link.id = 'scenario-download';
      link.download = 'scenario-result.json';
      link.href = URL.createObjectURL(new Blob([JSON.stringify(s.result, null, 2)], { type: 'application/json' }));
      link.textContent = t('js.advice.download');
      render(s.result, link, s.id);
    }).catch((err) => show(out, para(t('js.error', err.message), 'problem')));
  }
}

const calendarForm = document.getElementById('calendar-form');
if (calendarForm) {
  const out = document.getElementById('calendar-result');
  calendarForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const cluster = document.getElementById('calcluster').value;
    const week = document.getElementById('calweek').value.trim();
    show(out, para(t('js.loading'), 'muted'));
    try {
      const c = await api(`/api/v1/advice/calendar?cluster=${encodeURIComponent(cluster)}&week=${encodeURIComponent(week)}`);
      const d = c.digest;
      const rows = (list, when) => list.map((x) => [[when], [x.start], [x.cityId], [x.partner], [x.title]]);
      show(out, para(t('js.advice.digestSummary', d.week, d.monday, d.sunday, d.thisWeek.length, d.upcoming.length,
        d.flags.length), 'summary'),
      table('calendar-digest', [t('js.advice.when'), t('js.advice.start'), t('js.advice.city'), t('js.advice.partner'),
        t('js.advice.title')], [...rows(d.thisWeek, t('js.advice.thisWeek')), ...rows(d.upcoming, t('js.advice.upcoming'))]),
      table('calendar-flags', [t('js.advice.rule'), t('js.advice.daysApart'), t('js.advice.explanation')],
        d.flags.map((f) => [[f.ruleLabel], [f.daysApart, 'num'], [f.explanation]])));
    } catch (err) {
      show(out, para(t('js.error', err.message), 'problem'));
    }
  });
}

const backtestForm = document.getElementById('backtest-form');
if (backtestForm) {
  const out = document.getElementById('backtest-result');
  backtestForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    const kind = document.getElementById('btkind').value;
    const year = document.getElementById('btyear').value.trim();
    show(out, para(t('js.advice.backtestWait'), 'muted'));
    try {
      const r = await api(`/api/v1/advice/backtest?kind=${encodeURIComponent(kind)}&year=${encodeURIComponent(year)}`);
      const ls = r.rows.length ? Object.keys(r.rows[0].precision) : [];
      show(out, para(t('js.advice.backtestSummary', r.trainUntil, r.probe, r.candidatePairs), 'summary'),
        table('backtest-table', [t('js.advice.scorer'), 'AUC', ...ls.map((l) => `P@${l}`)],
          r.rows.map((row) => [[row.scorer], [fmt(row.auc), 'num'], ...ls.map((l) => [fmt(row.precision[l]), 'num'])])));
    } catch (err) {
      show(out, para(t('js.error', err.message), 'problem'));
    }
  });
}
