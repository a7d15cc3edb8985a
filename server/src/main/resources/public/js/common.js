// Shared helpers of the dashboard's page scripts. No build step: plain ES modules served by Hanse.

const i18nBlock = document.getElementById('hanse-i18n');
/** Texts for scripts in the page's language (the 'js.' keys of the message bundles). */
export const i18n = i18nBlock ? JSON.parse(i18nBlock.textContent || '{}') : {};
/** 'zh' or 'en', from the page's lang attribute. */
export const lang = (document.documentElement.lang || 'en').startsWith('zh') ? 'zh' : 'en';

export function t(key, ...args) {
  const s = i18n[key] ?? key;
  return s.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** The record's name in the page's language, English when no Chinese name is known. */
export function name(rec) {
  if (!rec) return '';
  return lang === 'zh' && rec.nameZh ? rec.nameZh : rec.nameEn;
}

export function csrfToken() {
  const m = document.querySelector('meta[name="csrf-token"]');
  return m ? m.content : '';
}

/** GET a JSON resource of the API; throws an Error whose message is the problem's detail. */
export async function api(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!res.ok) {
    let detail = res.statusText;
    try { detail = (await res.json()).detail || detail; } catch (e) { /* not a problem document */ }
    throw new Error(detail);
  }
  return res.json();
}

/** Formats a number as the server-rendered tables do: grouped, at most four decimals. */
export function fmt(v) {
  if (v === null || v === undefined || Number.isNaN(v)) return '';
  const whole = Number.isInteger(v);
  return v.toLocaleString('en-US', { maximumFractionDigits: whole ? 0 : 4, useGrouping: true });
}

/** Sets text content (never HTML) of an element, creating it with the given tag. */
export function el(tag, text, attrs = {}) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

/** Escapes text for the few places (chart tooltips) where the chart library takes HTML. */
export function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

const basemaps = {};
/**
 * Registers a world basemap with ECharts and returns its name: 'zh' is the China-standard GeoJSON, 'ne' Natural
 * Earth's TopoJSON turned into GeoJSON in the browser.
 */
export async function basemap(echarts, which) {
  const mapName = which === 'ne' ? 'world-ne' : 'world-zh';
  if (!basemaps[mapName]) {
    basemaps[mapName] = (async () => {
      if (which === 'ne') {
        const topo = await api('/assets/geo/countries-110m.json');
        echarts.registerMap(mapName, window.topojson.feature(topo, topo.objects.countries));
      } else {
        echarts.registerMap(mapName, await api('/assets/geo/world_zh.geojson'));
      }
      return mapName;
    })();
  }
  return basemaps[mapName];
}

/**
 * Marks a chart container ready once ECharts has finished drawing the option set after the returned function was
 * called (the browser tests wait for this). Call the returned function right before each setOption.
 */
export function markWhenRendered(chart, container) {
  let expecting = false;
  chart.on('finished', () => {
    if (!expecting) return;
    expecting = false;
    container.dataset.state = 'ready';
    if (!window.__hanseReady) {
      window.__hanseReady = performance.now();
    }
  });
  return () => {
    expecting = true;
    container.dataset.state = 'drawing';
  };
}

export function showError(statusEl, container, err) {
  if (statusEl) statusEl.textContent = t('error', err.message);
  if (container) container.dataset.state = 'error';
}

/** Cluster colours: distinguishable, and dark enough for white labels. */
export const palette = ['#0b4f6c', '#c0392b', '#1b7f3b', '#8e44ad', '#b35c00', '#2c3e50', '#a8326e', '#00756f', '#5b5b00', '#3d5afe'];

/** Resizes charts with the window, without flooding ECharts while the user drags. */
export function autoResize(...charts) {
  let pending = null;
  window.addEventListener('resize', () => {
    if (pending) cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => charts.forEach(c => c && c.resize()));
  });
}
