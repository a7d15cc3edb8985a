// Cluster page: the member cities' ties by type, inside the cluster and international, from the assessment.
import { api, t, markWhenRendered, showError, esc, autoResize } from './common.js';

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
