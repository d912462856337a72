// GuideCheck: `guide check`.
//
// - Front door: `ContentChecker(sourceRoot:).check()` gives a `CheckReport`, printed as text or
//   JSON: everything a build would report, plus anchors, links across languages, outdated
//   translations and stale facts.
