// Query analysis for search. The index was built by the Swift analyser from the same rules
// (docs/search-analysis.md); a query only matches if every step below agrees with it exactly.

// Dropping marks only inside the Latin blocks keeps Cyrillic й/ё distinct while ā and a meet.
export const fold = s =>
  s.replace(/[\u00c0-\u024f\u1e00-\u1eff]/g, c => c.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));

// Suffix tables stay as short strings (they ship to phones) and are sorted so that the
// first match is the longest, as Snowball's `among` requires.
const table = s => s.split(' ').map(x => x.split(':')).sort((a, b) => b[0].length - a[0].length);
const pick = (w, t) => t.find(([x]) => w.endsWith(x));
const isIn = set => c => !!c && set.includes(c);

// Snowball's region start: just past the first non-vowel that follows a vowel, from i on.
const after = (w, i, v) => {
  while (i < w.length && !v(w[i])) i++;
  while (++i < w.length && v(w[i]));
  return Math.min(i + 1, w.length);
};

// Ukrainian readers type without ґ ї є and the apostrophe: step 6's extra folding for uk.
export const ukFold = w => w.replace(/'/g, '').replace(/[ґїє]/g, c => 'гіе'['ґїє'.indexOf(c)]);

// Stop words are compared as typed, without diacritics, ё, or Ukrainian ґ ї є and apostrophes
// (StopWords.normal): in English `we'll` and `well` stay apart.
export const bare = (w, code) => fold(code == 'uk' ? ukFold(w) : code == 'ru' ? w.replace(/ё/g, 'е') : w);

// The tokens a query searches (StopWords.searched): all but the stop words, unless nothing else
// is left. `stop` holds the stop words `bare`.
export const searched = (tokens, stop, code) => {
  const kept = tokens.filter(w => !stop.has(bare(w, code)));
  return kept.length ? kept : tokens;
};

// Each language's stemmer is a module of its own, so that a page loads only those of the
// languages it searches. No prototype, so a language code such as "constructor" finds none.
const STEMMERS = { __proto__: null };
const MODULES = { lv: () => import('./stem-lv.js'), ru: () => import('./stem-ru.js'), en: () => import('./stem-en.js'), uk: () => import('./stem-uk.js') };
export const load = async lang => {
  STEMMERS[lang] ??= (await MODULES[lang]?.())?.default({ after, fold, isIn, pick, table, ukFold });
};
// Outside a browser (the tests, bench/conflation) every language is ready on import.
if (!globalThis.document) await Promise.all(Object.keys(MODULES).map(load));

// The stemmers count positions in code points, as the Swift side does, so each character
// outside the BMP stands in as one placeholder unit while stemming.
export function stem(word, lang) {
  const f = STEMMERS[lang];
  if (!f) return word;
  const wide = [];
  let i = 0;
  return f(word.replace(/[\u{10000}-\u{10ffff}]/gu, c => (wide.push(c), '\uffff')))
    .replace(/\uffff/g, c => wide[i++] ?? c);
}

// ’ and ʼ too, so that search.js finds these words in raw text (tokenize makes them ').
export const WORD = /[\p{L}\p{M}\p{Nd}]+(?:['’ʼ][\p{L}\p{M}\p{Nd}]+)*/gu;

// The words before stemming, which search.js needs one by one. Ukrainians type the apostrophe
// inside words with whatever key is at hand, so for uk the look-alikes are apostrophes too.
export const tokenize = (text, lang) =>
  // toLowerCase applies Unicode's Final_Sigma rule; the Swift analyser does the same by hand.
  Array.from(text.normalize('NFC').toLowerCase().replace(lang == 'uk' ? /[’ʼ‘\x60´"ʹ′]/g : /[’ʼ]/g, "'").matchAll(WORD), m => m[0])
    .filter(t => [...t].length <= 40);

export function analyze(text, lang) {
  return tokenize(text, lang).flatMap(t => {
    const s = stem(t, lang), f = fold(lang == 'uk' ? ukFold(s) : s);
    return f != s ? [s, f] : [s];
  });
}
