// How well the analyser joins the forms of one word and keeps different words apart, on a fixed
// sample of Debian's Hunspell dictionaries: bench/conflation (which defines the figures) on 600
// lemmas per language instead of 2,000, about two seconds. The floors sit a little below what
// that sample measured when the Ukrainian stemmer was written, so a change to a stemmer or to
// the analysis that joins fewer forms, or joins different words, fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bench = fileURLToPath(new URL('../../bench/conflation', import.meta.url));
const needed = ['/usr/bin/unmunch', ...['uk_UA', 'ru_RU', 'lv_LV'].map(d => `/usr/share/hunspell/${d}.dic`)];

// Measured: uk 0.9386 / 0.9950, ru 0.9265 / 0.9910, lv 0.6749 / 1.0000 (recall / precision).
const floors = {
  uk: { recall: 0.93, precision: 0.99 },
  ru: { recall: 0.92, precision: 0.985 },
  lv: { recall: 0.665, precision: 0.995 },
};

test('conflation on 600 lemmas per language stays above its floors', () => {
  const missing = needed.filter(path => !existsSync(path));
  assert.deepEqual(missing, [], 'run `script/install-dependencies test` (hunspell-uk, hunspell-ru, hunspell-lv, hunspell-tools)');
  const output = execFileSync('python3', [bench, '--lemmas', '600', '--seed', '1'], { encoding: 'utf8' });
  const figures = JSON.parse(output.trim().split('\n').at(-1));
  for (const [language, floor] of Object.entries(floors)) {
    for (const [name, minimum] of Object.entries(floor)) {
      assert.ok(figures[language][name] >= minimum,
        `${language} ${name} ${figures[language][name]} is below ${minimum}\n${output}`);
    }
  }
});
