// Runs SPARQL queries on Oxigraph (npm's oxigraph): loads an N-Quads file into an in-memory store
// whose default graph is the union of the named graphs, as claimgraph's, and writes each query's
// answer beside it: SPARQL results JSON for SELECT and ASK, N-Triples for CONSTRUCT.
// Usage: node run.mjs DATA.nq QUERY.rq...   (OXIGRAPH_MODULE: the directory of the package)
import fs from 'fs';
import path from 'path';
import { pathToFileURL } from 'url';

const module = process.env.OXIGRAPH_MODULE;
const oxigraph = (await import(pathToFileURL(path.join(module, 'node.js')).href)).default
  ?? (await import(pathToFileURL(path.join(module, 'node.js')).href));
const [data, ...queries] = process.argv.slice(2);
const store = new oxigraph.Store();
store.load(fs.readFileSync(data, 'utf8'), { format: 'application/n-quads' });
for (const file of queries) {
  const text = fs.readFileSync(file, 'utf8');
  const construct = /^\s*CONSTRUCT\b/im.test(text.replace(/#[^\n]*/g, ''));
  const t0 = process.hrtime.bigint();
  const out = store.query(text, {
    use_default_graph_as_union: true,
    results_format: construct ? 'application/n-triples' : 'application/sparql-results+json',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.writeFileSync(file.replace(/\.rq$/, construct ? '.nt' : '.srj'), out);
  console.log(`${path.basename(file)}\t${ms.toFixed(1)}`);
}
