// @ts-check
// Charts drawn with uPlot (served by the API from its WebJar, see AdminConsole): a time series and bar charts. Every
// label, date and number is written in the console's language (uPlot's own date formats are English). What each
// chart was given is kept, so the tests can compare it with the API's figures. Each chart has a data table beside it.
import uPlot from './lib/uplot.js';
import { h } from './dom.js';
import { language, number, t } from './i18n.js';

/** @type {WeakMap<Element, {labels: string[], series: Record<string, number[]>}>} */
const given = new WeakMap();

/** What the chart in `figure` was given: its x labels and each series by name. */
export function chartData(/** @type {Element} */ figure) {
  return given.get(figure) ?? null;
}

const COLOURS = ['#1f5fbf', '#2e9d5b', '#c46a00', '#8a3fb6'];

/**
 * @typedef {object} Series
 * @property {string} key a stable name (tests read it)
 * @property {string} label in the console's language
 * @property {number[]} values
 */

/**
 * A line chart over days.
 * @param {string} caption
 * @param {string[]} days ISO days (UTC)
 * @param {Series[]} series
 */
export function timeChart(caption, days, series) {
  const x = days.map((day) => Date.parse(`${day}T00:00:00Z`) / 1000);
  const format = new Intl.DateTimeFormat(language(), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const dayOf = (/** @type {number} */ seconds) => format.format(new Date(seconds * 1000));
  return chart(caption, days, series, (width) => ({
    width,
    height: 260,
    scales: { x: { time: true } },
    series: [{ label: t('column.day'), value: (/** @type {any} */ u, /** @type {number | null} */ v) => (v === null ? '—'
      : dayOf(v)) },
      ...series.map((s, i) => ({ label: s.label, stroke: COLOURS[i % COLOURS.length], width: 2,
        value: (/** @type {any} */ u, /** @type {number | null} */ v) => number(v) }))],
    axes: [{ values: (/** @type {any} */ u, /** @type {number[]} */ splits) => splits.map(dayOf) },
      { values: (/** @type {any} */ u, /** @type {number[]} */ splits) => splits.map((v) => number(v)) }],
  }), [x, ...series.map((s) => s.values)]);
}

/**
 * A bar chart of categories (the funnel's stages, platforms).
 * @param {string} caption
 * @param {string[]} labels
 * @param {Series[]} series
 */
export function barChart(caption, labels, series) {
  const x = labels.map((_, i) => i);
  const bars = uPlot.paths.bars ? uPlot.paths.bars({ size: [0.7 / series.length, 80], align: 0 }) : undefined;
  return chart(caption, labels, series, (width) => ({
    width,
    height: 240,
    scales: { x: { time: false, range: () => [-0.5, labels.length - 0.5] }, y: { range: (/** @type {any} */ u,
      /** @type {number} */ min, /** @type {number} */ max) => [0, Math.max(1, max * 1.1)] } },
    series: [{ label: caption, value: (/** @type {any} */ u, /** @type {number | null} */ v) => (v === null ? '—'
      : labels[v] ?? '') },
    ...series.map((s, i) => ({ label: s.label, stroke: COLOURS[i % COLOURS.length],
      fill: `${COLOURS[i % COLOURS.length]}cc`, paths: bars, points: { show: false },
      value: (/** @type {any} */ u, /** @type {number | null} */ v) => number(v) }))],
    axes: [{ splits: () => x, values: (/** @type {any} */ u, /** @type {number[]} */ splits) => splits.map((i) =>
      labels[i] ?? '') },
    { values: (/** @type {any} */ u, /** @type {number[]} */ splits) => splits.map((v) => number(v)) }],
  }), [x, ...series.map((s) => s.values)]);
}

/**
 * @param {string} caption
 * @param {string[]} labels
 * @param {Series[]} series
 * @param {(width: number) => any} options
 * @param {number[][]} plotted
 */
function chart(caption, labels, series, options, plotted) {
  const plot = h('div', { class: 'chart-plot' });
  const figure = h('figure', { class: 'chart' }, h('figcaption', { text: caption }), plot);
  given.set(figure, { labels, series: Object.fromEntries(series.map((s) => [s.key, s.values])) });
  /** @type {any} */
  let drawn = null;
  const draw = () => {
    const width = Math.max(280, Math.floor(plot.clientWidth || 600));
    if (drawn === null) drawn = new uPlot(options(width), plotted, plot);
    else drawn.setSize({ width, height: drawn.height });
  };
  // Drawn once the figure is in the page (it needs its width), and again when the width changes.
  new ResizeObserver(() => {
    if (plot.isConnected && plot.clientWidth > 0) draw();
  }).observe(plot);
  return figure;
}
