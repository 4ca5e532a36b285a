#!/usr/bin/env node
// Turns bench/run.sh's raw measurements into Markdown tables: medians per tool and size, the goals
// of the build-time issue, and the phases of one build of ours.
//
//   node bench/report.mjs results.tsv WORK_FOLDER PHASE_SIZE

import fs from 'node:fs';
import path from 'node:path';

const [resultsFile, work, phaseSize] = process.argv.slice(2);
const rows = fs.readFileSync(resultsFile, 'utf8').trim().split('\n').filter(Boolean).map((line) => {
  const [tool, size, run, wall, cpu, rss, load] = line.split('\t');
  return { tool, size: Number(size), run: Number(run), wall: Number(wall), cpu: Number(cpu), rss: Number(rss) / 1024, load: Number(load ?? NaN) };
});

const names = { ours: 'ours (full build)', hugo: 'Hugo', eleventy: 'Eleventy' };
const tools = ['ours', 'hugo', 'eleventy'];
const sizes = [...new Set(rows.map((r) => r.size))].sort((a, b) => a - b);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const stats = (tool, size) => {
  const runs = rows.filter((r) => r.tool === tool && r.size === size);
  if (runs.length === 0) return null;
  return {
    runs: runs.length,
    wall: median(runs.map((r) => r.wall)),
    min: Math.min(...runs.map((r) => r.wall)),
    max: Math.max(...runs.map((r) => r.wall)),
    cpu: median(runs.map((r) => r.cpu)),
    rss: median(runs.map((r) => r.rss)),
    rssMax: Math.max(...runs.map((r) => r.rss)),
    loadMin: Math.min(...runs.map((r) => r.load)),
    loadMax: Math.max(...runs.map((r) => r.load)),
  };
};
const s2 = (x) => x.toFixed(2);
const htmlCounts = (size) => {
  const file = path.join(work, `c${size}`, 'html-counts');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split(' ').map(Number) : [];
};

const out = [];
out.push('| Pages | Tool | Wall, median (s) | Wall, min–max (s) | CPU, user+sys (s) | Peak RSS, median (max) (MB) | HTML files written | Load during runs |');
out.push('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const size of sizes) {
  const counts = htmlCounts(size);
  tools.forEach((tool, i) => {
    const s = stats(tool, size);
    if (!s) return;
    out.push(`| ${size === 0 ? 'start-up, 1 page' : size.toLocaleString('en-GB')} | ${names[tool]} | ${s2(s.wall)} | ${s2(s.min)}–${s2(s.max)} | ${s2(s.cpu)} | ${s.rss.toFixed(0)} (${s.rssMax.toFixed(0)}) | ${counts[i] ?? ''} | ${Number.isNaN(s.loadMin) ? '' : `${s.loadMin.toFixed(1)}–${s.loadMax.toFixed(1)}`} |`);
  });
}

// The goals, where the sizes they name were measured.
const goals = [];
const ours = (size) => stats('ours', size);
const verdict = (ok) => (ok ? 'met' : '**missed**');
if (ours(4000) && stats('hugo', 4000)) {
  const o = ours(4000).wall;
  const h = stats('hugo', 4000).wall;
  goals.push(`| 4,000 pages no slower than Hugo's plain build | ${s2(o)} s against ${s2(h)} s (${(o / h).toFixed(1)}×) | ${verdict(o <= h)} |`);
}
// The memory goal belongs to the 4,000-page build; the largest size is shown beside it, since memory
// still grows with the site (the search index and the checks keep a little of every page).
if (ours(4000)) {
  const peak = ours(4000).rssMax;
  const largest = Math.max(...sizes);
  const beside = largest > 4000 && ours(largest) ? `; ${ours(largest).rssMax.toFixed(0)} MB at ${largest.toLocaleString('en-GB')} pages (Hugo ${stats('hugo', largest).rssMax.toFixed(0)} MB)` : '';
  goals.push(`| Peak memory under 400 MB at 4,000 pages (highest of the runs) | ${peak.toFixed(0)} MB${beside} | ${verdict(peak < 400)} |`);
}
if (ours(4000) && ours(10000)) {
  const ratio = (tool, key) => stats(tool, 10000)[key] / stats(tool, 4000)[key];
  goals.push(`| 10,000 pages in at most 2.6× the 4,000-page time | wall ${ratio('ours', 'wall').toFixed(2)}×, CPU ${ratio('ours', 'cpu').toFixed(2)}× (Hugo ${ratio('hugo', 'wall').toFixed(2)}× and ${ratio('hugo', 'cpu').toFixed(2)}×, Eleventy ${ratio('eleventy', 'wall').toFixed(2)}× and ${ratio('eleventy', 'cpu').toFixed(2)}×) | ${verdict(ratio('ours', 'wall') <= 2.6)} |`);
}
if (ours(0)) {
  goals.push(`| Start-up (a one-page site) under 0.4 s | ${s2(ours(0).wall)} s (Hugo ${s2(stats('hugo', 0).wall)} s, Eleventy ${s2(stats('eleventy', 0).wall)} s) | ${verdict(ours(0).wall < 0.4)} |`);
}
if (goals.length > 0) {
  out.push('', '| Goal | Measured | |', '| --- | --- | --- |', ...goals);
  out.push('', 'Comparisons between sizes hold only if the load stayed the same through the run: check the load averages above, and the CPU column, which load disturbs less.');
}

const phasesFile = path.join(work, 'phases.txt');
if (fs.existsSync(phasesFile)) {
  const lines = fs.readFileSync(phasesFile, 'utf8').split('\n');
  const phases = lines.map((l) => /^\s+(\S.*?)\s+(\d+) ms\s+(\d+) MB allocated\s+(\d+) ms paused$/.exec(l)).filter(Boolean);
  const built = lines.find((l) => l.startsWith('Built')) ?? '';
  if (phases.length > 0) {
    const total = phases.reduce((sum, m) => sum + Number(m[2]), 0);
    out.push('', `Phases of one build of ${Number(phaseSize).toLocaleString('en-GB')} pages (\`site build --timings\`, one run, so noisier than the medians): ${built.replace(/^Built /, '')}`, '');
    out.push('| Phase | ms | Share | Allocated (MB) | Paused for collection (ms) |', '| --- | ---: | ---: | ---: | ---: |');
    for (const m of phases) out.push(`| ${m[1]} | ${m[2]} | ${((100 * Number(m[2])) / total).toFixed(0)}% | ${m[3]} | ${m[4]} |`);
    const memory = lines.find((l) => l.trim().startsWith('memory:'));
    if (memory) out.push('', `Garbage collection in that build: ${memory.trim().replace(/^memory: /, '')}.`);
  }
}
console.log(out.join('\n'));
