// Every word/stem pair of the shared fixtures must come out of the browser stemmers unchanged:
// the Swift index builder is held to the same files, so passing both keeps them in step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { stem } from '../../themes/default/assets/search/analyze.js';

// The fixtures live beside the repository, not in it: <repo>/../shared/fixtures/stemmers/.
// A clone on its own (as in /tmp) has none; there the checks are skipped, loudly, not failed.
const fixtures = new URL('../../../shared/fixtures/stemmers/', import.meta.url);
const missing = !existsSync(fixtures) && `no stemmer fixtures at ${fixtures.pathname}`;

for (const [lang, file] of [['lv', 'latvian'], ['ru', 'russian'], ['en', 'english']]) {
  test(`${file}.tsv: every pair stems as expected (${lang})`, { skip: missing }, () => {
    const url = new URL(`${file}.tsv`, fixtures);
    const lines = readFileSync(url, 'utf8').split('\n').filter(line => line !== '');
    assert.ok(lines.length > 0, `${url.pathname} has no pairs`);
    const mismatches = [];
    for (const [n, line] of lines.entries()) {
      const [word, expected, extra] = line.split('\t');
      assert.ok(expected !== undefined && extra === undefined, `${file}.tsv:${n + 1} is not word<TAB>stem: ${JSON.stringify(line)}`);
      const actual = stem(word, lang);
      if (actual !== expected) mismatches.push(`${file}.tsv:${n + 1} ${word} -> ${actual} (expected ${expected})`);
    }
    assert.equal(mismatches.length, 0,
      `${mismatches.length} of ${lines.length} ${file} words stem differently:\n` +
      mismatches.slice(0, 50).join('\n') + (mismatches.length > 50 ? `\n… and ${mismatches.length - 50} more` : ''));
  });
}
