// GuideSite: the pipeline, run top to bottom.
//
// - `SiteLoader.load()`: the front half every command shares (load, validate, theme).
// - `SiteBuilder.build(_:)`: a full build; `IncrementalSiteBuilder` keeps a built site up to
//   date after edits, for `guide serve`.
// - `IndexStage`: search indexes, open data and sitemap, built side by side.
