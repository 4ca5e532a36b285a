#!/usr/bin/env node
// Writes a synthetic safeguarding partnership site of N Markdown pages, three times over: for our
// generator (ours/content), for Hugo (hugo/content) and for Eleventy (eleventy/content). The pages,
// their front matter and their Markdown are the same for all three; only the few files whose names
// each tool reserves differ (Hugo's home and taxonomy pages are _index.md files).
//
// The output depends only on --pages and --seed, so every run and every machine builds the same site.
//
//   node bench/corpus/generate.mjs --pages 4000 --out /dev/shm/corpus [--seed 1]

import fs from 'node:fs';
import path from 'node:path';

const args = parseArgs(process.argv.slice(2));
const pageCount = Number(args.pages ?? 1000);
const seed = Number(args.seed ?? 1);
const out = args.out;
if (!out || !Number.isInteger(pageCount) || pageCount < 0) {
  console.error('Usage: node generate.mjs --pages N --out DIR [--seed S]');
  process.exit(2);
}

// ---- Deterministic randomness -------------------------------------------------------------------

// mulberry32: small, fast, and the same sequence on every Node version.
function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(seed);
const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];
const chance = (p) => random() < p;
function pickSome(list, count) {
  const copy = [...list];
  const chosen = [];
  while (chosen.length < count && copy.length > 0) {
    chosen.push(copy.splice(int(copy.length), 1)[0]);
  }
  return chosen;
}

// Words drawn with a Zipf-like weighting, so a few are common and many are rare, as in real prose.
function zipfPicker(words) {
  const weights = words.map((_, i) => 1 / (i + 1));
  const cumulative = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return () => {
    const r = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

// ---- Vocabulary ---------------------------------------------------------------------------------

const topics = [
  ['neglect', 'Neglect'],
  ['early-help', 'Early help'],
  ['exploitation', 'Exploitation'],
  ['domestic-abuse', 'Domestic abuse'],
  ['online-safety', 'Online safety'],
  ['mental-health', 'Mental health'],
  ['parental-substance-use', 'Parental substance use'],
  ['child-sexual-abuse', 'Child sexual abuse'],
];

const sections = [
  { folder: 'learning-briefs', title: 'Learning briefs', share: 0.3, dated: true },
  { folder: 'toolkits', title: 'Toolkits', share: 0.15, dated: false },
  { folder: 'newsletters', title: 'Newsletters', share: 0.1, dated: true },
  { folder: 'guidance', title: 'Guidance', share: 0.45, dated: false },
];

const subjects = [
  'practitioners', 'social workers', 'health visitors', 'school nurses', 'teachers', 'designated safeguarding leads',
  'police officers', 'family doctors', 'early help workers', 'youth workers', 'managers', 'midwives', 'housing officers',
  'the partnership', 'every agency', 'the multi-agency team', 'supervisors', 'the front door team', 'foster carers',
];
const verbs = [
  'should record', 'need to understand', 'can share', 'must check', 'should ask about', 'often miss', 'can explain',
  'should review', 'need to hear', 'must consider', 'should agree', 'can challenge', 'should plan for', 'need to see',
];
const objects = [
  "the child's views", 'the lived experience of the child', 'the family history', 'information from other agencies',
  'the danger statement', 'the safety plan', 'what the parents understand', 'the impact on younger siblings',
  'signs of cumulative harm', 'the risk of exploitation', 'changes in behaviour', 'missed health appointments',
  'school attendance', 'the voice of the father', 'the wider family network', 'the threshold guidance',
  'the outcome of the strategy discussion', 'the chronology', 'who is in charge of the children', 'the home conditions',
];
const qualifiers = [
  'at every visit', 'before the review conference', 'when the plan changes', 'in supervision', 'within five working days',
  'with the consent of the family', 'as early as possible', 'when concerns first appear', 'across all agencies',
  'in plain language', 'before closing the case', 'at the point of referral', 'over several weeks', 'without delay',
];
const headingsPool = [
  'Why it matters', 'What we found', 'What to do differently', 'Questions to reflect on', 'Who this is for',
  'How to use this toolkit', 'Signs to look for', 'What the law says', 'Working with families', 'Recording and sharing',
  'Supervision and support', 'Escalation', 'What happens next', 'Training available', 'The voice of the child',
  'Thresholds and assessment', 'Good practice', 'What parents told us', 'What young people told us', 'Background',
];
const subheadingsPool = [
  'In the early years', 'At school', 'In adolescence', 'At home', 'Online', 'For managers', 'For health staff',
  'For schools', 'For the police', 'When English is not the first language', 'When a child is disabled',
  'When a family moves', 'Out of hours', 'In court proceedings', 'After the review',
];
const externalLinks = [
  ['Working Together to Safeguard Children', 'https://www.gov.uk/government/publications/working-together-to-safeguard-children--2'],
  ['Keeping children safe in education', 'https://www.gov.uk/government/publications/keeping-children-safe-in-education--2'],
  ['learning from the children\'s charity', 'https://learning.nspcc.org.uk/'],
  ['the Child Safeguarding Practice Review Panel', 'https://www.gov.uk/government/organisations/child-safeguarding-practice-review-panel'],
  ['West Midlands safeguarding procedures', 'https://westmidlands.procedures.org.uk/'],
  ['Childline', 'https://www.childline.org.uk/'],
];
// Common English words with a long tail, so the search index sees a realistic vocabulary.
const filler = zipfPicker((
  'the of and to in is that for it as with was on be by this are or from at which but not have an they you were ' +
  'their one all we can her has there been if more when will would who so no out up into than them only other ' +
  'new some could time these two may then first any like now my such make over our even most made after also did ' +
  'many before must through back years where much your way well down should because each just those people how too ' +
  'little state good very world still own see men work long get here between both life being under never day same ' +
  'another know while last might us great old year off come since against go came right used take three states ' +
  'himself few house use during without again place around however home small found thought went say part once ' +
  'general high upon school every number does course water left later system until end child families support ' +
  'agency meeting referral concern plan review service health police education practice evidence assessment ' +
  'outcome safety harm risk neglect abuse parent carer sibling baby infant toddler adolescent teenager pupil ' +
  'attendance exclusion housing poverty debt alcohol drugs violence coercion control grooming online phone ' +
  'social media exploitation county lines trafficking missing episode return interview strategy discussion ' +
  'conference core group chronology genogram supervision reflection curiosity challenge escalation consent ' +
  'information sharing confidentiality threshold early help universal targeted specialist statutory duty ' +
  'guidance procedure policy audit finding recommendation action learning brief toolkit newsletter edition ' +
  'training course workshop session briefing module level introductory intermediate advanced practitioner ' +
  'workforce manager leader partner partnership board scrutiny assurance report quality improvement data ' +
  'measure trend increase decrease rate quarter annual monthly weekly daily record case file note visit ' +
  'observation communication language interpreter culture identity faith community neighbourhood borough ' +
  'council hospital clinic surgery nursery college university voluntary sector charity helpline advocacy'
).split(' '));
const places = ['Chelmsley Wood', 'Kingshurst', 'Smith\'s Wood', 'Fordbridge', 'Shirley', 'Olton', 'Knowle', 'Dorridge',
  'Balsall Common', 'Castle Bromwich', 'Elmdon', 'Marston Green', 'Meriden', 'Hampton-in-Arden', 'Dickens Heath'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

const capitalise = (s) => s[0].toUpperCase() + s.slice(1);
const slugify = (s) => s.toLowerCase().replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

// ---- The site's plan ----------------------------------------------------------------------------

// Fixed pages: the home page, reporting a concern, one introduction per section, and the topic pages.
const fixedCount = 2 + sections.length + topics.length;
const generatedCount = Math.max(0, pageCount - fixedCount);
const documents = [];
let serial = 0;
for (const section of sections) {
  const count = section === sections[sections.length - 1]
    ? generatedCount - documents.length
    : Math.round(generatedCount * section.share);
  for (let i = 0; i < count; i++) {
    documents.push(planDocument(section, ++serial));
  }
}

function planDocument(section, n) {
  const topicKeys = pickSome(topics, 1 + int(2)).map(([key]) => key);
  const topicLabel = topics.find(([key]) => key === topicKeys[0])[1];
  const day = new Date(Date.UTC(2012, 0, 1) + int(365 * 12) * 86400000);
  const date = day.toISOString().slice(0, 10);
  const place = pick(places);
  let title;
  let extra = {};
  switch (section.folder) {
    case 'learning-briefs':
      title = `${topicLabel}: learning from ${pick(['an audit', 'a rapid review', 'a practice review', 'a national review'])} in ${place}`;
      extra = { source: pick(['multi-agency-audit', 'rapid-review', 'child-safeguarding-practice-review', 'national-panel', 'other']) };
      break;
    case 'newsletters': {
      const edition = `${months[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
      title = `Newsletter: ${edition}, ${topicLabel.toLowerCase()} and ${pick(objects)}`;
      extra = { edition };
      break;
    }
    case 'toolkits':
      title = `${topicLabel} toolkit: ${pick(objects)}`;
      break;
    default:
      title = `${capitalise(pick(objects))} ${pick(['in', 'for', 'and'])} ${topicLabel.toLowerCase()} work in ${place}`;
  }

  const slug = `${slugify(title).slice(0, 60).replace(/-$/, '')}-${n}`;
  return {
    section,
    slug,
    url: `/${section.folder}/${slug}/`,
    title,
    summary: sentence(),
    date: section.dated ? date : null,
    topics: topicKeys,
    // Pages for families are held to a reading age the generated prose does not meet.
    audience: ['practitioners'],
    extra,
  };
}

// ---- Markdown -----------------------------------------------------------------------------------

function fillerPhrase(words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(filler());
  return out.join(' ');
}

function sentence() {
  const parts = [capitalise(pick(subjects)), pick(verbs), pick(objects), pick(qualifiers)];
  // At most about 22 words: the site's checks ask for sentences of 25 words or fewer.
  if (chance(0.5)) parts.push(`so that ${fillerPhrase(3 + int(4))}`);
  return parts.join(' ') + '.';
}

function paragraph(sentences, links) {
  const out = [];
  for (let i = 0; i < sentences; i++) {
    let s = sentence();
    if (i === 1 && links.length > 0) {
      s += ` Read ${links.shift()} for more.`;
    }
    if (chance(0.15)) s = s.replace(/ (\w+)\.$/, ' **$1**.');
    out.push(s);
  }
  return out.join(' ');
}

function internalLink(index) {
  if (documents.length === 0) return '[the home page](/)';
  // Mostly nearby pages (related work), sometimes anywhere in the site.
  const target = chance(0.7)
    ? documents[Math.min(documents.length - 1, Math.max(0, index - 20 + int(41)))]
    : documents[int(documents.length)];
  const fragment = chance(0.2) ? '#key-points' : '';
  return `[${target.title}](${target.url}${fragment})`;
}

function externalLink() {
  const [text, url] = pick(externalLinks);
  return `[${text}](${url})`;
}

// A learning brief must fit on one printed page: the site's check counts the words of the page's
// main content plus 9 for each block (paragraph, list item, heading). Briefs are drawn again until
// their body leaves room for the title, summary and facts around it.
const printedBudget = 560;
function printedSize(markdown) {
  const lines = markdown.split('\n').filter((l) => l.trim().length > 0);
  return markdown.split(/\s+/).filter(Boolean).length + 9 * lines.length;
}

function documentBody(document, index) {
  if (document.section.folder !== 'learning-briefs') return body(index, 3);
  for (;;) {
    const text = body(index, 2);
    if (printedSize(text) <= printedBudget) return text;
  }
}

function body(index, sections) {
  const links = [internalLink(index), internalLink(index), externalLink(), internalLink(index)];
  const lines = [];
  lines.push(paragraph(3, []), '');
  lines.push('## Key points', '');
  for (let i = 0; i < 4; i++) lines.push(`- ${sentence()}`);
  lines.push(`- See also ${internalLink(index)}.`, '');
  for (const heading of pickSome(headingsPool, sections)) {
    lines.push(`## ${heading}`, '');
    lines.push(paragraph(4, links), '');
    if (chance(0.6)) {
      lines.push(`### ${pick(subheadingsPool)}`, '');
      lines.push(paragraph(3, links), '');
      if (chance(0.5)) {
        for (let i = 1; i <= 3; i++) lines.push(`${i}. ${sentence()}`);
        lines.push('');
      }
    }
  }
  lines.push('## Further resources', '');
  lines.push(`- ${internalLink(index)}`);
  lines.push(`- ${internalLink(index)}`);
  lines.push(`- ${externalLink()}`, '');
  return lines.join('\n');
}

function frontMatter(fields) {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) lines.push(`${key}: [${value.join(', ')}]`);
    else if (typeof value === 'number') lines.push(`${key}: ${value}`);
    else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) lines.push(`${key}: ${value}`);
    else lines.push(`${key}: ${JSON.stringify(value)}`);
  }
  lines.push('---', '');
  return lines.join('\n');
}

// ---- Files --------------------------------------------------------------------------------------

// Each file: its path for our generator and Eleventy, and for Hugo where Hugo names it differently.
const files = [];
const add = (file, text, hugoFile = file) => files.push({ file, hugoFile, text });

add('index.md',
  frontMatter({ title: 'Synthetic Safeguarding Children Partnership', summary: 'A generated site for measuring build times.' }) +
  [paragraph(3, []), '', '## Find what you need', '',
    ...sections.map((s) => `- [${s.title}](/${s.folder}/)`),
    ...topics.map(([key, label]) => `- [${label}](/topics/${key}/)`), ''].join('\n'),
  '_index.md');

for (const section of sections) {
  add(`${section.folder}/_index.md`,
    frontMatter({ title: section.title, summary: sentence() }) + paragraph(4, []) + '\n');
}

// Every page of the theme links to the page on reporting a concern.
add('report-a-concern.md',
  frontMatter({ title: 'Report a concern about a child', summary: sentence() }) +
  [paragraph(3, []), '', '## If a child is in danger now', '', paragraph(2, []), ''].join('\n'));

topics.forEach(([key, label], i) => {
  add(`topics/${key}.md`,
    frontMatter({ title: label, summary: sentence(), weight: i + 1 }) +
    [paragraph(4, []), '', '## Why it matters here', '', paragraph(4, []), ''].join('\n'),
    `topics/${key}/_index.md`);
});

documents.forEach((document, index) => {
  const fields = {
    title: document.title,
    summary: document.summary,
    date: document.date,
    audience: document.audience,
    topics: document.topics,
    ...document.extra,
  };
  add(`${document.section.folder}/${document.slug}.md`, frontMatter(fields) + documentBody(document, index));
});

const siteYml = [
  'name: Synthetic Safeguarding Children Partnership',
  'short-name: SSCP',
  'base-url: https://bench.example.org',
  'language: en-GB',
  'description: A generated site for measuring build times.',
  'navigation:',
  ...sections.map((s) => `  - { title: ${s.title}, url: /${s.folder}/ }`),
  '  - { title: Search, url: /search/ }',
  'checks:',
  '  reading-age: 11',
  '  rules:',
  '    vague-link-text: error',
  '',
].join('\n');

const roots = { ours: path.join(out, 'ours', 'content'), hugo: path.join(out, 'hugo', 'content'), eleventy: path.join(out, 'eleventy', 'content') };
for (const root of Object.values(roots)) fs.rmSync(root, { recursive: true, force: true });
const made = new Set();
function write(file, text) {
  const dir = path.dirname(file);
  if (!made.has(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  fs.writeFileSync(file, text);
}
let words = 0;
for (const { file, hugoFile, text } of files) {
  write(path.join(roots.ours, file), text);
  write(path.join(roots.eleventy, file), text);
  write(path.join(roots.hugo, hugoFile), text);
  words += text.split(/\s+/).length;
}
write(path.join(roots.ours, 'site.yml'), siteYml);
console.log(`${files.length} pages, ${Math.round(words / Math.max(1, files.length))} words each on average, in ${out}`);

function parseArgs(list) {
  const parsed = {};
  for (let i = 0; i < list.length; i++) {
    if (list[i].startsWith('--')) parsed[list[i].slice(2)] = list[++i];
  }
  return parsed;
}
