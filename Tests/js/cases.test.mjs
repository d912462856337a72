// Replays the analyses the Swift test suite recorded from the bundled content: the browser must
// turn every text into exactly the tokens the index builder produced. ANALYSIS_CASES may point at
// another cases file (used to exercise this test before the Swift side exists).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../themes/default/assets/search/analyze.js';

const file = process.env.ANALYSIS_CASES ||
  fileURLToPath(new URL('../Generated/analysis-cases.json', import.meta.url));

test('analyze reproduces every case the Swift analyser recorded', () => {
  assert.ok(existsSync(file),
    `${file} is missing: run \`swift test\` first, it writes the cases this test replays`);
  const { cases } = JSON.parse(readFileSync(file, 'utf8'));
  assert.ok(Array.isArray(cases) && cases.length > 0, `${file} has no "cases"`);
  const mismatches = [];
  for (const [i, c] of cases.entries()) {
    const actual = analyze(c.text, c.language);
    if (JSON.stringify(actual) !== JSON.stringify(c.tokens)) {
      const at = c.tokens.findIndex((t, k) => t !== actual[k]);
      mismatches.push(`case ${i} (${c.language}) ${JSON.stringify(c.text.slice(0, 120))}\n` +
        `  first difference at token ${at < 0 ? c.tokens.length : at}\n` +
        `  swift: ${JSON.stringify(c.tokens)}\n  js:    ${JSON.stringify(actual)}`);
    }
  }
  assert.equal(mismatches.length, 0,
    `${mismatches.length} of ${cases.length} cases differ from Swift:\n` + mismatches.slice(0, 20).join('\n'));
});
