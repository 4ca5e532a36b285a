'use strict';
// node lunr-query.js cases.json csharp-indexes.txt out.json
// For every case: builds lunr's own index, loads the C# index (line i of csharp-indexes.txt) with
// lunr.Index.load, runs the case's queries on both and writes the results of each (refs with scores,
// or the error a query threw) so the tests can compare them. lunr's own index is used as a browser gets
// it, after JSON.stringify and lunr.Index.load: an infinite score (an infinite boost) only exists before
// serialization, which writes it as null. The C# index is also loaded by the search page's own loader
// (search.js's loadIndex), whose results must be lunr.Index.load's.
const fs = require('fs');
const path = require('path');
const { lunr, buildIndex } = require('./lunr-common');

globalThis.lunr = lunr;
const { loadIndex } = require(path.join(__dirname, '..', '..', '..', 'theme', 'src', 'js', 'search.js'));

const [casesPath, indexesPath, output] = process.argv.slice(2);
const cases = JSON.parse(fs.readFileSync(casesPath, 'utf8'));
const indexes = fs.readFileSync(indexesPath, 'utf8').split('\n');

function run(idx, query) {
  try {
    return idx.search(query).map((r) => [r.ref, r.score, Object.keys(r.matchData.metadata).sort()]);
  } catch (e) {
    return 'error: ' + (e.message || String(e));
  }
}

const results = cases.map((testCase, i) => {
  const own = lunr.Index.load(JSON.parse(JSON.stringify(buildIndex(testCase))));
  const loaded = lunr.Index.load(JSON.parse(indexes[i]));
  const page = loadIndex(JSON.parse(indexes[i]));
  return (testCase.queries || []).map((q) => ({ query: q, lunr: run(own, q), csharp: run(loaded, q), page: run(page, q) }));
});
fs.writeFileSync(output, JSON.stringify(results), 'utf8');
