// Cluster page: the member cities' ties by type, inside the cluster and international, the function profile
// (radar), the central cities' radiation with hinterlands and breaking points, and the Lorenz curve, all from the
// assessment sections of the API.
import { api, t, name, fmt, basemap, markWhenRendered, showError, esc, autoResize, palette } from './common.js';

const container = document.getElementById('tie-chart');
if (container) {
  const echarts = window.echarts;
  const statusEl = document.getElementById('tie-status');
  const clusterId = document.getElementById('main').dataset.cluster;
  const chart = echarts.init(container, null, { renderer: 'canvas' });
  const expectRender = markWhenRendered(chart, container);
  autoResize(chart);
  // The type names come from the server-rendered table, so chart and table use the same words.
  const label = {};
  document.querySelectorAll('#tie-table tbody tr').forEach(tr => { label[tr.dataset.type] = tr.cells[0].textContent; });
  api('/api/v1/clusters/' + encodeURIComponent(clusterId) + '/assessment').then(a => {
    const rows = a.ties.byType.filter(r => r.outside > 0 || (r.inside || 0) > 0);
    const types = rows.map(r => label[r.type.toLowerCase()] || r.type);
    expectRender();
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: ps => ps.map(p => `${esc(p.seriesName)}: ${esc(p.value)}`).join('<br>') },
      legend: { bottom: 0 },
      grid: { left: 130, right: 20, top: 10, bottom: 40 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: types },
      series: [
        { name: t('inside'), type: 'bar', stack: 'all', data: rows.map(r => r.inside || 0), itemStyle: { color: '#1b7f3b' } },
        { name: t('international'), type: 'bar', stack: 'all', data: rows.map(r => r.international), itemStyle: { color: '#0b4f6c' } },
        { name: t('domestic'), type: 'bar', stack: 'all', data: rows.map(r => r.outside - r.international), itemStyle: { color: '#b35c00' } },
      ],
    });
  }).catch(err => showError(statusEl, container, err));
}

const clusterPath = '/api/v1/clusters/' + encodeURIComponent(document.getElementById('main').dataset.cluster);

/** Sets up a chart in a container: returns [chart, expectRender, statusElement], or null when absent. */
function chartIn(id, statusId) {
  const container = document.getElementById(id);
  if (!container || !window.echarts) return null;
  const chart = window.echarts.init(container, null, { renderer: 'canvas' });
  autoResize(chart);
  return { chart, container, expectRender: markWhenRendered(chart, container), status: document.getElementById(statusId) };
}

const radar = chartIn('radar-chart', 'radar-status');
if (radar) {
  api(clusterPath + '/functions').then(s => {
    const fs = s.functions;
    radar.expectRender();
    radar.chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: () => fs.map(f => `${esc(name(f))}: ${esc(f.score === null ? '—' : fmt(f.score))}`).join('<br>') },
      radar: { indicator: fs.map(f => ({ name: name(f), max: 1, min: 0 })), radius: '62%', axisName: { color: '#333' } },
      series: [{ type: 'radar', name: t('score'), symbolSize: 6,
        // A function without a score is a gap in the polygon, never 0.
        data: [{ name: t('score'), value: fs.map(f => f.score === null ? '-' : f.score), areaStyle: { opacity: 0.25 } }],
        itemStyle: { color: '#0b4f6c' } }],
    });
  }).catch(err => showError(radar.status, radar.container, err));
}

const structurePromise = document.getElementById('radiation-chart') || document.getElementById('lorenz-chart')
  ? api(clusterPath + '/inner-structure') : null;

const radiation = chartIn('radiation-chart', 'radiation-status');
if (radiation && structurePromise) {
  Promise.all([structurePromise, basemap(window.echarts, 'zh')]).then(([s, mapName]) => {
    const byId = Object.fromEntries(s.members.map(m => [m.id, m]));
    const centreIds = s.centres.map(c => c.cityId);
    const colourOf = id => palette[Math.max(0, centreIds.indexOf(id)) % palette.length];
    const lons = s.members.map(m => m.longitude);
    const lats = s.members.map(m => m.latitude);
    const span = Math.max(Math.max(...lons) - Math.min(...lons), Math.max(...lats) - Math.min(...lats), 0.5);
    const members = s.members.filter(m => !m.central).map(m => ({
      name: name(m), value: [m.longitude, m.latitude],
      hint: m.hinterlandOf ? t('hinterlandOf', name(byId[m.hinterlandOf] || { nameEn: m.hinterlandOf })) : t('undecidedHinterland'),
      itemStyle: { color: m.hinterlandOf ? colourOf(m.hinterlandOf) : '#999' } }));
    const centres = s.members.filter(m => m.central).map(m => ({
      name: name(m), value: [m.longitude, m.latitude], hint: t('centralCity'), itemStyle: { color: colourOf(m.id) } }));
    const lines = [];
    const points = [];
    for (const c of s.centres) {
      const from = byId[c.cityId];
      if (!from) continue;
      for (const b of c.breakingPoints) {
        const to = byId[b.memberId];
        if (!to || b.latitude === undefined) continue;
        lines.push({ coords: [[from.longitude, from.latitude], [to.longitude, to.latitude]], lineStyle: { color: colourOf(c.cityId) } });
        points.push({ name: name(from) + ' – ' + name(to), value: [b.longitude, b.latitude],
          hint: t('breakingPoint') + ': ' + fmt(b.fromCentreKm) + ' / ' + fmt(b.distanceKm) + ' km' });
      }
    }
    const tip = p => `${esc(p.name)}<br>${esc(p.data && p.data.hint || '')}`;
    radiation.expectRender();
    radiation.chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', formatter: tip },
      legend: { bottom: 0 },
      geo: { map: mapName, roam: true, center: [(Math.max(...lons) + Math.min(...lons)) / 2, (Math.max(...lats) + Math.min(...lats)) / 2],
        zoom: Math.min(200, Math.max(1, 160 / span)), itemStyle: { areaColor: '#eef2f4', borderColor: '#b8c4cc' }, silent: true },
      series: [
        { type: 'lines', coordinateSystem: 'geo', data: lines, silent: true, lineStyle: { width: 1, opacity: 0.5, type: 'dashed' } },
        { type: 'scatter', name: t('members'), coordinateSystem: 'geo', data: members, symbolSize: 9, itemStyle: { color: palette[0] } },
        { type: 'scatter', name: t('centralCity'), coordinateSystem: 'geo', data: centres, symbol: 'diamond', symbolSize: 16, itemStyle: { color: palette[0] },
          label: { show: true, position: 'right', formatter: p => p.name } },
        { type: 'scatter', name: t('breakingPoint'), coordinateSystem: 'geo', data: points, symbol: 'triangle', symbolSize: 8,
          itemStyle: { color: '#222' } },
      ],
    });
  }).catch(err => showError(radiation.status, radiation.container, err));
}

const lorenz = chartIn('lorenz-chart', 'lorenz-status');
if (lorenz && structurePromise) {
  structurePromise.then(s => {
    const curve = s.concentration.lorenz || [[0, 0]];
    lorenz.expectRender();
    lorenz.chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', formatter: ps => ps.map(p => `${esc(p.seriesName)}: ${esc(fmt(p.value[1]))}`).join('<br>') },
      legend: { bottom: 0 },
      grid: { left: 75, right: 20, top: 20, bottom: 60 },
      xAxis: { type: 'value', min: 0, max: 1, name: t('membersShare'), nameLocation: 'middle', nameGap: 25 },
      yAxis: { type: 'value', min: 0, max: 1, name: t('tiesShare'), nameLocation: 'middle', nameGap: 40 },
      series: [
        { type: 'line', name: t('equality'), data: [[0, 0], [1, 1]], symbol: 'none', lineStyle: { type: 'dashed', color: '#888' } },
        { type: 'line', name: t('lorenz'), data: curve, areaStyle: { opacity: 0.15 }, itemStyle: { color: '#c0392b' } },
      ],
    });
  }).catch(err => showError(lorenz.status, lorenz.container, err));
}
