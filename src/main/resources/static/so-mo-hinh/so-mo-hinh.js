// What the register's pages share: the application's API (with the webapps' session), the labels
// of its codes, Vietnamese formats, and building the page from elements. Every value from the
// server is written as text (textContent, createElement), never as markup.

/** The application's root: this module sits at <context path>/so-mo-hinh/. */
export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
export const TASKLIST = `${ROOT}/camunda/app/tasklist/`;
export const COCKPIT = `${ROOT}/camunda/app/cockpit/`;

/** A refusal or failure of the API, with the server's Vietnamese message. */
export class ApiError extends Error {
  constructor(status, message, field) {
    super(message);
    this.status = status;
    this.field = field;
  }
}

export async function api(path, params) {
  const query = params ? `?${params}` : '';
  let res;
  try {
    res = await fetch(`${ROOT}/api/${path}${query}`, {
      credentials: 'same-origin',
      // X-Requested-With: a script asks, not a person; no login dialog is wanted for a 401
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    });
  } catch (offline) {
    throw new ApiError(0, 'Không kết nối được với máy chủ. Đề nghị kiểm tra mạng rồi thử lại.');
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const message = (body && body.message)
      || (res.status === 404 ? 'Không tìm thấy dữ liệu được yêu cầu.'
        : `Máy chủ không trả lời được (mã ${res.status}). Đề nghị thử lại sau.`);
    throw new ApiError(res.status, message, body && body.field);
  }
  return body;
}

let labels;
/** The Vietnamese names of every code (GET /api/labels), asked once per page. */
export function loadLabels() {
  if (!labels) labels = api('labels').catch((e) => { labels = undefined; throw e; });
  return labels;
}

/** A code's Vietnamese name, or the code itself when the labels have none. */
export function label(all, kind, code) {
  if (code === null || code === undefined || code === '') return '';
  return (all && all[kind] && all[kind][code]) || String(code);
}

// ---------------------------------------------------------------- formats

const NUMBER = new Intl.NumberFormat('vi-VN');
export function number(n) {
  return NUMBER.format(Number(n || 0));
}

/** yyyy-MM-dd (or an instant) as dd/MM/yyyy. */
export function date(value) {
  if (!value) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(value));
  if (m && String(value).length === 10) return `${m[3]}/${m[2]}/${m[1]}`;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  return d.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' });
}

/** An instant as HH:mm dd/MM/yyyy, Vietnam time. */
export function dateTime(value) {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const part = (o) => d.toLocaleString('vi-VN', { ...o, timeZone: 'Asia/Ho_Chi_Minh' });
  return `${part({ hour: '2-digit', minute: '2-digit', hour12: false })} ${date(value)}`;
}

// ---------------------------------------------------------------- elements

/** An element with its text (as text) and attributes; children may follow. */
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'text') e.textContent = String(v);
    else if (k === 'className') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k === 'hidden') e.hidden = !!v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

/**
 * A table with a caption and column headers (scope="col"); each row is an array of cells, a cell
 * being text, a node, or {th: text} for a row header (scope="row").
 */
export function table(caption, headers, rows, { className = 'antq-table', numeric = [] } = {}) {
  const t = el('table', { className });
  if (caption) t.appendChild(el('caption', { text: caption }));
  const head = t.appendChild(el('thead')).appendChild(el('tr'));
  headers.forEach((h, i) => head.appendChild(el('th', { scope: 'col', text: h, className: numeric.includes(i) ? 'num' : null })));
  const body = t.appendChild(el('tbody'));
  for (const r of rows) {
    const tr = body.appendChild(el('tr', r.className ? { className: r.className } : null));
    (r.cells || r).forEach((c, i) => {
      const cls = numeric.includes(i) ? 'num' : null;
      if (c && typeof c === 'object' && 'th' in c) {
        tr.appendChild(el('th', { scope: 'row', className: cls }, c.th));
      } else {
        tr.appendChild(el('td', { className: cls }, c === null || c === undefined ? '' : c));
      }
    });
  }
  return t;
}

/** A visible alert: role="alert" for a refusal, "status" for news. */
export function alertBox(message, kind = 'error') {
  return el('div', { className: `antq-alert antq-alert-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, message);
}

/** The page's answer to a failed request; a 401 sends the reader to the login. */
export function showError(container, error) {
  if (error instanceof ApiError && error.status === 401) {
    container.replaceChildren(notLoggedIn());
    return;
  }
  container.replaceChildren(alertBox(error.message || String(error)));
}

export function notLoggedIn() {
  return el('div', { className: 'antq-alert antq-alert-error', role: 'alert' },
    el('strong', { text: 'Bạn chưa đăng nhập' }), '. ',
    el('a', { href: TASKLIST, text: 'Đăng nhập Tasklist' }),
    ' rồi mở lại trang này.');
}

const RICH = new Set(['P', 'BR', 'B', 'STRONG', 'I', 'EM', 'U', 'UL', 'OL', 'LI', 'H3', 'H4', 'BLOCKQUOTE']);

/**
 * Simple HTML from a form (goals, activities) rebuilt from its text: the markup is parsed inert
 * (DOMParser runs no script, loads nothing), and only paragraphs, lists and emphasis are copied,
 * without any attribute.
 */
export function richText(html) {
  const out = document.createDocumentFragment();
  if (!html) return out;
  const doc = new DOMParser().parseFromString(String(html), 'text/html');
  const copy = (from, to) => {
    for (const n of from.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) to.appendChild(document.createTextNode(n.nodeValue));
      else if (n.nodeType === Node.ELEMENT_NODE) {
        if (n.tagName === 'SCRIPT' || n.tagName === 'STYLE') continue;
        if (RICH.has(n.tagName)) copy(n, to.appendChild(document.createElement(n.tagName.toLowerCase())));
        else copy(n, to);
      }
    }
  };
  copy(doc.body, out);
  return out;
}

/** The register with these filters (an object or URLSearchParams). */
export function registerUrl(filters) {
  const q = new URLSearchParams();
  for (const [k, v] of filters instanceof URLSearchParams ? filters.entries() : Object.entries(filters)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return `${ROOT}/so-mo-hinh/index.html${s ? `?${s}` : ''}`;
}

export function modelUrl(code) {
  return `${ROOT}/so-mo-hinh/mo-hinh.html?code=${encodeURIComponent(code)}`;
}

/** The page's header: the official's name and unit, and the way back to the webapps. */
export function header(me, current) {
  const links = [
    ['so-mo-hinh', `${ROOT}/so-mo-hinh/index.html`, 'Sổ mô hình'],
    ['bao-cao', `${ROOT}/so-mo-hinh/bao-cao.html`, 'Báo cáo phong trào'],
    ['tasklist', TASKLIST, 'Tasklist (công việc)'],
    ['cockpit', COCKPIT, 'Cockpit (theo dõi quy trình)'],
  ];
  return el('header', { className: 'antq-header' },
    el('div', { className: 'antq-brand' }, el('span', { text: 'Hệ thống quản lý mô hình ANTQ' })),
    el('nav', { 'aria-label': 'Các trang' },
      el('ul', null, links.map(([id, href, text]) => el('li', null,
        el('a', { href, text, 'aria-current': id === current ? 'page' : null }))))),
    me ? el('div', { className: 'antq-who' },
      el('span', { className: 'antq-who-name', text: me.name || me.login }),
      me.unitName ? el('span', { className: 'antq-who-unit', text: me.unitName }) : null) : null);
}

/** /api/me, or the "not logged in" message in the page's main area (then null). */
export async function whoAmI(main) {
  // Without a session /api answers 401 with a Basic challenge, on which the browser opens its own
  // login dialog (or, headless, waits); the webapps' own question answers 404 without one.
  try {
    const session = await fetch(`${ROOT}/camunda/api/admin/auth/user/default`,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (session.status === 404 || session.status === 401) {
      main.replaceChildren(notLoggedIn());
      return null;
    }
  } catch (offline) {
    // /api/me below says what is wrong
  }
  try {
    return await api('me');
  } catch (e) {
    showError(main, e);
    return null;
  }
}

/** The caller's unit and every unit below it, in tree order, with their depth. */
export function subtree(units, rootCode) {
  const children = new Map();
  for (const u of units) {
    if (!children.has(u.parentCode)) children.set(u.parentCode, []);
    children.get(u.parentCode).push(u);
  }
  for (const list of children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  const out = [];
  const walk = (u, depth) => {
    out.push({ ...u, depth });
    for (const c of children.get(u.code) || []) walk(c, depth + 1);
  };
  if (rootCode) {
    const root = units.find((u) => u.code === rootCode);
    if (root) walk(root, 0);
  } else {
    for (const u of units.filter((x) => !x.parentCode || !units.some((p) => p.code === x.parentCode))) walk(u, 0);
  }
  return out;
}
