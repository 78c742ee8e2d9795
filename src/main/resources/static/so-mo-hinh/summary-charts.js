// The summary's charts, drawn with ECharts from its webjar (the ES module build: Cockpit runs
// RequireJS, where the UMD build's anonymous define would break). The tables beside each chart
// carry the same numbers, so a chart that cannot be drawn costs no information.

const ECHARTS = new URL('../webjars/echarts/5.3.1/dist/echarts.esm.min.js', import.meta.url).href;
let loading;

function echarts() {
  if (!loading) loading = import(ECHARTS).catch((e) => { loading = undefined; throw e; });
  return loading;
}

const RED = '#b5152b';
const BLUE = '#3b73b9';
export const CLASS_COLOURS = { EXCELLENT: '#1d7a35', GOOD: '#3b73b9', AVERAGE: '#e0a526', WEAK: '#c23b3b', MISSED: '#9a9a9a' };
const PALETTE = [RED, BLUE, '#e0a526', '#1d7a35', '#7b4fa3', '#2a9d9d', '#d2691e', '#6b7b8c', '#c2185b', '#558b2f'];
const FONT = { fontFamily: '"Noto Sans", Arial, sans-serif' };
const NUMBER = new Intl.NumberFormat('vi-VN');
const fmt = (v) => NUMBER.format(Number(v || 0));

/** The charts of one rendering; disposed together when the view is drawn again or leaves. */
export class Charts {
  constructor() {
    this.all = [];
    this.onResize = () => this.all.forEach((c) => c.resize());
    window.addEventListener('resize', this.onResize);
  }

  async draw(container, option, onClick) {
    const lib = await echarts();
    if (this.disposed || !container.isConnected) return;
    const chart = lib.init(container, null, { renderer: 'canvas' });
    chart.setOption({ textStyle: FONT, color: PALETTE, animation: false, ...option });
    if (onClick) chart.on('click', onClick);
    this.all.push(chart);
  }

  dispose() {
    this.disposed = true;
    window.removeEventListener('resize', this.onResize);
    this.all.forEach((c) => c.dispose());
    this.all = [];
  }
}

const tooltipAxis = { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: fmt };

/** Models and points per category (field, host type), as horizontal bars. */
export function runningBars(names, models, points) {
  return {
    tooltip: tooltipAxis,
    legend: { top: 0, data: ['Mô hình', 'Điểm'] },
    grid: { left: 8, right: 24, top: 30, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: fmt }, minInterval: 1 },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 190, overflow: 'truncate' } },
    series: [
      { name: 'Mô hình', type: 'bar', data: models, barMaxWidth: 36, itemStyle: { color: RED } },
      { name: 'Điểm', type: 'bar', data: points, barMaxWidth: 36, itemStyle: { color: BLUE } },
    ],
  };
}

/** Shares of one total (points per host type, classes). */
export function pie(title, entries, colours) {
  const empty = !entries.some(([, , value]) => value);
  return {
    title: empty ? { text: 'Không có số liệu trong kỳ', left: '35%', top: 'middle', textAlign: 'center', textStyle: { fontSize: 14, fontWeight: 'normal', color: '#666' } } : undefined,
    tooltip: { trigger: 'item', formatter: (p) => `${p.name}: ${fmt(p.value)} (${NUMBER.format(p.percent)}%)` },
    legend: { type: 'scroll', orient: 'vertical', right: 0, top: 'middle' },
    series: [{
      name: title, type: 'pie', stillShowZeroSum: false, radius: ['35%', '68%'], center: ['35%', '52%'],
      label: { formatter: (p) => fmt(p.value) },
      // a share of 0 stays in the legend, without a label pointing at nothing
      data: entries.map(([key, name, value]) => ({
        name, value, key, itemStyle: colours && colours[key] ? { color: colours[key] } : undefined,
        ...(value ? {} : { label: { show: false }, labelLine: { show: false } }),
      })),
    }],
  };
}

/** The units below: models and points side by side, classes stacked. */
export function childBars(names, models, points) {
  return {
    tooltip: tooltipAxis,
    legend: { top: 0, data: ['Mô hình', 'Điểm'] },
    grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 6 ? 30 : 0, width: 120, overflow: 'truncate' } },
    yAxis: { type: 'value', axisLabel: { formatter: fmt }, minInterval: 1 },
    series: [
      { name: 'Mô hình', type: 'bar', data: models, barMaxWidth: 36, itemStyle: { color: RED } },
      { name: 'Điểm', type: 'bar', data: points, barMaxWidth: 36, itemStyle: { color: BLUE } },
    ],
  };
}
