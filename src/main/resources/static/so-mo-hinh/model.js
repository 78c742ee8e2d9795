// A model's page (mo-hinh.html?code=…): its data, its points, its evaluations and its whole
// history, from GET /api/models/{code}; for those who watch the work in Cockpit, its running
// process instances there.
import {
  ApiError, COCKPIT, ROOT, alertBox, api, date, dateTime, el, header, label, loadLabels, modelUrl, notLoggedIn,
  number, registerUrl, richText, table, whoAmI,
} from './so-mo-hinh.js';

const main = document.getElementById('main');

function fact(dl, term, value) {
  if (value === null || value === undefined || value === '') return;
  dl.appendChild(el('dt', { text: term }));
  dl.appendChild(el('dd', null, value));
}

function statusBadge(labels, status) {
  return el('span', { className: `antq-status antq-status-${status}`, text: label(labels, 'status', status) });
}

function facts(m, labels) {
  const dl = el('dl', { className: 'antq-facts' });
  fact(dl, 'Mã mô hình', m.code);
  fact(dl, 'Trạng thái', statusBadge(labels, m.status));
  fact(dl, 'Xếp loại gần nhất', m.classification ? label(labels, 'classification', m.classification) : 'Chưa xếp loại');
  fact(dl, 'Lĩnh vực', label(labels, 'field', m.field));
  fact(dl, 'Nơi xây dựng', [label(labels, 'hostType', m.hostType), m.hostName].filter(Boolean).join(' – '));
  const chain = Array.isArray(m.unitChain) && m.unitChain.length ? m.unitChain : [{ code: m.unitCode, name: m.unitName || m.unitCode }];
  const units = el('span');
  chain.forEach((u, i) => {
    if (i) units.appendChild(document.createTextNode(' – '));
    units.appendChild(el('a', { href: registerUrl({ unit: u.code }), text: u.name || u.code, title: `Sổ mô hình của ${u.name || u.code}` }));
  });
  fact(dl, 'Đơn vị', units);
  if (m.originCode) {
    fact(dl, 'Nhân rộng từ mô hình', el('span', null, el('a', { href: modelUrl(m.originCode), text: m.originCode }),
      m.originName ? ` – ${m.originName}` : ''));
  }
  fact(dl, 'Số quyết định thành lập', m.decisionNo);
  fact(dl, 'Ngày thành lập', date(m.foundedOn));
  fact(dl, 'Người phụ trách', [m.leaderName, m.leaderPhone].filter(Boolean).join(' – '));
  fact(dl, 'Số thành viên', m.members === null || m.members === undefined ? '' : number(m.members));
  fact(dl, 'Kinh phí', m.funding);
  fact(dl, 'Người đề xuất', m.proposedByName || m.proposedBy);
  fact(dl, 'Ngày đề xuất', dateTime(m.proposedAt));
  fact(dl, 'Ngày được công nhận', dateTime(m.activatedAt));
  if (m.retiredAt || m.retiredReason) {
    fact(dl, 'Thanh loại', [dateTime(m.retiredAt), m.retiredReason && label(labels, 'retiredReason', m.retiredReason)].filter(Boolean).join(' – '));
  }
  return dl;
}

function indicatorList(values, labels) {
  if (!values) return '';
  const ul = el('ul', { className: 'antq-indicators' });
  for (const [k, v] of Object.entries(values)) {
    if (v === null || v === undefined) continue;
    ul.appendChild(el('li', null, `${label(labels, 'indicator', k)}: `, el('strong', { text: number(v) })));
  }
  return ul;
}

function evaluations(m, labels) {
  const list = m.evaluations || [];
  if (!list.length) return el('p', { className: 'antq-muted', text: 'Mô hình chưa có kỳ đánh giá nào.' });
  const rows = list.map((e) => {
    const from = e.periodFrom ? date(e.periodFrom) : '';
    const to = e.periodTo ? date(e.periodTo) : date(e.period);
    return [
      { th: `Kỳ ${number(e.cycleNo)}` },
      from ? `${from} – ${to}` : `đến ${to}`,
      label(labels, 'evaluationOutcome', e.outcome),
      label(labels, 'classification', e.classification),
      label(labels, 'classification', e.ruleClassification),
      label(labels, 'classification', e.proposedClassification),
      indicatorList(e.indicators, labels),
    ];
  });
  return table('Các kỳ đánh giá', ['Kỳ', 'Thời gian', 'Tình trạng', 'Xếp loại', 'Xếp loại theo tiêu chí',
    'Huyện đề xuất', 'Chỉ tiêu báo cáo'], rows);
}


/** The registry's decisions and the engine's operations, oldest first. */
function history(m) {
  const entries = [];
  for (const d of m.decisions || []) {
    entries.push({
      at: d.decidedAt,
      who: (d.decidedByName || d.decidedBy) + (d.onBehalfOf ? ' (thay mặt ' + (d.onBehalfOfName || d.onBehalfOf) + ')' : ''),
      step: d.stepLabel || d.step,
      outcome: d.outcomeLabel || d.outcome, detail: d.reason || '', kind: 'decision',
    });
  }
  for (const t of m.trail || []) {
    if (t.source === 'decision') continue; // the decisions above, with their labels
    entries.push({
      at: t.at, who: t.whoName || t.who, step: t.whatLabel || t.what, outcome: t.outcomeLabel || t.outcome,
      detail: t.detailLabel || '', kind: 'engine',
    });
  }
  entries.sort((a, b) => String(a.at).localeCompare(String(b.at)));
  if (!entries.length) return el('p', { className: 'antq-muted', text: 'Chưa có lịch sử.' });
  const rows = entries.map((e) => ({
    className: e.kind === 'engine' ? 'antq-muted' : null,
    cells: [{ th: dateTime(e.at) }, e.who === 'system' ? 'Hệ thống' : e.who || '', e.step || '', e.outcome || '', e.detail],
  }));
  return table('Lịch sử của mô hình (quyết định và thao tác trên quy trình)', ['Thời gian', 'Người thực hiện', 'Bước', 'Kết quả', 'Lý do, ghi chú'], rows);
}

/** The model's running instances in Cockpit, for those who may open them there. */
async function cockpitLinks(code, into, labels) {
  try {
    const res = await fetch(`${ROOT}/camunda/api/engine/engine/default/process-instance?businessKey=${encodeURIComponent(code)}&maxResults=50`,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!res.ok) return;
    const list = await res.json();
    if (!Array.isArray(list) || !list.length) return;
    const ul = el('ul');
    for (const pi of list) {
      const key = String(pi.definitionId || '').split(':')[0];
      ul.appendChild(el('li', null, el('a', {
        href: `${COCKPIT}default/#/process-instance/${encodeURIComponent(pi.id)}/runtime`,
        text: `${label(labels, 'process', key) || 'Quy trình'} – mở trong Cockpit`,
      })));
    }
    into.replaceChildren(el('h2', { text: 'Quy trình đang chạy' }), ul);
    into.hidden = false;
  } catch (ignored) {
    // Cockpit is a convenience here; the page has everything without it
  }
}

async function start() {
  const me = await whoAmI(main);
  document.getElementById('header').replaceChildren(header(me, 'mo-hinh'));
  if (!me) return;
  const code = (new URLSearchParams(location.search).get('code') || '').trim();
  if (!code) {
    main.replaceChildren(el('h1', { text: 'Mô hình' }), alertBox('Địa chỉ trang thiếu mã mô hình (?code=…).'),
      el('p', null, el('a', { href: registerUrl({}), text: 'Mở Sổ mô hình để tìm mô hình' })));
    return;
  }
  let m;
  let labels = {};
  const notes = [];
  try {
    const [model, labelAnswer] = await Promise.all([api(`models/${encodeURIComponent(code)}`), loadLabels().catch((e) => e)]);
    m = model;
    if (labelAnswer instanceof Error) notes.push(alertBox(`Không tải được tên các danh mục: ${labelAnswer.message}`));
    else labels = labelAnswer || {};
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) main.replaceChildren(notLoggedIn());
    else if (e instanceof ApiError && e.status === 404) {
      main.replaceChildren(el('h1', { text: 'Không tìm thấy mô hình' }),
        alertBox(`Không tìm thấy mô hình ${code}. ${e.message}`),
        el('p', null, el('a', { href: registerUrl({ q: code }), text: 'Tìm trong Sổ mô hình' })));
    } else main.replaceChildren(el('h1', { text: 'Mô hình' }), alertBox(e.message));
    return;
  }
  document.title = `${m.name} (${m.code}) – Hệ thống quản lý mô hình ANTQ`;
  const cockpit = el('section', { className: 'antq-box', hidden: true, 'aria-label': 'Quy trình trong Cockpit' });
  const points = m.points || [];
  main.replaceChildren(
    el('p', null, el('a', { href: registerUrl({}), text: '‹ Sổ mô hình' })),
    el('h1', { id: 'model-name', text: m.name }),
    el('p', { className: 'antq-muted' }, el('span', { id: 'model-code', text: m.code }), ' · ', statusBadge(labels, m.status)),
    ...notes,
    el('div', { className: 'antq-columns' },
      el('section', { className: 'antq-box', 'aria-labelledby': 'h-facts' }, el('h2', { id: 'h-facts', text: 'Thông tin mô hình' }), facts(m, labels)),
      el('section', { className: 'antq-box', 'aria-labelledby': 'h-goals' },
        el('h2', { id: 'h-goals', text: 'Mục tiêu' }), el('div', { className: 'antq-rich' }, richText(m.goals)),
        el('h2', { text: 'Nội dung hoạt động' }), el('div', { className: 'antq-rich' }, richText(m.activities)),
        el('h2', { text: 'Điểm nhân rộng' }),
        points.length
          ? el('ul', { id: 'points' }, points.map((p) => el('li', null, el('a', { href: modelUrl(typeof p === 'string' ? p : p.code), text: typeof p === 'string' ? p : `${p.code}${p.name ? ` – ${p.name}` : ''}` }))))
          : el('p', { className: 'antq-muted', text: 'Chưa có điểm nhân rộng.' }))),
    cockpit,
    el('section', { className: 'antq-box', 'aria-labelledby': 'h-eval' }, el('h2', { id: 'h-eval', text: 'Đánh giá định kỳ' }),
      el('div', { className: 'antq-table-wrap' }, evaluations(m, labels))),
    el('section', { className: 'antq-box', 'aria-labelledby': 'h-history', id: 'history' }, el('h2', { id: 'h-history', text: 'Lịch sử' }),
      el('div', { className: 'antq-table-wrap' }, history(m))));
  if ((me.roles || []).some((r) => r !== 'PROPOSER')) cockpitLinks(m.code, cockpit, labels);
}

start();
