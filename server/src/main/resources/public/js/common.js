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

/**
 * Natural Earth's boundaries are drawn for a globe: a ring that crosses the antimeridian (Fiji, Russia's far east)
 * jumps from about +180° to -180° between two of its points, and a flat map draws that jump as a stripe across the
 * world. Each such ring is unwrapped (longitudes made continuous) and drawn twice, once on each side of the ±180°
 * edge, its points beyond the edge held on it. Rings that go all the way round (Antarctica) are left as they are:
 * they run along the edge already.
 */
export function cutAntimeridian(collection) {
  const crosses = ring => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  const unwrap = ring => {
    const out = [ring[0].slice()];
    for (let i = 1; i < ring.length; i++) {
      let lon = ring[i][0];
      const prev = out[i - 1][0];
      while (lon - prev > 180) lon -= 360;
      while (lon - prev < -180) lon += 360;
      out.push([lon, ring[i][1]]);
    }
    return out;
  };
  const clamp = (ring, shift) => ring.map(([lon, lat]) => [Math.max(-180, Math.min(180, lon + shift)), lat]);
  for (const f of collection.features || []) {
    const g = f.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const out = [];
    for (const polygon of polygons) {
      if (!polygon.length || !crosses(polygon[0])) {
        out.push(polygon);
        continue;
      }
      const rings = polygon.map(unwrap);
      const lons = rings[0].map(p => p[0]);
      const min = Math.min(...lons);
      const max = Math.max(...lons);
      if (max - min >= 359) {
        out.push(polygon);
        continue;
      }
      // The unwrapped ring sticks out beyond one edge; the copy shifted by 360° covers the part on the other side.
      const other = max > 180 ? -360 : 360;
      out.push(rings.map(r => clamp(r, 0)));
      out.push(rings.map(r => clamp(r, other)));
    }
    f.geometry = { type: 'MultiPolygon', coordinates: out };
  }
  return collection;
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
        echarts.registerMap(mapName, cutAntimeridian(window.topojson.feature(topo, topo.objects.countries)));
      } else {
        echarts.registerMap(mapName, cutAntimeridian(await api('/assets/geo/world_zh.geojson')));
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
