// The Latvian stemmer (docs/search-analysis.md), loaded by analyze.js only on pages that search
// Latvian. analyze.js passes in the helpers the stemmers share, so this module imports nothing.
export default ({ fold }) => {
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
  return lv;
};
