// The international city network: geographic layout (every city, drawn in large mode) or force layout (the
// best-connected cities only, so the layout settles quickly); colours are communities, sizes PageRank.
// City–actor layers come projected onto the cities by the server. The geographic layout draws at most MAX_LINES
// lines, the strongest, and says so: tens of thousands of lines freeze the browser for seconds.
import { api, t, name, fmt, basemap, markWhenRendered, showError, palette, esc, el, autoResize } from './common.js';

const echarts = window.echarts;
const container = document.getElementById('network');
const statusEl = document.getElementById('network-status');
const form = document.getElementById('network-controls');
const chart = echarts.init(container, null, { renderer: 'canvas' });
const expectRender = markWhenRendered(chart, container);
autoResize(chart);

const initial = new URLSearchParams(location.search);
for (const k of ['year', 'layout', 'limit', 'basemap']) if (initial.get(k)) form[k].value = initial.get(k);
if (initial.getAll('layer').length) {
  const wanted = new Set(initial.getAll('layer').flatMap(v => v.split(',')));
  form.querySelectorAll('input[name=layer]').forEach(cb => { cb.checked = wanted.has(cb.value); });
}

const OTHER = '#9aa3ab';
const MAX_LINES = 5000;
// Lines and cities are handed to the chart in chunks, one per turn of the event loop, so that the page answers while
// thousands of them are set up.
const CHUNK = 1000;
let drawing = 0;
function colour(community) {
  return community !== null && community !== undefined && community < palette.length ? palette[community] : OTHER;
}

function sizeScale(nodes) {
  const max = Math.max(0, ...nodes.map(n => n.centrality || 0));
  return c => (max > 0 && c ? 3 + 22 * Math.sqrt(c / max) : 3);
}

async function draw() {
  const layers = Array.from(form.querySelectorAll('input[name=layer]:checked')).map(cb => cb.value);
  const q = new URLSearchParams({ layer: (layers.length ? layers : ['sister_city']).join(',') });
  if (form.year.value.trim()) q.set('year', form.year.value.trim());
  const force = form.layout.value === 'force';
  if (force) q.set('limit', form.limit.value || '300');
  else q.set('maxEdges', String(MAX_LINES));
  history.replaceState(null, '', '?' + new URLSearchParams({ ...Object.fromEntries(q), layout: form.layout.value, basemap: form.basemap.value }));
  document.getElementById('network-api').href = '/api/v1/network?' + q;
  statusEl.textContent = t('loading');
  container.dataset.state = 'loading';
  let data;
  let mapName;
  try {
    [data, mapName] = await Promise.all([api('/api/v1/network?' + q), force ? null : basemap(echarts, form.basemap.value)]);
  } catch (err) {
    showError(statusEl, container, err);
    return;
  }
  methodLine(document.getElementById('community-method'), data.communityMethod
    + (data.communities ? ` — ${data.communities} / Q = ${fmt(data.modularity)}` : ''), data.communityCitation);
  methodLine(document.getElementById('centrality-method'), data.centralityMethod, data.centralityCitation);
  const size = sizeScale(data.nodes);
  const tooltip = {
    trigger: 'item',
    formatter: p => {
      if (p.dataType === 'edge' || p.seriesType === 'lines') return '';
      const n = p.data.node;
      if (!n) return '';
      return `<b>${esc(name(n))}</b> (${esc(n.country)})<br>${esc(t('partners'))}: ${esc(n.degree)}`
        + `<br>PageRank: ${esc(fmt(n.centrality))}` + (n.community !== null ? `<br>#${esc(n.community + 1)}` : '');
    },
  };
  let option;
  if (force) {
    const index = new Map(data.nodes.map((n, i) => [n.id, i]));
    option = {
      animation: false, tooltip,
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: false,
        force: { repulsion: 60, edgeLength: [20, 80], gravity: 0.15, layoutAnimation: false },
        data: data.nodes.map(n => ({
          id: n.id, name: name(n), node: n, symbolSize: size(n.centrality),
          itemStyle: { color: colour(n.community) },
          label: { show: n.degree >= (data.nodes[Math.min(9, data.nodes.length - 1)] || {}).degree, fontSize: 10 },
        })),
        edges: data.edges.filter(e => index.has(e.source) && index.has(e.target))
          .map(e => ({ source: e.source, target: e.target })),
        lineStyle: { color: '#8896a3', opacity: 0.25, width: 0.5 },
        emphasis: { focus: 'adjacency' },
      }],
    };
  } else {
    option = {
      animation: false, tooltip,
      geo: { map: mapName, roam: true, top: 10, bottom: 10, itemStyle: { areaColor: '#eef2f5', borderColor: '#a9b4bd', borderWidth: 0.4 }, emphasis: { disabled: true } },
      series: [
        { type: 'lines', coordinateSystem: 'geo', silent: true, large: true, largeThreshold: 1000, progressive: 2000,
          lineStyle: { color: '#3a6f96', width: 0.4, opacity: 0.15 },
          data: [] },
        { type: 'scatter', coordinateSystem: 'geo', progressive: 2000, data: [] },
      ],
    };
  }
  const run = ++drawing;
  expectRender();
  chart.setOption(option, true);
  statusEl.textContent = t('networkSummary', data.nodes.length, data.totalNodes, data.edges.length, data.totalEdges);
  const capped = document.getElementById('network-capped');
  capped.textContent = data.edgesCapped ? t('edgesCapped', fmt(data.edges.length), fmt(data.totalEdges)) : '';
  capped.hidden = !data.edgesCapped;
  fillTable(data);
  if (!force) {
    const pos = new Map(data.nodes.map(n => [n.id, [n.lon, n.lat]]));
    const line = e => ({ coords: [pos.get(e.source), pos.get(e.target)] });
    for (let i = 0; i < data.edges.length; i += CHUNK) {
      await new Promise(resolve => setTimeout(resolve, 0));
      if (run !== drawing) return; // a newer selection is being drawn
      chart.appendData({ seriesIndex: 0, data: data.edges.slice(i, i + CHUNK).map(line) });
    }
    const point = n => ({ name: name(n), node: n, value: [n.lon, n.lat], symbolSize: size(n.centrality), itemStyle: { color: colour(n.community) } });
    for (let i = 0; i < data.nodes.length; i += CHUNK) {
      await new Promise(resolve => setTimeout(resolve, 0));
      if (run !== drawing) return; // a newer selection is being drawn
      chart.appendData({ seriesIndex: 1, data: data.nodes.slice(i, i + CHUNK).map(point) });
    }
  }
}

function fillTable(data) {
  const body = document.querySelector('#central-cities tbody');
  body.replaceChildren();
  const rows = data.nodes.filter(n => n.centrality !== null)
    .sort((a, b) => b.centrality - a.centrality || a.id.localeCompare(b.id)).slice(0, 20);
  rows.forEach((n, i) => {
    const tr = el('tr');
    tr.dataset.city = n.id;
    tr.append(el('td', i + 1));
    const c = el('td');
    c.append(el('a', name(n), { href: '/cities/' + encodeURIComponent(n.id) }));
    tr.append(c, el('td', n.country), el('td', n.degree, { class: 'num' }), el('td', fmt(n.centrality), { class: 'num' }),
      el('td', n.community === null ? '' : n.community + 1, { class: 'num' }));
    body.append(tr);
  });
}

chart.on('click', p => {
  const n = p.data && p.data.node;
  if (n) location.href = '/cities/' + encodeURIComponent(n.id);
});
form.addEventListener('submit', e => { e.preventDefault(); draw(); });
form.addEventListener('change', () => draw());
draw();

// A method line in the page's language, then its citation, which names published works and stays as published.
function methodLine(target, text, citation) {
  target.textContent = text || '';
  if (citation) {
    const cite = document.createElement('cite');
    cite.lang = 'en';
    cite.textContent = citation;
    target.append('. ', cite);
  }
}
