// The English stemmer (docs/search-analysis.md), loaded by analyze.js only on pages that search
// English. analyze.js passes in the helpers the stemmers share, so this module imports nothing.
export default ({ after, isIn, pick, table }) => {
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
  return en;
};
