'use strict';
// Shared by the node scripts of the test suite: loads the theme's lunr (2.3.9) and builds an index from
// a test case the way the site's index builder is specified to: the default lunr() set-up, one lunr field
// per case field (values read through an extractor, so null means absent), document boosts.
const path = require('path');

const lunr = require(path.join(__dirname, '..', '..', '..', 'theme', 'node_modules', 'lunr'));

if (lunr.version !== '2.3.9') throw new Error('expected lunr 2.3.9, found ' + lunr.version);

// Numbers JSON cannot carry travel as strings.
function num(x) {
  return typeof x === 'string' ? Number(x) : x;
}

function buildIndex(testCase) {
  return lunr(function () {
    this.ref('ref');
    testCase.fields.forEach((field, i) => {
      const attributes = { extractor: (doc) => doc.values[i] };
      if (field.boost !== undefined) attributes.boost = num(field.boost);
      this.field(field.name, attributes);
    });
    testCase.docs.forEach((doc) => {
      this.add(doc, doc.boost === undefined ? undefined : { boost: num(doc.boost) });
    });
  });
}

module.exports = { lunr, buildIndex, num };
