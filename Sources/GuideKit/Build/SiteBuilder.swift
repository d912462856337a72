import Dispatch
import Foundation

/// Runs the pipeline top to bottom: load → validate → render/compose → index → write.
///
/// Nothing is written to the output folder unless every stage succeeded: pages go to a staging
/// folder that replaces the output in one atomic step, so a failed or killed build leaves the
/// published site exactly as it was.
public struct SiteBuilder: Sendable {
    public init() {}

    public func build(_ options: BuildOptions) -> BuildResult {
        let clock = ContinuousClock()
        let start = clock.now
        func finish(_ diagnostics: [Diagnostic], pages: [String: Int] = [:], files: Int = 0, published: Bool = false) -> BuildResult {
            let elapsed = start.duration(to: clock.now)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            return BuildResult(diagnostics: Array(Set(diagnostics)).sorted(), pagesPerLanguage: pages, fileCount: files,
                               published: published, seconds: seconds)
        }

        let (loaded, loadDiagnostics) = ContentLoader(sourceRoot: options.sourceRoot).load()
        var (validated, diagnostics) = ContentValidator().validate(loaded)
        diagnostics = loadDiagnostics + diagnostics
        guard var site = validated else { return finish(diagnostics) }
        if let baseURL = options.baseURL {
            guard EntryFactsValidator.isWebURL(baseURL) else {
                return finish(diagnostics + [.error(at: SourceLocation(path: "--base-url"), "`\(baseURL)` is not a web address",
                                                    hint: "Pass it as https://example.org/.")])
            }
            site.configuration.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        }

        let themeURL = options.sourceRoot.appendingPathComponent("themes/\(options.themeName)")
        let (loadedTheme, themeDiagnostics) = Theme.load(from: themeURL, languages: site.configuration.languageCodes,
                                                          sourceRoot: options.sourceRoot)
        diagnostics += themeDiagnostics
        guard let theme = loadedTheme else { return finish(diagnostics) }

        var assetFiles = theme.assets
        if let leaflet = LeafletAssets.load() {
            assetFiles.merge(leaflet) { theme, _ in theme }
        } else {
            diagnostics.append(.warning(at: SourceLocation(path: LeafletAssets.directory.path), "Leaflet is not installed, so pages show no maps",
                                        hint: "Install Debian's libjs-leaflet (script/build does), or set GUIDE_LEAFLET_DIR; lists and \"open in maps\" links work without it."))
        }
        let assets = AssetPipeline(assets: assetFiles)
        let searchScriptBytes = assets.files.filter { $0.path.hasPrefix("assets/search/") && $0.path.hasSuffix(".js") }.map(\.bytes.count).reduce(0, +)
        if let warning = WeightBudget.searchScriptWarning(bytes: searchScriptBytes, theme: "themes/\(options.themeName)") {
            diagnostics.append(warning)
        }
        let cssBytes = assets.files.first { $0.path.hasPrefix("assets/style.") }?.bytes.count ?? 0
        let composer = PageComposer(site: site, theme: theme, assetURLs: assets.publicURLs, showsEditHints: options.showsEditHints)
        let jobs = composer.jobs()

        // With errors already found, pages are still rendered, only to report every broken link
        // in the same run; nothing is written.
        let staging: StagingDirectory?
        if diagnostics.hasErrors {
            staging = nil
        } else {
            do {
                staging = try StagingDirectory(output: options.output)
            } catch {
                return finish(diagnostics + [.error(at: SourceLocation(path: options.output.path), "\(error)",
                                                    hint: "Check that the output folder's parent is writable.")])
            }
        }

        do {
            if let staging {
                // A page's own folder is made by the renderer that writes it, so the file system's
                // work on tens of thousands of folders overlaps rendering on the other core.
                let folders = Set(jobs.map { (($0.file as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent }.filter { !$0.isEmpty })
                    .union(assets.folders)
                try staging.createDirectories(folders)
            }
            let rendered = try renderPages(jobs, composer: composer, staging: staging, cssBytes: cssBytes)
            diagnostics += rendered.diagnostics
            if let staging {
                let urls = SiteURLs(configuration: site.configuration)
                try writeIndexes(rendered.documents, site: site, urls: urls, to: staging)
                try staging.write(SitemapWriter(site: site, urls: urls).xml(), to: "sitemap.xml")
                try staging.write("User-agent: *\nAllow: /\n\nSitemap: \(urls.absolute("/sitemap.xml"))\n", to: "robots.txt")
                try assets.write(to: staging)
            }
        } catch {
            staging?.discard()
            return finish(diagnostics + [.error(at: SourceLocation(path: options.output.path), "\(error)")])
        }

        var pages: [String: Int] = [:]
        for job in jobs {
            switch job.kind {
            case .home(let language), .sectionIndex(_, let language), .entry(_, let language), .search(let language),
                 .courseMap(let language):
                pages[language, default: 0] += 1
            case .chooser, .notFound: break
            }
        }
        let fileCount = jobs.count + 2 + assets.publicURLs.count
        guard let staging, !diagnostics.hasErrors else {
            staging?.discard()
            return finish(diagnostics, pages: pages)
        }
        do {
            try staging.publish()
        } catch {
            staging.discard()
            return finish(diagnostics + [.error(at: SourceLocation(path: options.output.path), "\(error)")], pages: pages)
        }
        return finish(diagnostics, pages: pages, files: fileCount, published: true)
    }

    /// Renders (and, with a staging folder, writes) all pages on every core. Each page is written
    /// as soon as it is rendered, so only the text the index needs stays in memory.
    private func renderPages(_ jobs: [PageJob], composer: PageComposer, staging: StagingDirectory?, cssBytes: Int) throws
        -> (diagnostics: [Diagnostic], documents: [SearchDocument]) {
        let collector = RenderCollector()
        let chunkSize = 16
        let chunks = (jobs.count + chunkSize - 1) / chunkSize
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for job in jobs[(chunk * chunkSize)..<min(jobs.count, (chunk + 1) * chunkSize)] {
                let page = composer.render(job)
                var diagnostics = page.diagnostics
                if case .entry(let id, let language) = job.kind, let entry = composer.site.entry(id),
                   let warning = WeightBudget.entryPageWarning(htmlBytes: page.html.utf8.count, cssBytes: cssBytes,
                                                               source: TranslationChooser(configuration: composer.site.configuration).text(of: entry, in: language).translation.path) {
                    diagnostics.append(warning)
                }
                collector.add(diagnostics, page.searchDocument)
                if let staging {
                    do {
                        let folder = (job.file as NSString).deletingLastPathComponent
                        if !folder.isEmpty { try staging.createDirectory(folder) }
                        try staging.write(page.html, to: job.file)
                    } catch {
                        collector.fail(error)
                    }
                }
            }
        }
        if let error = collector.firstError { throw error }
        return (collector.diagnostics, collector.documents)
    }

    /// The index stage: one search index per language and the open data, built and written side
    /// by side. Documents are sorted by URL so the index is the same whatever order the parallel
    /// renderers finished in.
    private func writeIndexes(_ documents: [SearchDocument], site: ValidatedSite, urls: SiteURLs, to staging: StagingDirectory) throws {
        let sorted = documents.sorted { $0.url < $1.url }
        let languages = site.configuration.languageCodes
        let openData = OpenDataWriter(site: site, urls: urls)
        let errors = ParallelMap.map(count: languages.count + 1) { task -> Error? in
            let files: [SearchIndex.File]
            if task < languages.count {
                var index = SearchIndex(language: languages[task], documents: sorted.filter { $0.language == languages[task] })
                files = index.files()
            } else {
                files = [.init(path: "data/courses.geojson", bytes: Array(openData.coursesGeoJSON().utf8)),
                         .init(path: "data/guide.json", bytes: Array(openData.guideJSON().utf8))]
            }
            do {
                try staging.createDirectories(Set(files.map { ($0.path as NSString).deletingLastPathComponent }))
                for file in files { try staging.write(file.bytes, to: file.path) }
                return nil
            } catch {
                return error
            }
        }
        if let error = errors.compactMap({ $0 }).first { throw error }
    }
}

/// Gathers what parallel renderers produce besides the pages they write.
final class RenderCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var items: Set<Diagnostic> = []
    private(set) var documents: [SearchDocument] = []
    private(set) var firstError: Error?

    func add(_ diagnostics: [Diagnostic], _ document: SearchDocument?) {
        guard !diagnostics.isEmpty || document != nil else { return }
        lock.lock()
        items.formUnion(diagnostics)
        if let document { documents.append(document) }
        lock.unlock()
    }

    func fail(_ error: Error) {
        lock.lock()
        if firstError == nil { firstError = error }
        lock.unlock()
    }

    var diagnostics: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return items.sorted()
    }
}
