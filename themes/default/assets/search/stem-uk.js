// The Ukrainian stemmer (docs/search-analysis.md), loaded by analyze.js only on pages that search
// Ukrainian. analyze.js passes in the helpers the stemmers share, so this module imports nothing.
export default ({ ukFold }) => {
  // --- Ukrainian: our own light stemmer. Endings are matched on the folded word (ґ ї є read as
  // г і е, no apostrophes) and cut from the word as written, so a word typed without those
  // letters gets this word's folded stem. "vowels:endings" stands for each vowel + each ending:
  // a verb's stem vowel goes with its ending, so infinitive, present and past meet.
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

  return uk;
};
