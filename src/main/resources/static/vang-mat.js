// The official's own absence (vang-mat.html): GET, PUT and DELETE /api/me/absence with the webapps'
// session; the stand-ins offered are the unit's other officials (GET /api/me/colleagues). The server
// checks everything again; its refusal names the field and is shown beside the form.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);

  // The webapps' CSRF token: its cookie lives under /camunda, out of this page's sight.
  let token = null;
  async function csrfToken() {
    if (token === null) {
      const res = await fetch('api/me/csrf', { credentials: 'same-origin' });
      token = res.ok ? ((await res.json()).token || '') : '';
    }
    return token;
  }

  async function call(method, path, body) {
    const headers = body ? { 'Content-Type': 'application/json' } : {};
    if (method !== 'GET') {
      headers['X-XSRF-TOKEN'] = await csrfToken();
    }
    const res = await fetch(path, {
      method, credentials: 'same-origin', body: body ? JSON.stringify(body) : undefined, headers,
    });
    const json = await res.json().catch(() => null);
    if (res.status === 401) {
      location.href = 'camunda/app/tasklist/';
      throw new Error('Cần đăng nhập Tasklist trước.');
    }
    if (!res.ok) {
      const e = new Error((json && json.message) || 'Máy chủ không trả lời được (mã ' + res.status + ').');
      e.field = json && json.field;
      throw e;
    }
    return json;
  }

  const day = (iso) => iso.split('-').reverse().join('/');

  function show(absence) {
    $('current').textContent = absence
      ? 'Đang ghi: vắng mặt từ ' + day(absence.from) + ' đến ' + day(absence.to) + ', người làm thay: '
        + absence.standInName + ' (' + absence.standIn + ').'
      : 'Chưa ghi thời gian vắng mặt nào.';
    $('end').hidden = !absence;
  }

  function answer(text, ok) {
    $('answer').textContent = text;
    $('answer').className = ok ? 'done' : 'refused';
  }

  async function load() {
    const [mine, colleagues] = await Promise.all([call('GET', 'api/me/absence'), call('GET', 'api/me/colleagues')]);
    const select = $('standIn');
    select.textContent = '';
    const none = document.createElement('option');
    none.value = '';
    none.textContent = colleagues.length ? '— Chọn cán bộ cùng đơn vị —' : 'Đơn vị không có cán bộ nào khác';
    select.appendChild(none);
    colleagues.forEach((c) => {
      const o = document.createElement('option');
      o.value = c.login;
      o.textContent = c.name + ' (' + c.login + ')';
      select.appendChild(o);
    });
    show(mine.absence);
    if (mine.absence) {
      $('from').value = mine.absence.from;
      $('to').value = mine.absence.to;
      select.value = mine.absence.standIn;
    }
  }

  $('form').addEventListener('submit', async (e) => {
    e.preventDefault();
    document.querySelectorAll('[aria-invalid]').forEach((f) => f.removeAttribute('aria-invalid'));
    try {
      const r = await call('PUT', 'api/me/absence', { from: $('from').value, to: $('to').value, standIn: $('standIn').value });
      show(r.absence);
      answer('Đã ghi. Việc được giao cho đồng chí sẽ chuyển cho người làm thay từ ngày ' + day(r.absence.from) + '.', true);
    } catch (err) {
      answer(err.message, false);
      if (err.field && $(err.field)) {
        $(err.field).setAttribute('aria-invalid', 'true');
        $(err.field).focus();
      }
    }
  });

  $('end').addEventListener('click', async () => {
    try {
      await call('DELETE', 'api/me/absence');
      show(null);
      answer('Đã kết thúc thời gian vắng mặt; những việc người làm thay đã nhận vẫn do họ làm tiếp.', true);
    } catch (err) {
      answer(err.message, false);
    }
  });

  load().catch((err) => answer(err.message, false));
})();
