// The summary's tables: every number a link to the register with the filters that list the
// entries behind it (docs/register-api.md, the end); row headers scope="row", a caption each.
import { date, el, label, number, registerUrl } from './so-mo-hinh.js';

export const CLASSES = ['EXCELLENT', 'GOOD', 'AVERAGE', 'WEAK', 'MISSED'];

/** A number that opens the register on the entries behind it. */
export function count(value, filters, what) {
  return el('a', { href: registerUrl(filters), className: 'antq-count', title: `Xem ${what} trong Sổ mô hình`, text: number(value) });
}

/** A caption, a column of names and one column of numbers; `total` adds the last row. */
function keyed(caption, [head, valueHead], rows, total) {
  const t = el('table', { className: 'antq-table' });
  t.appendChild(el('caption', { text: caption }));
  t.appendChild(el('thead')).appendChild(el('tr', null, el('th', { scope: 'col', text: head }),
    el('th', { scope: 'col', className: 'num', text: valueHead })));
  const body = t.appendChild(el('tbody'));
  const row = ([name, cell], className) => body.appendChild(el('tr', className ? { className } : null,
    el('th', { scope: 'row', text: name }), el('td', { className: 'num' }, cell)));
  rows.forEach((r) => row(r));
  if (total) row(total, 'antq-total');
  return t;
}

/** Models and points per field or host type, running on the period's last day. */
export function runningTable(labels, caption, head, entries, filter, running) {
  const t = el('table', { className: 'antq-table' });
  t.appendChild(el('caption', { text: caption }));
  t.appendChild(el('thead')).appendChild(el('tr', null, el('th', { scope: 'col', text: head }),
    el('th', { scope: 'col', className: 'num', text: 'Mô hình' }), el('th', { scope: 'col', className: 'num', text: 'Điểm' })));
  const body = t.appendChild(el('tbody'));
  for (const [k, v] of entries) {
    const name = label(labels, filter, k);
    const f = { ...running, [filter]: k };
    body.appendChild(el('tr', null, el('th', { scope: 'row', text: name }),
      el('td', { className: 'num' }, count(v.models, { ...f, asModels: 'true' }, `các mô hình ${name}`)),
      el('td', { className: 'num' }, count(v.points, f, `các điểm ${name}`))));
  }
  return t;
}

export function classTable(labels, s, inPeriod) {
  return keyed(`Xếp loại trong kỳ (${date(s.from)} – ${date(s.to)})`, ['Xếp loại', 'Số lượt'], CLASSES.map((c) => {
    const name = label(labels, 'classification', c);
    return [name, count(s.classification[c] || 0, { ...inPeriod, evaluated: c }, `các mô hình ${name}`)];
  }));
}

export function indicatorTable(labels, s, inPeriod) {
  return keyed('Kết quả hoạt động (tổng các báo cáo trong kỳ)', ['Chỉ tiêu', 'Tổng số'],
    Object.entries(s.indicators || {}).map(([k, v]) => [label(labels, 'indicator', k),
      count(v, { ...inPeriod, evaluated: 'REPORTED' }, 'các mô hình đã báo cáo')]));
}

export function retiredTable(labels, s, inPeriod) {
  const f = { ...inPeriod, retired: 'true' };
  return keyed('Thanh loại trong kỳ', ['Lý do', 'Số mô hình'],
    Object.entries((s.retired && s.retired.byReason) || {}).map(([k, v]) => [label(labels, 'retiredReason', k),
      count(v, f, 'các mô hình thanh loại')]),
    ['Tổng cộng', count(s.retired.count, f, 'các mô hình thanh loại')]);
}

/** One row per unit below, and the unit's own total; a unit's name opens its summary. */
export function childTable(L, s, children, onDrill) {
  const level = children[0] && children[0].unitLevel;
  const t = el('table', { className: 'antq-table antq-children' });
  t.appendChild(el('caption', { text: `Các ${level ? label(L, 'level', level).toLowerCase() : 'đơn vị'} trực thuộc ${s.unitName} – bấm tên đơn vị để xem chi tiết` }));
  const head = t.appendChild(el('thead')).appendChild(el('tr'));
  ['Đơn vị', 'Mô hình', 'Điểm', ...CLASSES.map((c) => label(L, 'classification', c)), 'Thanh loại', 'Việc quá hạn']
    .forEach((h, i) => head.appendChild(el('th', { scope: 'col', className: i ? 'num' : null, text: h })));
  const body = t.appendChild(el('tbody'));
  const rowOf = (c, name) => {
    const unit = c.unitCode || '';
    const running = { unit, runningOn: c.to || s.to };
    const inPeriod = { unit, from: c.from || s.from, to: c.to || s.to };
    return [
      name,
      count(c.models, { ...running, asModels: 'true' }, `các mô hình của ${c.unitName}`),
      count(c.points, running, `các điểm của ${c.unitName}`),
      ...CLASSES.map((k) => count((c.classification || {})[k] || 0, { ...inPeriod, evaluated: k }, `các mô hình ${label(L, 'classification', k)} của ${c.unitName}`)),
      count((c.retired || {}).count || 0, { ...inPeriod, retired: 'true' }, `các mô hình thanh loại của ${c.unitName}`),
      count(c.overdueTasks || 0, { unit, overdue: 'true' }, `các mô hình có việc quá hạn của ${c.unitName}`),
    ];
  };
  for (const c of children) {
    const drill = el('button', { type: 'button', className: 'antq-drill', text: c.unitName, title: `Xem báo cáo của ${c.unitName}` });
    drill.addEventListener('click', () => onDrill(c));
    const tr = body.appendChild(el('tr'));
    rowOf(c, drill).forEach((cell, i) => tr.appendChild(i ? el('td', { className: 'num' }, cell) : el('th', { scope: 'row' }, cell)));
  }
  const total = body.appendChild(el('tr', { className: 'antq-total' }));
  rowOf(s, `Tổng cộng ${s.unitName}`).forEach((cell, i) => total.appendChild(i ? el('td', { className: 'num' }, cell) : el('th', { scope: 'row' }, cell)));
  return t;
}
