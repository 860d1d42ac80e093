// Indicator dashboard: draws the charts from the figures the page carries in data-chart attributes. Every figure is
// also in the table next to its chart, so a browser without JavaScript or a screen reader loses nothing.
(function () {
  'use strict';

  // The gauges and the channel bars carry their lengths in data-width / data-left rather than in style attributes,
  // which the Content-Security-Policy refuses; set through the DOM, they are allowed.
  function gauges() {
    document.querySelectorAll('.gauge [data-width], .channel-bar [data-width]').forEach(function (bar) {
      bar.style.width = bar.getAttribute('data-width');
    });
    document.querySelectorAll('.gauge [data-left]').forEach(function (mark) {
      mark.style.left = mark.getAttribute('data-left');
    });
  }

  function data(canvas) {
    try {
      return JSON.parse(canvas.getAttribute('data-chart'));
    } catch (e) {
      return null;
    }
  }

  function groups(canvas, d) {
    return new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: d.labels,
        datasets: [
          { label: d.pointsLabel, data: d.points, backgroundColor: '#b31b1b' },
          { label: d.maxLabel, data: d.max, backgroundColor: '#d9dde5' }
        ]
      },
      options: {
        indexAxis: 'y', responsive: true, maintainAspectRatio: false, animation: false,
        scales: { x: { beginAtZero: true } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  }

  function trend(canvas, d) {
    var target = d.labels.map(function () { return d.target; });
    return new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: d.labels,
        datasets: [
          { label: d.scoreLabel, data: d.score, borderColor: '#b31b1b', backgroundColor: '#b31b1b', spanGaps: true },
          { label: d.fullProcessLabel, data: d.fullProcess, borderColor: '#1c7c3a', backgroundColor: '#1c7c3a',
            spanGaps: true },
          { label: d.onlineLabel, data: d.online, borderColor: '#0b57d0', backgroundColor: '#0b57d0', spanGaps: true },
          { label: d.targetLabel, data: target, borderColor: '#5b6475', borderDash: [6, 4], pointRadius: 0,
            borderWidth: 1, fill: false }
        ]
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        scales: { y: { min: 0, max: 100 } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    gauges();
    if (!window.Chart) {
      return;
    }
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var d = data(canvas);
      if (!d) {
        return;
      }
      var chart = canvas.getAttribute('data-kind') === 'trend' ? trend(canvas, d) : groups(canvas, d);
      canvas.setAttribute('data-rendered', 'true');
      canvas.chart = chart;
    });
  });
})();
