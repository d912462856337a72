// GuideCheck: `guide check`.
//
// - Front door: `ContentChecker(sourceRoot:).check()` gives a `CheckReport`, printed as text or
//   JSON: everything a build would report, plus anchors, links across languages, outdated
//   translations and stale facts.
//   With the last published sitemap at hand it also names pages gone without an alias.
// - `PublishedSiteChecker(folder:).check()`: `guide check --published`, the same report over a
//   built folder (dead links, missing and unreachable files, weight, inline code).
