'use strict';
// node report.js lunr.json csharp.json lunr-index.json csharp-index.json documents
// Prints the benchmark as a Markdown table.
const fs = require('fs');
const crypto = require('crypto');

const [lunrPath, csPath, lunrIndex, csIndex, documents] = process.argv.slice(2);
const lunr = JSON.parse(fs.readFileSync(lunrPath, 'utf8'));
const cs = JSON.parse(fs.readFileSync(csPath, 'utf8'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const min = (xs) => Math.min(...xs);
const sum = (a, b) => a.map((x, i) => x + b[i]);
const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1)) + ' ms';
const mb = (n) => (n / 1048576).toFixed(2) + ' MiB';
const hash = (p) => crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');

const lunrTotal = sum(lunr.build, lunr.serialize);
const csTotal = sum(cs.add, cs.write);
const identical = hash(lunrIndex) === hash(csIndex);

console.log(`Search index build, ${documents} documents of about 500 words, median of ${lunr.build.length} runs (first C# run, with JIT: ${ms(csTotal[0])})`);
console.log('');
console.log('| Builder | Index documents | Serialize | Total | CPU time | Index size |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
console.log(`| lunr.js 2.3.9 (node ${process.version}) | ${ms(median(lunr.build))} | ${ms(median(lunr.serialize))} | ${ms(median(lunrTotal))} | ${ms(median(lunr.cpu))} | ${lunr.bytes} B (${mb(lunr.bytes)}) |`);
console.log(`| Site.Search LunrIndexBuilder (.NET, Release) | ${ms(median(cs.add))} | ${ms(median(cs.write))} | ${ms(median(csTotal))} | ${ms(median(cs.cpu))} | ${cs.bytes} B (${mb(cs.bytes)}) |`);
console.log('');
const load = require('os').loadavg()[0].toFixed(1);
console.log(`Fastest run, total: lunr.js ${ms(min(lunrTotal))}, C# ${ms(min(csTotal))}.`);
console.log(`Speed-up: ${(median(lunrTotal) / median(csTotal)).toFixed(1)}x wall clock, ${(median(lunr.cpu) / median(cs.cpu)).toFixed(1)}x CPU time. Indexes byte-identical: ${identical ? 'yes' : 'NO'}. Load average at the end: ${load} on ${require('os').cpus().length} cores.`);
if (!identical) process.exitCode = 1;
