import Foundation

/// Keeps a built site up to date after edits, for `guide serve`.
///
/// The first build is a full one (staged and swapped in like `guide build`). After that, when
/// only files inside existing entry folders changed, it reloads and revalidates those folders,
/// renders only the pages whose entries changed (see `PageDependencies`), patches the search
/// index and the open data, and replaces just the files whose bytes changed, in the served folder.
/// Anything else — site.yaml, the theme, an entry added, removed or gaining a language, a menu
/// page — makes a full build. Either way the folder ends up byte for byte what a full build of
/// the same sources writes; tests compare the two after edits of every kind.
///
/// Used from one thread at a time (the preview's build queue).
public final class IncrementalSiteBuilder: @unchecked Sendable {
    public let options: BuildOptions
    private var state: BuildState?

    public enum Update: Equatable, Sendable {
        case full
        case incremental(renderedPages: Int)
    }

    /// How the latest build went about it, for the preview's log and for tests.
    public private(set) var lastUpdate = Update.full

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Brings the output up to date with the sources. `changedFiles` are paths relative to the
    /// source folder; nil means unknown, which makes a full build.
    public func build(changedFiles: [String]?) -> BuildResult {
        let clock = ContinuousClock()
        let start = clock.now
        if var state, let changedFiles, let directories = Self.entryDirectories(changedFiles),
           let result = update(&state, directories: directories, start: start, clock: clock) {
            self.state = state
            return result
        }
        lastUpdate = .full
        let (result, newState) = SiteBuilder().run(options)
        state = result.published ? newState : nil
        return result
    }

    /// The entry folders the changed files lie in, or nil when a file outside entry folders
    /// changed.
    static func entryDirectories(_ files: [String]) -> Set<String>? {
        var directories: Set<String> = []
        for file in files {
            let parts = file.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 4, parts[0] == "content", Section(rawValue: String(parts[1])) != nil,
                  !parts[3].isEmpty else { return nil }
            directories.insert(parts[0...2].joined(separator: "/"))
        }
        return directories
    }

    /// Nil when the edit needs a full build.
    private func update(_ state: inout BuildState, directories: Set<String>, start: ContinuousClock.Instant,
                        clock: ContinuousClock) -> BuildResult? {
        func finish(_ diagnostics: [Diagnostic], published: Bool) -> BuildResult {
            BuildResult(diagnostics: diagnostics, pagesPerLanguage: state.pagesPerLanguage, fileCount: published ? state.fileCount : 0,
                        published: published, since: start, clock: clock)
        }

        // Load and validate the changed folders only.
        let loader = ContentLoader(sourceRoot: options.sourceRoot)
        var content = state.content
        var loadDiagnostics = state.loadDiagnostics.filter { diagnostic in
            !directories.contains { diagnostic.location.path.hasPrefix($0 + "/") || diagnostic.location.path == $0 }
        }
        for directory in directories.sorted() {
            guard let position = content.entries.firstIndex(where: { $0.directory == directory }),
                  let (entry, diagnostics) = loader.reloadEntry(directory: directory) else { return nil }
            content.entries[position] = entry
            loadDiagnostics += diagnostics
        }
        var validation = state.validation
        let (validated, validationDiagnostics) = ContentValidator().validate(content, reusing: &validation)
        guard var site = validated else { return nil }
        site.configuration.baseURL = state.site.configuration.baseURL
        let diagnostics = loadDiagnostics + validationDiagnostics + state.themeDiagnostics
        if diagnostics.hasErrors {
            // Nothing is written; the served site stays the last good one.
            return finish(diagnostics + state.pages.flatMap(\.diagnostics), published: false)
        }
        let dependencies = PageDependencies(site: site, content: content)
        guard dependencies.structureKey == state.structureKey else { return nil }

        // Render the pages whose entries changed; write nothing until all rendered cleanly. The
        // jobs are the same as before: they follow from the entries and languages, which the
        // structure key covers.
        let composer = PageComposer(site: site, theme: state.composer.theme, assetURLs: state.composer.assetURLs,
                                    showsEditHints: options.showsEditHints)
        let jobs = state.jobs
        let keys = dependencies.keys(for: jobs)
        let oldKeys = state.pageKeys
        let dirty = jobs.indices.filter { keys[$0] != oldKeys[$0] }
        lastUpdate = .incremental(renderedPages: dirty.count)
        // Without an output folder to write to, rendering cannot fail.
        guard let rendered = try? SiteBuilder().renderPages(dirty.map { jobs[$0] }, composer: composer, staging: nil,
                                                            cssBytes: state.cssBytes, keepsHTML: true) else { return nil }
        var pages = state.pages
        for (position, index) in dirty.enumerated() {
            pages[index] = RenderedPageResult(diagnostics: rendered[position].diagnostics, document: rendered[position].document)
        }
        let allDiagnostics = diagnostics + pages.flatMap(\.diagnostics)
        if allDiagnostics.hasErrors { return finish(allDiagnostics, published: false) }

        let output = LiveOutputFolder(url: options.output)
        do {
            for (position, index) in dirty.enumerated() {
                try output.replace(rendered[position].html!, at: jobs[index].file)
            }

            // The search index: only the documents of re-rendered pages can differ.
            let languages = site.configuration.languageCodes
            var indexes = state.indexes
            for (number, language) in languages.enumerated() {
                let changed = dirty.compactMap { pages[$0].document }.filter { $0.language == language }
                guard !changed.isEmpty else { continue }
                let before = state.indexPaths[number]
                var documents = indexes[number].documents
                for document in changed {
                    guard let position = indexes[number].number(of: document.url) else { return nil }
                    documents[position] = document
                }
                indexes[number].update(to: documents, changed: Set(changed.map(\.url)))
                let files = indexes[number].files()
                for file in files where !before.contains(file.path) || file.path.hasSuffix("/manifest.json") {
                    try output.replace(file.bytes, at: file.path)
                }
                let now = Set(files.map(\.path))
                for path in before.subtracting(now).sorted() { output.remove(path) }
                state.indexPaths[number] = now
            }
            state.indexes = indexes

            // The open data: new fragments for the changed entries only.
            let urls = SiteURLs(configuration: site.configuration)
            let writer = OpenDataWriter(site: site, urls: urls)
            var openData = state.openData
            var openDataChanged = false
            for directory in directories {
                guard let entry = site.entries.first(where: { $0.directory == directory }) else { return nil }
                let fragments = writer.fragments(for: entry)
                openDataChanged = openDataChanged || fragments != openData[directory]
                openData[directory] = fragments
            }
            if openDataChanged {
                let data = writer.files(site.entries.map { openData[$0.directory]! })
                try output.replace(Array(data.coursesGeoJSON.utf8), at: "data/courses.geojson")
                try output.replace(Array(data.guideJSON.utf8), at: "data/guide.json")
            }
            state.openData = openData
        } catch {
            // Files may now be mixed; a full build puts the folder right.
            return nil
        }

        state.content = content
        state.loadDiagnostics = loadDiagnostics
        state.validation = validation
        state.site = site
        state.composer = composer
        state.pages = pages
        state.pageKeys = keys
        return finish(allDiagnostics, published: true)
    }
}
