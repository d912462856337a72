// GuideSearch: the search index, analysed as the browser's script analyses queries.
//
// - Front door: `SearchIndex(language:documents:terms:)` and its `files()`; after an edit,
//   `replace(_:)` and `changes()` patch it in place.
// - `Analysis/`: `TextAnalyzer` (normalising, tokens, folding) and the stemmers, which the
//   JavaScript client mirrors case for case.
// - `Query/`: how a query is read besides: `QueryRules` (the data: stop words, transliteration
//   tables, keyboard layouts), which the index carries to the browser, and `StopWords`,
//   `Transliteration`, `KeyboardLayout` and `CompoundSplitter`, which `fallback.js` mirrors.
