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

    /// The open-data export still to write after an incremental build that deferred it.
    private var deferredExport: (() throws -> Void)?

    /// Brings the output up to date with the sources. `changedFiles` are paths relative to the
    /// source folder; nil means unknown, which makes a full build.
    ///
    /// With `defersExport`, an incremental build leaves the open-data export (`data/`) for
    /// `writeDeferredExport()`. No page reads those files, and at 10,000 entries `guide.json`
    /// holds 24 MB, whose joining and writing took longer than all the pages an edit changes:
    /// `guide serve` tells open pages to reload first and writes the export right after.
    public func build(changedFiles: [String]?, defersExport: Bool = false) -> BuildResult {
        writeDeferredExport()
        let clock = ContinuousClock()
        let start = clock.now
        if var state, let changedFiles, let directories = Self.entryDirectories(changedFiles),
           let result = update(&state, directories: directories, defersExport: defersExport, start: start, clock: clock) {
            self.state = state
            return result
        }
        lastUpdate = .full
        let (result, newState) = SiteBuilder().run(options)
        state = result.published ? newState : nil
        return result
    }

    /// Writes the export an incremental build deferred, if any. When writing fails, the next
    /// build is a full one, which puts the folder right.
    public func writeDeferredExport() {
        guard let export = deferredExport else { return }
        deferredExport = nil
        do { try export() } catch { state = nil }
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
    private func update(_ state: inout BuildState, directories: Set<String>, defersExport: Bool, start: ContinuousClock.Instant,
                        clock: ContinuousClock) -> BuildResult? {
        func finish(_ diagnostics: [Diagnostic], published: Bool) -> BuildResult {
            BuildResult(diagnostics: diagnostics, pagesPerLanguage: state.pagesPerLanguage, fileCount: published ? state.fileCount : 0,
                        published: published, since: start, clock: clock)
        }

        // Load and validate the changed folders only.
        let loader = ContentLoader(sourceRoot: options.sourceRoot)
        // Large parts of the state are taken out while they change, so that they change in
        // place instead of being copied whole (10,000 entries, 30,000 pages); an update that
        // publishes nothing puts back what it replaced. Returning nil discards the state anyway.
        var content = state.content
        state.content.entries = []
        var replacedEntries: [(position: Int, entry: RawEntry)] = []
        var loadDiagnostics = state.loadDiagnostics.filter { diagnostic in
            !directories.contains { diagnostic.location.path.hasPrefix($0 + "/") || diagnostic.location.path == $0 }
        }
        for directory in directories.sorted() {
            guard let position = content.entries.firstIndex(where: { $0.directory == directory }),
                  let (entry, diagnostics) = loader.reloadEntry(directory: directory) else { return nil }
            replacedEntries.append((position, content.entries[position]))
            content.entries[position] = entry
            loadDiagnostics += diagnostics
        }
        // Validation results are keyed by fingerprint, so the new ones are right to keep
        // whatever this update decides.
        var validation = state.validation
        state.validation = [:]
        let (validated, validationDiagnostics) = ContentValidator().validate(content, reusing: &validation)
        state.validation = validation
        func restoreContent() {
            for (position, entry) in replacedEntries.reversed() { content.entries[position] = entry }
            state.content = content
        }
        guard var site = validated else { return nil }
        site.configuration.baseURL = state.site.configuration.baseURL
        let diagnostics = loadDiagnostics + validationDiagnostics + state.themeDiagnostics
        if diagnostics.hasErrors {
            // Nothing is written; the served site stays the last good one.
            restoreContent()
            return finish(diagnostics + state.pages.flatMap(\.diagnostics), published: false)
        }
        let dependencies = PageDependencies(site: site)
        guard dependencies.structureKey == state.structureKey else { return nil }

        // Render the pages whose entries changed; write nothing until all rendered cleanly. The
        // jobs are the same as before: they follow from the entries and languages, which the
        // structure key covers.
        let composer = PageComposer(site: site, theme: state.composer.theme, assetURLs: state.composer.assetURLs,
                                    showsEditHints: options.showsEditHints, listCache: state.composer.listCache)
        let jobs = state.jobs
        let keys = dependencies.keys(for: jobs)
        let oldKeys = state.pageKeys
        let dirty = jobs.indices.filter { keys[$0] != oldKeys[$0] }
        lastUpdate = .incremental(renderedPages: dirty.count)
        // Without an output folder to write to, rendering cannot fail.
        guard let rendered = try? SiteBuilder().renderPages(dirty.map { jobs[$0] }, composer: composer, staging: nil,
                                                            cssBytes: state.cssBytes, keepsHTML: true) else { return nil }
        var pages = state.pages
        state.pages = []
        let replacedPages = dirty.map { pages[$0] }
        for (position, index) in dirty.enumerated() {
            pages[index] = RenderedPageResult(diagnostics: rendered[position].diagnostics, document: rendered[position].document)
        }
        let allDiagnostics = diagnostics + pages.flatMap(\.diagnostics)
        if allDiagnostics.hasErrors {
            for (position, index) in dirty.enumerated() { pages[index] = replacedPages[position] }
            state.pages = pages
            restoreContent()
            return finish(allDiagnostics, published: false)
        }

        let output = LiveOutputFolder(url: options.output)
        do {
            for (position, index) in dirty.enumerated() {
                try output.replace(rendered[position].html!, at: jobs[index].file)
            }

            // The search index: only the documents of re-rendered pages can differ.
            let languages = site.configuration.languageCodes
            var indexes = state.indexes
            state.indexes = []
            for (number, language) in languages.enumerated() {
                let changed = dirty.compactMap { pages[$0].document }.filter { $0.language == language }
                guard !indexes[number].holds(changed) else { continue }
                let before = state.indexPaths[number]
                guard indexes[number].replace(changed) else { return nil }
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
            state.openData = [:]
            var openDataChanged = false
            for directory in directories {
                guard let entry = site.entries.first(where: { $0.directory == directory }) else { return nil }
                let fragments = writer.fragments(for: entry)
                openDataChanged = openDataChanged || fragments != openData[directory]
                openData[directory] = fragments
            }
            if openDataChanged {
                let entries = site.entries
                let export = { [openData] in
                    for file in writer.files(entries.map { openData[$0.directory]! }) {
                        try output.replace(file.bytes, at: file.path)
                    }
                }
                if defersExport { deferredExport = export } else { try export() }
            }
            state.openData = openData
        } catch {
            // Files may now be mixed; a full build puts the folder right.
            return nil
        }

        state.content = content
        state.loadDiagnostics = loadDiagnostics
        state.site = site
        state.composer = composer
        state.pages = pages
        state.pageKeys = keys
        return finish(allDiagnostics, published: true)
    }
}
