'use strict';
// node corpus.js out.json [count]
// A deterministic synthetic corpus shaped like the site's search documents: about 500 words of body
// per document, with titles, summaries, headings, a type, audiences and topics. Words follow a Zipf-like
// distribution over real safeguarding vocabulary plus invented words, with some punctuation, hyphens,
// capitals, numbers and non-ASCII text.
const fs = require('fs');

const [output, countArg] = process.argv.slice(2);
const count = Number(countArg || 4000);

let seed = 20240214;
function random() {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const common = ('the of and to a in is that for it as with was on be by are this at from or have an they which ' +
  'not their has were we our all can been who will more when there also if would should about into them other ' +
  'than its only some these may could most what your you how after any so such where while because').split(' ');
const domain = ('child children family families parent parents carer carers neglect neglected abuse abused ' +
  'safeguarding safeguard protection protecting practitioner practitioners practice agency agencies ' +
  'multi-agency partnership partners review reviews reviewed learning lessons brief assessment assessments ' +
  'early help support supported school schools health visitor police social care worker workers ' +
  'exploitation criminal online grooming bullying domestic violence coercive control risk risks threshold ' +
  'referral referrals concern concerns worried plan plans planning meeting meetings conference strategy ' +
  'priority priorities audit audits scrutiny independent training course courses toolkit guidance ' +
  'procedure procedures statutory responsibility information sharing consent relationship relationships ' +
  'emotional physical harm significant wellbeing well-being development needs communication effective ' +
  'improvement improvements recommendation recommendations national local authority young people adult ' +
  'adults trusted listen voice experience experiences hospital doctor nurse midwife teacher housing ' +
  'homelessness substance misuse mental parental disability disabled missing education attendance ' +
  'sexual contextual county lines radicalisation prevent modern slavery trafficking neglectful ' +
  'chronology analysis findings actions governance accountability assurance quality evidence outcomes').split(' ');
const syllables = ['ba', 'co', 'de', 'fi', 'gu', 'ha', 'je', 'ki', 'lo', 'mu', 'na', 'pe', 'qui', 'ra', 'se', 'ti',
  'vo', 'wa', 'xe', 'yo', 'zu', 'tion', 'ment', 'ing', 'ed', 'al', 'ness', 'ful', 'ive', 'ous', 'ly', 'er', 'est'];
const invented = [];
for (let i = 0; i < 15000; i++) {
  let w = '';
  const n = between(2, 5);
  for (let k = 0; k < n; k++) w += pick(syllables);
  invented.push(w);
}
const extras = ['2023', '2024', '999', '0800 1111', '£5,000', '50%', 'café', 'naïve', 'Ærøskøbing', 'co-ordinate',
  'e-safety', 'GP', 'CAMHS', 'MASH', 'LADO', '—', '(see', 'below)', 'children\u2019s', "parents'", 'e.g.'];

// Zipf-ish: low ranks far more often.
function word() {
  const r = random();
  if (r < 0.35) return common[Math.floor(Math.pow(random(), 2) * common.length)];
  if (r < 0.75) return domain[Math.floor(Math.pow(random(), 1.5) * domain.length)];
  if (r < 0.98) return invented[Math.floor(Math.pow(random(), 3) * invented.length)];
  return pick(extras);
}

function sentence(words, capitalise, punctuate) {
  const out = [];
  for (let i = 0; i < words; i++) {
    let w = word();
    if (i === 0 && capitalise) w = w[0].toUpperCase() + w.slice(1);
    else if (random() < 0.02) w = w.toUpperCase();
    if (punctuate && i < words - 1 && random() < 0.08) w += pick([',', ';', ':', ' -', '?', '!']);
    out.push(w);
  }
  return out.join(' ') + (punctuate ? '.' : '');
}

const types = ['learning-brief', 'toolkit', 'newsletter', 'training-course', 'yearly-report', 'scrutiny-response', 'page', 'topic'];
const audiences = ['families', 'children-and-young-people', 'practitioners'];

const docs = [];
for (let i = 0; i < count; i++) {
  const headings = [];
  for (let h = between(2, 6); h > 0; h--) headings.push(sentence(between(2, 6), true, false));
  const body = [];
  let words = 0;
  const target = between(420, 580);
  while (words < target) {
    const n = between(6, 24);
    body.push(sentence(n, true, true));
    words += n;
  }
  docs.push({
    ref: String(i),
    title: sentence(between(3, 9), true, false),
    summary: sentence(between(12, 30), true, true),
    headings: headings.join(' '),
    body: body.join(' '),
    type: pick(types),
    audience: audiences.filter(() => random() < 0.5).join(' '),
    topics: [pick(domain), pick(domain)].join(' '),
  });
}

fs.writeFileSync(output, JSON.stringify(docs));
const totalWords = docs.reduce((n, d) => n + d.body.split(' ').length, 0);
process.stderr.write(`corpus: ${docs.length} documents, ${Math.round(totalWords / docs.length)} body words each on average\n`);
