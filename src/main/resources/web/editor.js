// The query editor of the landing page: sends the query to the SPARQL endpoint (POST, as a form) and shows the
// results as a table. Text goes in with textContent only, so nothing in the data can become markup or script.
(function () {
  'use strict';
  const form = document.getElementById('editor');
  const text = document.getElementById('query');
  const out = document.getElementById('results');
  const status = document.getElementById('status');
  const canonical = 'https://w3id.org/ceasefire-kg/';
  const base = form.dataset.base;

  function publish(iri) {
    return iri.startsWith(canonical) ? base + iri.substring(canonical.length) : iri;
  }

  function cell(tag, term) {
    const td = document.createElement(tag);
    if (!term) {
      return td;
    }
    const href = term.type === 'uri' ? publish(term.value) : null;
    if (href && /^https?:\/\//.test(href)) {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
    }
    return td;
  }

  function table(json) {
    const t = document.createElement('table');
    t.className = 'results';
    const head = t.insertRow();
    json.head.vars.forEach(v => head.appendChild(cell('th', {value: v})));
    json.results.bindings.forEach(row => {
      const tr = t.insertRow();
      json.head.vars.forEach(v => tr.appendChild(cell('td', row[v])));
    });
    return t;
  }

  async function run() {
    status.textContent = 'running…';
    out.replaceChildren();
    const started = performance.now();
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: {'Content-Type': 'application/x-www-form-urlencoded',
                  'Accept': 'application/sparql-results+json, text/turtle;q=0.9'},
        body: new URLSearchParams({query: text.value})
      });
      const ms = Math.round(performance.now() - started);
      const type = response.headers.get('Content-Type') || '';
      if (!response.ok || !type.includes('json')) {
        const pre = document.createElement('pre');
        pre.className = response.ok ? '' : 'error';
        pre.textContent = await response.text();
        out.appendChild(pre);
        status.textContent = (response.ok ? 'done' : 'error ' + response.status) + ' in ' + ms + ' ms';
        return;
      }
      const json = await response.json();
      if ('boolean' in json) {
        status.textContent = 'answer: ' + json.boolean;
        return;
      }
      out.appendChild(table(json));
      const n = json.results.bindings.length;
      status.textContent = n + (n === 1 ? ' row' : ' rows') + ' in ' + ms + ' ms';
    } catch (e) {
      status.textContent = 'failed: ' + e;
    }
  }

  form.addEventListener('submit', e => {
    e.preventDefault();
    run();
  });
  document.querySelectorAll('button[data-load]').forEach(button => button.addEventListener('click', async () => {
    text.value = await (await fetch(button.dataset.load)).text();
    run();
  }));
  // A link such as /?query=SELECT... opens the editor with that query and runs it.
  const shared = new URLSearchParams(location.search).get('query');
  if (shared) {
    text.value = shared;
    run();
  }
})();
