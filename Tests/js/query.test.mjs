// Replays the query-rule cases the Swift test suite checked and wrote (QueryRulesTests): stop
// words, transliteration in both directions and each convention, the loose spelling key, the
// wrong keyboard layout and compounds must come out of fallback.js and analyze.js exactly as
// out of their Swift namesakes, with each language's rules as the index writes them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, bare, searched, tokenize } from '../../themes/default/assets/search/analyze.js';
import { candidate, key, retyped, spelling, split } from '../../themes/default/assets/search/fallback.js';

const file = fileURLToPath(new URL('../Generated/query-cases.json', import.meta.url));

test('every query-rule case comes out as in Swift', async () => {
  assert.ok(existsSync(file), `${file} is missing: run \`swift test\` first, it writes the cases this test replays`);
  const { languages, cases } = JSON.parse(readFileSync(file, 'utf8'));
  assert.ok(cases.length > 0);
  const kinds = new Set(), mismatches = [];
  for (const c of cases) {
    const { rules, stop_words } = languages[c.language], lang = c.language;
    const stop = new Set(stop_words.split(' ').map(w => bare(w, lang)));
    const isKnown = async w => analyze(w, lang).some(t => t in (c.terms ?? {}));
    const run = {
      stop: () => stop.has(bare(c.input, lang)),
      searched: () => searched(tokenize(c.input, lang), stop, lang),
      candidate: () => candidate(c.input, rules) ?? null,
      key: () => key(c.input, rules),
      spelling: () => spelling(c.input, c.stem, c.terms, rules) ?? null,
      layout: async () => await retyped(c.input, rules.layouts, t => tokenize(t, lang), isKnown) ?? null,
      compound: async () => await split(c.input, isKnown) ?? null,
    }[c.kind];
    assert.ok(run, `unknown kind ${c.kind}`);
    kinds.add(c.kind);
    const actual = await run();
    if (JSON.stringify(actual) != JSON.stringify(c.expected)) mismatches.push(`${c.kind} ${lang} ${c.input}: swift ${JSON.stringify(c.expected)}, js ${JSON.stringify(actual)}`);
  }
  assert.deepEqual(mismatches, []);
  assert.deepEqual([...kinds].sort(), ['candidate', 'compound', 'key', 'layout', 'searched', 'spelling', 'stop']);
});
