// What search.js needs only for some queries, loaded the first time one does: typos, a word
// written another way (transliterated, typed on the wrong keyboard layout, two words run
// together), other languages' hits, and "did you mean". The rules are the index's
// (rules.<hash>.json, written by the Swift side from Sources/GuideSearch/Query/QueryRules.swift);
// each function here follows its Swift namesake (docs/search-analysis.md, "Reading a query").
import { analyze, fold, stem, tokenize } from './analyze.js';

// Edit distance at most 1, a swap of neighbours counting as one edit (a common slip).
const near = (a, b) => {
  let i = 0;
  while (a[i] && a[i] == b[i]) i++;
  const same = (x, y) => a.slice(x) == b.slice(y);
  return same(i + 1, i + 1) || same(i + 1, i) || same(i, i + 1) || a[i] == b[i + 1] && a[i + 1] == b[i] && same(i + 2, i + 2);
};

// First letters readers write for one another, which sort into another shard than the letter
// meant: on a Russian keyboard a Ukrainian `і` comes out as `и` or as `ы` (the same key), `є` as
// `э`; a Ukrainian writing Russian puts `е` for `э` (екзамен) and `і` for `и` or `ы`.
const FIRST = { uk: { и: 'і', ы: 'і', э: 'е' }, ru: { е: 'э', э: 'е', є: 'э', і: 'иы' } };

// A word with no term of its own, at half weight: one typo away from a term, or the start of a
// longer term (a compound's first part, or a word cut short).
export async function typos(ix, word, forms, scan) {
  // A typo in an ending hides it from the stemmer ("atļaujaz"): drop the last letter too. One
  // edit is much of a short stem, so a stem of four letters or fewer is tried only when it is
  // the word less at most one letter: "лавер" (lawyer, read in Cyrillic) cut to "лав", and
  // "пермит" (permit) stemmed "перм", were one edit from "латв" and "перв".
  const whole = [...word].length, kept = f => [...f].length > 4 || whole - [...f].length <= 1;
  const typos = [...forms.filter(kept), ...analyze(word.slice(0, -1), ix.code).filter(f => [...f].length > 4)];
  // A mistaken first letter is one edit too, but its terms are in another shard.
  const swapped = typos.flatMap(f => [...FIRST[ix.code]?.[f[0]] ?? ''].map(c => fold(c + f.slice(1))));
  const shards = await Promise.all(swapped.map(f => ix.shard(f)));
  scan(t => typos.some(f => near(f, t) || f.length > 4 && t.startsWith(f)), 0.5, shards);
}

// At each position the longest `from` that starts there becomes its `to` (Transliteration.rewrite).
export const rewrite = (text, table) => {
  const rows = table.map((r, i) => [...r, i]).sort((a, b) => b[0].length - a[0].length || a[2] - b[2]);
  let out = '';
  for (let i = 0; i < text.length;) {
    const r = rows.find(([from]) => text.startsWith(from, i));
    out += r ? r[1] : text[i];
    i += r ? r[0].length : 1;
  }
  return out;
};

const CYRILLIC = /[\u0400-\u04ff]/, LATIN = /[a-z\u00c0-\u024f]/;

// The word in the pages' script, or undefined when it has no letter of the other one.
export const candidate = (word, rules) => (rules.script == 'cyrillic' ? LATIN : CYRILLIC).test(word)
  ? rewrite(rewrite(word, rules.transliteration), rules.fixes) : undefined;

// One spelling for every way of writing a word (Transliteration.key).
export const key = (word, rules) => {
  const plain = rewrite(word, rules.key);
  let k = '';
  for (let i = 0; i < plain.length; i++) {
    if (plain[i] == 'i' && 'aeou'.includes(plain[i + 1] || '-') || k.at(-1) == plain[i]) continue;
    k += plain[i];
  }
  return k;
};

// The index term with the candidate's key that most documents hold, with the candidate's ending.
export const spelling = (cand, s, terms, rules) => {
  const wanted = key(s, rules);
  let best;
  for (const t in terms) if (key(t, rules) == wanted && (!best || terms[t] > terms[best] || terms[t] == terms[best] && t > best)) best = t;
  return best && best + cand.slice(s.length);
};

// Keys typed on one layout read on the other (KeyboardLayout.retyped).
export const retype = ([latin, letters], text) => {
  text = text.toLowerCase();
  const fromLatin = /[a-z]/.test(text);
  if (fromLatin == CYRILLIC.test(text)) return;
  const [from, to] = fromLatin ? [latin, letters] : [letters, latin];
  return [...text].map(c => { const i = from.indexOf(c); return i < 0 || !fromLatin && c == "'" ? c : to[i]; }).join('');
};

// The query with each part the index knows none of retyped on the first layout whose words it
// knows all of; undefined when nothing changes. A part with a known word is retyped too when
// that gives fewer words: keys that are letters there (`,` б, `;` ж) had split it.
export async function retyped(query, layouts, tokens, isKnown) {
  let changed = false;
  const parts = await Promise.all(query.split(/\s+/).filter(Boolean).map(async part => {
    const typed = tokens(part);
    if (!typed.length) return part;
    const known = (await Promise.all(typed.map(isKnown))).some(Boolean);
    for (const layout of layouts) {
      const again = retype(layout, part), words = again ? tokens(again) : [];
      if (known && words.length >= typed.length) continue;
      if (words.length && (await Promise.all(words.map(isKnown))).every(Boolean)) {
        changed = true;
        return again;
      }
    }
    return part;
  }));
  return changed ? parts.join(' ') : undefined;
}

// Two known words written as one, the longest first part first (CompoundSplitter.split).
export async function split(word, isKnown) {
  const letters = [...word];
  // Each part has at least four letters (CompoundSplitter.minimumPart).
  for (let cut = letters.length - 4; cut >= 4; cut--) {
    const first = letters.slice(0, cut).join(''), rest = letters.slice(cut).join('');
    if (await isKnown(first) && await isKnown(rest)) return [first, rest];
  }
}

// Term → number of documents, for the terms in the shard that would hold `term`.
const frequencies = async (ix, term) => Object.fromEntries(Object.entries(await ix.shard(fold(term))).map(([t, list]) => [t, list.length / 2]));

// Whether the index holds the word's stem or folded stem.
const knows = ix => async word => {
  const terms = analyze(word, ix.code);
  return terms.length > 0 && (await Promise.all(terms.map(async t => t in await ix.shard(fold(t))))).some(Boolean);
};

// Other readings of the query, each to be searched and merged with it.
export async function readings(ix, query, missing) {
  const rules = await ix.at(ix.m.rules), isKnown = knows(ix), tokens = text => tokenize(text, ix.code), plain = tokens(query).join(' '), found = [];
  // Transliterated part by part (GOST's grave accent for ь is no letter, so it would end a
  // token), then each word spelled as the index term with its key, wherever that term's first
  // letter sorts (е or э, и or й): so from the shards of every first letter with the same key.
  const parts = await Promise.all(query.toLowerCase().split(/\s+/).map(async part => {
    const cand = candidate(part, rules);
    return cand ? (await Promise.all(tokens(cand).map(async w => {
      const s = stem(w, ix.code), firsts = rules.transliteration.map(r => r[1]).filter(c => c.length == 1 && key(c, rules) == key(s[0], rules));
      const terms = Object.assign({}, ...await Promise.all([s[0], ...firsts].map(c => frequencies(ix, c + s.slice(1)))));
      return spelling(w, s, terms, rules) ?? w;
    }))).join(' ') : part;
  }));
  found.push(parts.join(' '), await retyped(query, rules.layouts, tokens, isKnown));
  if (rules.compounds) {
    let joined = plain;
    for (const w of missing) joined = joined.replace(w, (await split(fold(w), isKnown))?.join(' ') ?? w);
    found.push(joined);
  }
  return [...new Set(found)].filter(r => r && tokens(r).join(' ') != plain);
}

// Adds to `first.total` what each other reading finds, keeping a document's better score;
// returns the readings that found something.
export async function merged(ix, query, first, rank) {
  const found = [];
  for (const reading of await readings(ix, query, first.missing)) {
    const { total, sure } = await rank(reading);
    if (total.size) found.push(reading);
    first.sure ||= sure;
    for (const [doc, r] of total) if (order(r, first.total.get(doc) ?? [0, 0]) < 0) first.total.set(doc, r);
  }
  return found;
}

const order = (a, b) => b[0] - a[0] || b[1] - a[1];

// Other languages' hits, each under a heading naming the language in its own script, and what
// the status line says of each; with `asTypedOnly`, only languages that have a word as typed,
// not transliterated, guessed or in another form.
export async function elsewhere(others, query, search, items, { el, d, plural }, asTypedOnly = false) {
  // The languages where the words matched as typed come first, then those where more of them did.
  const found = (await Promise.all(others.map(o => search(o, query)))).filter(r => r.count && (!asTypedOnly || r.asTyped))
    .sort((a, b) => !b.readings.length - !a.readings.length || b.best - a.best);
  const [before, after = ''] = (d.foundIn || '{language}').split('{language}');
  return found.map(r => {
    const heading = el('h2', {}, before, el('span', { lang: r.code }, r.name), after);
    return { said: `${heading.textContent} (${plural(r.count)}).`, nodes: [heading, el('ol', { className: 'search-results', lang: r.code }, ...items(r))] };
  });
}

// Edits from a to b, a swap of neighbours counting as one (optimal string alignment).
const distance = (a, b) => {
  const rows = [[...Array(b.length + 1).keys()]];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]));
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
    rows.push(row);
  }
  return rows[a.length][b.length];
};

// For a word nothing matched: the term at most two edits away that most documents hold, shown as
// a page writes it: the first word that analyses to it in the record of the page where it
// weighs most (a title or summary word, so in the record's text).
async function suggestion(ix, word) {
  const forms = analyze(word, ix.code), shard = await ix.shard(fold(forms[0] ?? word));
  let best, top = [9, 0];
  for (const t in shard) {
    const e = Math.min(...forms.map(f => distance(f, t))), df = shard[t].length / 2;
    // Two edits only in words of six letters or more: in "pizza", two made "pirmā".
    if (e <= ([...word].length > 5 ? 2 : 1) && e < [...word].length / 2 && (e < top[0] || e == top[0] && df > top[1])) [best, top] = [t, [e, df]];
  }
  if (!best) return;
  let most = [0, 0];
  for (let i = 0, doc = 0, list = shard[best]; i < list.length; i += 2) {
    doc += list[i];
    if (list[i + 1] > most[1]) most = [doc, list[i + 1]];
  }
  const { records, records_per_folder: per } = ix.m, r = await ix.at(`${records[Math.floor(most[0] / per)]}${most[0]}.json`);
  return tokenize(`${r.title} ${r.text}`, ix.code).find(w => analyze(w, ix.code).includes(best));
}

// Under the status: which other spellings were searched, or what the reader may have meant.
export async function notes(own, { el, d, retry }) {
  const say = (text, value, link) => {
    const [before, after = ''] = text.split('{query}');
    return el('p', {}, before, link ? el('a', { href: '?q=' + encodeURIComponent(value), onclick: e => { e.preventDefault(); retry(value); } }, value)
      : el('strong', {}, value), after);
  };
  if (own.count) return own.readings.map(r => say(d.alsoSearched, r));
  let query = tokenize(own.query, own.code).join(' '), changed = false;
  for (const w of own.missing) {
    const s = await suggestion(own, w);
    if (s && s != w) [query, changed] = [query.replace(w, s), true];
  }
  return changed ? [say(d.didYouMean, query, true)] : [];
}
