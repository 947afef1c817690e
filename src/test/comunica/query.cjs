// Runs one SPARQL SELECT with Comunica over the sources given after it and prints its rows as one JSON line:
//   node query.cjs QUERY SOURCE...   (a source "sparql@URL" is a SPARQL endpoint, any other a document to dereference)
// Used by LinkedDataClientsIT; Maven installs @comunica/query-sparql beside this file (target/comunica/).
'use strict';
const { QueryEngine } = require('@comunica/query-sparql');

(async () => {
  const [query, ...sources] = process.argv.slice(2);
  const engine = new QueryEngine();
  const bindings = await engine.queryBindings(query, {
    sources: sources.map(s => s.startsWith('sparql@') ? { type: 'sparql', value: s.substring(7) } : s),
    noCache: true,
  });
  const rows = (await bindings.toArray()).map(b => Object.fromEntries([...b].map(([v, term]) => [v.value, term.value])));
  console.log('ROWS ' + JSON.stringify(rows));
})().catch(e => {
  console.error('comunica failed: ' + (e && e.stack || e));
  process.exit(1);
});
