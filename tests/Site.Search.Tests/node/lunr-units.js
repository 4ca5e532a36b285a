'use strict';
// node lunr-units.js in.json out.json
// Runs lunr's building blocks and the JavaScript functions the C# port must agree with on batches of
// inputs: the stemmer, the whole index pipeline, the tokenizer (with token metadata), toLowerCase,
// Number#toString, JSON.stringify, Math.log and Math.round.
const fs = require('fs');
const { lunr, num } = require('./lunr-common');

const [input, output] = process.argv.slice(2);
const batch = JSON.parse(fs.readFileSync(input, 'utf8'));
const show = (x) => (Object.is(x, -0) ? '-0' : String(x));
// Strings go back JSON-encoded, so unpaired surrogates survive the trip.
const enc = (s) => JSON.stringify(s);
const pipeline = new lunr.Pipeline();
pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);

fs.writeFileSync(output, JSON.stringify({
  stem: (batch.stem || []).map((w) => enc(lunr.stemmer(new lunr.Token(w)).toString())),
  pipeline: (batch.pipeline || []).map((w) => {
    const out = pipeline.run([new lunr.Token(w)]);
    return out.length ? enc(out[0].toString()) : null;
  }),
  tokenize: (batch.tokenize || []).map((s) =>
    lunr.tokenizer(s).map((t) => [enc(t.str), t.metadata.position[0], t.metadata.position[1], t.metadata.index])),
  lower: (batch.lower || []).map((s) => enc(s.toLowerCase())),
  numbers: (batch.numbers || []).map((x) => [String(num(x)), JSON.stringify(num(x))]),
  thousandths: (batch.thousandths || []).map((r) => JSON.stringify(num(r) / 1000)),
  log: (batch.log || []).map((x) => show(Math.log(num(x)))),
  round: (batch.round || []).map((x) => show(Math.round(num(x)))),
  strings: (batch.strings || []).map((s) => JSON.stringify(s)),
}), 'utf8');
