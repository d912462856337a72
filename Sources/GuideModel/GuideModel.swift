// GuideModel: the values the stages hand each other.
//
// - The content: `ValidatedSite` (its entries, `SiteConfiguration`, and the `chooser` and `urls`
//   made once from the configuration), `Entry`, `Translation`, the facts, `CalendarDate`.
// - Which text a reader gets (`TranslationChooser`) and where a page lives (`SiteURLs`).
// - The page list, defined once: `ValidatedSite.jobs`, `pages(in:)` and `sitemapGroups`.
// - `SearchDocument`, the words of one page that the pages stage gives the search stage.
// - `Diagnostic` and `SourceLocation`: every stage's problems, with file, line and hint.
// - `ContentSecurityPolicy`: the policy pages and host files state, made from the configuration.
//
// Values only, so a test can build any stage's input by hand.
