// Bar chart of the top of the ranking shown in the table, drawn from the same API the table comes from.
import { api, t, name, fmt, markWhenRendered, showError, esc, autoResize } from './common.js';

const echarts = window.echarts;
const container = document.getElementById('ranking-chart');
const statusEl = document.getElementById('ranking-status');
const measure = document.getElementById('main').dataset.measure;
const cluster = new URLSearchParams(location.search).get('cluster') || '';
const chart = echarts.init(container, null, { renderer: 'canvas' });
const expectRender = markWhenRendered(chart, container);
autoResize(chart);

(async () => {
  let data;
  try {
    data = await api(`/api/v1/rankings/${encodeURIComponent(measure)}?size=20&cluster=${encodeURIComponent(cluster)}`);
  } catch (err) {
    showError(statusEl, container, err);
    return;
  }
  if (!data.items.length) statusEl.textContent = t('noData');
  const items = data.items.slice().reverse();
  expectRender();
  chart.setOption({
    animation: false,
    grid: { left: 140, right: 30, top: 10, bottom: 30 },
    tooltip: { trigger: 'item', formatter: p => `${esc(p.name)}: ${esc(fmt(p.value))}` },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: items.map(i => name(i)), axisLabel: { fontSize: 11 } },
    series: [{ type: 'bar', data: items.map(i => i.value), itemStyle: { color: '#0b4f6c' } }],
  });
})();
