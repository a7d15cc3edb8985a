// World map: the clusters' member cities sized by the chosen measure and their city-to-city ties as lines.
import { api, t, name, fmt, basemap, markWhenRendered, showError, palette, esc, el, autoResize } from './common.js';

const echarts = window.echarts;
const container = document.getElementById('world-map');
const statusEl = document.getElementById('map-status');
const form = document.getElementById('map-controls');
const chart = echarts.init(container, null, { renderer: 'canvas' });
const expectRender = markWhenRendered(chart, container);
autoResize(chart);

const typeColours = { sister_city: '#1f6fb2', air_route: '#b35c00', event_interaction: '#6a3d9a' };

// Controls start from the URL so a map can be shared as a link.
const initial = new URLSearchParams(location.search);
if (initial.get('measure')) form.measure.value = initial.get('measure');
if (initial.get('year')) form.year.value = initial.get('year');
if (initial.get('basemap')) form.basemap.value = initial.get('basemap');
if (initial.getAll('type').length) {
  const wanted = new Set(initial.getAll('type').flatMap(v => v.split(',')));
  form.querySelectorAll('input[name=type]').forEach(cb => { cb.checked = wanted.has(cb.value); });
}

function selection() {
  const types = Array.from(form.querySelectorAll('input[name=type]:checked')).map(cb => cb.value);
  return { measure: form.measure.value, types, year: form.year.value.trim(), basemap: form.basemap.value };
}

function symbolSize(value, max) {
  if (value === null || value === undefined || !(max > 0)) return 5;
  return 5 + 25 * Math.sqrt(Math.max(0, value) / max);
}

async function draw() {
  const s = selection();
  const q = new URLSearchParams({ measure: s.measure });
  // With no type ticked no line is drawn; the API still needs a valid type list.
  q.set('type', s.types.length ? s.types.join(',') : 'sister_city');
  if (s.year) q.set('year', s.year);
  history.replaceState(null, '', '?' + new URLSearchParams({ ...Object.fromEntries(q), basemap: s.basemap }));
  statusEl.textContent = t('loading');
  container.dataset.state = 'loading';
  let data;
  let mapName;
  try {
    [data, mapName] = await Promise.all([api('/api/v1/map?' + q), basemap(echarts, s.basemap)]);
  } catch (err) {
    showError(statusEl, container, err);
    return;
  }
  const coords = new Map();
  const names = new Map();
  data.clusters.forEach(c => c.members.forEach(m => { coords.set(m.id, [m.lon, m.lat]); names.set(m.id, name(m)); }));
  data.partners.forEach(p => { coords.set(p.id, [p.lon, p.lat]); names.set(p.id, name(p)); });
  const values = data.clusters.flatMap(c => c.members.map(m => m.value)).filter(v => v !== null && v !== undefined);
  const max = values.length ? Math.max(...values) : 0;
  const lines = s.types.length ? data.lines : [];
  const series = [];
  const byType = {};
  lines.forEach(l => (byType[l.type] = byType[l.type] || []).push({ coords: [coords.get(l.from), coords.get(l.to)], value: l.count }));
  Object.entries(byType).forEach(([type, ls]) => series.push({
    type: 'lines', coordinateSystem: 'geo', name: type, silent: true, large: ls.length > 1500, zlevel: 1,
    lineStyle: { color: typeColours[type] || '#555', width: 0.6, opacity: 0.35, curveness: 0.2 }, data: ls,
  }));
  series.push({
    type: 'scatter', coordinateSystem: 'geo', name: t('partners'), zlevel: 2, symbolSize: 3,
    itemStyle: { color: '#777' },
    data: data.partners.map(p => ({ name: name(p), id: p.id, value: [p.lon, p.lat, null] })),
  });
  data.clusters.forEach((c, i) => {
    const centre = [0, 0];
    c.members.forEach(m => { centre[0] += m.lon / c.members.length; centre[1] += m.lat / c.members.length; });
    series.push({
      type: 'scatter', coordinateSystem: 'geo', name: name(c), zlevel: 3,
      itemStyle: { color: palette[i % palette.length], borderColor: '#fff', borderWidth: 0.5 },
      data: c.members.map(m => ({
        name: name(m), id: m.id, value: [m.lon, m.lat, m.value], central: c.centralIds.includes(m.id),
        symbol: c.centralIds.includes(m.id) ? 'diamond' : 'circle', symbolSize: symbolSize(m.value, max),
      })),
    });
    series.push({
      type: 'scatter', coordinateSystem: 'geo', name: name(c), zlevel: 4, symbol: 'pin', symbolSize: 26,
      itemStyle: { color: palette[i % palette.length] },
      label: { show: true, position: 'top', formatter: name(c), color: '#1a1a1a', fontSize: 11, backgroundColor: 'rgba(255,255,255,0.8)', padding: [1, 3] },
      data: [{ name: name(c), clusterId: c.id, value: [centre[0], centre[1], c.members.length] }],
    });
  });
  const measureName = data.measure ? name(data.measure) : t('value');
  expectRender();
  chart.setOption({
    animation: false,
    tooltip: {
      trigger: 'item',
      formatter: p => {
        if (p.data && p.data.clusterId) return `<b>${esc(p.name)}</b><br>${esc(p.value[2])} ${esc(t('members'))}<br>${esc(t('clickToOpen'))}`;
        const v = p.value && p.value[2];
        return `<b>${esc(p.name)}</b>` + (p.data && p.data.central ? ` (${esc(t('central'))})` : '')
          + (v !== null && v !== undefined ? `<br>${esc(measureName)}: ${esc(fmt(v))}` : '');
      },
    },
    legend: { type: 'scroll', bottom: 0, data: data.clusters.map(c => name(c)).concat([t('partners')]) },
    geo: {
      map: mapName, roam: true, zoom: 1.1, top: 10, bottom: 30,
      itemStyle: { areaColor: '#e9eef2', borderColor: '#9aa7b1', borderWidth: 0.4 },
      emphasis: { disabled: true }, label: { show: false },
    },
    series,
  }, true);
  statusEl.textContent = '';
  fillTable(data);
}

function fillTable(data) {
  const body = document.querySelector('#top-cities tbody');
  body.replaceChildren();
  const rows = data.clusters.flatMap(c => c.members.map(m => ({ m, c })))
    .filter(r => r.m.value !== null && r.m.value !== undefined)
    .sort((a, b) => b.m.value - a.m.value || a.m.id.localeCompare(b.m.id))
    .slice(0, 15);
  let rank = 0;
  rows.forEach((r, i) => {
    if (i === 0 || rows[i - 1].m.value !== r.m.value) rank = i + 1;
    const tr = el('tr');
    tr.dataset.city = r.m.id;
    tr.append(el('td', rank));
    const cityCell = el('td');
    cityCell.append(el('a', name(r.m), { href: '/cities/' + encodeURIComponent(r.m.id) }));
    tr.append(cityCell);
    const clusterCell = el('td');
    clusterCell.append(el('a', name(r.c), { href: '/clusters/' + encodeURIComponent(r.c.id) }));
    tr.append(clusterCell);
    tr.append(el('td', fmt(r.m.value), { class: 'num' }));
    body.append(tr);
  });
}

chart.on('click', p => {
  if (p.data && p.data.clusterId) location.href = '/clusters/' + encodeURIComponent(p.data.clusterId);
  else if (p.data && p.data.id) location.href = '/cities/' + encodeURIComponent(p.data.id);
});

form.addEventListener('submit', e => { e.preventDefault(); draw(); });
form.addEventListener('change', () => draw());
draw();
