// Draws the charts of a page with ECharts from the JSON block the server wrote (#dashboard-charts
// or #project-charts). Without JavaScript the chart boxes stay hidden and the tables say it all.
// Every word shown comes from the JSON, which takes it from the resource file.
(function () {
  'use strict';

  if (typeof echarts === 'undefined') return;

  // The status lights' one colour scale, from site.css, so that charts, tables and badges agree.
  const style = getComputedStyle(document.documentElement);
  const colour = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
  const green = colour('--ms-light-green', '#198754');
  const red = colour('--ms-light-red', '#c0392b');
  const yellow = colour('--ms-light-yellow', '#f2b705');
  const muted = colour('--ms-muted', '#6c757d');
  const charts = [];

  function readJson(id) {
    const block = document.getElementById(id);
    return block ? JSON.parse(block.textContent) : null;
  }

  // Tooltips are HTML; names come from imported plans.
  function escape(text) {
    return echarts.format.encodeHTML(text);
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

  function elapsedLine(data) {
    return {
      silent: true,
      symbol: 'none',
      lineStyle: { color: muted, type: 'dashed', width: 2 },
      // The category axis runs top down, so the start of the line is its top.
      label: { formatter: data.labels.elapsed + ' ' + data.elapsedText, color: muted, position: 'start' },
      data: [{ xAxis: percent(data.elapsed) }],
    };
  }

  // Horizontal bars (long Chinese names read better down the side), green at or above elapsed,
  // red below, each labelled with the text the page's tables write.
  function barsAgainstElapsed(bars, rate, text, data, tooltip) {
    const line = percent(data.elapsed);
    return {
      grid: { left: 8, right: 48, top: 28, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (items) { return tooltip(bars[items[0].dataIndex]); } },
      xAxis: { type: 'value', axisLabel: { formatter: '{value}%' }, max: function (v) { return Math.max(100, Math.ceil(v.max / 10) * 10); } },
      yAxis: { type: 'category', data: bars.map(function (b) { return b.name; }), inverse: true, axisLabel: { width: 110, overflow: 'truncate' } },
      series: [{
        type: 'bar',
        data: bars.map(function (bar) {
          const value = percent(rate(bar));
          return { value: value, itemStyle: { color: value !== null && value < line ? red : green } };
        }),
        label: { show: true, position: 'right', formatter: function (p) { return text(bars[p.dataIndex]); } },
        markLine: elapsedLine(data),
      }],
    };
  }

  // Taller for more bars, so that every name shows.
  function fit(container, bars, perBar) {
    container.style.height = Math.max(200, 40 + bars.length * perBar) + 'px';
  }

  function drawDashboard(data) {
    const labels = data.labels;
    ['categories', 'districts'].forEach(function (key) {
      const container = document.querySelector('[data-chart="' + key + '"]');
      if (!container || data[key].length === 0) return;
      fit(container, data[key], 26);
      draw(container, barsAgainstElapsed(data[key],
        function (bar) { return bar.progress; },
        function (bar) { return bar.progressText; },
        data,
        function (bar) { return escape(bar.name) + '<br>' + labels.progress + ' ' + bar.progressText; }));
    });

    const money = document.querySelector('[data-chart="money"]');
    if (money && data.money.length > 0) {
      fit(money, data.money, 34);
      draw(money, barsAgainstElapsed(data.money,
        function (bar) { return bar.rate; },
        function (bar) { return bar.rateText; },
        data,
        function (bar) {
          return escape(bar.name) + '<br>' + labels.rate + ' ' + bar.rateText + '<br>' +
            labels.done + ' ' + bar.doneText + ' / ' + labels.planned + ' ' + bar.plannedText;
        }));
    }
  }

  function drawTrajectory(container, indicator, data) {
    const labels = data.labels;
    const unit = indicator.unit || '';
    const nodes = indicator.nodes.map(function (n) { return [n.month - 1, n.value]; });
    draw(container, {
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, data: [labels.expected, labels.node, labels.actual] },
      // Written here without ECharts' coloured markers: it draws them with style attributes, which the
      // Content-Security-Policy blocks.
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          return [escape(items[0].axisValueLabel)].concat(items.map(function (p) {
            const v = Array.isArray(p.value) ? p.value[1] : p.value;
            return escape(p.seriesName) + '：' + (v === null || v === undefined ? '—' : escape(String(v) + unit));
          })).join('<br>');
        },
      },
      xAxis: { type: 'category', data: data.months, boundaryGap: false },
      yAxis: { type: 'value', name: unit, max: function (v) { return Math.max(v.max, indicator.target); } },
      series: [
        {
          name: labels.expected, type: 'line', data: indicator.expected, symbol: 'none',
          lineStyle: { type: 'dashed', color: muted }, itemStyle: { color: muted },
          markLine: {
            silent: true, symbol: 'none', lineStyle: { color: '#b3261e', type: 'dotted' },
            label: { formatter: labels.target + ' ' + indicator.target.toLocaleString('zh-CN') + unit, position: 'insideEndTop' },
            data: [{ yAxis: indicator.target }],
          },
        },
        { name: labels.node, type: 'scatter', data: nodes, symbolSize: 10, itemStyle: { color: yellow } },
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
