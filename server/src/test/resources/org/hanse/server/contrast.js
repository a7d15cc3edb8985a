// The text on the page whose contrast with its background is below WCAG 2.1 level AA (success criterion 1.4.3):
// 4.5:1 for normal text, 3:1 for large text (24 px, or 18.66 px bold). Text drawn in canvases and SVG is left out
// (the charts), as are disabled controls, which the criterion exempts. Returns one line per element below the bar.
const rgba = c => {
  const m = /rgba?\(([^)]+)\)/.exec(c);
  if (!m) return null;
  const p = m[1].split(/[ ,/]+/).filter(x => x.length).map(Number);
  return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
};
const channel = v => {
  v /= 255;
  return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
};
const luminance = p => 0.2126 * channel(p[0]) + 0.7152 * channel(p[1]) + 0.0722 * channel(p[2]);
const over = (top, below) => [0, 1, 2].map(i => top[i] * top[3] + below[i] * (1 - top[3])).concat([1]);
// The background an element's text is drawn on: the first ancestor (or itself) with a colour, layered over white;
// null when an image lies behind it (its colours cannot be known here).
const background = el => {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const cs = getComputedStyle(e);
    if (cs.backgroundImage && cs.backgroundImage !== 'none') return null;
    const c = rgba(cs.backgroundColor);
    if (c && c[3] > 0) {
      layers.push(c);
      if (c[3] >= 1) break;
    }
  }
  let b = [255, 255, 255, 1];
  for (let i = layers.length - 1; i >= 0; i--) b = over(layers[i], b);
  return b;
};
const out = [];
for (const el of document.querySelectorAll('body *')) {
  if (el.closest('svg, canvas, script, style, template, noscript, [hidden]')) continue;
  if (el.disabled || el.closest('[aria-disabled="true"]')) continue;
  const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim().length > 0);
  if (!own) continue;
  const rect = el.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) continue;
  const cs = getComputedStyle(el);
  if (cs.visibility === 'hidden' || cs.display === 'none' || Number(cs.opacity) === 0) continue;
  // screen-reader-only text (clipped to a pixel) is not seen
  if (rect.width <= 1 && rect.height <= 1) continue;
  const bg = background(el);
  const fg = rgba(cs.color);
  if (!bg || !fg) continue;
  const text = over(fg, bg);
  const l1 = luminance(text);
  const l2 = luminance(bg);
  const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  const size = parseFloat(cs.fontSize);
  const large = size >= 24 || (Number(cs.fontWeight) >= 700 && size >= 18.66);
  if (ratio < (large ? 3 : 4.5) - 0.005) {
    out.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().replace(/\s+/g, '.') : '')
        + ' «' + el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40) + '» ' + cs.color + ' on rgb('
        + bg.slice(0, 3).map(Math.round).join(', ') + ') = ' + ratio.toFixed(2) + ':1');
  }
}
return out;
