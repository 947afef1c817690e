// The query editor of the landing page: YASGUI (from npm, bundled by the build and served from /web/yasgui/),
// with the example query first and a tab for each named query. Results show as a table (sortable, paged,
// downloadable), as a chart of their numeric columns (web/yasr-chart.js) or as the raw response. Result IRIs are the canonical ones; their links go to this server, which
// answers for them.
(function () {
  'use strict';
  const root = document.getElementById('yasgui');
  if (!root || !window.Yasgui) {
    return;
  }
  const canonical = 'https://w3id.org/ceasefire-kg/';
  const base = root.dataset.base;
  const endpoint = root.dataset.endpoint;

  const yasgui = new Yasgui(root, {
    requestConfig: {endpoint: endpoint, method: 'POST'},
    copyEndpointOnNewTab: false,
    persistenceId: null, // every visit starts from the named queries, not from what a past visit left
    endpointCatalogueOptions: {getData: () => [{endpoint: endpoint}]},
    yasr: {prefixes: {cf: canonical + 'ontology#', id: canonical + 'id/', cameo: canonical + 'cameo/',
                      rdfs: 'http://www.w3.org/2000/01/rdf-schema#', xsd: 'http://www.w3.org/2001/XMLSchema#'}}
  });
  const first = yasgui.getTab();
  first.setQuery(document.getElementById('example').value);

  // Links to canonical IRIs lead to this server's description of them (the text stays the IRI).
  new MutationObserver(() => root.querySelectorAll('a[href^="' + canonical + '"]').forEach(a => {
    a.href = base + a.getAttribute('href').substring(canonical.length);
    a.removeAttribute('target');
  })).observe(root, {childList: true, subtree: true});

  async function open(title, url, run) {
    const text = await (await fetch(url + '?format=sparql')).text();
    const tab = yasgui.addTab(run, {name: title, yasqe: {value: text}});
    if (run) {
      yasgui.getTab(tab).query();
    }
  }

  document.querySelectorAll('button[data-load]').forEach(button => button.addEventListener('click', () => {
    open(button.dataset.title, button.dataset.load, true);
    root.scrollIntoView();
  }));

  (async () => {
    const listing = await (await fetch(root.dataset.queries, {headers: {Accept: 'application/json'}})).json();
    for (const q of listing.queries) {
      await open(q.title, q.url, false);
    }
    // A link such as /?query=SELECT... runs that query in the first tab.
    const shared = new URLSearchParams(location.search).get('query');
    yasgui.selectTabId(first.getId());
    if (shared) {
      first.setQuery(shared);
      first.query();
    }
    root.dataset.ready = 'true'; // every tab is there: scripts (and tests) that click tabs wait for this
  })();
})();
