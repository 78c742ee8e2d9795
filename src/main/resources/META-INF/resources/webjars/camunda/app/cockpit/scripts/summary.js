/*
 * Báo cáo phong trào inside Cockpit, so that a supervisor reads the movement's figures (and
 * downloads them as Excel) without leaving the webapp that watches the work: a header entry and
 * a page of its own at #/bao-cao-phong-trao, which renders the application's summary view
 * (/so-mo-hinh/summary-view.js, the same module as the page /so-mo-hinh/bao-cao.html). A second
 * header entry opens Sổ mô hình, the register.
 *
 * The view is an ES module loaded with import(); the charts inside it come from ECharts' ES module
 * build for the same reason: Cockpit runs RequireJS, where a UMD build's anonymous define breaks.
 */

const PATH = '/bao-cao-phong-trao';

// The application's pages sit beside the webapps: the app root is <context path>/camunda
// (camunda.bpm.webapp.application-path), the pages are under <context path>/so-mo-hinh/.
function contextPath() {
  const base = document.querySelector('base[app-root]');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/+$/, '').replace(/\/[^/]*$/, '');
}

function link(href, text, className) {
  const a = document.createElement('a');
  a.href = href;
  a.className = className;
  a.textContent = text;
  return a;
}

let shown = null; // the view on the page, destroyed when Cockpit leaves the route

export default [
  {
    id: 'antq-summary-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 60,
    properties: { path: PATH },
    render(node) {
      node.appendChild(link(`#${PATH}`, 'Báo cáo phong trào', 'antq-nav-summary'));
    },
  },
  {
    id: 'antq-register-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 55,
    render(node) {
      node.appendChild(link(`${contextPath()}/so-mo-hinh/index.html`, 'Sổ mô hình', 'antq-nav-register'));
    },
  },
  {
    id: 'antq-summary-page',
    pluginPoint: 'cockpit.route',
    properties: { path: PATH },
    render(node) {
      const page = document.createElement('div');
      page.className = 'antq-cockpit-page';
      const title = document.createElement('h1');
      title.textContent = 'Báo cáo phong trào';
      const view = document.createElement('div');
      view.textContent = 'Đang tải báo cáo…';
      page.append(title, view);
      node.appendChild(page);
      import(`${contextPath()}/so-mo-hinh/summary-view.js`)
        .then((module) => {
          if (shown) shown.destroy();
          shown = module.default(view);
        })
        .catch((e) => {
          view.textContent = `Không tải được trang báo cáo (${e.message}). Đề nghị tải lại trang.`;
          view.setAttribute('role', 'alert');
        });
    },
    unmount() {
      if (shown) shown.destroy();
      shown = null;
    },
  },
];
