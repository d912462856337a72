// GuidePages: the compose stage, one HTML page per job.
//
// - Front door: `PageComposer(site:theme:assetURLs:).render(_:)` turns a `PageJob` into a
//   `ComposedPage` (its HTML, diagnostics, and the `SearchDocument` the search stage indexes).
// - One file per kind of page (section index, map of help, handout, search) and per part (facts, JSON-LD,
//   navigation), with the caches that let `guide serve` re-render only what an edit changed.
