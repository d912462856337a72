import Foundation
import GuideContent
import GuideModel
import GuideOutput
import GuidePages
import GuideSearch
import GuideSupport
import GuideTheme

/// Runs the pipeline top to bottom: load → validate → render/compose → index → write.
///
/// Nothing is written to the output folder unless every stage succeeded: pages go to a staging
/// folder that replaces the output in one atomic step, so a failed or killed build leaves the
/// published site exactly as it was.
public struct SiteBuilder: Sendable {
    public init() {}

    public func build(_ options: BuildOptions) -> BuildResult {
        buildKeepingState(options, keepsState: false).result
    }

    /// Freeing a large build's memory (30,000 pages' index documents, parsed YAML, postings)
    /// took a second on one core; on another thread it overlaps other work, and `guide build`
    /// exits without waiting for it.
    static func releaseInBackground<Value>(_ value: consuming Value) {
        let box = ReleaseBox(value)
        DispatchQueue.global(qos: .utility).async { box.release() }
    }

    /// A full build that also returns what `IncrementalSiteBuilder` needs to bring the site up to
    /// date after an edit (nil when nothing was published, or not asked for: the search indexes
    /// it keeps were a third of a large build's peak memory).
    func buildKeepingState(_ options: BuildOptions, keepsState: Bool = true) -> (result: BuildResult, state: BuildState?) {
        let clock = ContinuousClock()
        let start = clock.now
        func finish(_ diagnostics: [Diagnostic], pages: [String: Int] = [:], files: Int = 0, published: Bool = false) -> BuildResult {
            BuildResult(diagnostics: diagnostics, pagesPerLanguage: pages, fileCount: files, published: published,
                        since: start, clock: clock)
        }
        func finish(_ diagnostics: [Diagnostic], pages: [String: Int] = [:]) -> (BuildResult, BuildState?) {
            (finish(diagnostics, pages: pages, files: 0, published: false), nil)
        }

        if let problem = OutputLocation.problem(output: options.output, sourceRoot: options.sourceRoot) {
            return finish([problem])
        }
        var validation: [String: ContentValidator.EntryResult] = [:]
        var loaded = SiteLoader(sourceRoot: options.sourceRoot, themeName: options.themeName, today: options.today).load(reusing: &validation)
        // Validation was the last use of the parsed files. They are freed once the pages are
        // written: freeing them on another thread while pages render slowed every allocation.
        let parsedEntries = loaded.content.entries
        loaded.content.entries = []
        defer { Self.releaseInBackground(parsedEntries) }
        var diagnostics = loaded.loadDiagnostics + loaded.validationDiagnostics
        guard var site = loaded.site else { return finish(diagnostics) }
        if let baseURL = options.baseURL {
            guard SiteConfigurationValidator.isBaseURL(baseURL) else {
                return finish(diagnostics + [.error(at: SourceLocation(path: "--base-url"), "`\(baseURL)` is not a web address",
                                                    hint: "Pass it as https://example.org/.")])
            }
            site.configuration.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }
        // A preview changes under the editor's hands, file by file: a pack made of it would be
        // stale at the next save.
        if !options.offersOfflinePack || options.showsEditHints { site.configuration.offersOfflinePack = false }
        // Kept apart because only a change to the theme alters them: `guide serve` carries them
        // over from build to build.
        var themeDiagnostics = loaded.themeDiagnostics
        guard let theme = loaded.theme else { return finish(diagnostics + themeDiagnostics) }

        var assetFiles = theme.assets
        let worker = assetFiles.removeValue(forKey: OfflinePack.workerAsset)
        if let leaflet = LeafletAssets.load() {
            assetFiles.merge(leaflet) { theme, _ in theme }
        } else {
            themeDiagnostics.append(.warning(at: SourceLocation(path: LeafletAssets.folder.path), "Leaflet is not installed, so pages show no maps",
                                        hint: "Install Debian's libjs-leaflet (script/build does), or set GUIDE_LEAFLET_DIR; lists and \"open in maps\" links work without it."))
        }
        let assets = AssetPipeline(assets: assetFiles)
        let searchScriptBytes = WeightBudget.firstSearchScriptBytes(assets.files)
        if let warning = WeightBudget.searchScriptWarning(bytes: searchScriptBytes, theme: "themes/\(options.themeName)") {
            themeDiagnostics.append(warning)
        }
        diagnostics += themeDiagnostics
        let cssBytes = assets.files.first { $0.path.hasPrefix("assets/style.") }?.bytes.count ?? 0
        var composer: PageComposer? = PageComposer(site: site, theme: theme, assetURLs: assets.publicURLs, showsEditHints: options.showsEditHints)
        // Its caches hold tens of thousands of rendered rows at the end of a large build.
        defer { if let composer { Self.releaseInBackground(composer) } }
        let jobs = site.jobs
        var indexes: [SearchIndex] = []
        var openData: [String: OpenDataWriter.Fragments] = [:]
        var renderedPages: [WrittenPage] = []

        // With errors already found, pages are still rendered, only to report every broken link
        // in the same run; nothing is written.
        let staging: StagingFolder?
        if diagnostics.hasErrors {
            staging = nil
        } else {
            do {
                staging = try StagingFolder(output: options.output)
            } catch {
                return finish(diagnostics + [.error(at: SourceLocation(path: options.output.path), "\(error)",
                                                    hint: "Check that the output folder's parent is writable.")])
            }
        }

        do {
            if let staging {
                // A page's own folder is made by the renderer that writes it, so the file system's
                // work on tens of thousands of folders overlaps rendering on the other core.
                let folders = Set(jobs.map { OutputPath.folder(of: OutputPath.folder(of: $0.file)) }.filter { !$0.isEmpty })
                    .union(assets.folders)
                try staging.createFolders(folders)
            }
            let rendered = try renderPages(jobs, composer: composer!, staging: staging, cssBytes: cssBytes)
            // Only `guide serve` renders again. Freed now, the caches' memory is reused by the
            // index stage instead of adding to the build's peak.
            if !keepsState { composer = nil }
            renderedPages = rendered
            diagnostics += rendered.flatMap(\.diagnostics)
            if let staging {
                (indexes, openData) = try IndexStage(site: site, keepsIndexes: keepsState).write(rendered.compactMap(\.document), to: staging)
                try assets.write(to: staging)
                try RedirectPages(site: site).write(into: staging)
                if site.configuration.offersOfflinePack, let worker {
                    try OfflinePack(languages: site.configuration.languageCodes).write(into: staging, worker: worker)
                }
                if options.writesHostFiles && site.configuration.writesHostFiles {
                    try HostConfigurationFiles(policy: ContentSecurityPolicy(configuration: site.configuration),
                                               languages: site.configuration.languageCodes).write(into: staging)
                }
                if options.precompresses { try Precompressor.compressTextFiles(in: staging) }
            }
        } catch {
            staging?.discard()
            return finish(diagnostics + [.error(at: SourceLocation(path: options.output.path), "\(error)",
                                                hint: "Check that the disk has room and the folder beside the output may be written to; the published site was left as it was.")])
        }

        var pages: [String: Int] = [:]
        for case let language? in jobs.map(\.kind.language) { pages[language, default: 0] += 1 }
        let fileCount = jobs.count + 2 + assets.publicURLs.count
        guard let staging, !diagnostics.hasErrors else {
            staging?.discard()
            return finish(diagnostics, pages: pages)
        }
        do {
            try staging.publish()
        } catch {
            staging.discard()
            return finish(diagnostics + [.error(at: SourceLocation(path: options.output.path), "\(error)",
                                                hint: "Check that the output folder and the folder beside it may be written to; the published site was left as it was.")], pages: pages)
        }
        guard keepsState else {
            Self.releaseInBackground(renderedPages)
            return (finish(diagnostics, pages: pages, files: fileCount, published: true), nil)
        }
        var pageDiagnostics: [Int: [Diagnostic]] = [:]
        for (position, page) in renderedPages.enumerated() where !page.diagnostics.isEmpty { pageDiagnostics[position] = page.diagnostics }
        let state = BuildState(options: options, siteYAML: loaded.content.siteYAML, loadDiagnostics: loaded.loadDiagnostics, validation: validation,
                               themeDiagnostics: themeDiagnostics, site: site, theme: theme, assetURLs: assets.publicURLs,
                               listCache: composer!.listCache, cssBytes: cssBytes, jobs: jobs, documents: renderedPages.map(\.document),
                               pageDiagnostics: pageDiagnostics, indexes: indexes, openData: openData,
                               pagesPerLanguage: pages, fileCount: fileCount)
        return (finish(diagnostics, pages: pages, files: fileCount, published: true), state)
    }

    /// Renders (and, with a staging folder, writes) all pages on every core. Each page is written
    /// as soon as it is rendered, so only the text the index needs stays in memory.
    func renderPages(_ jobs: [PageJob], composer: PageComposer, staging: (any OutputFolder)?, cssBytes: Int,
                     keepsHTML: Bool = false) throws -> [WrittenPage] {
        // Chunks keep the per-task overhead of tens of thousands of pages low; the few pages of
        // an edit in `guide serve` (a course and three long lists, say) each get a task, or they
        // would all render on one core.
        let chunkSize = jobs.count < 256 ? 1 : 16
        let chunks = ParallelMap.map(count: (jobs.count + chunkSize - 1) / chunkSize) { chunk -> Result<[WrittenPage], Error> in
            Result {
                try jobs[(chunk * chunkSize)..<min(jobs.count, (chunk + 1) * chunkSize)].map { job in
                    let page = composer.render(job)
                    var diagnostics = page.diagnostics
                    if let source = page.sourcePath,
                       let warning = WeightBudget.entryPageWarning(htmlBytes: page.html.utf8.count, cssBytes: cssBytes, source: source) {
                        diagnostics.append(warning)
                    }
                    try staging?.replace(page.html, at: job.file)
                    return WrittenPage(diagnostics: diagnostics, document: page.searchDocument, html: keepsHTML ? page.html : nil)
                }
            }
        }
        return try chunks.flatMap { try $0.get() }
    }
}

/// What the later stages, and the next incremental build, need from one rendered page.
struct WrittenPage: Sendable {
    var diagnostics: [Diagnostic]
    var document: SearchDocument?
    /// Kept only when the caller writes the pages itself.
    var html: String?
}

/// Holds a value until `release()`, so that its memory is freed on the thread that calls it.
private final class ReleaseBox<Value>: @unchecked Sendable {
    private var value: Value?

    init(_ value: consuming Value) {
        self.value = value
    }

    func release() {
        value = nil
    }
}
