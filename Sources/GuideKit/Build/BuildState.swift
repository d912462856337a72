/// What a published build leaves for `IncrementalSiteBuilder`: the inputs it read, what every
/// page gave the index, and the index itself, all describing the files now in the output folder.
struct BuildState {
    var options: BuildOptions
    var content: LoadedContent
    var loadDiagnostics: [Diagnostic]
    var validation: [String: ContentValidator.EntryResult]
    /// Theme and asset warnings: they change only with the theme, which a full build handles.
    var themeDiagnostics: [Diagnostic]
    var site: ValidatedSite
    var composer: PageComposer
    var cssBytes: Int
    var jobs: [PageJob]
    var pages: [RenderedPageResult]
    /// In the site's language order.
    var indexes: [SearchIndex]
    /// The files each index wrote, relative to the output folder.
    var indexPaths: [Set<String>]
    /// By entry folder.
    var openData: [String: OpenDataWriter.Fragments]
    var pagesPerLanguage: [String: Int]
    var fileCount: Int

    lazy var pageKeys: [UInt64] = PageDependencies(site: site).keys(for: jobs)
    lazy var structureKey: UInt64 = PageDependencies(site: site).structureKey
}
