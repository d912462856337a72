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

// --- Latvian: Lucene's light stemmer (Kreslins). Endings are tried in this order, not by
// length; the digit is how many vowels the word must have more than, * marks endings after
// which a palatalised consonant is restored.
const LV = 'ajiem3 ajai3 ajam2 ajām2 ajos2 ajās2 iem2* ajā2 ais2 ai2 ei2 ām1 am1 ēm1 īm1 im1 um1 us1* as1 ās1 es1 os1* ij1 īs1 ēs1 is1 ie1 u1* a1* i1* e1 ā1 ē1 ī1 ū1 o1 s0 š0'
  .split(' ').map(a => /(\D+)(\d)(\*?)/.exec(a));

const lv = w => {
  const n = (w.match(/[aeiouāēīū]/g) || []).length;
  for (const [, x, vc, pal] of LV) {
    if (n > vc && w.length >= x.length + 3 && w.endsWith(x)) {
      w = w.slice(0, -x.length);
      if (!pal) return w;
      // Only the genitive plural -u alternates kst/kš and nn/ņņ.
      if (x[0] == 'u' && /kš$/.test(w)) return w.slice(0, -1) + 'st';
      if (x[0] == 'u' && /ņņ$/.test(w)) return w.slice(0, -2) + 'nn';
      if (/[pbmv]j$/.test(w)) return w.slice(0, -1);
      return w.replace(/[šžļ]?[ļņ]$|č$/, fold);
    }
  }
  return w;
};

// --- Russian: Snowball. Everything happens inside RV; endings of the first group of each
// list count only after а or я, which stays, so they are listed with that letter attached.
const ruList = (plain, afterA) => [
  ...plain.split(' ').map(x => [x, 0]),
  ...(afterA ? afterA.split(' ').flatMap(x => [['а' + x, 1], ['я' + x, 1]]) : []),
].sort((a, b) => b[0].length - a[0].length);
// Returns the word without its ending, or undefined when no ending of the list applies.
const cut = (w, t) => {
  const m = pick(w, t);
  return m && w.slice(0, w.length - m[0].length + m[1]);
};

const GERUND = ruList('ив ивши ившись ыв ывши ывшись', 'в вши вшись');
const REFLEXIVE = ruList('ся сь');
const ADJECTIVE = ruList('ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею');
const PARTICIPLE = ruList('ивш ывш ующ', 'ем нн вш ющ щ');
const VERB = ruList('ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю',
  'ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно');
const NOUN = ruList('а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я');
const ruV = isIn('аеиоуыэюя');

const ru = w => {
  w = w.replace(/ё/g, 'е');
  const v = w.search(/[аеиоуыэюя]/);
  if (v < 0) return w;
  const head = w.slice(0, v + 1);
  const r2 = after(w, after(w, 0, ruV), ruV) - head.length;
  let s = w.slice(head.length), r = cut(s, GERUND);
  if (r === undefined) {
    // A removed reflexive ending stays removed even if nothing else follows (Snowball does not undo).
    s = cut(s, REFLEXIVE) ?? s;
    r = cut(s, ADJECTIVE);
    r = r === undefined ? cut(s, VERB) ?? cut(s, NOUN) : cut(r, PARTICIPLE) ?? r;
  }
  s = (r ?? s).replace(/и$/, '');
  const d = s.search(/ость?$/);
  if (d >= r2) s = s.slice(0, d);
  s = /ейше?$/.test(s) ? s.replace(/ейше?$/, '').replace(/нн$/, 'н') : s.replace(/нн$/, 'н').replace(/ь$/, '');
  return head + s;
};

// --- English: Snowball "english" (Porter2) as of Snowball 3.1, the version the fixtures and
// the Swift side follow (3.0 and 3.1 changed undoubling, -ogist, -ing/-eed exceptions, inter-).
const enV = isIn('aeiouy');
const EN_EXCEPTIONS = new Map(table('skis:ski skies:sky idly:idl gently:gentl ugly:ugli early:earli only:onli singly:singl sky news howe atlas cosmos bias andes'));
const STEP2 = table('tional:tion enci:ence anci:ance abli:able entli:ent izer:ize ization:ize ational:ate ation:ate ator:ate alism:al aliti:al alli:al fulness:ful ousli:ous ousness:ous iveness:ive iviti:ive biliti:ble bli:ble ogist:og ogi:og fulli:ful lessli:less li:');
const STEP3 = table('tional:tion ational:ate alize:al icate:ic iciti:ic ical:ic ful: ness: ative:');
const STEP4 = table('al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize ion');
// "past" counts as a short syllable so that paste/pasted/pasting keep their e.
const endsShort = w => /[^aeiouy][aeiouy][^aeiouywxY]$|^[aeiouy][^aeiouy]$|^past$/.test(w);
// Snowball picks the longest listed suffix first and only then checks region and condition;
// when those fail no shorter suffix is tried.
const step = (w, t, p, ok = () => true) => {
  const m = pick(w, t), i = m && w.length - m[0].length;
  return m && i >= p && ok(m[0], w.slice(0, i)) ? w.slice(0, i) + (m[1] || '') : w;
};

const en = w => {
  if (EN_EXCEPTIONS.has(w)) return EN_EXCEPTIONS.get(w) || w;
  if (w.length < 3) return w;
  w = w.replace(/^'/, '').replace(/^y/, 'Y').replace(/([aeiouy])y/g, '$1Y');
  // These stems would otherwise lose letters that tell unrelated words apart (general/generate).
  const pre = /^(gener|commun|arsen|past|univers|later|emerg|organ|inter)/.exec(w);
  const p1 = pre ? pre[0].length : after(w, 0, enV), p2 = after(w, p1, enV);
  let m;
  w = w.replace(/'(s'?)?$/, '');
  if (/sses$/.test(w)) w = w.slice(0, -2);
  else if ((m = /ie[sd]$/.exec(w))) w = w.slice(0, m.index > 1 ? -2 : -1);
  else if (/[^su]s$/.test(w) && /[aeiouy]/.test(w.slice(0, -2))) w = w.slice(0, -1);

  if ((m = /eed(ly)?$/.exec(w))) {
    if (m.index >= p1 && !/^(proc|exc|succ)$/.test(w.slice(0, m.index))) w = w.slice(0, m.index) + 'ee';
  } else if ((m = /(ed|ing)(ly)?$/.exec(w))) {
    const b = w.slice(0, m.index), ing = m[0] == 'ing';
    if (ing && /^[^aeiouy]y$/.test(b)) w = b[0] + 'ie';
    else if (!(ing && /^(inn|out|cann|herr|earr|even)$/.test(b)) && /[aeiouy]/.test(b)) {
      w = b;
      const d = /^(.*)([bdfgmnprt])\2$/.exec(w);
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      // add, egg, off: undoubling a word this short would merge it with another (ad, eg, of).
      else if (d) { if (!/^[aeo]$/.test(d[1])) w = w.slice(0, -1); }
      else if (p1 == w.length && endsShort(w)) w += 'e';
    }
  }
  w = w.replace(/(.[^aeiouy])[yY]$/, '$1i');
  w = step(w, STEP2, p1, (x, b) => x != 'ogi' && x != 'li' || (x == 'ogi' ? /l$/ : /[cdeghkmnrt]$/).test(b));
  w = step(w, STEP3, p1, (x, b) => x != 'ative' || b.length >= p2);
  w = step(w, STEP4, p2, (x, b) => x != 'ion' || /[st]$/.test(b));
  const e = w.length - 1;
  if (/e$/.test(w) && (e >= p2 || e >= p1 && !endsShort(w.slice(0, -1)))) w = w.slice(0, -1);
  else if (/ll$/.test(w) && e >= p2) w = w.slice(0, -1);
  return w.replace(/Y/g, 'y');
};

// --- Ukrainian: our own light stemmer. Endings are matched on the folded word (ґ ї є read as
// г і е, no apostrophes) and cut from the word as written, so a word typed without those
// letters gets this word's folded stem. "vowels:endings" stands for each vowel + each ending:
// a verb's stem vowel goes with its ending, so infinitive, present and past meet.
const ukFold = w => w.replace(/'/g, '').replace(/[ґїє]/g, c => 'гіе'['ґїє'.indexOf(c)]);
const UK = ['а я о е у ю и і й ь ам ям ах ях ом ем ою ею ів ей ові еві ами ями ий ого ому им ім их ими оі ій іх іми ього ьому ьоі ьою ія іі ію іею іям іями іях ість ості ости істю остей остям остями остях еш емо ете уть ють ать ять ить іть иш іш имо імо ите іте ти ть ши вши учи ючи ачи ячи му меш ме мемо мем мете муть',
  'а я е ува юва:ння нні нню нням ннями ннях нь но', 'а я ува юва и і:ти в ла ло ли вши тиму тимеш тиме тимемо тимем тимете тимуть',
  'а я у ю:ю еш е емо ете ють й йте ймо ючи']
  .flatMap(g => { const [v, e] = g.split(':').map(x => x.split(' ')); return e ? v.flatMap(x => e.map(y => x + y)) : v; })
  .sort((a, b) => b.length - a.length);
const UK_REFLEXIVE = ['ться', 'ся', 'сь'];

const uk = w => {
  const f = ukFold(w);
  let n = f.length;
  const cut = list => n -= (list.find(x => f.endsWith(x, n) && n - x.length > 2) ?? '').length;
  cut(UK_REFLEXIVE);
  cut(UK);
  // Keep the first n letters of the word as written, with its ґ, ї, є and apostrophes.
  let i = 0;
  for (let k = 0; k < n; i++) if (w[i] != "'") k++;
  return w.slice(0, i);
};

// No prototype, so a language code such as "constructor" finds no stemmer.
const STEMMERS = { __proto__: null, lv, ru, en, uk };

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
