import GuideContent
import GuideModel
import GuideOutput
import GuidePages
import GuideSearch
import GuideTheme

/// What a published build leaves for `IncrementalSiteBuilder`: the inputs it read, what every
/// page gave the index, and the index itself, all describing the files now in the output folder.
struct BuildState {
    var options: BuildOptions
    var siteYAML: YAMLDocument?
    /// Folders edited since the last published update: an update that found errors published
    /// nothing, so its folders are taken up again with the next one.
    var pendingFolders: Set<String> = []
    var loadDiagnostics: [Diagnostic]
    /// By entry folder, one for every folder the build found.
    var validation: [String: ContentValidator.EntryResult]
    /// Theme and asset warnings: they change only with the theme, which a full build handles.
    var themeDiagnostics: [Diagnostic]
    var site: ValidatedSite
    /// The composer's parts that outlive a build. The composer itself is not kept: it holds the
    /// site, and a second reference to the site would make every edit copy all its entries.
    var theme: Theme
    var assetURLs: [String: String]
    var listCache: ListRenderCache
    var cssBytes: Int
    var jobs: [PageJob]
    /// Per job: what the page gave the search index.
    var documents: [SearchDocument?]
    /// Per job that has any: the problems found in its page. Kept apart because almost no page
    /// has one, and gathering them from every page after each edit was measurable.
    var pageDiagnostics: [Int: [Diagnostic]]
    /// In the site's language order.
    var indexes: [SearchIndex]
    /// By entry folder.
    var openData: [String: OpenDataWriter.Fragments]
    /// The entry folders in the site's order, the order of the open data.
    lazy var entryFoldersInOrder: [String] = site.entries.map(\.folder)
    var pagesPerLanguage: [String: Int]
    var fileCount: Int

    lazy var dependencies = PageDependencies(site: site)
    lazy var pageKeys: [UInt64] = dependencies.keys(for: jobs, in: site)

    /// The jobs of each entry's pages, and the jobs of pages that are not one entry's.
    lazy var jobPositions: (byEntry: [EntryID: [Int]], others: [Int]) = {
        var byEntry: [EntryID: [Int]] = [:]
        var others: [Int] = []
        for (position, job) in jobs.enumerated() {
            if case .entry(let id, _) = job.kind { byEntry[id, default: []].append(position) } else { others.append(position) }
        }
        return (byEntry, others)
    }()
    lazy var configurationDiagnostics: [Diagnostic] = SiteConfigurationValidator().validate(siteYAML).1
    /// The validation diagnostics of each entry folder that has any.
    lazy var entryDiagnostics: [String: [Diagnostic]] = validation.compactMapValues { $0.diagnostics.isEmpty ? nil : $0.diagnostics }

    /// Works out what an update compares the site after an edit with. It must describe the site
    /// as it was built; doing it right after the full build spares the first edit the wait.
    mutating func prepareForUpdates() {
        _ = pageKeys
        _ = entryFoldersInOrder
        _ = jobPositions
        _ = configurationDiagnostics
        _ = entryDiagnostics
    }
}
