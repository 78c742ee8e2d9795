/*
 * Tasklist and the register: a header entry "Sổ mô hình", and the new model's code right after a
 * commune proposes it.
 *
 * Starting "Đề xuất mô hình" (model-proposal, a Camunda Form start form) answers only with the
 * process instance; the code the registry gave the model (its business key, QB-2026-0007) is what
 * the official will be asked about, so this script watches the start form's answer (POST
 * …/process-definition/{id}/submit-form, through XMLHttpRequest as names-vi.js watches others),
 * asks GET /api/models/by-instance/{id} and shows a notice with the code and a link to the model's
 * page until it is closed. Every value is written as text.
 *
 * Loaded by scripts/config.js (customScripts); the header entry is a plugin at
 * tasklist.navbar.action.
 */

const PROPOSAL = 'model-proposal';
const SUBMIT = /\/process-definition\/(?:key\/)?([^/?]+)\/submit-form(?:\?|$)/;
const NOTICE = 'antq-proposal-notice';

// The application's pages and API sit beside the webapps (<context path>/camunda).
function contextPath() {
  const base = document.querySelector('base[app-root]');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/+$/, '').replace(/\/[^/]*$/, '');
}

function element(tag, text, attrs) {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
  return e;
}

function showNotice(parts) {
  document.querySelectorAll(`.${NOTICE}`).forEach((n) => n.remove());
  const notice = element('div', null, { class: NOTICE, role: 'status', 'aria-live': 'polite' });
  const text = element('p');
  parts.forEach((p) => text.appendChild(typeof p === 'string' ? document.createTextNode(p) : p));
  const close = element('button', '×', { type: 'button', class: 'close', 'aria-label': 'Đóng thông báo', title: 'Đóng thông báo' });
  close.addEventListener('click', () => notice.remove());
  notice.append(close, text);
  document.body.appendChild(notice);
}

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

async function tellCode(instanceId) {
  const root = contextPath();
  let answer = null;
  let problem = '';
  for (let attempt = 0; attempt < 4 && !answer; attempt++) {
    if (attempt) await wait(1000 * attempt);
    try {
      const res = await fetch(`${root}/api/models/by-instance/${encodeURIComponent(instanceId)}`,
        { credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });
      const body = await res.json().catch(() => null);
      if (res.ok && body && body.code) answer = body;
      else problem = (body && body.message) || `mã ${res.status}`;
      if (res.status !== 404 && !res.ok) break;
    } catch (offline) {
      problem = 'không kết nối được với máy chủ';
    }
  }
  if (answer) {
    const page = element('a', 'Xem trang mô hình', { href: `${root}/so-mo-hinh/mo-hinh.html?code=${encodeURIComponent(answer.code)}` });
    showNotice(['Đã gửi đề xuất. Mã mô hình: ', element('strong', answer.code, { class: 'antq-model-code' }), ' — ', page]);
  } else {
    const register = element('a', 'Sổ mô hình', { href: `${root}/so-mo-hinh/index.html` });
    showNotice([`Đã gửi đề xuất. Chưa lấy được mã mô hình (${problem}); mô hình có trong `, register, '.']);
  }
}

if (!window.antqProposalCode) {
  window.antqProposalCode = true;
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    const m = String(method).toUpperCase() === 'POST' && SUBMIT.exec(decodeURIComponent(String(url)));
    if (m && m[1].split(':')[0] === PROPOSAL) {
      this.addEventListener('load', () => {
        if (this.status < 200 || this.status >= 300) return;
        let started = null;
        try {
          started = JSON.parse(this.responseText);
        } catch (notJson) {
          return;
        }
        if (started && started.id) tellCode(started.id);
      });
    }
    return open.call(this, method, url, ...rest);
  };
}

export default [
  {
    id: 'antq-register',
    pluginPoint: 'tasklist.navbar.action',
    priority: 300,
    render(node) {
      const a = element('a', null, { href: `${contextPath()}/so-mo-hinh/index.html`, class: 'antq-register-link', title: 'Sổ mô hình, báo cáo phong trào' });
      const icon = element('span', null, { class: 'glyphicon glyphicon-book', 'aria-hidden': 'true' });
      a.append(icon, document.createTextNode(' Sổ mô hình'));
      node.appendChild(a);
    },
  },
  {
    id: 'antq-absence',
    pluginPoint: 'tasklist.navbar.action',
    priority: 290,
    render(node) {
      const a = element('a', null, { href: `${contextPath()}/vang-mat.html`, class: 'antq-absence-link', title: 'Ghi thời gian vắng mặt và người làm thay' });
      const icon = element('span', null, { class: 'glyphicon glyphicon-plane', 'aria-hidden': 'true' });
      a.append(icon, document.createTextNode(' Vắng mặt'));
      node.appendChild(a);
    },
  },
];
