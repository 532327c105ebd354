// The Vega-Lite peer of the dashboard's three headline charts (see bench/README.md).
// Data: data.json, written by bench/export_data.py from the dashboard's own data/ and chart
// catalogue. Each chart is drawn as SVG at its card's width, like the dashboard's.
"use strict";

// The dashboard's light series colours (Okabe-Ito: blue, vermillion, bluish green, purple).
const PALETTE = ["#0072b2", "#d55e00", "#009e73", "#cc79a7"];
const HEIGHT = 460;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif';

const CONFIG = {
  font: FONT,
  view: { stroke: null },
  axis: { labelFontSize: 11, labelColor: "#4a4d52", gridColor: "#ebe9e4", domainColor: "#8a8d92", tickColor: "#8a8d92" },
  legend: { labelFontSize: 12, orient: "top", title: null, symbolSize: 80, labelLimit: 320 },
};

function yAxis(chart, orient) {
  if (chart.unit === "usd_billion") {
    return { orient, title: null, labelExpr: "datum.value == 0 ? '0' : '$' + format(datum.value, ',') + 'bn'" };
  }
  return { orient, title: null, labelExpr: "datum.value >= 1e6 ? format(datum.value, '~s') : format(datum.value, ',')" };
}

function tooltip(chart) {
  return [
    { field: "series", type: "nominal", title: "Series" },
    { field: "period", type: "nominal", title: "Period" },
    { field: "value", type: "quantitative", title: chart.unit_text, format: "," },
    { field: "status", type: "nominal", title: "Status" },
  ];
}

// Line pieces between consecutive points of one unbroken run, dashed into set-apart points.
function links(rows) {
  const out = [];
  const bySegment = new Map();
  for (const row of rows) {
    if (!bySegment.has(row.segment)) bySegment.set(row.segment, []);
    bySegment.get(row.segment).push(row);
  }
  for (const points of bySegment.values()) {
    for (let i = 1; i < points.length; i++) {
      const link = `${points[i].segment}#${i}`;
      const dashed = points[i - 1].set_apart || points[i].set_apart;
      out.push({ ...points[i - 1], link, dashed }, { ...points[i], link, dashed });
    }
  }
  return out;
}

function valueLayers(chart, rows, x, y, color) {
  const layers = [
    {
      data: { values: links(rows) },
      mark: { type: "line", strokeWidth: 2 },
      encoding: {
        x, y, color,
        detail: { field: "link", type: "nominal" },
        strokeDash: { field: "dashed", type: "nominal", scale: { domain: [false, true], range: [[1, 0], [5, 4]] }, legend: null },
      },
    },
    {
      data: { values: rows.filter((r) => !r.set_apart) },
      mark: { type: "point", filled: true, size: 36 },
      encoding: { x, y, color, tooltip: tooltip(chart) },
    },
    {
      data: { values: rows.filter((r) => r.set_apart) },
      mark: { type: "point", filled: false, fill: "#ffffff", size: 48, strokeWidth: 2 },
      encoding: { x, y, color, tooltip: tooltip(chart) },
    },
  ];
  return layers.filter((layer) => layer.data.values.length > 0);
}

// Vertical key-event rules with their short labels along the top, in two alternating rows.
function markerLayers(markers) {
  const values = markers.map((m, i) => ({ ...m, row: i % 2 }));
  return [
    {
      data: { values },
      mark: { type: "rule", color: "#8a8d92", strokeWidth: 1 },
      encoding: { x: { field: "x", type: "quantitative" }, tooltip: { field: "label", type: "nominal" } },
    },
    {
      data: { values },
      mark: { type: "text", align: "center", baseline: "top", fontSize: 11, color: "#4a4d52" },
      encoding: {
        x: { field: "x", type: "quantitative" },
        y: { value: 2 },
        yOffset: { field: "row", type: "quantitative", scale: { domain: [0, 1], range: [0, 14] } },
        text: { field: "short", type: "nominal" },
      },
    },
  ];
}

function colorFor(chart) {
  const domain = chart.series.map((s) => s.label);
  if (chart.running_total) domain.push(chart.running_total.label);
  return { field: "series", type: "nominal", scale: { domain, range: PALETTE.slice(0, domain.length) } };
}

function lineSpec(chart) {
  const color = colorFor(chart);
  const x = {
    field: "year", type: "quantitative",
    scale: { domain: chart.period, nice: false, zero: false },
    axis: { title: null, format: "d", tickMinStep: 1, grid: false },
  };
  const y = { field: "value", type: "quantitative", axis: yAxis(chart, "left"), scale: { zero: true } };
  const layers = [{ layer: valueLayers(chart, chart.rows, x, y, color) }];
  if (chart.running_total) {
    const yTotal = { field: "value", type: "quantitative", axis: { ...yAxis(chart, "right"), grid: false } };
    layers.push({ layer: valueLayers(chart, chart.running_total.rows, x, yTotal, color) });
  }
  layers.push(...markerLayers(chart.markers));
  return { layer: layers, resolve: { scale: { y: "independent" } } };
}

function stackedBarSpec(chart) {
  const [from, to] = chart.period;
  const years = [];
  for (let year = from; year <= to; year++) years.push(year);
  const x = {
    field: "x0", type: "quantitative",
    scale: { domain: [from - 0.5, to + 0.5], nice: false, zero: false },
    axis: { title: null, format: "d", values: years, grid: false },
  };
  // Bar charts place each marker inside its year's slot.
  const markers = chart.markers.map((m) => ({ ...m, x: m.x - 0.5 }));
  const bars = {
    data: { values: chart.rows },
    transform: [
      { stack: "value", groupby: ["year"], sort: [{ field: "order" }], as: ["y0", "y1"] },
      { calculate: "datum.year - 0.4", as: "x0" },
      { calculate: "datum.year + 0.4", as: "x1" },
    ],
    mark: { type: "rect" },
    encoding: {
      x, x2: { field: "x1" },
      y: { field: "y0", type: "quantitative", axis: yAxis(chart, "left") },
      y2: { field: "y1" },
      color: colorFor(chart),
      opacity: { condition: { test: "datum.set_apart", value: 0.35 }, value: 1 },
      tooltip: tooltip(chart),
    },
  };
  return { layer: [bars, ...markerLayers(markers)] };
}

function card(chart) {
  const figure = document.createElement("figure");
  figure.className = "chart-card";
  figure.id = `chart-${chart.id}`;
  const title = document.createElement("h2");
  title.textContent = chart.title;
  const unit = document.createElement("p");
  unit.className = "chart-card__unit";
  unit.textContent = `${chart.unit_text}, ${chart.period[0]}–${chart.period[1]}`;
  const target = document.createElement("div");
  target.className = "peer-chart";
  const note = document.createElement("figcaption");
  note.className = "chart-card__note";
  note.textContent = chart.note;
  figure.append(title, unit, target, note);
  document.getElementById("charts").append(figure);
  return target;
}

async function main() {
  const data = await (await fetch("data.json")).json();
  const targets = data.charts.map(card);
  await Promise.all(
    data.charts.map((chart, i) => {
      const body = chart.shape === "StackedBars" ? stackedBarSpec(chart) : lineSpec(chart);
      const spec = {
        width: targets[i].clientWidth,
        height: HEIGHT,
        autosize: { type: "fit", contains: "padding" },
        config: CONFIG,
        ...body,
      };
      return vegaEmbed(targets[i], spec, {
        mode: "vega-lite",
        renderer: "svg",
        actions: { export: true, source: false, compiled: false, editor: false },
      });
    }),
  );
  window.peerChartsDrawn = performance.now();
}

main().catch((error) => {
  console.error(error);
  document.getElementById("charts").textContent = `The charts could not be drawn: ${error}`;
});
