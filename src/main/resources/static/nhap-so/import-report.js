// The registry import as Tasklist's embedded forms show it (forms/registry-import-*.form.html):
// the upload of a file for its check, and the check's or the import's report. Every value from the
// server is written as text, never as markup: refusal messages quote the file's cells.
(function () {
  'use strict';
  // The webapps live under <context path>/camunda (camunda.bpm.webapp.application-path).
  const root = location.pathname.split('/camunda/')[0];
  const SHEETS = { units: 'Đơn vị', officials: 'Cán bộ', models: 'Mô hình, điểm nhân rộng' };
  const STATUS = {
    CHECKED: 'Đã kiểm tra, chưa nhập', RUNNING: 'Đang nhập', DONE: 'Đã nhập xong',
    FAILED: 'Dừng do lỗi',
  };
  const ERRORS_SHOWN = 500;

  function number(n) {
    return Number(n || 0).toLocaleString('vi-VN');
  }

  function csrfToken() {
    const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return m ? decodeURIComponent(m[1]) : '';
  }

  async function answer(res) {
    const json = await res.json().catch(() => null);
    if (!res.ok || !json) {
      throw new Error((json && json.message) || 'Máy chủ không trả lời được (mã ' + res.status + '). Đề nghị thử lại sau.');
    }
    return json;
  }

  /** Uploads a file for its check (a dry run: nothing is stored in the registry). */
  async function upload(file, sheet) {
    const body = new FormData();
    body.append('file', file);
    if (sheet) {
      body.append('sheet', sheet);
    }
    const res = await fetch(root + '/api/imports', {
      method: 'POST', body, credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrfToken() },
    });
    return answer(res);
  }

  async function load(id) {
    return answer(await fetch(root + '/api/imports/' + encodeURIComponent(id), { credentials: 'same-origin' }));
  }

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    if (className) {
      e.className = className;
    }
    return e;
  }

  function table(headers, rows, className) {
    const t = el('table', null, 'table table-condensed ' + (className || ''));
    const head = t.appendChild(el('thead')).appendChild(el('tr'));
    headers.forEach((h) => head.appendChild(el('th', h)));
    const body = t.appendChild(el('tbody'));
    rows.forEach((r) => {
      const tr = body.appendChild(el('tr'));
      r.forEach((c) => tr.appendChild(el('td', c)));
    });
    return t;
  }

  /** The report of an import: its state, counts per sheet, and the refused rows. */
  function render(container, report) {
    container.textContent = '';
    const counts = report.counts || {};
    const errors = report.errors || [];
    let refused = 0;
    Object.keys(counts).forEach((k) => { refused += counts[k].refused || 0; });
    container.appendChild(el('p', 'Tệp: ' + (report.fileName || '') + ' — ' + (STATUS[report.status] || report.status)
      + (report.status === 'RUNNING' ? ' (' + number(report.processed) + ' / ' + number(report.total) + ' dòng)' : ''),
    'import-status'));
    if (report.failure) {
      container.appendChild(el('p', report.failure, 'text-danger import-failure'));
    }
    container.appendChild(table(
      ['Trang', 'Số dòng', 'Hợp lệ', 'Bị từ chối', 'Tạo mới', 'Cập nhật', 'Không đổi'],
      Object.keys(SHEETS).filter((k) => counts[k] && counts[k].rows > 0).map((k) => [SHEETS[k], number(counts[k].rows),
        number(counts[k].accepted), number(counts[k].refused), number(counts[k].created),
        number(counts[k].updated), number(counts[k].unchanged)]),
      'import-counts'));
    if (refused === 0) {
      container.appendChild(el('p', 'Không có dòng nào bị từ chối.', 'text-success import-no-errors'));
      return;
    }
    container.appendChild(el('p', number(refused) + ' dòng bị từ chối, không được lưu:', 'text-warning'));
    container.appendChild(table(['Trang', 'Dòng', 'Cột', 'Lý do'],
      errors.slice(0, ERRORS_SHOWN).map((e) => [SHEETS[e.sheet] || e.sheet, e.row, e.column || '', e.message]),
      'import-errors'));
    if (refused > ERRORS_SHOWN) {
      container.appendChild(el('p', 'và ' + number(refused - ERRORS_SHOWN) + ' dòng khác; tải báo cáo đầy đủ tại '
        + root + '/api/imports/' + report.id + '.'));
    }
  }

  /** Loads the report of an import into an element, or says why it cannot be read. */
  function show(target, id) {
    load(id).then((r) => render(target, r), (e) => {
      target.className += ' text-danger';
      target.textContent = e.message;
    });
  }

  window.AntqImportReport = { upload, load, render, show, number, templateUrl: root + '/api/imports/template.xlsx' };
})();
