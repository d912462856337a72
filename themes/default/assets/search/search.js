// Search as you type (docs/search-index.md). Index data goes into the page as text, never HTML.
import { WORD, analyze, fold, stem, tokenize } from './analyze.js';

const [form, input, status, results] = ['form', 'input', 'status', 'results'].map(id => document.getElementById('search-' + id));
const d = form.dataset, plurals = JSON.parse(d.plurals), others = JSON.parse(d.languages);
const rules = new Intl.PluralRules(d.language);
const el = (tag, props, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};
const elsewhere = el('div'); // other languages' hits, when this one has none
const more = el('button', { type: 'button', className: 'more', hidden: true }, d.more);
results.after(more, elsewhere);

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

// Edit distance at most 1, a swap of neighbours counting as one edit (a common slip).
const near = (a, b) => {
  let i = 0;
  while (a[i] && a[i] == b[i]) i++;
  const same = (x, y) => a.slice(x) == b.slice(y);
  return same(i + 1, i + 1) || same(i + 1, i) || same(i, i + 1) || a[i] == b[i + 1] && a[i + 1] == b[i] && same(i + 2, i + 2);
};

const hit = (word, lang, marked) => analyze(word, lang).some(t => marked.has(t));

// BM25 (k1 = 1.2, b = 0.75) of a term in a document: frequency, length and average length all
// counted in halves, as the index stores them.
const bm25 = (idf, frequency, length, average) =>
  idf * frequency * 2.2 / (frequency + 2.4 * (0.25 + 0.75 * length / average));

// One language's hit count, first ten records, and terms to <mark>.
// Each language splits the query into words by its own rules (Ukrainian apostrophes).
async function search({ code, name, manifest }, query, limit = 10) {
  const words = tokenize(query, code);
  const base = new URL(manifest, location.href), { shards, records, records_per_folder: per, documents: n, lengths: lengthsPath } = await get(base.href);
  const at = path => get(new URL(path, base).href), marked = new Set(), total = new Map();
  const lengths = await at(lengthsPath), average = lengths.reduce((a, b) => a + b, 0) / Math.max(lengths.length, 1) || 1;
  // Document → best weight of one typed word.
  const score = async (word, last) => {
    const forms = [stem(word, code)].flatMap(s => [s, fold(s)]);
    // Russian stems read ё as е, so a prefix must too.
    const prefix = last && (code == 'ru' ? fold(word).replace(/ё/g, 'е') : fold(word));
    const ids = new Set(forms.map(f => shardOf(shards, fold(f))));
    // The prefix's terms sort from prefix to prefix + U+FFFF, maybe over several shards.
    if (prefix) for (let i = shardOf(shards, prefix); i <= shardOf(shards, prefix + '\uffff'); i++) ids.add(i);
    const fetched = await Promise.all([...ids].map(i => at(shards[i][1]))), best = new Map();
    // for…in sees own keys only: "constructor" finds no Object.prototype.
    const scan = (match, weight) => {
      for (const terms of fetched) for (const t in terms) if (match(t)) {
        marked.add(t);
        // Postings are [gap, frequency, …] with documents in ascending order.
        const list = terms[t], df = list.length / 2, idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        for (let i = 0, doc = 0; i < list.length; i += 2) {
          doc += list[i];
          best.set(doc, Math.max(best.get(doc) ?? 0, bm25(idf, list[i + 1], lengths[doc], average) * weight));
        }
      }
    };
    scan(t => forms.includes(t) || prefix && t.startsWith(prefix), 1);
    if (!best.size && [...word].length > 4) {
      // A typo in an ending hides it from the stemmer ("atļaujaz"): drop the last letter too.
      const typos = [...forms, ...analyze(word.slice(0, -1), code)];
      scan(t => typos.some(f => near(f, t)), 0.5);
    }
    return best;
  };
  for (const best of await Promise.all(words.map((w, i) => score(w, i == words.length - 1)))) {
    for (const [doc, w] of best) {
      const [n = 0, sum = 0] = total.get(doc) ?? [];
      total.set(doc, [n + 1, sum + w, doc]);
    }
  }
  // More of the words first (so all before some), then the summed score.
  const order = (a, b) => b[0] - a[0] || b[1] - a[1];
  const top = [...total.values()].sort(order).slice(0, limit);
  const docs = await Promise.all(top.map(r => at(`${records[Math.floor(r[2] / per)]}${r[2]}.json`)));
  // Then a title made mostly of the query's words: BM25 alone put "State legal aid: Court
  // Administration…" above "State legal aid" for "legal aid".
  const share = title => {
    const t = tokenize(title, code);
    return t.filter(w => hit(w, code, marked)).length / t.length;
  };
  return { code, name, marked, count: total.size,
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
  el('span', { className: 'section-name' }, doc.section_label + (doc.reviewed ? ` · ${doc.reviewed}` : '')), excerpt(doc.text, code, marked)));

const heading = ({ code, name }) => {
  const [before, after = ''] = (d.foundIn || '{language}').split('{language}');
  return el('h2', {}, before, el('span', { lang: code }, name), after);
};

const plural = n => (plurals[rules.select(n)] ?? plurals.other).replace('{count}', n);
let seq = 0, timer, limit = 10;

async function run() {
  clearTimeout(timer);
  const q = input.value.trim(), words = tokenize(q), n = ++seq, url = new URL(location.href);
  if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  // The other languages' search pages get the same query, so switching language keeps it.
  for (const link of document.querySelectorAll('nav.languages a')) link.search = url.search;
  // "Searching…" only when the network is slow, not at every keystroke.
  const slow = setTimeout(() => n == seq && (status.textContent = d.loading), 300);
  const found = words.length ? [await search({ code: d.language, manifest: d.searchManifest }, q, limit)] : [];
  if (found[0]?.count === 0) found.push(...(await Promise.all(others.map(o => search(o, q)))).filter(r => r.count));
  clearTimeout(slow);
  if (n != seq) return; // a later keystroke owns the page now
  const [own, ...rest] = found;
  results.replaceChildren(...own ? items(own) : []);
  more.hidden = !(own && own.count > own.docs.length);
  elsewhere.replaceChildren(...rest.flatMap(r => [heading(r), el('ol', { className: 'search-results', lang: r.code }, ...items(r))]));
  status.textContent = !own ? '' : own.count ? plural(own.count)
    : [d.noResults || plural(0), ...rest.map(r => `${heading(r).textContent} (${plural(r.count)}).`)].join(' ');
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
input.value = new URLSearchParams(location.search).get('q') ?? '';
run();
