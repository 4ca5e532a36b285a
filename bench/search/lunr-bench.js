'use strict';
// node lunr-bench.js corpus.json index-out.json runs
// Times lunr.js 2.3.9 building the site's index (the same fields and boosts the generator uses) and
// JSON.stringify of it; prints the timings as JSON.
const fs = require('fs');
const path = require('path');
const lunr = require(path.join(__dirname, '..', '..', 'theme', 'node_modules', 'lunr'));

const [corpusPath, output, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const docs = JSON.parse(fs.readFileSync(corpusPath, 'utf8'));
const fields = [['title', 10], ['summary', 5], ['headings', 3], ['body', 1], ['type', 1], ['audience', 1], ['topics', 1]];

const build = [];
const serialize = [];
const cpu = []; // user + system CPU time of the whole run, less sensitive to a busy machine
let json = '';
for (let r = 0; r < runs; r++) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const idx = lunr(function () {
    this.ref('ref');
    for (const [name, boost] of fields) this.field(name, boost === 1 ? undefined : { boost });
    for (const doc of docs) this.add(doc);
  });
  const t1 = process.hrtime.bigint();
  json = JSON.stringify(idx);
  const t2 = process.hrtime.bigint();
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  build.push(Number(t1 - t0) / 1e6);
  serialize.push(Number(t2 - t1) / 1e6);
}
fs.writeFileSync(output, json);
process.stdout.write(JSON.stringify({ build, serialize, cpu, bytes: Buffer.byteLength(json) }) + '\n');
