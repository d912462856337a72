// GuideSearch: the search index, analysed as the browser's script analyses queries.
//
// - Front door: `SearchIndex(language:documents:terms:)` and its `files()`; after an edit,
//   `replace(_:)` and `changes()` patch it in place.
// - `Analysis/`: `TextAnalyzer` (normalising, tokens, folding) and the stemmers, which the
//   JavaScript client mirrors case for case.
