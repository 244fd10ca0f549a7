// Shared text helpers: numbers, casualty ranges, places, escaping.
export const fmt = (n) => (n == null ? '–' : Number(n).toLocaleString('en-US'));

// "4 (3–5)" when the sources disagree, "4" when they agree, "–" when none states it.
export function range(best, low, high) {
  if (best == null) return '–';
  return low != null && high != null && low !== high ? `${fmt(best)} (${fmt(low)}–${fmt(high)})` : fmt(best);
}

export const place = (e) => [e.location || e.location_ar, e.admin1, e.country].filter(Boolean)
  .filter((x, i, xs) => xs.indexOf(x) === i).join(', ');

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c != null) node.append(c instanceof Node ? c : String(c));
  return node;
}

// True when a string is mostly Arabic script (for dir/lang attributes).
export const isArabic = (s) => /[\u0600-\u06FF]/.test(s || '');
