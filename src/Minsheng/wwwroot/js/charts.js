// Draws the charts of a page with ECharts from the JSON block the server wrote (#dashboard-charts
// or #project-charts). Without JavaScript the chart boxes stay hidden and the tables say it all.
// Every word shown comes from the JSON, which takes it from the resource file.
(function () {
  'use strict';

  if (typeof echarts === 'undefined') return;

  const green = '#188038';
  const red = '#d93025';
  const muted = '#5f6368';
  const charts = [];

  function readJson(id) {
    const block = document.getElementById(id);
    return block ? JSON.parse(block.textContent) : null;
  }

  function percent(rate) {
    return rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10;
  }

  // Shows the box around a chart container and draws the chart in it.
  function draw(container, option) {
    container.closest('.chart-box').hidden = false;
    const chart = echarts.init(container, null, { renderer: 'canvas' });
    chart.setOption(option);
    charts.push(chart);
  }

  function elapsedLine(elapsed, label) {
    return {
      silent: true,
      symbol: 'none',
      lineStyle: { color: muted, type: 'dashed', width: 2 },
      label: { formatter: label + ' ' + percent(elapsed) + '%', color: muted, position: 'end' },
      data: [{ xAxis: percent(elapsed) }],
    };
  }

  // Horizontal bars (long Chinese names read better down the side), green at or above elapsed, red below.
  function barsAgainstElapsed(names, rates, elapsed, labels, tooltip) {
    const line = percent(elapsed);
    return {
      grid: { left: 8, right: 48, top: 28, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltip },
      xAxis: { type: 'value', axisLabel: { formatter: '{value}%' }, max: function (v) { return Math.max(100, Math.ceil(v.max / 10) * 10); } },
      yAxis: { type: 'category', data: names, inverse: true, axisLabel: { width: 110, overflow: 'truncate' } },
      series: [{
        type: 'bar',
        name: labels.rate || labels.progress,
        data: rates.map(function (rate) {
          const value = percent(rate);
          return { value: value, itemStyle: { color: value !== null && value < line ? red : green } };
        }),
        label: { show: true, position: 'right', formatter: function (p) { return p.value === null ? '' : p.value + '%'; } },
        markLine: elapsedLine(elapsed, labels.elapsed),
      }],
    };
  }

  function drawDashboard(data) {
    const progressTip = function (items) { return items[0].name + '<br>' + data.labels.progress + ' ' + (items[0].value ?? '—') + '%'; };
    const boxes = {
      categories: data.categories,
      districts: data.districts,
    };
    Object.keys(boxes).forEach(function (key) {
      const container = document.querySelector('[data-chart="' + key + '"]');
      if (!container || boxes[key].length === 0) return;
      container.style.height = Math.max(200, 36 + boxes[key].length * 26) + 'px';
      draw(container, barsAgainstElapsed(
        boxes[key].map(function (b) { return b.name; }),
        boxes[key].map(function (b) { return b.progress; }),
        data.elapsed, { progress: data.labels.progress, elapsed: data.labels.elapsed }, progressTip));
    });

    const money = document.querySelector('[data-chart="money"]');
    if (money && data.money.length > 0) {
      money.style.height = Math.max(200, 36 + data.money.length * 34) + 'px';
      const moneyTip = function (items) {
        const bar = data.money[items[0].dataIndex];
        return bar.name + '<br>' + data.labels.rate + ' ' + (items[0].value ?? '—') + '%<br>' +
          data.labels.done + ' ' + bar.doneText + ' / ' + data.labels.planned + ' ' + bar.plannedText;
      };
      draw(money, barsAgainstElapsed(
        data.money.map(function (m) { return m.name; }),
        data.money.map(function (m) { return m.rate; }),
        data.elapsed, { rate: data.labels.rate, elapsed: data.labels.elapsed }, moneyTip));
    }
  }

  function drawTrajectory(container, indicator, data) {
    const labels = data.labels;
    const unit = indicator.unit || '';
    const nodes = indicator.nodes.map(function (n) { return [n.month - 1, n.value]; });
    draw(container, {
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, data: [labels.expected, labels.node, labels.actual] },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? '—' : v + unit; } },
      xAxis: { type: 'category', data: data.months, boundaryGap: false },
      yAxis: { type: 'value', name: unit, max: function (v) { return Math.max(v.max, indicator.target); } },
      series: [
        {
          name: labels.expected, type: 'line', data: indicator.expected, symbol: 'none',
          lineStyle: { type: 'dashed', color: muted }, itemStyle: { color: muted },
          markLine: {
            silent: true, symbol: 'none', lineStyle: { color: '#b3261e', type: 'dotted' },
            label: { formatter: labels.target + ' ' + indicator.target + unit, position: 'insideEndTop' },
            data: [{ yAxis: indicator.target }],
          },
        },
        { name: labels.node, type: 'scatter', data: nodes, symbolSize: 10, itemStyle: { color: '#f2a900' } },
        { name: labels.actual, type: 'line', data: indicator.reported, connectNulls: true, symbolSize: 7, itemStyle: { color: green } },
      ],
    });
  }

  function drawProject(data) {
    data.indicators.forEach(function (indicator) {
      const container = document.querySelector('[data-trajectory="' + CSS.escape(indicator.code) + '"]');
      if (container) drawTrajectory(container, indicator, data);
    });
  }

  const dashboard = readJson('dashboard-charts');
  if (dashboard) drawDashboard(dashboard);
  const project = readJson('project-charts');
  if (project) drawProject(project);

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
