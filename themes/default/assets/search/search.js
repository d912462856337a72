// Search as you type (docs/search-index.md). Index data goes into the page as text, never HTML.
// What only some queries need (typos, other spellings, other languages, "did you mean") is in
// fallback.js, loaded the first time a query needs it.
import { WORD, analyze, bare, fold, load, searched, stem, tokenize } from './analyze.js';

const [form, input, status, results, note] = ['form', 'input', 'status', 'results', 'note'].map(id => document.getElementById('search-' + id));
const d = form.dataset, plurals = JSON.parse(d.plurals), others = JSON.parse(d.languages);
const rules = new Intl.PluralRules(d.language), selects = [...form.querySelectorAll('select')];
const el = (tag, props, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};
const elsewhere = el('div'); // other languages' hits, when this one has none
const more = el('button', { type: 'button', className: 'more', hidden: true }, d.more);
results.after(more, elsewhere);
const fallback = () => import('./fallback.js');
load(d.language); // the page's stemmer, fetched alongside the index's first files
// The filters chosen: the section, and while it is `courses` their level, cost and format.
const chosen = () => selects.filter(s => s.value && !s.parentNode.hidden);

// One promise per URL serves every later keystroke; a failed one is dropped, to be retried.
const cache = new Map();
const get = url => cache.get(url) ?? cache.set(url, fetch(url)
  .then(r => r.ok ? r.json() : Promise.reject(Error(url)))
  .catch(e => { cache.delete(url); throw e; })).get(url);

// The shard that would hold `term`: the last whose first term is <= it (the first is "").
const shardOf = (shards, term) => {
  let lo = 0, hi = shards.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; shards[mid][0] <= term ? lo = mid : hi = mid - 1; }
  return lo;
};

// One language's index: its manifest, lengths and stop words; shards and records on demand.
async function open({ code, name, manifest }) {
  const base = new URL(manifest, location.href), m = await get(base.href), at = path => get(new URL(path, base).href);
  const [lengths] = await Promise.all([at(m.lengths), load(code)]);
  return { code, name, m, at, lengths, shard: term => at(m.shards[shardOf(m.shards, term)][1]), stop: new Set(m.stop_words.split(' ').map(w => bare(w, code))),
    average: lengths.reduce((a, b) => a + b, 0) / Math.max(lengths.length, 1) || 1 };
}

// The words searched, each with whether it is the last one typed, which is also a prefix.
const words = (ix, query) => {
  const all = tokenize(query, ix.code);
  return searched(all, ix.stop, ix.code).map(w => [w, w == all.at(-1)]);
};

const hit = (word, lang, marked) => analyze(word, lang).some(t => marked.has(t));

// BM25 (k1 = 1.2, b = 0.75) of a term in a document: frequency, length and average length all
// counted in halves, as the index stores them.
const bm25 = (idf, frequency, length, average) =>
  idf * frequency * 2.2 / (frequency + 2.4 * (0.25 + 0.75 * length / average));

// Document → best weight of one typed word; `last` is the word being typed, also a prefix.
async function score(ix, word, last, marked) {
  const { code, m: { shards, documents: n }, lengths, average } = ix;
  const forms = [stem(word, code)].flatMap(s => [s, fold(s)]);
  // Russian stems read ё as е, so a prefix must too.
  const prefix = last && (code == 'ru' ? fold(word).replace(/ё/g, 'е') : fold(word));
  const ids = new Set(forms.map(f => shardOf(shards, fold(f))));
  // The prefix's terms sort from prefix to prefix + U+FFFF, maybe over several shards.
  if (prefix) for (let i = shardOf(shards, prefix); i <= shardOf(shards, prefix + '\uffff'); i++) ids.add(i);
  const fetched = await Promise.all([...ids].map(i => ix.at(shards[i][1]))), best = new Map();
  // for…in sees own keys only: "constructor" finds no Object.prototype.
  const scan = (match, weight, more = []) => {
    for (const terms of [...fetched, ...more]) for (const t in terms) if (match(t)) {
      marked.add(t);
      // Postings are [gap, frequency, …] with documents in ascending order.
      const list = terms[t], df = list.length / 2, idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (let i = 0, doc = 0; i < list.length; i += 2) {
        doc += list[i];
        best.set(doc, Math.max(best.get(doc) ?? 0, bm25(idf, list[i + 1], lengths[doc], average) * weight));
      }
    }
  };
  // A word typed in full ranks above the longer words it begins ("вид", not "видео").
  scan(t => forms.includes(t), 1);
  best.asTyped = best.size > 0;
  // Snowball gives some forms of one word stems of different lengths (экзамена → экзам,
  // экзаменов → экзамен): a term the typed word begins with, of five letters or more and at
  // most two shorter than the word's stem, is that word too. Now and then it is another word of
  // the same beginning (страна for страница), a price for finding the page about the exam.
  const typed = [word, bare(word, code)], least = Math.max(5, forms[0].length - 2);
  scan(t => t.length >= least && !forms.includes(t) && typed.some(w => w.length > t.length && w.startsWith(t)), 1);
  // Found as typed or as another form of it, not only as the start of a longer word or a typo.
  best.sure = best.size > 0;
  if (prefix) scan(t => t.startsWith(prefix), 0.5);
  if (!best.size && [...word].length > 4) await (await fallback()).typos(ix, word, forms, scan);
  return best;
}

// Document → [share of the reading's words it has, summed score], the words found in none, and
// whether a word was found as typed, or as typed or in another form.
async function rank(ix, query, marked) {
  const typed = words(ix, query), total = new Map(), missing = [];
  let asTyped = false, sure = false;
  for (const [i, best] of (await Promise.all(typed.map(([w, last]) => score(ix, w, last, marked)))).entries()) {
    if (!best.size) missing.push(typed[i][0]);
    asTyped ||= best.asTyped;
    sure ||= best.sure;
    for (const [doc, w] of best) {
      const [k = 0, sum = 0] = total.get(doc) ?? [];
      total.set(doc, [k + 1 / typed.length, sum + w, doc]);
    }
  }
  return { total, missing, asTyped, sure };
}

// One language's hit count, its first `limit` records, the terms to <mark>, and the other
// readings of the query that found something (transliterated, retyped, split).
async function search(language, query, limit = 10) {
  const ix = await open(language), marked = new Set(), first = await rank(ix, query, marked), { total } = first;
  // A Latin query on Cyrillic pages, or the other way round, is also read transliterated.
  const readings = first.missing.length || /\p{sc=Cyrl}/u.test(query) != /ru|uk/.test(ix.code)
    ? await (await fallback()).merged(ix, query, first, q => rank(ix, q, marked)) : [];
  // A filtered result is one the facets list under every chosen value.
  const facets = chosen().length && await ix.at(ix.m.facets);
  const kept = [...total.values()].filter(([, , doc]) => chosen().every(s => facets[s.name]?.[s.value]?.includes(doc)));
  // What a reader can still use first, then more of the words (so all before some), then the
  // summed score: an entry that has ended is still found, below the current ones.
  // (A row holds the document's number while ranking, its record once fetched.)
  const ended = new Set(ix.m.ended), over = r => ended.has(r[2]) || Boolean(r[2].ended);
  const order = (a, b) => over(a) - over(b) || b[0] - a[0] || b[1] - a[1];
  const top = kept.sort(order).slice(0, limit), { records, records_per_folder: per } = ix.m;
  const docs = await Promise.all(top.map(r => ix.at(`${records[Math.floor(r[2] / per)]}${r[2]}.json`)));
  // Then a title made mostly of the query's words: BM25 alone put "State legal aid: Court
  // Administration…" above "State legal aid" for "legal aid". Stop words count in neither.
  const share = title => {
    const t = tokenize(title, ix.code).filter(w => !ix.stop.has(bare(w, ix.code)));
    return t.filter(w => hit(w, ix.code, marked)).length / t.length || 0;
  };
  return { ...ix, query, marked, readings, count: kept.length, missing: first.missing, asTyped: first.asTyped, sure: first.sure, best: top[0]?.[0],
    // Re-ranked within each ten, so that "show more" never moves a result already shown.
    docs: top.map(([n, sum], i) => [n, sum * (1 + share(docs[i].title)), docs[i], i / 10 | 0])
      .sort((a, b) => a[3] - b[3] || order(a, b)).map(r => r[2]) };
}

// From just before the first marked word, about two lines on a phone.
function excerpt(text, lang, marked) {
  const words = [...text.matchAll(WORD)].filter(m => hit(m[0], lang, marked));
  const start = words.length && text.lastIndexOf(' ', words[0].index - 50) + 1;
  const cut = text.indexOf(' ', start + 200), end = cut < 0 ? text.length : cut, parts = [start ? '…' : ''];
  let at = start;
  for (const m of words) {
    if (m.index >= end) break;
    parts.push(text.slice(at, m.index), el('mark', {}, m[0]));
    at = m.index + m[0].length;
  }
  return el('p', {}, ...parts, text.slice(at, end) + (end < text.length ? '…' : ''));
}

const items = ({ code, docs, marked }) => docs.map(doc => el('li', {}, el('a', { href: doc.url }, doc.title), ' ',
  el('span', { className: 'section-name' }, doc.section_label + (doc.reviewed ? ` · ${doc.reviewed}` : '')), ' ',
  doc.ended ? el('span', { className: 'badge' }, doc.ended) : '', excerpt(doc.text, code, marked)));

const plural = n => (plurals[rules.select(n)] ?? plurals.other).replace('{count}', n);
let seq = 0, timer, limit = 10;
const ui = { el, d, plural, retry: q => { input.value = q; limit = 10; run(); } };

async function run() {
  clearTimeout(timer);
  const q = input.value.trim(), n = ++seq, url = new URL(location.href);
  for (const s of selects) url.searchParams.delete(s.name);
  for (const [k, v] of [['q', q], ...chosen().map(s => [s.name, s.value])]) v ? url.searchParams.set(k, v) : url.searchParams.delete(k);
  history.replaceState(null, '', url);
  // The other languages' search pages get the same query, so switching language keeps it.
  for (const link of document.querySelectorAll('nav.languages a')) link.search = url.search;
  // "Searching…" only when the network is slow, not at every keystroke.
  const slow = setTimeout(() => n == seq && (status.textContent = d.loading), 300);
  // Full-width letters (ＬＡＷＹＥＲ) and other compatibility forms are read as the plain ones.
  const query = q.normalize('NFKC'), own = tokenize(query).length ? await search({ code: d.language, manifest: d.searchManifest }, query, limit) : null;
  // Other languages when this one found nothing, or only by guessing (a typo, the start of a
  // longer word): `lawyer` on the Russian page is a word of the English pages.
  const rest = own && (own.count === 0 || !own.sure) ? await (await fallback()).elsewhere(others, query, search, items, ui, own.count > 0) : [];
  // "Did you mean" only when no language has the words: found in another, they were no typo.
  const notes = own && (own.readings.length || !own.count && !rest.length) && await (await fallback()).notes(own, ui);
  clearTimeout(slow);
  if (n != seq) return; // a later keystroke owns the page now
  results.replaceChildren(...own ? items(own) : []);
  more.hidden = !(own && own.count > own.docs.length);
  elsewhere.replaceChildren(...rest.flatMap(r => r.nodes));
  note.replaceChildren(...notes || []);
  // A query with no word in it (only punctuation or emoji) finds nothing, and says so.
  status.textContent = !own ? (q && (d.noResults || plural(0))) : [own.count ? plural(own.count) + (rest.length ? '.' : '') : d.noResults || plural(0), ...rest.map(r => r.said)].join(' ');
}

input.addEventListener('input', () => { clearTimeout(timer); limit = 10; timer = setTimeout(run, 120); });
// Ten more at a time; focus goes to the first new result, where a keyboard reader continues.
more.addEventListener('click', async () => {
  const shown = results.children.length;
  limit += 10;
  await run();
  results.children[shown]?.querySelector('a')?.focus();
});
input.addEventListener('keydown', e => { if (e.key == 'Escape') { input.value = ''; run(); } });
// Without JavaScript the form is a plain GET; with it, Enter searches in place.
form.addEventListener('submit', e => { e.preventDefault(); run(); });
// Filters, kept in the address like the query; the course filters show while the section is
// `courses`.
const params = new URLSearchParams(location.search), shown = () => selects.slice(1).map(s => s.parentNode.hidden = selects[0].value != 'courses');
for (const s of selects) s.value = params.get(s.name) ?? '';
form.addEventListener('change', () => { shown(); limit = 10; run(); });
shown();
selects[0]?.closest('fieldset').removeAttribute('hidden');
input.value = params.get('q') ?? '';
run();
