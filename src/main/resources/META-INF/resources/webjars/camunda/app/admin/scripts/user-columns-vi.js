/*
 * Admin's lists of users read as Vietnamese write a name: the family name (Họ) before the given
 * name (Tên). The tables keep both columns and their sorting; only the two change places, in the
 * header and in every row as it is drawn. The names themselves stay as stored (Admin edits them).
 * Loaded by scripts/config.js (customScripts); it renders nothing.
 */

function indexOf(headerRow, property) {
  return [...headerRow.children].findIndex((th) => th.getAttribute('sort-by-property') === property);
}

function swapCells(row, first, last) {
  if (row.dataset.antqFamilyFirst || row.children.length <= last) return;
  row.insertBefore(row.children[last], row.children[first]);
  row.dataset.antqFamilyFirst = 'yes';
}

function reorder() {
  document.querySelectorAll('table.cam-table').forEach((table) => {
    const header = [...table.querySelectorAll('thead tr')].find((tr) => indexOf(tr, 'firstName') >= 0);
    if (!header) return;
    const first = header.dataset.antqFamilyFirst ? indexOf(header, 'lastName') : indexOf(header, 'firstName');
    const last = first + 1;
    if (!header.dataset.antqFamilyFirst && indexOf(header, 'lastName') !== last) return;
    swapCells(header, first, last);
    table.querySelectorAll('tbody tr').forEach((row) => swapCells(row, first, last));
  });
}

new MutationObserver(reorder).observe(document.documentElement, { childList: true, subtree: true });

export default [];
