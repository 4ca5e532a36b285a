#!/usr/bin/env node
// Summarises a speedscope profile written by `dotnet-trace collect --format speedscope`: the frames
// where threads spent their time, self and inclusive, summed over all threads. Time a thread spent
// blocked (waiting for work, a lock or I/O) is reported apart, so the tables show CPU work.
//
//   node bench/profile/top-frames.mjs trace.speedscope.json [--top 40] [--match Site.Generator]

import fs from 'node:fs';

const file = process.argv[2];
const top = Number(option('--top') ?? 40);
const match = option('--match');
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const frames = profile.shared.frames.map((f) => f.name);

// A stack whose innermost managed or native frame is one of these is waiting, not working.
const waiting = /(WaitHandle|LowLevelLifoSemaphore|LowLevelMonitor|Monitor\.Wait|SpinWait|Thread\.Sleep|ManualResetEventSlim\.Wait|SemaphoreSlim\.Wait|Task\.Wait|Task\.SpinThenBlockingWait|TaskReplicator|WaitForPendingFinalizers|PortableThreadPool\.WorkerThread|WaitOne|GateThread|Interop\+Sys\.(Read|Write|Poll)|epoll|CLRLifoSemaphore|UNMANAGED_CODE_TIME)/;

// Where each sample belongs in the build, by the first rule its stack matches (innermost frame
// first for the collector, then the pipeline step, outermost first).
const buckets = [
  ['waiting for a garbage collection', (leaf) => /PollGC|GCHeap::|WKS::|SVR::|GarbageCollect/.test(leaf)],
  ['newsletter editions', (_, stack) => /Site\.Generator\.Newsletters\./.test(stack)],
  ['checks', (_, stack) => /Site\.Generator\.Checks\./.test(stack)],
  ['search index', (_, stack) => /Site\.Generator\.Search\.|Site\.Search!/.test(stack)],
  ['layout: HTML parse (AngleSharp)', (_, stack) => /LayOut/.test(stack) && /HtmlParser\.Parse/.test(stack)],
  ['layout: Razor rendering', (_, stack) => /PageRenderer/.test(stack)],
  ['layout: other', (_, stack) => /LayOut/.test(stack)],
  ['write', (_, stack) => /OutputWriter/.test(stack)],
  ['Markdown parse', (_, stack) => /BodyRenderer\.Parse|SourcePositionMarker|BodyChecks/.test(stack)],
  ['Markdown render', (_, stack) => /BodyRenderer\.Render/.test(stack)],
  ['read', (_, stack) => /ContentReader|DataReader|SettingsReader/.test(stack)],
  ['other', () => true],
];
const byBucket = new Map();
const self = new Map();
const inclusive = new Map();
let total = 0;
let waited = 0;
const markers = new Map();
for (const thread of profile.profiles) {
  if (thread.type !== 'evented') continue;
  const stack = [];
  let last = thread.startValue;
  const account = (until) => {
    const span = until - last;
    last = until;
    if (span <= 0 || stack.length === 0) return;
    let names = stack.map((i) => frames[i]);
    // dotnet-trace marks each sample with a last pseudo-frame: CPU_TIME when the thread was running
    // managed or runtime code, other names when it was blocked or in native code.
    const marker = names[names.length - 1];
    if (/^[A-Z_]+$/.test(marker)) {
      names = names.slice(0, -1);
      if (marker !== 'CPU_TIME') {
        waited += span;
        markers.set(marker, (markers.get(marker) ?? 0) + span);
        return;
      }
    }
    // The finalizer thread shows a few long spans of the same stack: it is parked, not working.
    if (names.some((n) => n.includes('GC.RunFinalizers'))) {
      waited += span;
      markers.set('finalizer thread', (markers.get('finalizer thread') ?? 0) + span);
      return;
    }
    if (names.length === 0 || waiting.test(names[names.length - 1])) {
      waited += span;
      return;
    }
    total += span;
    const leaf = names[names.length - 1];
    const joined = names.join('\n');
    const bucket = buckets.find(([, test]) => test(leaf, joined))[0];
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + span);
    self.set(names[names.length - 1], (self.get(names[names.length - 1]) ?? 0) + span);
    for (const name of new Set(names)) inclusive.set(name, (inclusive.get(name) ?? 0) + span);
  };
  for (const event of thread.events) {
    account(event.at);
    if (event.type === 'O') stack.push(event.frame);
    else stack.pop();
  }
}

const show = (title, map) => {
  console.log(`\n${title}`);
  console.log('| ms | share | frame |\n| ---: | ---: | --- |');
  [...map.entries()]
    .filter(([name]) => !match || name.includes(match))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([name, ms]) => console.log(`| ${ms.toFixed(0)} | ${((100 * ms) / total).toFixed(1)}% | ${name.replace(/\|/g, '\\|').slice(0, 160)} |`));
};
console.log(`Working: ${total.toFixed(0)} ms over all threads; blocked, idle or native: ${waited.toFixed(0)} ms (${[...markers].map(([m, ms]) => `${m} ${ms.toFixed(0)}`).join(', ')}).`);
show('By step of the build', byBucket);
show('Self time (where the work is done)', self);
show('Inclusive time (what the work is for)', inclusive);

function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}
