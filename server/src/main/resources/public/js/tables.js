// Sortable tables: every column of a table.sortable sorts on click or Enter/Space, announced to screen readers
// through aria-sort. Cells may carry data-sort with the raw value; empty values sort last in both directions.

export function makeSortable(table) {
  const headers = Array.from(table.tHead ? table.tHead.rows[0].cells : []);
  headers.forEach((th, index) => {
    th.setAttribute('tabindex', '0');
    th.setAttribute('aria-sort', 'none');
    const sort = () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach(h => h.setAttribute('aria-sort', 'none'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      sortBy(table, index, ascending);
    };
    th.addEventListener('click', e => { if (e.target.tagName !== 'A') sort(); });
    th.addEventListener('keydown', e => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); }
    });
  });
}

function key(cell) {
  const raw = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
  if (raw === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) && cell.dataset.sort !== undefined ? n : raw;
}

function sortBy(table, index, ascending) {
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const collator = new Intl.Collator(document.documentElement.lang || 'en', { numeric: true });
  rows.sort((a, b) => {
    const x = key(a.cells[index]);
    const y = key(b.cells[index]);
    if (x === null && y === null) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return ascending ? c : -c;
  });
  rows.forEach(r => body.appendChild(r));
}

document.querySelectorAll('table.sortable').forEach(makeSortable);
