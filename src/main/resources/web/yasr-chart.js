// A chart view of SELECT results for YASR (the result half of YASGUI): a bar per row for every numeric column,
// drawn by Chart.js (from npm, bundled by the build and served from /web/chartjs/; nothing from a CDN). Rows are
// labelled by a column the user picks (by default the first one of text); download gives the charted columns as CSV.
(function () {
  'use strict';
  if (!window.Yasr || !window.Chart) {
    return;
  }
  const NUMERIC = /#(integer|decimal|double|float|long|int|short|byte|nonNegativeInteger|positiveInteger|nonPositiveInteger|negativeInteger|unsignedLong|unsignedInt|unsignedShort|unsignedByte)$/;
  const MAX_ROWS = 500; // more bars than this are unreadable: the table view has them all

  function isNumber(term) {
    return term && term.type !== 'uri' && term.type !== 'bnode' && NUMERIC.test(term.datatype || '')
      && !isNaN(Number(term.value));
  }

  /** The numeric columns (bound in some row, numbers wherever bound) and the others. */
  function columns(results) {
    const bindings = results.getBindings();
    const numeric = [];
    const other = [];
    for (const v of results.getVariables()) {
      const bound = bindings.map(b => b[v]).filter(t => t);
      (bound.length > 0 && bound.every(isNumber) ? numeric : other).push(v);
    }
    return {numeric, other};
  }

  function shorten(term, prefixes) {
    if (!term) {
      return '';
    }
    if (term.type !== 'uri') {
      return term.value;
    }
    for (const [prefix, ns] of Object.entries(prefixes || {})) {
      if (term.value.startsWith(ns)) {
        return prefix + ':' + term.value.substring(ns.length);
      }
    }
    return term.value.substring(term.value.replace(/[/#]$/, '').search(/[^/#]*[/#]?$/));
  }

  class ChartPlugin {
    constructor(yasr) {
      this.yasr = yasr;
      this.priority = 5; // below the table, which stays the default view
      this.label = 'Chart';
      this.chart = null;
    }

    canHandleResults() {
      const results = this.yasr.results;
      return !!results && results.getVariables && results.getVariables().length > 0
        && results.getBindings().length > 0 && columns(results).numeric.length > 0;
    }

    /** The label column: the one picked before, else the first whose values are mostly text. */
    labelColumn(other, bindings) {
      if (this.picked && other.includes(this.picked)) {
        return this.picked;
      }
      const texts = other.filter(v => bindings.filter(b => b[v] && b[v].type !== 'uri').length * 2 > bindings.length);
      return texts[0] || other[0];
    }

    draw() {
      const results = this.yasr.results;
      const bindings = results.getBindings().slice(0, MAX_ROWS);
      const {numeric, other} = columns(results);
      const labelColumn = this.labelColumn(other, bindings);
      const prefixes = this.yasr.getPrefixes ? this.yasr.getPrefixes() : {};

      const wrapper = document.createElement('div');
      wrapper.className = 'kg-chart';
      wrapper.dataset.rows = String(bindings.length);
      wrapper.dataset.series = numeric.join(' ');
      if (other.length > 0) {
        const pick = document.createElement('label');
        pick.textContent = 'bars labelled by ';
        const select = document.createElement('select');
        for (const v of other) {
          select.add(new Option('?' + v, v, false, v === labelColumn));
        }
        select.addEventListener('change', () => {
          this.picked = select.value;
          this.draw();
        });
        pick.appendChild(select);
        wrapper.appendChild(pick);
      }
      const canvas = document.createElement('canvas');
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', 'bar chart of ' + numeric.map(v => '?' + v).join(', ') + ' for '
        + bindings.length + ' rows');
      const box = document.createElement('div');
      box.style.position = 'relative';
      box.style.height = '420px';
      box.appendChild(canvas);
      wrapper.appendChild(box);

      if (this.chart) {
        this.chart.destroy();
      }
      this.yasr.resultsEl.replaceChildren(wrapper);
      this.chart = new window.Chart(canvas, {
        type: 'bar',
        data: {
          labels: bindings.map((b, i) => labelColumn ? shorten(b[labelColumn], prefixes) || '(none)' : String(i + 1)),
          datasets: numeric.map(v => ({label: '?' + v, data: bindings.map(b => b[v] ? Number(b[v].value) : null)}))
        },
        options: {animation: false, maintainAspectRatio: false, responsive: true,
                  scales: {x: {ticks: {autoSkip: true, maxRotation: 60}}, y: {beginAtZero: true}}}
      });
      wrapper.dataset.points = String(this.chart.data.datasets.reduce(
        (n, d) => n + d.data.filter(x => x !== null).length, 0));
    }

    /** The charted columns as CSV: the label and every numeric column. */
    download(filename) {
      const results = this.yasr.results;
      const bindings = results.getBindings();
      const {numeric, other} = columns(results);
      const labelColumn = this.labelColumn(other, bindings);
      const head = (labelColumn ? [labelColumn] : []).concat(numeric);
      const quote = s => /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
      const csv = [head.join(',')].concat(bindings.map(b => head.map(v => quote(b[v] ? b[v].value : '')).join(',')))
        .join('\n') + '\n';
      return {contentType: 'text/csv', getData: () => csv, filename: (filename || 'queryResults') + '-chart.csv',
              title: 'Download the charted columns (CSV)'};
    }

    getIcon() {
      const icon = document.createElement('span');
      icon.textContent = '\u{1F4CA}';
      return icon;
    }

    destroy() {
      if (this.chart) {
        this.chart.destroy();
        this.chart = null;
      }
    }
  }

  window.Yasr.registerPlugin('chart', ChartPlugin);
  // Its button next to the table's (plugins missing from the order come last, alphabetically).
  const order = window.Yasr.defaults.pluginOrder;
  if (Array.isArray(order) && !order.includes('chart')) {
    order.splice(order.indexOf('table') + 1, 0, 'chart');
  }
})();
