// GuideContent: the load and validate stages.
//
// - Front doors: `ContentLoader(sourceRoot:).load()` reads content/ into `LoadedContent` (every
//   parsed file, with positions), and `ContentValidator(today:).validate(_:)` turns that into a
//   `ValidatedSite` and its diagnostics.
// - `SourceFileReader` and `YAMLDocument` are also how the theme stage reads its files.
