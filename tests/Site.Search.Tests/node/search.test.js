'use strict';
// Tests of theme/src/js/search.js under node's test runner, against an index built by the C# builder.
// SEARCH_FIXTURE_DIR holds lunr-index.json and documents.json (written by SearchUiTests).
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { lunr } = require('./lunr-common');
const { Document } = require('./fake-dom');

globalThis.lunr = lunr;
const search = require(path.join(__dirname, '..', '..', '..', 'theme', 'src', 'js', 'search.js'));

const dir = process.env.SEARCH_FIXTURE_DIR;
if (!dir) throw new Error('SEARCH_FIXTURE_DIR is not set');
const indexJson = JSON.parse(fs.readFileSync(path.join(dir, 'lunr-index.json'), 'utf8'));
const documents = JSON.parse(fs.readFileSync(path.join(dir, 'documents.json'), 'utf8'));
const index = lunr.Index.load(indexJson);
const titles = (outcome) => outcome.results.map((r) => r.doc.title);
const run = (q, filters) => search.search(index, documents, q, filters);

test('the index the C# builder wrote loads in lunr', () => {
  assert.equal(indexJson.version, '2.3.9');
  assert.deepEqual(indexJson.fields, ['title', 'summary', 'headings', 'body', 'type', 'audience', 'topics']);
  assert.ok(indexJson.invertedIndex.length > 100);
});

test('loadIndex finds what lunr.Index.load finds, with the same scores', () => {
  const page = search.loadIndex(JSON.parse(JSON.stringify(indexJson)));
  const queries = new Set();
  indexJson.invertedIndex.forEach(([term]) => {
    queries.add(term);
    for (let k = 1; k <= Math.min(3, term.length); k++) queries.add(term.slice(0, k) + '*');
  });
  ['*', '*ect', 'negelct~2', 'title:child*', '+child -neglect', 'zzzz*'].forEach((q) => queries.add(q));
  assert.ok(queries.size > 200, String(queries.size));
  for (const q of queries) {
    assert.deepEqual(page.search(q), index.search(q), q);
  }
  assert.deepEqual(run('negl'), search.search(page, documents, 'negl'));
});

test('loadIndex reads an index of no documents', () => {
  const empty = lunr(function () { this.ref('id'); this.field('title'); });
  assert.deepEqual(search.loadIndex(JSON.parse(JSON.stringify(empty))).search('anything*'), []);
});

test('cleanQuery lower-cases, splits, trims and drops stop words and duplicates', () => {
  assert.deepEqual(search.cleanQuery('Neglect'), ['neglect']);
  assert.deepEqual(search.cleanQuery('the neglect of CHILDREN'), ['neglect', 'children']);
  assert.deepEqual(search.cleanQuery('well-being'), ['well', 'being']);
  assert.deepEqual(search.cleanQuery('neglect neglect Neglect'), ['neglect']);
  assert.deepEqual(search.cleanQuery('  child   \t protection \n'), ['child', 'protection']);
  assert.deepEqual(search.cleanQuery('a the and of'), []);
  assert.deepEqual(search.cleanQuery(''), []);
  assert.deepEqual(search.cleanQuery(null), []);
  assert.deepEqual(search.cleanQuery(undefined), []);
});

test('cleanQuery strips lunr syntax and punctuation', () => {
  assert.deepEqual(search.cleanQuery('title:neglect^10 abuse~2 +child -school *'), ['title', 'neglect', '10', 'abuse', '2', 'child', 'school']);
  assert.deepEqual(search.cleanQuery('neg*ect'), ['neg', 'ect']);
  assert.deepEqual(search.cleanQuery('"early help" (support)!?'), ['early', 'help', 'support']);
  assert.deepEqual(search.cleanQuery('‘quoted’ «guillemets» — dash'), ['quoted', 'guillemets', 'dash']);
  assert.deepEqual(search.cleanQuery(':^~*+-'), []);
});

test('cleanQuery keeps apostrophes inside words, as the index does', () => {
  assert.deepEqual(search.cleanQuery("children's"), ["children's"]);
  assert.deepEqual(search.cleanQuery('children’s'), ['children’s']);
  assert.deepEqual(search.cleanQuery("'single'"), ['single']);
});

test('cleanQuery trims like lunr: letters outside ASCII at the edges go', () => {
  assert.deepEqual(search.cleanQuery('café'), ['caf']);
  assert.deepEqual(search.cleanQuery('北京'), []);
});

test('no query ever throws', () => {
  const pieces = [':', '^', '~', '*', '+', '-', '\\', '"', "'", '(', ')', '[', ']', '{', '}', '?', '!', '.', ',', ' ',
    'a', 'neg', 'child', '2', '~2', '^10', 'title:', 'é', '北', '\ud800', '\u0000', '\u200b', '__proto__', 'constructor'];
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < 1000; i++) {
    let q = '';
    for (let k = Math.floor(random() * 8); k >= 0; k--) q += pieces[Math.floor(random() * pieces.length)];
    const outcome = run(q, { type: [], audience: [] });
    assert.ok(Array.isArray(outcome.results), q);
  }
});

test('a prefix finds whole words: "negl" finds neglect', () => {
  const outcome = run('negl');
  assert.ok(outcome.results.length > 0);
  assert.ok(titles(outcome).includes('Neglect toolkit'), titles(outcome).join(', '));
  assert.ok(outcome.results[0].matched.some((t) => t.startsWith('negl')));
});

test('exact words rank above words that only start with the query', () => {
  // "safe" is a word of its own in some documents and the start of "safeguard" and "safety" in others.
  const outcome = run('safe');
  assert.ok(outcome.results.some((r) => !r.matched.includes('safe')), 'some documents match by prefix only');
  assert.ok(outcome.results[0].matched.includes('safe'), outcome.results[0].matched.join(' '));
});

test('stemming matches other forms of a word', () => {
  assert.ok(titles(run('neglected')).includes('Neglect toolkit'));
  assert.ok(titles(run('toolkits')).includes('Neglect toolkit'));
});

test('the title weighs most', () => {
  assert.equal(run('exploitation').results[0].doc.title, 'Exploitation: a guide for young people');
});

test('filters keep documents of any checked type and any checked audience', () => {
  const toolkits = run('neglect', { type: ['toolkit'], audience: [] });
  assert.ok(toolkits.results.length > 0);
  assert.ok(toolkits.results.every((r) => r.doc.type === 'toolkit'));

  const families = run('safe', { type: [], audience: ['families'] });
  assert.ok(families.results.length > 0);
  assert.ok(families.results.every((r) => r.doc.audience.includes('families')));

  const both = run('safe', { type: ['hub', 'page'], audience: ['families', 'children-and-young-people'] });
  assert.ok(both.results.every((r) => ['hub', 'page'].includes(r.doc.type)));
  assert.ok(both.results.every((r) => r.doc.audience.some((a) => ['families', 'children-and-young-people'].includes(a))));
  assert.ok(both.results.length < run('safe').results.length);
});

test('filters without a query list every matching document, newest first', () => {
  const outcome = run('', { type: ['hub'], audience: [] });
  assert.deepEqual(outcome.terms, []);
  assert.equal(outcome.results.length, documents.filter((d) => d.type === 'hub').length);
  const dated = run('', { type: [], audience: ['practitioners'] }).results.map((r) => r.doc.date || '');
  assert.deepEqual(dated, [...dated].sort().reverse());
  assert.equal(run('', { type: [], audience: [] }).results.length, 0);
});

test('snippet marks the words whose index term matched, around the first match', () => {
  const text = 'Practitioners noticed that the child was neglected. Neglect is persistent; NEGLECTFUL care harms.';
  const segments = search.snippet(text, ['neglect']);
  // "neglectful" stems to "neglect" too.
  assert.deepEqual(segments.filter((s) => s.mark).map((s) => s.text), ['neglected', 'Neglect', 'NEGLECTFUL']);
  assert.equal(segments.map((s) => s.text).join(''), text);

  const none = search.snippet('Nothing to see here.', ['neglect']);
  assert.deepEqual(none, [{ text: 'Nothing to see here.', mark: false }]);
  assert.deepEqual(search.snippet('', ['x']), []);
});

test('an index term starts with the first letter of its word, which snippets rely on', () => {
  const words = new Set(['Ýes', 'Yelling', 'IES', 'a1ing', '_ing', '9ness']);
  // Beginnings of every shape (vowel, consonant, initial y, digit, underscore) with the ending of every
  // step of the Porter stemmer, once and twice over.
  const starts = ['a', 'y', 'e', 'ab', 'ya', 'ey', 'yy', 'tr', 'sky', 'happ', 'relat', 'conn', 'hop', 'fil', 'x9', '_a', '1'];
  const endings = ['', 's', 'es', 'ies', 'sses', 'ss', 'ed', 'eed', 'ing', 'y', 'ational', 'tional', 'enci', 'anci', 'izer',
    'bli', 'alli', 'entli', 'eli', 'ousli', 'ization', 'ation', 'ator', 'alism', 'iveness', 'fulness', 'ousness', 'aliti',
    'iviti', 'biliti', 'logi', 'icate', 'ative', 'alize', 'iciti', 'ical', 'ful', 'ness', 'al', 'ance', 'ence', 'er', 'ic',
    'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'sion', 'tion', 'e', 'll', 'at', 'bl', 'iz'];
  starts.forEach((a) => endings.forEach((b) => endings.forEach((c) => words.add(a + b + c))));
  documents.forEach((d) => [d.title, d.summary, d.excerpt].join(' ').split(/[\s-]+/).forEach((w) => words.add(w)));
  for (const word of words) {
    const core = word.replace(/^\W+/, '').replace(/\W+$/, '');
    if (core) assert.equal(search.indexTerm(core).charAt(0), core.charAt(0).toLowerCase(), word);
  }
  assert.ok(words.size > 50000, String(words.size));
});

test('snippet of a long text is a window with ellipses, cut at spaces', () => {
  const words = [];
  for (let i = 0; i < 120; i++) words.push(i === 80 ? 'safeguarding' : 'word' + i);
  const text = words.join(' ');
  const segments = search.snippet(text, [search.indexTerm('safeguarding')], 100);
  assert.equal(segments[0].text, '…');
  assert.equal(segments[segments.length - 1].text, '…');
  assert.deepEqual(segments.filter((s) => s.mark).map((s) => s.text), ['safeguarding']);
  const inner = segments.slice(1, -1).map((s) => s.text).join('');
  assert.ok(inner.length <= 100);
  assert.ok(text.includes(inner));
  assert.ok(!inner.startsWith(' ') && /^word\d+/.test(inner));
});

test('statusText announces the count and the query', () => {
  assert.equal(search.statusText(0, 'xyz'), 'No results for ‘xyz’');
  assert.equal(search.statusText(1, 'neglect'), '1 result for ‘neglect’');
  assert.equal(search.statusText(12, ' neglect '), '12 results for ‘neglect’');
  assert.equal(search.statusText(3, 'neglect', ['Toolkit', 'Families']), '3 results for ‘neglect’ (filtered by Toolkit, Families)');
  assert.equal(search.statusText(4, '', ['Hub']), '4 pages match the filters: Hub');
  assert.equal(search.statusText(1, '', ['Hub']), '1 page matches the filters: Hub');
  assert.equal(search.statusText(0, '', []), '');
});

test('state goes to and from the query string', () => {
  const state = search.readState('?q=child+neglect&type=toolkit&type=page&audience=families');
  assert.deepEqual(state, { q: 'child neglect', filters: { type: ['toolkit', 'page'], audience: ['families'] } });
  assert.equal(search.writeState(state), 'q=child+neglect&type=toolkit&type=page&audience=families');
  assert.deepEqual(search.readState(''), { q: '', filters: { type: [], audience: [] } });
  assert.equal(search.writeState({ q: '', filters: { type: [], audience: [] } }), '');
});

// ------------------------------------------------------------------------------------------------
// The page, on a fake DOM.

function page(search) {
  const doc = new Document();
  const checkbox = (name, value, label) => ['div', {},
    ['input', { id: `search-${name}-${value}`, name, type: 'checkbox', value }],
    ['label', { for: `search-${name}-${value}` }, label]];
  doc.build(['main', {},
    ['form', { id: 'search-form', action: '/search/', method: 'get', role: 'search' },
      ['label', { for: 'search-q' }, 'Search the site'],
      ['input', { id: 'search-q', name: 'q', type: 'search' }],
      ['fieldset', { id: 'search-filter-type' }, checkbox('type', 'toolkit', 'Toolkit'), checkbox('type', 'hub', 'Hub')],
      ['fieldset', { id: 'search-filter-audience' }, checkbox('audience', 'families', 'Families')],
      ['button', {}, 'Search']],
    ['p', { id: 'search-status', role: 'status', 'aria-live': 'polite' }],
    ['div', { id: 'search-results', 'data-index-url': '/search/lunr-index.json', 'data-documents-url': '/search/documents.json' }],
    ['div', { id: 'search-a-to-z' }, 'A to Z']]);

  const timers = [];
  const win = {
    location: { pathname: '/search/', search },
    history: { urls: [], replaceState(_, __, url) { this.urls.push(url); } },
    setTimeout(fn) { timers.push(fn); return timers.length; },
    clearTimeout(id) { timers[id - 1] = null; },
    fetch(url) {
      const body = url === '/search/lunr-index.json' ? indexJson : url === '/search/documents.json' ? documents : null;
      return Promise.resolve({ ok: body !== null, status: body ? 200 : 404, json: () => Promise.resolve(body) });
    },
    flushTimers() { timers.splice(0).forEach((fn) => fn && fn()); },
  };
  const $ = (id) => doc.getElementById(id);
  return { doc, win, $ };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

test('page: runs the search in the address on load and renders a list of results', async () => {
  const { doc, win, $ } = page('?q=negl&type=toolkit');
  search.init(doc, win);
  await settle();

  assert.equal($('search-q').value, 'negl');
  assert.equal($('search-type-toolkit').checked, true);
  assert.equal($('search-type-hub').checked, false);
  const list = $('search-results').firstChild;
  assert.equal(list.tagName, 'OL');
  const items = list.childNodes;
  assert.ok(items.length > 0);
  assert.match($('search-status').textContent, /^\d+ results? for ‘negl’ \(filtered by Toolkit\)$/);
  assert.equal($('search-a-to-z').hidden, true);

  const first = items[0];
  const link = first.descendants().find((e) => e.tagName === 'A');
  assert.equal(link.textContent, 'Neglect toolkit');
  assert.equal(link.href, documents.find((d) => d.title === 'Neglect toolkit').url);
  // Only links in the results, in document order, so Tab goes through them in order.
  const focusable = list.descendants().filter((e) => e.tagName === 'A' || e.getAttribute('tabindex') !== null);
  assert.deepEqual(focusable.map((e) => e.tagName), items.map(() => 'A'));
});

test('page: the address is left alone when it already says what is searched', async () => {
  const { doc, win } = page('?q=negl&type=toolkit');
  search.init(doc, win);
  await settle();
  assert.deepEqual(win.history.urls, []);
});

test('page: typing searches after a pause and updates the address', async () => {
  const { doc, win, $ } = page('');
  search.init(doc, win);
  await settle();
  assert.equal($('search-status').textContent, '');
  assert.equal($('search-a-to-z').hidden, false);

  $('search-q').value = 'exploitation';
  $('search-q').dispatch('input');
  assert.equal($('search-results').firstChild, null, 'nothing before the pause');
  win.flushTimers();
  assert.equal($('search-results').firstChild.tagName, 'OL');
  assert.equal(win.history.urls[win.history.urls.length - 1], '/search/?q=exploitation');
  const marks = $('search-results').descendants().filter((e) => e.tagName === 'MARK').map((e) => e.textContent);
  assert.ok(marks.length > 0 && marks.every((m) => /^exploit/i.test(m)), marks.join(', '));

  $('search-type-hub').checked = true;
  $('search-form').dispatch('change', $('search-type-hub'));
  assert.equal(win.history.urls[win.history.urls.length - 1], '/search/?q=exploitation&type=hub');
});

test('page: no results shows help and a link to the A to Z list', async () => {
  const { doc, win, $ } = page('?q=zzzzqqq');
  search.init(doc, win);
  await settle();
  assert.equal($('search-status').textContent, 'No results for ‘zzzzqqq’');
  assert.equal($('search-a-to-z').hidden, false);
  const links = $('search-results').descendants().filter((e) => e.tagName === 'A');
  assert.deepEqual(links.map((a) => a.href), ['#search-a-to-z']);
});

test('page: submitting does not reload the page and searches at once', async () => {
  const { doc, win, $ } = page('');
  search.init(doc, win);
  await settle();
  $('search-q').value = 'training';
  const event = $('search-form').dispatch('submit');
  assert.equal(event.defaultPrevented, true);
  assert.match($('search-status').textContent, /results? for ‘training’/);
});

test('page: text from the documents is shown as text, never parsed as markup', async () => {
  const { doc, win, $ } = page('');
  const hostile = documents.map((d) => Object.assign({}, d));
  hostile[1].title = '<img src=x onerror=alert(1)> Neglect toolkit';
  hostile[1].summary = '<script>alert(1)</script>';
  win.fetch = (url) => Promise.resolve({ ok: true, json: () => Promise.resolve(url.endsWith('lunr-index.json') ? indexJson : hostile) });
  search.init(doc, win);
  await settle();
  $('search-q').value = 'toolkit';
  $('search-form').dispatch('submit');
  const text = $('search-results').textContent;
  assert.ok(text.includes('<img src=x onerror=alert(1)> Neglect toolkit'));
  assert.ok(!$('search-results').descendants().some((e) => ['IMG', 'SCRIPT'].includes(e.tagName)));
});

test('page: when the index cannot load, says so and keeps the A to Z list', async () => {
  const { doc, win, $ } = page('?q=neglect');
  win.fetch = () => Promise.resolve({ ok: false, status: 404, json: () => Promise.resolve(null) });
  search.init(doc, win);
  await settle();
  assert.match($('search-status').textContent, /not working/);
  assert.equal($('search-a-to-z').hidden, false);
});
