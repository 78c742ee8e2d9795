// Báo cáo phong trào: the movement's figures for a unit and a period (GET /api/reports/summary),
// drawn into a given node. Used by bao-cao.html and, inside Cockpit, by cockpit/scripts/summary.js.
// Every number links to the register with the filters that list the entries behind it
// (docs/register-api.md); a unit below opens its own summary, a breadcrumb leads back up.
import {
  ApiError, ROOT, alertBox, api, date, el, label, loadLabels, notLoggedIn, registerUrl, subtree,
} from './so-mo-hinh.js';
import { CLASS_COLOURS, Charts, childBars, pie, runningBars } from './summary-charts.js';
import {
  CLASSES, childTable, classTable, count, indicatorTable, retiredTable, runningTable,
} from './summary-tables.js';

const CSS = new URL('so-mo-hinh.css', import.meta.url).href;
const FIRST_YEAR = 2005;

function stylesheet() {
  if (![...document.querySelectorAll('link[rel=stylesheet]')].some((l) => l.href === CSS)) {
    document.head.appendChild(el('link', { rel: 'stylesheet', href: CSS }));
  }
}

/** The period as the API takes it. */
function periodParams(state) {
  const p = new URLSearchParams();
  if (state.unit) p.set('unit', state.unit);
  if (state.mode === 'range') {
    p.set('from', state.from);
    p.set('to', state.to);
  } else {
    p.set('year', state.year);
    if (state.mode === 'h1') p.set('half', '1');
    if (state.mode === 'h2') p.set('half', '2');
  }
  return p;
}

/** The state from an address's parameters (unit, year, half, from, to). */
export function stateFrom(params) {
  const p = params instanceof URLSearchParams ? params : new URLSearchParams(params || '');
  const year = parseInt(p.get('year'), 10) || new Date().getFullYear();
  const state = { unit: p.get('unit') || '', year, mode: 'year', from: '', to: '' };
  if (p.get('from') && p.get('to') && !p.get('year')) Object.assign(state, { mode: 'range', from: p.get('from'), to: p.get('to') });
  else if (p.get('half') === '1') state.mode = 'h1';
  else if (p.get('half') === '2') state.mode = 'h2';
  return state;
}

export function stateParams(state) {
  return periodParams(state);
}

function field(id, text, control) {
  return el('div', { className: `antq-field antq-field-${id}` }, el('label', { for: control.id, text }), control);
}

/**
 * Renders the summary into node. options: {initial: state, onState(state): called after each
 * change (bao-cao.html keeps it in the address), heading: the h1's level or false}.
 * Returns {destroy()} for a host that removes the node (Cockpit's unmount).
 */
export default function renderSummary(node, options = {}) {
  stylesheet();
  const view = new SummaryView(node, options);
  view.start();
  return { destroy: () => view.destroy() };
}

class SummaryView {
  constructor(node, options) {
    this.node = node;
    this.options = options;
    this.state = { ...stateFrom(''), ...(options.initial || {}) };
    this.charts = null;
    this.asked = 0;
    this.uid = `antq-s${Math.random().toString(36).slice(2, 8)}`;
  }

  destroy() {
    this.gone = true;
    if (this.charts) this.charts.dispose();
  }

  async start() {
    this.node.classList.add('antq-summary');
    this.node.replaceChildren(el('p', { className: 'antq-loading', role: 'status', text: 'Đang tải báo cáo…' }));
    let me;
    try {
      me = await api('me');
    } catch (e) {
      this.node.replaceChildren(e instanceof ApiError && e.status === 401 ? notLoggedIn() : alertBox(e.message));
      return;
    }
    this.me = me;
    const [labels, units] = await Promise.allSettled([loadLabels(), api('units')]);
    this.labels = labels.status === 'fulfilled' ? labels.value || {} : {};
    this.units = units.status === 'fulfilled' ? units.value || [] : [];
    this.notices = [labels, units].filter((a) => a.status === 'rejected')
      .map((a) => alertBox(`Không tải được danh mục: ${a.reason.message}`));
    this.byCode = new Map(this.units.map((u) => [u.code, u]));
    this.root = me.unitCode || '';
    if (!this.state.unit) this.state.unit = this.root;
    this.build();
    this.load();
  }

  build() {
    const id = (s) => `${this.uid}-${s}`;
    const unit = el('select', { id: id('unit') });
    if (!this.root) unit.appendChild(el('option', { value: '', text: 'Toàn quốc' }));
    for (const u of subtree(this.units, this.root || null)) {
      unit.appendChild(el('option', { value: u.code, text: `${'\u00a0\u00a0'.repeat(u.depth)}${u.name}` }));
    }
    const year = el('select', { id: id('year') });
    const now = new Date().getFullYear();
    for (let y = now + 1; y >= FIRST_YEAR; y--) year.appendChild(el('option', { value: y, text: `Năm ${y}` }));
    const modes = [['year', 'Cả năm'], ['h1', '6 tháng đầu năm'], ['h2', '6 tháng cuối năm'], ['range', 'Từ ngày – đến ngày']];
    const radios = el('div', { className: 'antq-radios' }, modes.map(([value, text]) => el('label', null,
      el('input', { type: 'radio', name: id('mode'), value }), text)));
    const from = el('input', { type: 'date', id: id('from'), min: `${FIRST_YEAR}-01-01` });
    const to = el('input', { type: 'date', id: id('to'), min: `${FIRST_YEAR}-01-01` });
    const show = el('button', { type: 'submit', className: 'antq-button', text: 'Xem báo cáo' });
    this.xlsx = el('a', { className: 'antq-button', href: '#', download: '', text: 'Tải Excel' });
    this.csv = el('a', { className: 'antq-button antq-secondary', href: '#', download: '', text: 'Tải CSV' });
    this.yearField = field('year', 'Năm', year);
    this.fromField = field('from', 'Từ ngày', from);
    this.toField = field('to', 'Đến ngày', to);
    const form = el('form', { className: 'antq-controls antq-box', 'aria-label': 'Đơn vị và kỳ báo cáo', novalidate: true },
      field('unit', 'Đơn vị', unit),
      el('fieldset', null, el('legend', { text: 'Kỳ báo cáo' }), radios),
      this.yearField, this.fromField, this.toField,
      el('div', { className: 'antq-actions' }, show, this.xlsx, this.csv));
    this.controls = { form, unit, year, radios, from, to };
    this.breadcrumb = el('ol', { className: 'antq-breadcrumb', 'aria-label': 'Cấp đơn vị' });
    this.alerts = el('div', { 'aria-live': 'assertive' });
    this.body = el('div', { 'aria-live': 'polite' });
    this.node.replaceChildren(form, ...this.notices, this.breadcrumb, this.alerts, this.body);

    radios.addEventListener('change', () => this.showPeriodFields(this.formMode()));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const next = this.fromControls();
      if (next) this.go(next);
    });
    unit.addEventListener('change', () => {
      const next = this.fromControls();
      if (next) this.go(next);
    });
    this.showControls();
  }

  formMode() {
    const checked = this.controls.radios.querySelector('input:checked');
    return checked ? checked.value : 'year';
  }

  showPeriodFields(mode) {
    this.yearField.hidden = mode === 'range';
    this.fromField.hidden = mode !== 'range';
    this.toField.hidden = mode !== 'range';
  }

  showControls() {
    const { unit, year, radios, from, to } = this.controls;
    if (this.state.unit && ![...unit.options].some((o) => o.value === this.state.unit)) {
      unit.appendChild(el('option', { value: this.state.unit, text: this.state.unit }));
    }
    unit.value = this.state.unit;
    if (![...year.options].some((o) => o.value === String(this.state.year))) {
      year.appendChild(el('option', { value: this.state.year, text: `Năm ${this.state.year}` }));
    }
    year.value = String(this.state.year);
    radios.querySelectorAll('input').forEach((r) => { r.checked = r.value === this.state.mode; });
    from.value = this.state.from || `${this.state.year}-01-01`;
    to.value = this.state.to || `${this.state.year}-12-31`;
    this.showPeriodFields(this.state.mode);
  }

  fromControls() {
    const { unit, year, from, to } = this.controls;
    const mode = this.formMode();
    const next = { unit: unit.value, year: parseInt(year.value, 10), mode, from: '', to: '' };
    if (mode === 'range') {
      if (!from.value || !to.value) {
        this.alerts.replaceChildren(alertBox('Kỳ báo cáo: cần chọn cả ngày bắt đầu và ngày kết thúc.'));
        (from.value ? to : from).focus();
        return null;
      }
      if (from.value > to.value) {
        this.alerts.replaceChildren(alertBox('Kỳ báo cáo: ngày bắt đầu phải trước hoặc trùng ngày kết thúc.'));
        from.focus();
        return null;
      }
      next.from = from.value;
      next.to = to.value;
    }
    return next;
  }

  go(state) {
    this.state = state;
    this.showControls();
    if (this.options.onState) this.options.onState({ ...state });
    this.load();
  }

  /** The units from the caller's own down to the one shown. */
  chain(code) {
    const out = [];
    let u = this.byCode.get(code);
    while (u) {
      out.unshift(u);
      if (u.code === this.root) break;
      u = this.byCode.get(u.parentCode);
    }
    if (!this.root) out.unshift({ code: '', name: 'Toàn quốc' });
    return out;
  }

  showBreadcrumb(summary) {
    const chain = this.chain(summary.unitCode || '');
    if (!chain.length || chain[chain.length - 1].code !== (summary.unitCode || '')) {
      chain.push({ code: summary.unitCode, name: summary.unitName });
    }
    this.breadcrumb.replaceChildren(...chain.map((u, i) => {
      if (i === chain.length - 1) return el('li', null, el('span', { 'aria-current': 'page', text: u.name || summary.unitName }));
      const up = el('button', { type: 'button', text: u.name });
      up.addEventListener('click', () => this.go({ ...this.state, unit: u.code }));
      return el('li', null, up);
    }));
  }

  async load() {
    const question = ++this.asked;
    const params = periodParams(this.state);
    this.xlsx.href = `${ROOT}/api/reports/summary.xlsx?${params}`;
    this.csv.href = `${ROOT}/api/reports/summary.csv?${params}`;
    this.alerts.replaceChildren();
    this.body.setAttribute('aria-busy', 'true');
    let summary;
    try {
      summary = await api('reports/summary', params);
    } catch (e) {
      if (question !== this.asked || this.gone) return;
      this.body.removeAttribute('aria-busy');
      if (e instanceof ApiError && e.status === 401) this.node.replaceChildren(notLoggedIn());
      else this.alerts.replaceChildren(alertBox(e.message));
      return;
    }
    if (question !== this.asked || this.gone) return;
    this.body.removeAttribute('aria-busy');
    this.show(summary);
  }

  show(s) {
    if (this.charts) this.charts.dispose();
    this.charts = new Charts();
    this.showBreadcrumb(s);
    const L = this.labels;
    const unit = s.unitCode || '';
    const running = { unit, runningOn: s.to };
    const inPeriod = { unit, from: s.from, to: s.to };
    const chartBox = (extra) => el('div', { className: `antq-chart ${extra || ''}`, role: 'img' });

    const headline = el('div', { className: 'antq-headline', id: `${this.uid}-headline` },
      this.figure('Mô hình đang hoạt động', count(s.models, { ...running, asModels: 'true' }, 'các mô hình'), 'antq-fig-models'),
      this.figure('Điểm đang hoạt động', count(s.points, running, 'các điểm'), 'antq-fig-points'),
      this.figure('Thanh loại trong kỳ', count(s.retired.count, { ...inPeriod, retired: 'true' }, 'các mô hình thanh loại'), 'antq-fig-retired'),
      this.figure('Việc quá hạn', count(s.overdueTasks, { unit, overdue: 'true' }, 'các mô hình có việc quá hạn'), 'antq-fig-overdue'));

    const byField = Object.entries(s.byField || {});
    const fieldChart = chartBox('antq-chart-tall');
    fieldChart.setAttribute('aria-label', 'Biểu đồ cột số mô hình và điểm theo lĩnh vực (số liệu như bảng bên cạnh)');
    const fieldTable = runningTable(L, 'Theo lĩnh vực', 'Lĩnh vực', byField, 'field', running);

    const byHost = Object.entries(s.byHostType || {});
    const hostChart = chartBox();
    hostChart.setAttribute('aria-label', 'Biểu đồ tròn số điểm theo nơi xây dựng (số liệu như bảng bên cạnh)');
    const hostTable = runningTable(L, 'Theo nơi xây dựng', 'Nơi xây dựng', byHost, 'hostType', running);

    const classChart = chartBox();
    classChart.setAttribute('aria-label', 'Biểu đồ tròn kết quả xếp loại trong kỳ (số liệu như bảng bên cạnh)');
    const children = s.children || [];
    const childSection = el('section', { className: 'antq-panel', 'aria-label': 'Các đơn vị trực thuộc' });
    const childChart = chartBox('antq-chart-tall');
    if (children.length) {
      childChart.setAttribute('aria-label', 'Biểu đồ cột số mô hình và điểm của các đơn vị trực thuộc (số liệu như bảng dưới); bấm vào cột để xem đơn vị');
      childSection.append(el('h3', { text: 'Các đơn vị trực thuộc' }), childChart,
        el('div', { className: 'antq-table-wrap' }, childTable(L, s, children, (c) => this.drill(c))));
    } else {
      childSection.append(el('h3', { text: 'Các đơn vị trực thuộc' }),
        el('p', { className: 'antq-muted', text: `${s.unitName} không có đơn vị trực thuộc.` }));
    }

    this.body.replaceChildren(
      el('h2', { text: `${s.unitName}` }),
      el('p', { className: 'antq-period', text: `Kỳ báo cáo: từ ${date(s.from)} đến ${date(s.to)}. Số mô hình, điểm tính đến ngày ${date(s.to)}; việc quá hạn tính đến hôm nay.` }),
      headline,
      el('div', { className: 'antq-grid2' },
        el('section', { className: 'antq-panel' }, el('h3', { text: 'Mô hình, điểm theo lĩnh vực' }), fieldChart, fieldTable),
        el('section', { className: 'antq-panel' }, el('h3', { text: 'Mô hình, điểm theo nơi xây dựng' }), hostChart, hostTable),
        el('section', { className: 'antq-panel' }, el('h3', { text: 'Kết quả xếp loại' }), classChart, classTable(L, s, inPeriod)),
        el('section', { className: 'antq-panel' }, el('h3', { text: 'Kết quả hoạt động, thanh loại' }), indicatorTable(L, s, inPeriod), retiredTable(L, s, inPeriod))),
      childSection);

    const go = (filters) => { location.href = registerUrl(filters); };
    const fieldNames = byField.map(([k]) => label(L, 'field', k));
    this.drawChart(fieldChart, runningBars(fieldNames, byField.map(([, v]) => v.models), byField.map(([, v]) => v.points)),
      (p) => go({ ...running, field: byField[p.dataIndex][0] }));
    this.drawChart(hostChart, pie('Điểm', byHost.map(([k, v]) => [k, label(L, 'hostType', k), v.points])),
      (p) => go({ ...running, hostType: p.data.key }));
    this.drawChart(classChart, pie('Xếp loại', CLASSES.map((c) => [c, label(L, 'classification', c), s.classification[c] || 0]), CLASS_COLOURS),
      (p) => go({ ...inPeriod, evaluated: p.data.key }));
    if (children.length) {
      this.drawChart(childChart, childBars(children.map((c) => c.unitName), children.map((c) => c.models), children.map((c) => c.points)),
        (p) => this.drill(children[p.dataIndex]));
    }
  }

  drawChart(container, option, onClick) {
    this.charts.draw(container, option, onClick).catch((e) => {
      container.replaceChildren(el('p', { className: 'antq-muted', text: `Không vẽ được biểu đồ (${e.message}); số liệu có đủ trong bảng.` }));
      container.style.height = 'auto';
    });
  }

  drill(child) {
    this.go({ ...this.state, unit: child.unitCode });
    if (this.node.getBoundingClientRect().top < 0) this.node.scrollIntoView({ block: 'start' });
  }

  figure(text, value, id) {
    return el('div', { className: `antq-figure ${id}` }, el('span', { className: 'antq-figure-value' }, value),
      el('span', { className: 'antq-figure-label', text }));
  }


}
