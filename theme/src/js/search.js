/*
 * Site search. Enhances the server-rendered form on /search/: loads the lunr index and the documents
 * list the site build writes, searches as the reader types, filters by type and audience, and renders
 * the results as DOM nodes (never innerHTML, so a strict Content Security Policy is enough).
 *
 * Plain ES2017, no build step. Needs the global `lunr` (2.3.9), loaded before this file.
 * Element ids are a contract with the search page template:
 *   #search-form, #search-q, #search-filter-type, #search-filter-audience, #search-status,
 *   #search-results (data-index-url, data-documents-url), #search-a-to-z.
 * Under node the pure functions are exported for the tests and nothing touches a document.
 */
(function (root) {
  'use strict';

  var DEBOUNCE_MS = 250;
  var SNIPPET_LENGTH = 220;
  // A prefix search ("negl" finds "neglect") for terms of at least this many characters.
  var MIN_PREFIX_LENGTH = 2;
  var EXACT_BOOST = 10;

  // Punctuation, and the lunr query syntax characters : ^ ~ * + -, become spaces. Apostrophes (' and ’)
  // stay inside words as they do in the index ("children’s"), underscores too (a word character to lunr).
  var PUNCTUATION = /[!-&(-\/:-@\[-\^`{-~\u00a1-\u00bf\u2010-\u2018\u201a-\u205e\u3000-\u303f\ufe10-\ufe6b\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/g;
  // lunr.tokenizer's separator: white space and hyphens.
  var SEPARATOR = /[\s-]+/;
  // lunr.trimmer: characters outside [A-Za-z0-9_] at either end of a word.
  var LEADING = /^\W+/;
  var TRAILING = /\W+$/;

  function lunrLib() {
    var lib = root.lunr;
    if (!lib) throw new Error('search.js needs lunr.js to be loaded first');
    return lib;
  }

  function trim(word) {
    return word.replace(LEADING, '').replace(TRAILING, '');
  }

  function isStopWord(term) {
    var lunr = lunrLib();
    return lunr.stopWordFilter(new lunr.Token(term)) === undefined;
  }

  /**
   * Turns what a reader typed into search terms, the way lunr turns page text into index terms before
   * stemming: lower case, punctuation and query syntax removed, split on spaces and hyphens, trimmed,
   * stop words dropped, duplicates dropped. Never throws.
   * @returns {string[]}
   */
  function cleanQuery(raw) {
    var text = String(raw === undefined || raw === null ? '' : raw).toLowerCase().replace(PUNCTUATION, ' ');
    var terms = [];
    text.split(SEPARATOR).forEach(function (word) {
      var term = trim(word);
      if (term && !isStopWord(term) && terms.indexOf(term) < 0) terms.push(term);
    });
    return terms;
  }

  /** The index term lunr would store for a word of page text (lower-cased, trimmed, stemmed). */
  function indexTerm(word) {
    var lunr = lunrLib();
    return lunr.stemmer(new lunr.Token(trim(word.toLowerCase()))).toString();
  }

  // Snippets stem every word of every result's excerpt; the same words recur across results and
  // searches, so each is stemmed once. Bounded by the vocabulary of documents.json.
  var stemmed = Object.create(null);
  function cachedIndexTerm(word) {
    var term = stemmed[word];
    if (term === undefined) term = stemmed[word] = indexTerm(word);
    return term;
  }

  /**
   * Reads the index as lunr.Index.load does, except for its term set. lunr builds a minimised automaton
   * of every term on load, which is most of the load's time and grows with the index; a query only walks
   * the paths its own terms lead to. This term set is a trie over the index's terms (sorted, as lunr
   * writes them) whose nodes list their children only when first asked. lunr uses an index's term set
   * in one place, Index.prototype.query, through lunr's own TokenSet.prototype.intersect, which asks each
   * node only for `final` and `edges`; the trie answers both as lunr's would at every prefix, with the
   * edges in the same order, so queries find the same terms in the same order and give the same scores.
   */
  function loadIndex(serialized) {
    var lunr = lunrLib();
    var fieldVectors = {};
    serialized.fieldVectors.forEach(function (tuple) {
      fieldVectors[tuple[0]] = new lunr.Vector(tuple[1]);
    });
    var invertedIndex = Object.create(null);
    var terms = serialized.invertedIndex.map(function (tuple) {
      invertedIndex[tuple[0]] = tuple[1];
      return tuple[0];
    });
    return new lunr.Index({
      fields: serialized.fields,
      fieldVectors: fieldVectors,
      invertedIndex: invertedIndex,
      tokenSet: terms.length ? new TermNode(terms, 0, terms.length, 0) : new lunr.TokenSet(),
      pipeline: lunr.Pipeline.load(serialized.pipeline),
    });
  }

  // The terms terms[from] to terms[to - 1], which share their first `depth` UTF-16 code units. In code
  // unit order a term that is exactly the shared prefix comes first.
  function TermNode(terms, from, to, depth) {
    this.final = terms[from].length === depth;
    this.terms = terms;
    this.from = from;
    this.to = to;
    this.depth = depth;
    this.children = null;
  }

  TermNode.prototype.intersect = function (query) {
    return lunrLib().TokenSet.prototype.intersect.call(this, query);
  };

  Object.defineProperty(TermNode.prototype, 'edges', {
    get: function () {
      if (this.children === null) {
        var edges = {};
        var terms = this.terms;
        var depth = this.depth;
        for (var i = this.final ? this.from + 1 : this.from; i < this.to;) {
          var c = terms[i].charAt(depth);
          var j = i + 1;
          while (j < this.to && terms[j].charAt(depth) === c) j++;
          edges[c] = new TermNode(terms, i, j, depth + 1);
          i = j;
        }
        this.children = edges;
      }
      return this.children;
    },
  });

  /** Whether a document passes the checked filters: any checked type, and any checked audience. */
  function matchesFilters(doc, filters) {
    var types = (filters && filters.type) || [];
    var audiences = (filters && filters.audience) || [];
    if (types.length && types.indexOf(doc.type) < 0) return false;
    if (audiences.length && !(doc.audience || []).some(function (a) { return audiences.indexOf(a) >= 0; })) return false;
    return true;
  }

  function hasFilters(filters) {
    return !!filters && ((filters.type || []).length > 0 || (filters.audience || []).length > 0);
  }

  /**
   * Searches: each term matches exactly (through lunr's stemmer, boosted) or as the start of a longer
   * word. With no usable terms but some filters, lists every document that passes them, newest first.
   * @returns {{terms: string[], results: {ref: string, score: number, doc: object, matched: string[]}[]}}
   */
  function search(index, documents, query, filters) {
    var lunr = lunrLib();
    var terms = cleanQuery(query);
    var results = [];
    if (terms.length) {
      var found;
      try {
        found = index.query(function (q) {
          terms.forEach(function (term) {
            q.term(term, { boost: EXACT_BOOST });
            if (term.length >= MIN_PREFIX_LENGTH) {
              q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
            }
          });
        });
      } catch (e) {
        found = [];
      }
      found.forEach(function (r) {
        var doc = documents[Number(r.ref)];
        if (doc && matchesFilters(doc, filters)) {
          results.push({ ref: r.ref, score: r.score, doc: doc, matched: Object.keys(r.matchData.metadata) });
        }
      });
    } else if (hasFilters(filters)) {
      documents.forEach(function (doc, i) {
        if (matchesFilters(doc, filters)) results.push({ ref: String(i), score: 0, doc: doc, matched: [] });
      });
      results.sort(function (a, b) {
        var da = a.doc.date || '';
        var db = b.doc.date || '';
        if (da !== db) return da < db ? 1 : -1;
        return a.doc.title < b.doc.title ? -1 : a.doc.title > b.doc.title ? 1 : 0;
      });
    }
    return { terms: terms, results: results };
  }

  /**
   * A passage of text around the first matched word, as segments to render, matched words marked.
   * A word is marked when its index term is one the search matched, so "neglected" is marked for a
   * search that matched "neglect".
   * @returns {{text: string, mark: boolean}[]}
   */
  function snippet(text, matched, maxLength) {
    text = String(text || '');
    maxLength = maxLength || SNIPPET_LENGTH;
    var wanted = {};
    // lunr's stemmer only rewrites the end of a word and always keeps its first letter, so only words
    // that start as a matched term does can be marked, and only those are stemmed.
    var initials = {};
    (matched || []).forEach(function (t) {
      wanted[t] = true;
      initials[t.charAt(0)] = true;
    });

    // Words as lunr's tokenizer sees them, each with the span to mark (the word without edge punctuation).
    var words = [];
    var re = /[^\s-]+/g;
    var m;
    while ((m = re.exec(text)) !== null) {
      var word = m[0];
      var lead = word.length - word.replace(LEADING, '').length;
      var core = trim(word);
      if (core && initials[core.charAt(0).toLowerCase()] === true && wanted[cachedIndexTerm(core)] === true) {
        words.push({ start: m.index + lead, end: m.index + lead + core.length });
      }
    }

    var from = 0;
    var to = text.length;
    if (text.length > maxLength) {
      var anchor = words.length ? words[0].start : 0;
      from = Math.max(0, anchor - Math.floor(maxLength / 3));
      if (from > 0) {
        var space = text.indexOf(' ', from);
        from = space >= 0 && space < anchor ? space + 1 : from;
      }
      to = Math.min(text.length, from + maxLength);
      if (to < text.length) {
        var cut = text.lastIndexOf(' ', to);
        to = cut > from ? cut : to;
      }
    }

    var segments = [];
    var pos = from;
    function plain(end) {
      if (end > pos) segments.push({ text: text.slice(pos, end), mark: false });
    }
    words.forEach(function (w) {
      if (w.start < from || w.end > to) return;
      plain(w.start);
      segments.push({ text: text.slice(w.start, w.end), mark: true });
      pos = w.end;
    });
    plain(to);
    if (from > 0) segments.unshift({ text: '…', mark: false });
    if (to < text.length) segments.push({ text: '…', mark: false });
    return segments;
  }

  /** What #search-status announces. */
  function statusText(count, query, filterLabels) {
    var q = String(query || '').trim();
    var labels = filterLabels && filterLabels.length ? filterLabels.join(', ') : '';
    if (!q) {
      if (!labels) return '';
      return (count === 1 ? '1 page matches' : count + ' pages match') + ' the filters: ' + labels;
    }
    var filtered = labels ? ' (filtered by ' + labels + ')' : '';
    if (count === 0) return 'No results for \u2018' + q + '\u2019' + filtered;
    return (count === 1 ? '1 result' : count + ' results') + ' for \u2018' + q + '\u2019' + filtered;
  }

  /** Reads q, type and audience from a query string ("?q=neglect&type=toolkit"). */
  function readState(search) {
    var params = new URLSearchParams(search || '');
    return {
      q: params.get('q') || '',
      filters: { type: params.getAll('type'), audience: params.getAll('audience') },
    };
  }

  /** The query string for a state, without the "?"; empty when there is nothing to keep. */
  function writeState(state) {
    var params = new URLSearchParams();
    if (state.q) params.append('q', state.q);
    ['type', 'audience'].forEach(function (name) {
      ((state.filters && state.filters[name]) || []).forEach(function (v) { params.append(name, v); });
    });
    return params.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // The page. Everything below needs a document.

  function el(doc, name, className, text) {
    var node = doc.createElement(name);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function renderResult(doc, result) {
    var data = result.doc;
    var item = el(doc, 'li', 'app-search-result');

    var heading = el(doc, 'h2', 'govuk-heading-s app-search-result__title');
    var link = el(doc, 'a', 'govuk-link', data.title);
    link.href = data.url;
    heading.appendChild(link);
    item.appendChild(heading);

    var meta = el(doc, 'p', 'govuk-body-s app-search-result__meta');
    if (data.typeLabel) meta.appendChild(el(doc, 'span', 'app-search-result__type', data.typeLabel));
    if (data.date && data.dateText) {
      if (data.typeLabel) meta.appendChild(doc.createTextNode(' · '));
      var time = el(doc, 'time', null, data.dateText);
      time.setAttribute('datetime', data.date);
      meta.appendChild(time);
    }
    if (meta.firstChild) item.appendChild(meta);

    if (data.summary) item.appendChild(el(doc, 'p', 'govuk-body app-search-result__summary', data.summary));

    var segments = snippet(data.excerpt, result.matched);
    if (segments.length) {
      var passage = el(doc, 'p', 'govuk-body-s app-search-result__snippet');
      segments.forEach(function (s) {
        passage.appendChild(s.mark ? el(doc, 'mark', null, s.text) : doc.createTextNode(s.text));
      });
      item.appendChild(passage);
    }
    return item;
  }

  function renderNoResults(doc, container, hasQuery, filtered) {
    container.appendChild(el(doc, 'p', 'govuk-body', hasQuery ? 'No pages matched your search.' : 'No pages match the filters.'));
    var tips = el(doc, 'ul', 'govuk-list govuk-list--bullet');
    if (hasQuery) {
      tips.appendChild(el(doc, 'li', null, 'check the spelling'));
      tips.appendChild(el(doc, 'li', null, 'try fewer words, or more general ones'));
    }
    if (filtered) tips.appendChild(el(doc, 'li', null, 'clear some of the filters'));
    container.appendChild(el(doc, 'p', 'govuk-body', 'You could:'));
    container.appendChild(tips);
    var browse = el(doc, 'p', 'govuk-body', 'Or find the page in the ');
    var link = el(doc, 'a', 'govuk-link', 'list of every page from A to Z');
    link.href = '#search-a-to-z';
    browse.appendChild(link);
    browse.appendChild(doc.createTextNode('.'));
    container.appendChild(browse);
  }

  function checkedValues(form, name) {
    return Array.prototype.filter.call(form.querySelectorAll('input[name="' + name + '"]'), function (i) { return i.checked; })
      .map(function (i) { return i.value; });
  }

  function checkedLabels(doc, form) {
    return Array.prototype.filter.call(form.querySelectorAll('input[type="checkbox"]'), function (i) { return i.checked; })
      .map(function (i) {
        var label = i.id ? doc.querySelector('label[for="' + i.id + '"]') : null;
        return label ? label.textContent.trim() : i.value;
      });
  }

  // User Timing marks, read by the in-browser benchmark (bench/search/InBrowser).
  function mark(win, name) {
    if (win.performance && win.performance.mark) win.performance.mark(name);
  }

  function init(doc, win) {
    mark(win, 'search-start');
    var form = doc.getElementById('search-form');
    var input = doc.getElementById('search-q');
    var status = doc.getElementById('search-status');
    var container = doc.getElementById('search-results');
    var aToZ = doc.getElementById('search-a-to-z');
    if (!form || !input || !status || !container) return;

    var index = null;
    var documents = null;
    var timer = null;

    // The state in the address bar wins over what the browser restored into the form.
    var initial = readState(win.location.search);
    input.value = initial.q;
    Array.prototype.forEach.call(form.querySelectorAll('input[type="checkbox"]'), function (box) {
      var values = initial.filters[box.name] || [];
      box.checked = values.indexOf(box.value) >= 0;
    });

    function currentState() {
      return { q: input.value, filters: { type: checkedValues(form, 'type'), audience: checkedValues(form, 'audience') } };
    }

    function showAToZ(show) {
      if (aToZ) aToZ.hidden = !show;
    }

    function update() {
      if (timer) {
        win.clearTimeout(timer);
        timer = null;
      }
      var state = currentState();
      var query = writeState(state);
      var address = win.location.pathname + (query ? '?' + query : '');
      // On load the address already says what is searched; changing it to itself still costs the browser work.
      if (address !== win.location.pathname + win.location.search) {
        try {
          win.history.replaceState(null, '', address);
        } catch (e) {
          // A page opened from a file cannot change its address; searching still works.
        }
      }
      if (!index) return;

      while (container.firstChild) container.removeChild(container.firstChild);
      var outcome = search(index, documents, state.q, state.filters);
      var filtered = hasFilters(state.filters);
      var hasQuery = outcome.terms.length > 0;

      if (!hasQuery && !filtered) {
        status.textContent = state.q.trim() ? 'Type a more specific word to search for' : '';
        showAToZ(true);
        return;
      }

      status.textContent = statusText(outcome.results.length, hasQuery ? state.q : '', checkedLabels(doc, form));
      if (outcome.results.length === 0) {
        renderNoResults(doc, container, hasQuery, filtered);
        showAToZ(true);
        return;
      }

      var list = el(doc, 'ol', 'govuk-list app-search-results');
      outcome.results.forEach(function (r) { list.appendChild(renderResult(doc, r)); });
      container.appendChild(list);
      showAToZ(false);
    }

    function later() {
      if (timer) win.clearTimeout(timer);
      timer = win.setTimeout(update, DEBOUNCE_MS);
    }

    input.addEventListener('input', later);
    form.addEventListener('change', function (event) {
      if (event.target !== input) update();
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      update();
    });

    function load(url) {
      return win.fetch(url, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error(url + ': ' + response.status);
        return response.json();
      });
    }

    Promise.all([load(container.getAttribute('data-index-url')), load(container.getAttribute('data-documents-url'))])
      .then(function (loaded) {
        mark(win, 'search-index-parsed');
        index = loadIndex(loaded[0]);
        documents = loaded[1];
        mark(win, 'search-index-loaded');
        update();
        mark(win, 'search-first-results');
      })
      .catch(function () {
        status.textContent = 'Search is not working at the moment. You can find any page in the list from A to Z below.';
        showAToZ(true);
      });
  }

  var api = {
    cleanQuery: cleanQuery,
    indexTerm: indexTerm,
    loadIndex: loadIndex,
    matchesFilters: matchesFilters,
    search: search,
    snippet: snippet,
    statusText: statusText,
    readState: readState,
    writeState: writeState,
    init: init,
  };

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = api;
  } else if (typeof document !== 'undefined') {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { init(document, window); });
    } else {
      init(document, window);
    }
  }
})(typeof globalThis !== 'undefined' ? globalThis : this);
