'use strict';
// node bench/search/trace-summary.js TRACE.json…
// Sums up traces written by `bench/search/InBrowser … --trace PREFIX`: for each step between the search
// page's User Timing marks, the wall time, the CPU time the page's main thread actually had (thread time),
// and the work that took it; then the CPU time of every other busy thread over the whole search. Medians
// over the traces given for the times, means for the work.
const fs = require('fs');

const STEPS = ['search-start', 'search-index-parsed', 'search-index-loaded', 'search-first-results'];

function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// Self time (wall and thread) of complete events clipped to [from, to], by name, from one thread's events.
function selfTimes(events, from, to) {
  const sorted = events.slice().sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const clip = (e) => Math.max(0, Math.min(e.ts + e.dur, to) - Math.max(e.ts, from));
  const share = (e) => (e.dur > 0 ? (e.tdur || 0) * clip(e) / e.dur : 0);
  const children = new Map();
  const stack = [];
  let busy = 0;
  let cpu = 0;
  for (const e of sorted) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    if (stack.length) children.get(stack[stack.length - 1]).push(e);
    else {
      busy += clip(e);
      cpu += share(e);
    }
    children.set(e, []);
    stack.push(e);
  }
  const byName = new Map();
  for (const e of sorted) {
    const kids = children.get(e);
    const self = share(e) - kids.reduce((sum, k) => sum + share(k), 0);
    byName.set(e.name, (byName.get(e.name) || 0) + self);
  }
  return { busy, cpu, byName };
}

function summarise(path) {
  const events = JSON.parse(fs.readFileSync(path, 'utf8')).traceEvents;
  const marks = {};
  events.filter((e) => e.cat === 'blink.user_timing' && STEPS.includes(e.name)).forEach((e) => { marks[e.name] = e; });
  const start = marks['search-start'];
  const threads = new Map();
  const names = new Map();
  for (const e of events) {
    const key = e.pid + ':' + e.tid;
    if (e.ph === 'M' && e.name === 'thread_name') names.set(key, e.args.name);
    if (e.ph === 'M' && e.name === 'process_name') names.set(String(e.pid), e.args.name);
    if (e.ph === 'X' && e.dur !== undefined) {
      if (!threads.has(key)) threads.set(key, []);
      threads.get(key).push(e);
    }
  }
  const mainKey = start.pid + ':' + start.tid;
  const steps = STEPS.slice(1).map((name, i) => {
    const from = marks[STEPS[i]];
    const to = marks[name];
    const times = selfTimes(threads.get(mainKey), from.ts, to.ts);
    return { name: STEPS[i] + ' → ' + name, wall: (to.ts - from.ts) / 1000, cpu: (to.tts - from.tts) / 1000, work: times.byName };
  });
  const end = marks['search-first-results'];
  const others = new Map();
  for (const [key, list] of threads) {
    if (key === mainKey) continue;
    const name = (names.get(key.split(':')[0]) || '?') + ' / ' + (names.get(key) || key);
    others.set(name, (others.get(name) || 0) + selfTimes(list, start.ts, end.ts).cpu / 1000);
  }
  return { steps, others };
}

const runs = process.argv.slice(2).map(summarise);
if (!runs.length) {
  console.error('usage: node bench/search/trace-summary.js TRACE.json…');
  process.exit(2);
}
console.log(`${runs.length} traces; medians of wall and main-thread CPU time, mean CPU time of the work (ms)`);
runs[0].steps.forEach((step, i) => {
  const wall = median(runs.map((r) => r.steps[i].wall));
  const cpu = median(runs.map((r) => r.steps[i].cpu));
  console.log(`\n${step.name}: wall ${wall.toFixed(1)}, main thread CPU ${cpu.toFixed(1)}`);
  const work = new Map();
  runs.forEach((r) => r.steps[i].work.forEach((v, k) => work.set(k, (work.get(k) || 0) + v / 1000 / runs.length)));
  [...work].sort((a, b) => b[1] - a[1]).filter(([, v]) => v >= 0.3).slice(0, 12)
    .forEach(([k, v]) => console.log(`  ${v.toFixed(1).padStart(6)}  ${k}`));
});
const total = median(runs.map((r) => r.steps.reduce((s, x) => s + x.wall, 0)));
const totalCpu = median(runs.map((r) => r.steps.reduce((s, x) => s + x.cpu, 0)));
console.log(`\nsearch-start → search-first-results: wall ${total.toFixed(1)}, main thread CPU ${totalCpu.toFixed(1)}`);
console.log('other threads, CPU over the same time (mean):');
const others = new Map();
runs.forEach((r) => r.others.forEach((v, k) => others.set(k, (others.get(k) || 0) + v / runs.length)));
[...others].sort((a, b) => b[1] - a[1]).filter(([, v]) => v >= 1)
  .forEach(([k, v]) => console.log(`  ${v.toFixed(1).padStart(6)}  ${k}`));
