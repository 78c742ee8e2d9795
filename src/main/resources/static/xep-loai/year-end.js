// "Xếp loại cuối năm" as Tasklist's embedded forms show it (forms/year-end-*.form.html): the list of
// classifications waiting in the official's unit, a page at a time, with filters; the class chosen
// for each row is saved on the server as it is chosen (drafts), so nothing is lost between pages or
// when the browser closes. Every value from the server is written as text, never as markup.
(function () {
  'use strict';
  const root = location.pathname.split('/camunda/')[0];
  const CLASSES = ['EXCELLENT', 'GOOD', 'AVERAGE', 'WEAK'];
  const SORTS = { code: 'Mã mô hình', commune: 'Xã', rule: 'Xếp loại theo tiêu chí', due: 'Hạn xếp loại' };
  const SHOWN_INDICATORS = ['outreachSessions', 'valuableTips', 'casesResolved'];
  const STATUS = { DONE: 'Đã xếp loại', REFUSED: 'Bị từ chối', GONE: 'Không còn chờ', QUEUED: 'Đang chờ ghi', DRAFT: 'Chưa gửi' };
  const SAVE_DELAY_MS = 700;

  function number(n) {
    return Number(n || 0).toLocaleString('vi-VN');
  }

  function csrfToken() {
    const m = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return m ? decodeURIComponent(m[1]) : '';
  }

  async function answer(res) {
    const json = await res.json().catch(() => null);
    if (!res.ok || json === null) {
      throw new Error((json && json.message) || 'Máy chủ không trả lời được (mã ' + res.status + '). Đề nghị thử lại sau.');
    }
    return json;
  }

  function get(path, params) {
    const q = new URLSearchParams();
    Object.keys(params || {}).forEach((k) => {
      if (params[k] !== '' && params[k] !== null && params[k] !== undefined && params[k] !== false) {
        q.set(k, params[k]);
      }
    });
    const query = q.toString();
    return fetch(root + path + (query ? '?' + query : ''), { credentials: 'same-origin' }).then(answer);
  }

  function put(path, body) {
    return fetch(root + path, {
      method: 'PUT', credentials: 'same-origin', body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken() },
    }).then(answer);
  }

  function el(tag, text, className, attrs) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    if (className) {
      e.className = className;
    }
    Object.keys(attrs || {}).forEach((k) => e.setAttribute(k, attrs[k]));
    return e;
  }

  function select(className, label, options, value) {
    const s = el('select', null, 'form-control input-sm ' + className, { 'aria-label': label });
    options.forEach(([v, text]) => {
      const o = el('option', text);
      o.value = v;
      s.appendChild(o);
    });
    s.value = value;
    return s;
  }

  function button(text, className, onClick) {
    const b = el('button', text, 'btn btn-default btn-sm ' + className, { type: 'button' });
    b.addEventListener('click', onClick);
    return b;
  }

  /** The list of a sitting: filters, actions, the page of rows and the pager. */
  function list(target, sittingId) {
    const base = '/api/year-end/' + encodeURIComponent(sittingId);
    const state = {
      filter: { text: '', commune: '', rule: '', district: '', departs: false },
      sort: 'code', page: 0, size: 50,
      info: new Map(), // taskId → {modelCode, rule, district, proposal}: every waiting row
      choices: new Map(), // taskId → {classification, reason}
      selected: new Set(),
      labels: null, data: null, step: null, hasDistrict: false,
      dirty: false, saving: null, timer: null, saveError: null, savedAt: null,
    };
    const parts = {};

    function classLabel(c) {
      return c ? (state.labels.classification[c] || c) : '—';
    }

    function needsReason(taskId) {
      const c = state.choices.get(taskId);
      const i = state.info.get(taskId);
      return c && i && c.classification !== i.rule && !c.reason;
    }

    function summary() {
      let departing = 0;
      let missing = 0;
      state.choices.forEach((c, taskId) => {
        const i = state.info.get(taskId);
        if (i && c.classification !== i.rule) {
          departing++;
          if (!c.reason) {
            missing++;
          }
        }
      });
      const saving = state.saveError ? 'Chưa lưu được: ' + state.saveError
        : state.saving || state.dirty ? 'Đang lưu…'
          : state.savedAt ? 'Đã lưu lúc ' + state.savedAt.toLocaleTimeString('vi-VN') : '';
      parts.summary.textContent = 'Đã chọn xếp loại ' + number(state.choices.size) + ' / ' + number(state.info.size)
        + ' việc đang chờ · ' + number(departing) + ' dòng khác xếp loại theo tiêu chí'
        + (missing ? ' · ' + number(missing) + ' dòng còn thiếu lý do (sẽ bị từ chối)' : '')
        + (saving ? ' · ' + saving : '');
      parts.summary.className = 'year-end-summary' + (state.saveError || missing ? ' text-danger' : '');
      parts.selectedCount.textContent = number(state.selected.size) + ' dòng đang được đánh dấu';
    }

    function changed() {
      state.dirty = true;
      state.saveError = null;
      clearTimeout(state.timer);
      state.timer = setTimeout(save, SAVE_DELAY_MS);
      summary();
    }

    function save() {
      clearTimeout(state.timer);
      if (state.saving) {
        return state.saving.then(() => (state.dirty ? save() : null));
      }
      state.dirty = false;
      const body = [];
      state.choices.forEach((c, taskId) => body.push({ taskId, classification: c.classification, reason: c.reason || null }));
      body.sort((a, b) => (state.info.get(a.taskId) || {}).modelCode < (state.info.get(b.taskId) || {}).modelCode ? -1 : 1);
      state.saving = put(base + '/drafts', body).then(() => {
        state.savedAt = new Date();
      }, (e) => {
        state.saveError = e.message;
        state.dirty = true;
      }).then(() => {
        state.saving = null;
        summary();
      });
      summary();
      return state.saving;
    }

    function choose(taskId, classification, reason) {
      if (!classification) {
        state.choices.delete(taskId);
      } else {
        state.choices.set(taskId, { classification, reason: reason || '' });
      }
    }

    function row(r) {
      const tr = el('tr', null, 'year-end-row');
      tr.dataset.taskId = r.taskId;
      tr.dataset.modelCode = r.modelCode;
      const check = el('input', null, 'year-end-select', { type: 'checkbox', 'aria-label': 'Đánh dấu ' + r.modelCode });
      check.checked = state.selected.has(r.taskId);
      check.addEventListener('change', () => {
        if (check.checked) {
          state.selected.add(r.taskId);
        } else {
          state.selected.delete(r.taskId);
        }
        summary();
      });
      tr.appendChild(el('td')).appendChild(check);
      tr.appendChild(el('td', r.modelCode, 'year-end-code'));
      tr.appendChild(el('td', r.modelName));
      tr.appendChild(el('td', r.communeName));
      const figures = state.labels.indicator;
      const ind = r.indicators || {};
      tr.appendChild(el('td', SHOWN_INDICATORS.map((k) => figures[k] + ': ' + number(ind[k])).join('; '), 'year-end-figures',
        { title: Object.keys(figures).map((k) => figures[k] + ': ' + number(ind[k])).join('\n') }));
      tr.appendChild(el('td', classLabel(r.rule), 'year-end-rule'));
      if (state.hasDistrict) {
        const d = el('td', classLabel(r.district), 'year-end-district');
        if (r.districtReason) {
          d.appendChild(el('div', 'Lý do: ' + r.districtReason, 'small text-muted'));
        }
        tr.appendChild(d);
      }
      const c = state.choices.get(r.taskId);
      const pick = select('year-end-class', 'Xếp loại ' + r.modelCode,
        [['', '— Chưa chọn —']].concat(CLASSES.map((k) => [k, classLabel(k)])), c ? c.classification : '');
      const reason = el('input', null, 'form-control input-sm year-end-reason',
        { type: 'text', maxlength: '2000', 'aria-label': 'Lý do ' + r.modelCode });
      reason.value = c ? c.reason : '';
      function mark() {
        const missing = needsReason(r.taskId);
        reason.disabled = !state.choices.has(r.taskId);
        reason.placeholder = missing ? 'Bắt buộc ghi lý do: khác xếp loại theo tiêu chí' : '';
        reason.parentNode.className = missing ? 'has-error' : '';
        tr.className = 'year-end-row' + (state.choices.has(r.taskId) ? ' year-end-chosen' : '');
      }
      pick.addEventListener('change', () => {
        choose(r.taskId, pick.value, reason.value);
        mark();
        changed();
      });
      reason.addEventListener('input', () => {
        const cur = state.choices.get(r.taskId);
        if (cur) {
          cur.reason = reason.value;
        }
        mark();
        changed();
      });
      tr.appendChild(el('td')).appendChild(pick);
      tr.appendChild(el('td')).appendChild(reason);
      mark();
      return tr;
    }

    function renderPage() {
      const d = state.data;
      parts.body.textContent = '';
      d.rows.forEach((r) => parts.body.appendChild(row(r)));
      if (d.rows.length === 0) {
        parts.body.appendChild(el('tr')).appendChild(el('td', 'Không có dòng nào theo bộ lọc.', 'text-muted',
          { colspan: '9' }));
      }
      const pages = Math.max(1, Math.ceil(d.total / d.size));
      parts.pageInfo.textContent = 'Trang ' + number(d.page + 1) + ' / ' + number(pages) + ' · ' + number(d.total)
        + ' dòng theo bộ lọc';
      parts.prev.disabled = d.page === 0;
      parts.next.disabled = d.page + 1 >= pages;
      summary();
    }

    function params() {
      return Object.assign({}, state.filter, { sort: state.sort, page: state.page, size: state.size });
    }

    function load() {
      parts.status.textContent = 'Đang tải…';
      return get('/api/year-end/waiting', params()).then((d) => {
        state.data = d;
        parts.status.textContent = '';
        renderPage();
      }, (e) => {
        parts.status.textContent = e.message;
        parts.status.className = 'year-end-status text-danger';
      });
    }

    function build(d) {
      target.textContent = '';
      target.appendChild(el('p', (state.step === 'PROVINCE' ? 'Xếp loại' : 'Đề xuất xếp loại') + ' cuối năm: '
        + number(d.waiting) + ' việc đang chờ của đơn vị. Lớp được chọn được lưu ngay; bấm "Hoàn thành" khi xong để ghi tất cả.',
      'year-end-intro'));
      parts.summary = target.appendChild(el('p', '', 'year-end-summary', { role: 'status', 'aria-live': 'polite' }));

      const filters = target.appendChild(el('div', null, 'year-end-filters form-inline'));
      const text = el('input', null, 'form-control input-sm year-end-text',
        { type: 'search', placeholder: 'Tìm mã, tên mô hình, xã', 'aria-label': 'Tìm', maxlength: '200' });
      const commune = select('year-end-commune', 'Xã',
        [['', 'Tất cả các xã']].concat(d.communes.map((c) => [c.code, c.name])), '');
      const rule = select('year-end-rule-filter', 'Xếp loại theo tiêu chí',
        [['', 'Theo tiêu chí: tất cả']].concat(CLASSES.map((k) => [k, 'Theo tiêu chí: ' + classLabel(k)])), '');
      filters.appendChild(text);
      filters.appendChild(commune);
      filters.appendChild(rule);
      let district = null;
      let departs = null;
      if (state.hasDistrict) {
        district = select('year-end-district-filter', 'Huyện đề xuất',
          [['', 'Huyện đề xuất: tất cả']].concat(CLASSES.map((k) => [k, 'Huyện đề xuất: ' + classLabel(k)])), '');
        filters.appendChild(district);
        const label = el('label', null, 'checkbox-inline');
        departs = el('input', null, 'year-end-departs', { type: 'checkbox' });
        label.appendChild(departs);
        label.appendChild(document.createTextNode(' Huyện đề xuất khác tiêu chí'));
        filters.appendChild(label);
      }
      const sort = select('year-end-sort', 'Sắp xếp', Object.keys(SORTS).map((k) => [k, 'Sắp theo ' + SORTS[k]]), 'code');
      filters.appendChild(sort);
      function apply() {
        state.filter = {
          text: text.value.trim(), commune: commune.value, rule: rule.value,
          district: district ? district.value : '', departs: departs ? departs.checked : false,
        };
        state.sort = sort.value;
        state.page = 0;
        load();
      }
      [commune, rule, district, departs, sort].filter(Boolean).forEach((e) => e.addEventListener('change', apply));
      let typing = null;
      text.addEventListener('input', () => {
        clearTimeout(typing);
        typing = setTimeout(apply, 300);
      });
      text.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') {
          e.preventDefault(); // Enter must not submit the task
          apply();
        }
      });

      const actions = target.appendChild(el('div', null, 'year-end-actions'));
      actions.appendChild(button('Đánh dấu cả trang', 'year-end-mark-page', () => {
        state.data.rows.forEach((r) => state.selected.add(r.taskId));
        renderPage();
      }));
      actions.appendChild(button('Đánh dấu tất cả theo bộ lọc', 'year-end-mark-all', () => {
        get('/api/year-end/waiting/kept', state.filter).then((rows) => {
          rows.forEach((r) => state.selected.add(r.taskId));
          renderPage();
        }, (e) => { parts.status.textContent = e.message; });
      }));
      actions.appendChild(button('Bỏ đánh dấu', 'year-end-unmark', () => {
        state.selected.clear();
        renderPage();
      }));
      actions.appendChild(button('Chấp nhận đề xuất cho các dòng đã đánh dấu', 'btn-primary year-end-accept', () => {
        state.selected.forEach((taskId) => {
          const i = state.info.get(taskId);
          const cur = state.choices.get(taskId);
          if (i) {
            choose(taskId, i.proposal, cur && cur.classification === i.proposal ? cur.reason : '');
          }
        });
        renderPage();
        changed();
      }));
      actions.appendChild(button('Bỏ xếp loại các dòng đã đánh dấu', 'year-end-clear', () => {
        state.selected.forEach((taskId) => state.choices.delete(taskId));
        renderPage();
        changed();
      }));
      parts.selectedCount = actions.appendChild(el('span', '', 'year-end-selected text-muted'));
      parts.status = target.appendChild(el('p', '', 'year-end-status', { role: 'alert' }));

      const table = target.appendChild(el('div', null, 'table-responsive'))
        .appendChild(el('table', null, 'table table-condensed table-hover year-end-table'));
      const head = table.appendChild(el('thead')).appendChild(el('tr'));
      ['', 'Mã', 'Tên mô hình', 'Xã', 'Kết quả chính', 'Theo tiêu chí']
        .concat(state.hasDistrict ? ['Huyện đề xuất'] : [])
        .concat([state.step === 'PROVINCE' ? 'Xếp loại' : 'Đề xuất xếp loại', 'Lý do'])
        .forEach((h) => head.appendChild(el('th', h)));
      parts.body = table.appendChild(el('tbody'));

      const pager = target.appendChild(el('div', null, 'year-end-pager'));
      parts.prev = pager.appendChild(button('« Trang trước', 'year-end-prev', () => {
        state.page = Math.max(0, state.page - 1);
        load();
      }));
      parts.pageInfo = pager.appendChild(el('span', '', 'year-end-page-info'));
      parts.next = pager.appendChild(button('Trang sau »', 'year-end-next', () => {
        state.page += 1;
        load();
      }));
    }

    Promise.all([
      get('/api/labels'),
      get('/api/year-end/waiting', { page: 0, size: state.size }),
      get('/api/year-end/waiting/kept'),
      get(base + '/drafts'),
    ]).then(([labels, first, all, drafts]) => {
      state.labels = labels;
      state.step = first.step;
      all.forEach((r) => state.info.set(r.taskId, r));
      // the district's column only where a district tier proposed something
      state.hasDistrict = first.step === 'PROVINCE' && all.some((r) => r.district);
      drafts.filter((c) => state.info.has(c.taskId))
        .forEach((c) => state.choices.set(c.taskId, { classification: c.classification, reason: c.reason || '' }));
      state.data = first;
      build(first);
      renderPage();
    }, (e) => {
      target.className += ' text-danger';
      target.textContent = e.message;
    });

    return {
      saved: () => !state.dirty && !state.saving && !state.saveError,
      saveNow: () => {
        save().then(() => {
          parts.status.className = 'year-end-status ' + (state.saveError ? 'text-danger' : 'text-info');
          parts.status.textContent = state.saveError
            ? 'Chưa lưu được: ' + state.saveError
            : 'Đã lưu các lớp đã chọn. Bấm "Hoàn thành" lần nữa để gửi danh sách.';
        });
      },
    };
  }

  /** What became of a submitted sitting: counts, and every row that was not classified, with why. */
  function outcome(target, sittingId) {
    get('/api/year-end/' + encodeURIComponent(sittingId) + '/outcome').then((o) => {
      target.textContent = '';
      const c = o.counts;
      target.appendChild(el('p', 'Đã xếp loại ' + number(c.DONE) + ' dòng; bị từ chối ' + number(c.REFUSED)
        + ' dòng; không còn chờ ' + number(c.GONE) + ' dòng.', 'year-end-counts'));
      if (o.rows.length === 0) {
        target.appendChild(el('p', 'Tất cả các dòng đã được ghi.', 'text-success'));
        return;
      }
      const t = target.appendChild(el('table', null, 'table table-condensed year-end-refused'));
      const head = t.appendChild(el('thead')).appendChild(el('tr'));
      ['Mã mô hình', 'Lớp đã chọn', 'Lý do đã ghi', 'Kết quả', 'Vì sao'].forEach((h) => head.appendChild(el('th', h)));
      const body = t.appendChild(el('tbody'));
      get('/api/labels').then((labels) => {
        o.rows.forEach((r) => {
          const tr = body.appendChild(el('tr'));
          const code = tr.appendChild(el('td')).appendChild(el('a', r.modelCode, null,
            { href: root + '/so-mo-hinh/mo-hinh.html?code=' + encodeURIComponent(r.modelCode), target: '_blank', rel: 'noopener' }));
          code.textContent = r.modelCode;
          tr.appendChild(el('td', labels.classification[r.classification] || r.classification));
          tr.appendChild(el('td', r.reason || '—'));
          tr.appendChild(el('td', STATUS[r.status] || r.status));
          tr.appendChild(el('td', r.message || ''));
        });
      });
    }, (e) => {
      target.className += ' text-danger';
      target.textContent = e.message;
    });
  }

  window.AntqYearEnd = { list, outcome };
})();
