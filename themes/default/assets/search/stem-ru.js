// The Russian stemmer (docs/search-analysis.md), loaded by analyze.js only on pages that search
// Russian. analyze.js passes in the helpers the stemmers share, so this module imports nothing.
export default ({ after, isIn, pick }) => {
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
  return ru;
};
