// The analysis steps of docs/search-analysis.md, one behaviour at a time. The stemmers themselves
// are covered by stemmers.test.mjs; "xx" stands for a language without a stemmer where only the
// tokenising and folding are under test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, stem } from '../../themes/default/assets/search/analyze.js';

test('the examples in the spec', () => {
  assert.deepEqual(analyze('Uzturēšanās atļauja', 'lv'), ['uzturēšan', 'uzturesan', 'atļauj', 'atlauj']);
  assert.deepEqual(analyze('uzturesanas atlauja', 'lv'), ['uzturesan', 'atlauj']);
});

test('tokens are runs of letters, marks and digits; everything else separates', () => {
  assert.deepEqual(analyze('Hello, world! 42x\tfoo-bar_baz/qux…', 'xx'),
    ['hello', 'world', '42x', 'foo', 'bar', 'baz', 'qux']);
  assert.deepEqual(analyze('', 'xx'), []);
  assert.deepEqual(analyze('  ,.;  ', 'xx'), []);
  // Other scripts' letters and digits are token characters too.
  assert.deepEqual(analyze('東京 ١٢٣ ꙮ', 'xx'), ['東京', '١٢٣', 'ꙮ']);
  // A combining mark with no precomposed form stays inside its token, and is not folded away:
  // only code points in the Latin blocks lose their marks.
  assert.deepEqual(analyze('q\u0301x y', 'xx'), ['q\u0301x', 'y']);
  // Non-decimal numbers (No, Nl) are not token characters.
  assert.deepEqual(analyze('a²b Ⅻ', 'xx'), ['a', 'b']);
});

test('order and repeats are kept', () => {
  assert.deepEqual(analyze('lapa zilā lapa', 'lv'), ['lap', 'zil', 'lap']);
});

test('text is normalised to NFC and lower-cased before tokenising', () => {
  assert.deepEqual(analyze('Uzture\u0304s\u030Cana\u0304s', 'lv'), ['uzturēšan', 'uzturesan']);
  assert.deepEqual(analyze('ĀBOLS RĪGA', 'xx'), ['ābols', 'abols', 'rīga', 'riga']);
  assert.deepEqual(analyze('ЁЛКА', 'ru'), ['елк']);
  // Unicode's Final_Sigma rule: a word-final Σ becomes ς, as in the Swift analyser.
  assert.deepEqual(analyze('ΟΔΟΣ ΣΑΣ Σ', 'xx'), ['οδος', 'σας', 'σ']);
});

test('apostrophes join letters on both sides into one token', () => {
  assert.deepEqual(analyze("newcomer's", 'xx'), ["newcomer's"]);
  assert.deepEqual(analyze('newcomer\u2019s newcomer\u02bcs', 'xx'), ["newcomer's", "newcomer's"]);
  assert.deepEqual(analyze("newcomer’s guide", 'en'), ['newcom', 'guid']);
  assert.deepEqual(analyze("rock'n'roll", 'xx'), ["rock'n'roll"]);
  // Leading, trailing and doubled apostrophes separate instead.
  assert.deepEqual(analyze("'quoted' a''b c' 'd '", 'xx'), ['quoted', 'a', 'b', 'c', 'd']);
  assert.deepEqual(analyze("a'-b a' b", 'xx'), ['a', 'b', 'a', 'b']);
  // Other quote marks are not apostrophes.
  assert.deepEqual(analyze('a\u2018b a`b a\u00b4b', 'xx'), ['a', 'b', 'a', 'b', 'a', 'b']);
});

test('folding adds the unaccented Latin form right after the stem', () => {
  assert.deepEqual(analyze('ķēniņš', 'xx'), ['ķēniņš', 'kenins']);
  assert.deepEqual(analyze("l'été Ḗ", 'xx'), ["l'été", "l'ete", 'ḗ', 'e']);
  // Letters without a canonical decomposition are kept as they are.
  assert.deepEqual(analyze('Straße Łódź æ ø', 'xx'), ['straße', 'łódź', 'łodz', 'æ', 'ø']);
  // Latvian stems are folded after stemming.
  assert.deepEqual(analyze('zvaigžņu kāpšļu', 'lv'), ['zvaigzn', 'kāpsl', 'kapsl']);
});

test('Cyrillic й and ё are not folded', () => {
  assert.deepEqual(analyze('йогурт ёж', 'xx'), ['йогурт', 'ёж']);
  assert.deepEqual(analyze('йогурт', 'ru'), ['йогурт']);
  // The Russian stemmer itself reads ё as е.
  assert.deepEqual(analyze('ёлка', 'ru'), ['елк']);
  // Marks outside the Latin blocks stay.
  assert.deepEqual(analyze('Ελλάδα', 'xx'), ['ελλάδα']);
});

test('tokens longer than 40 code points are dropped', () => {
  const a40 = 'a'.repeat(40);
  assert.deepEqual(analyze(`${a40} ${a40}a ok`, 'xx'), [a40, 'ok']);
  // Code points, not UTF-16 units: 40 astral letters make 80 units but stay.
  const bold40 = '\u{1d41a}'.repeat(40);
  assert.deepEqual(analyze(`${bold40} ${bold40}\u{1d41a}`, 'xx'), [bold40]);
  // Apostrophes and combining marks count; a precomposed letter counts once.
  assert.deepEqual(analyze(`${'a'.repeat(20)}'${'b'.repeat(20)}`, 'xx'), []);
  assert.deepEqual(analyze(`${'q\u0301'.repeat(20)}`, 'xx'), ['q\u0301'.repeat(20)]);
  assert.deepEqual(analyze(`${'q\u0301'.repeat(20)}x`, 'xx'), []);
  assert.deepEqual(analyze('ā'.repeat(40), 'xx'), ['ā'.repeat(40), 'a'.repeat(40)]);
  // The limit applies before stemming: 41 letters are dropped even if the stem is shorter.
  assert.deepEqual(analyze(`${'x'.repeat(38)}iem`, 'lv'), []);
});

test('languages without a stemmer keep tokens as they are', () => {
  assert.deepEqual(analyze('Running dogs', 'de'), ['running', 'dogs']);
  assert.deepEqual(analyze('Running dogs', 'en'), ['run', 'dog']);
  for (const lang of ['', 'EN', 'en-GB', 'xx', 'constructor', '__proto__', 'toString', undefined, null]) {
    assert.equal(stem('running', lang), 'running', String(lang));
    assert.deepEqual(analyze('Running', lang), ['running'], String(lang));
  }
});

test('stem counts code points, so astral letters do not shift positions', () => {
  // ies after one character becomes ie, after two becomes i.
  assert.equal(stem('\u{1d41a}ies', 'en'), '\u{1d41a}ie');
  assert.equal(stem('t\u{1d41a}ies', 'en'), 't\u{1d41a}i');
  assert.equal(stem('ties', 'en'), 'tie');
  // Latvian needs three characters left after the ending.
  assert.equal(stem('\u{1d41a}\u{1d41a}\u{1d41a}a', 'lv'), '\u{1d41a}\u{1d41a}\u{1d41a}a');
});

test('Ukrainian: every apostrophe a reader may type, and none, meet at one term', () => {
  for (const a of ["'", '\u2019', '\u02bc', '\u2018', '`', '\u00b4', '"', '\u02b9', '\u2032']) {
    assert.deepEqual(analyze(`м${a}ясо`, 'uk'), ["м'яс", 'мяс'], a);
  }
  assert.deepEqual(analyze('мясо', 'uk'), ['мяс']);
  // Only for Ukrainian: elsewhere these marks separate words.
  assert.deepEqual(analyze('м`ясо', 'ru'), ['м', 'яс']);
  // At the edges or doubled they still separate, like '.
  assert.deepEqual(analyze('"Дім" м``ясо', 'uk'), ['дім', 'м', 'ясо']);
});

test('Ukrainian: ґ, ї, є fold to г, і, е after stemming, and a word typed folded meets that term', () => {
  assert.deepEqual(analyze('Ґанок, їжак і Європа', 'uk'), ['ґанок', 'ганок', 'їжак', 'іжак', 'і', 'європ', 'европ']);
  const typed = w => w.replace(/'/g, '').replace(/ґ/g, 'г').replace(/ї/g, 'і').replace(/є/g, 'е');
  for (const w of ['ґанку', 'їжаками', 'європою', 'моєї', 'своїй', "п'ятниця", "сім'ями", "з'їздів", 'навчається', 'її']) {
    assert.deepEqual(analyze(typed(w), 'uk'), [analyze(w, 'uk').at(-1)], w);
  }
});

test('Ukrainian: the light stemmer joins the forms of a word', () => {
  const lemmas = [
    'читати читаю читаєш читає читають читав читала читали читатиму читаючи читання читанням',
    'декларувати декларую декларує декларував декларування',
    'навчатися навчаюся навчаюсь навчається навчалися навчання навчань',
    'можливість можливості можливости можливістю можливостей можливостям',
    'консультація консультації консультацію консультацією консультацій консультаціями',
    'безкоштовний безкоштовного безкоштовному безкоштовна безкоштовної безкоштовною безкоштовні безкоштовних',
    'синій синього синьому синя синьої синьою синє сині синіх',
  ];
  for (const forms of lemmas) {
    const stems = forms.split(' ').map(w => stem(w, 'uk'));
    assert.equal(new Set(stems).size, 1, `${forms}: ${stems}`);
  }
  // Three letters always stay, counted in code points.
  assert.equal(stem('вся', 'uk'), 'вся');
  assert.equal(stem('хати', 'uk'), 'хат');
  assert.equal(stem("сім'ї", 'uk'), 'сім');
  assert.equal(stem("сім'", 'uk'), 'сім');
  assert.equal(stem('\u{1d41a}\u{1d41a}ти', 'uk'), '\u{1d41a}\u{1d41a}т');
});
