// Sổ mô hình: the registry as the official may see it, searched and filtered on the server
// (GET /api/models), every filter kept in the address so that a link (from the summary, an
// e-mail, a colleague) opens the same list.
import {
  ApiError, ROOT, alertBox, api, date, el, header, label, loadLabels, modelUrl, notLoggedIn, number,
  subtree, whoAmI,
} from './so-mo-hinh.js';

/** The filters the form shows. */
const FORM = ['q', 'unit', 'field', 'hostType', 'status', 'classification'];
/** The filters only a link sets (the summary's numbers); shown as removable chips. */
const SPECIAL = ['kind', 'runningOn', 'evaluated', 'from', 'to', 'retired', 'overdue', 'asModels'];
const SIZES = [20, 50, 100];
const CLASSES = ['EXCELLENT', 'GOOD', 'AVERAGE', 'WEAK'];

const $ = (id) => document.getElementById(id);
const main = $('main');
let labels = {};
let unitNames = new Map();

function readUrl() {
  const url = new URLSearchParams(location.search);
  const filters = new URLSearchParams();
  for (const k of [...FORM, ...SPECIAL]) {
    const v = (url.get(k) || '').trim();
    if (v) filters.set(k, v);
  }
  const page = Math.max(0, parseInt(url.get('page'), 10) || 0);
  const size = SIZES.includes(parseInt(url.get('size'), 10)) ? parseInt(url.get('size'), 10) : 20;
  return { filters, page, size };
}

function writeUrl({ filters, page, size }, replace) {
  const q = new URLSearchParams(filters);
  if (page) q.set('page', page);
  if (size !== 20) q.set('size', size);
  const s = q.toString();
  const target = `${location.pathname}${s ? `?${s}` : ''}`;
  if (replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
}

function period(filters) {
  const from = filters.get('from');
  const to = filters.get('to');
  if (from && to) return ` từ ${date(from)} đến ${date(to)}`;
  if (from) return ` từ ${date(from)}`;
  if (to) return ` đến ${date(to)}`;
  return '';
}

/** Each special filter in words, and the parameters its removal takes away. */
function chips(filters) {
  const out = [];
  const dated = (other) => (filters.has(other) ? [] : ['from', 'to']);
  const kind = filters.get('kind');
  if (kind) {
    out.push([kind.toUpperCase() === 'POINT' ? 'Chỉ các điểm nhân rộng' : kind.toUpperCase() === 'MODEL'
      ? 'Chỉ các mô hình gốc (không gồm điểm nhân rộng)' : `Loại: ${kind}`, ['kind']]);
  }
  if (filters.get('runningOn')) out.push([`Đang hoạt động ngày ${date(filters.get('runningOn'))}`, ['runningOn']]);
  const evaluated = (filters.get('evaluated') || '').toUpperCase();
  if (evaluated) {
    const words = CLASSES.includes(evaluated) ? `Xếp loại ${label(labels, 'classification', evaluated)}`
      : evaluated === 'MISSED' ? 'Không báo cáo đánh giá đúng hạn'
        : evaluated === 'REPORTED' ? 'Có báo cáo đánh giá' : `Đánh giá: ${evaluated}`;
    out.push([words + period(filters), ['evaluated', ...dated('retired')]]);
  }
  if (filters.get('retired') === 'true') out.push([`Thanh loại${period(filters)}`, ['retired', ...dated('evaluated')]]);
  if (filters.get('overdue') === 'true') out.push(['Có việc quá hạn xử lý', ['overdue']]);
  if (filters.get('asModels') === 'true') out.push(['Các mô hình của những nơi này (mỗi mô hình một lần)', ['asModels']]);
  if ((filters.has('from') || filters.has('to')) && !evaluated && filters.get('retired') !== 'true') {
    out.push([`Thời gian${period(filters)}`, ['from', 'to']]);
  }
  return out;
}

function fillSelect(select, entries) {
  for (const [value, text] of entries) select.appendChild(el('option', { value, text }));
}

function ensureOption(select, value) {
  if (value && ![...select.options].some((o) => o.value === value)) {
    select.appendChild(el('option', { value, text: value }));
  }
}

function showState(state) {
  for (const k of FORM) {
    const input = $(k);
    const v = state.filters.get(k) || '';
    if (input.tagName === 'SELECT') ensureOption(input, v);
    input.value = v;
  }
  $('size').value = String(state.size);
  const list = $('chips');
  list.replaceChildren();
  for (const [text, remove] of chips(state.filters)) {
    const button = el('button', { type: 'button', 'aria-label': `Bỏ điều kiện: ${text}`, title: 'Bỏ điều kiện này', text: '×' });
    button.addEventListener('click', () => {
      const next = readUrl();
      remove.forEach((k) => next.filters.delete(k));
      next.page = 0;
      go(next);
    });
    list.appendChild(el('li', { className: 'antq-chip' }, el('span', { text }), button));
  }
  const files = state.filters.toString();
  $('xlsx').href = `${ROOT}/api/models.xlsx${files ? `?${files}` : ''}`;
  $('csv').href = `${ROOT}/api/models.csv${files ? `?${files}` : ''}`;
}

function row(m) {
  const host = [label(labels, 'hostType', m.hostType), m.hostName].filter(Boolean).join(' – ');
  return [
    { th: el('a', { href: modelUrl(m.code), text: m.code }) },
    m.name,
    m.unitName || unitNames.get(m.unitCode) || m.unitCode,
    label(labels, 'field', m.field),
    host,
    el('span', { className: `antq-status antq-status-${m.status}`, text: label(labels, 'status', m.status) }),
    label(labels, 'classification', m.classification),
    m.originCode ? el('a', { href: modelUrl(m.originCode), text: m.originCode, title: 'Mô hình gốc được nhân rộng' }) : '',
  ];
}

let asked = 0;
async function load(state) {
  const question = ++asked;
  showState(state);
  $('alerts').replaceChildren();
  $('total').textContent = 'Đang tải…';
  const params = new URLSearchParams(state.filters);
  params.set('page', state.page);
  params.set('size', state.size);
  let answer;
  try {
    answer = await api('models', params);
  } catch (e) {
    if (question !== asked) return;
    $('total').textContent = '';
    $('results').replaceChildren();
    $('pageInfo').textContent = '';
    $('prev').disabled = true;
    $('next').disabled = true;
    if (e instanceof ApiError && e.status === 401) main.replaceChildren(notLoggedIn());
    else $('alerts').replaceChildren(alertBox(e.message));
    return;
  }
  if (question !== asked) return;
  const total = answer.totalElements || 0;
  $('total').textContent = total ? `Tìm thấy ${number(total)} mô hình, điểm nhân rộng.` : 'Không có mô hình nào khớp điều kiện tìm kiếm.';
  const headers = ['Mã', 'Tên mô hình', 'Đơn vị', 'Lĩnh vực', 'Nơi xây dựng', 'Trạng thái', 'Xếp loại', 'Nhân rộng từ'];
  const t = el('table', { className: 'antq-table', id: 'register' });
  t.appendChild(el('caption', { text: `Sổ mô hình – trang ${number(answer.page + 1)} / ${number(Math.max(1, answer.totalPages))}` }));
  const head = t.appendChild(el('thead')).appendChild(el('tr'));
  headers.forEach((h) => head.appendChild(el('th', { scope: 'col', text: h })));
  const body = t.appendChild(el('tbody'));
  for (const m of answer.content || []) {
    const tr = body.appendChild(el('tr'));
    row(m).forEach((c) => tr.appendChild(c && c.th ? el('th', { scope: 'row' }, c.th) : el('td', null, c)));
  }
  if (!total) body.appendChild(el('tr', null, el('td', { colspan: headers.length, className: 'antq-muted', text: 'Không có kết quả.' })));
  $('results').replaceChildren(t);
  $('pageInfo').textContent = `Trang ${number(answer.page + 1)} / ${number(Math.max(1, answer.totalPages))}`;
  $('prev').disabled = answer.page <= 0;
  $('next').disabled = answer.page + 1 >= answer.totalPages;
}

function go(state) {
  writeUrl(state);
  load(state);
}

function fromForm() {
  const current = readUrl();
  const filters = new URLSearchParams();
  for (const k of FORM) {
    const v = $(k).value.trim();
    if (v) filters.set(k, v);
  }
  for (const k of SPECIAL) if (current.filters.has(k)) filters.set(k, current.filters.get(k));
  return { filters, page: 0, size: parseInt($('size').value, 10) || 20 };
}

async function start() {
  const me = await whoAmI(main);
  document.getElementById('header').replaceChildren(header(me, 'so-mo-hinh'));
  if (!me) return;
  $('scope').textContent = me.unitName
    ? `Các mô hình và điểm nhân rộng của ${me.unitName}${me.unitLevel === 'COMMUNE' ? '' : ' và các đơn vị trực thuộc'}.`
    : 'Các mô hình và điểm nhân rộng của mọi đơn vị.';
  const [labelAnswer, unitAnswer] = await Promise.allSettled([loadLabels(), api('units')]);
  if (labelAnswer.status === 'fulfilled') labels = labelAnswer.value || {};
  else $('notices').appendChild(alertBox(`Không tải được tên các danh mục: ${labelAnswer.reason.message}`));
  if (unitAnswer.status === 'fulfilled') {
    const units = subtree(unitAnswer.value, me.unitCode);
    unitNames = new Map(unitAnswer.value.map((u) => [u.code, u.name]));
    fillSelect($('unit'), units.map((u) => [u.code, `${'\u00a0\u00a0'.repeat(u.depth)}${u.name}`]));
  } else {
    $('notices').appendChild(alertBox(`Không tải được danh sách đơn vị: ${unitAnswer.reason.message}`));
  }
  const names = (kind, only) => Object.entries(labels[kind] || {}).filter(([k]) => !only || only.includes(k));
  fillSelect($('field'), names('field'));
  fillSelect($('hostType'), names('hostType'));
  fillSelect($('status'), names('status'));
  fillSelect($('classification'), names('classification', CLASSES));

  $('filters').addEventListener('submit', (e) => {
    e.preventDefault();
    go(fromForm());
  });
  for (const k of FORM.filter((x) => x !== 'q')) $(k).addEventListener('change', () => go(fromForm()));
  $('size').addEventListener('change', () => go(fromForm()));
  $('clear').addEventListener('click', () => go({ filters: new URLSearchParams(), page: 0, size: readUrl().size }));
  $('prev').addEventListener('click', () => { const s = readUrl(); s.page = Math.max(0, s.page - 1); go(s); });
  $('next').addEventListener('click', () => { const s = readUrl(); s.page += 1; go(s); });
  window.addEventListener('popstate', () => load(readUrl()));
  const state = readUrl();
  writeUrl(state, true);
  load(state);
}

start();
