'use strict';
// node lunr-build.js cases.json out.txt
// Builds a lunr index for every case and writes JSON.stringify(idx), one line per case.
const fs = require('fs');
const { buildIndex } = require('./lunr-common');

const [input, output] = process.argv.slice(2);
const cases = JSON.parse(fs.readFileSync(input, 'utf8'));
const lines = cases.map((testCase) => JSON.stringify(buildIndex(testCase)));
fs.writeFileSync(output, lines.join('\n') + '\n', 'utf8');
