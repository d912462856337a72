import Foundation
import GuideContent
import GuideModel
import GuideOutput
import GuidePages
import GuideSearch

/// Keeps a built site up to date after edits, for `guide serve`.
///
/// The first build is a full one (staged and swapped in like `guide build`). After that, when
/// only files inside existing entry folders changed, it reloads and revalidates those folders,
/// puts their entries in place in the site, renders only the pages showing what changed (see
/// `PageDependencies`), patches the search index and the open data, and replaces just the files
/// whose bytes changed, in the served folder. Anything else — site.yaml, the theme, an entry
/// added, removed, gaining a language or moving to another provider, a menu page's title — makes
/// a full build. Either way the folder ends up byte for byte what a full build of
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
    private var deferredExport: (@Sendable () throws -> Void)?
    /// Deferred exports are written here, one after the other, while the next edit may already
    /// be built: they touch only `data/`, which no update but theirs writes.
    private let exportQueue = DispatchQueue(label: "guide.serve.export")
    private let exportLock = NSLock()
    private var exportFailed = false

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
        // After a failed export the folder's data/ is unknown; a full build puts it right.
        if exportLock.withLock({ exportFailed }) { state = nil }
        if var state, let changedFiles, let folders = Self.entryFolders(changedFiles) {
            // Held only here while it changes, so that its arrays (10,000 entries, 30,000 pages)
            // change in place instead of being copied.
            self.state = nil
            if let result = update(&state, folders: folders, defersExport: defersExport, start: start, clock: clock) {
                self.state = state
                return result
            }
        }
        lastUpdate = .full
        // A full build replaces the whole folder, so no export may be writing into it.
        waitForExports()
        exportLock.withLock { exportFailed = false }
        let (result, newState) = SiteBuilder().buildKeepingState(options)
        state = result.published ? newState : nil
        state?.prepareForUpdates()
        return result
    }

    /// Starts writing the export an incremental build deferred, if any, in the background.
    /// When writing fails, the next build is a full one, which puts the folder right.
    public func writeDeferredExport() {
        guard let export = deferredExport else { return }
        deferredExport = nil
        exportQueue.async { [exportLock] in
            do { try export() } catch { exportLock.withLock { self.exportFailed = true } }
        }
    }

    /// Waits until every export started so far is written.
    public func waitForExports() {
        exportQueue.sync {}
    }

    /// The entry folders the changed files lie in, or nil when a file outside entry folders
    /// changed.
    static func entryFolders(_ files: [String]) -> Set<String>? {
        var folders: Set<String> = []
        for file in files {
            let parts = file.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 4, parts[0] == "content", Section(rawValue: String(parts[1])) != nil,
                  !parts[3].isEmpty else { return nil }
            folders.insert(parts[0...2].joined(separator: "/"))
        }
        return folders
    }

    /// Nil when the edit needs a full build. Otherwise `state` describes the output folder after
    /// the update: the new one when it published, the old one when errors kept it from publishing
    /// (the edited folders are then noted, to be taken up again with the next edit).
    private func update(_ state: inout BuildState, folders: Set<String>, defersExport: Bool, start: ContinuousClock.Instant,
                        clock: ContinuousClock) -> BuildResult? {
        func finish(_ diagnostics: [Diagnostic], published: Bool) -> BuildResult {
            BuildResult(diagnostics: diagnostics, pagesPerLanguage: state.pagesPerLanguage, fileCount: published ? state.fileCount : 0,
                        published: published, since: start, clock: clock)
        }

        state.prepareForUpdates()

        // Load the changed folders only, with those of earlier updates that published nothing.
        let folders = folders.union(state.pendingFolders)
        // A folder the build did not find is a new entry.
        guard folders.allSatisfy({ state.validation[$0] != nil }) else { return nil }
        let loader = ContentLoader(sourceRoot: options.sourceRoot)
        var changedRawEntries: [RawEntry] = []
        let loadDiagnostics = state.loadDiagnostics.filter { diagnostic in
            !folders.contains { diagnostic.location.path.hasPrefix($0 + "/") || diagnostic.location.path == $0 }
        } + folders.sorted().flatMap { folder -> [Diagnostic] in
            guard let (entry, diagnostics) = loader.reloadEntry(folder: folder) else { return [] }
            changedRawEntries.append(entry)
            return diagnostics
        }
        guard changedRawEntries.count == folders.count else { return nil }

        // Validate them, patching the site in place: the entries keep their ids and providers,
        // or a full build follows. Validation results are keyed by fingerprint, so the new ones
        // are right to keep whatever this update decides.
        let ids = changedRawEntries.compactMap { raw in Section(rawValue: raw.sectionFolder).map { EntryID(section: $0, slug: raw.slug) } }
        let previousEntries = ids.compactMap(state.site.entry)
        guard previousEntries.count == folders.count,
              ContentValidator(today: state.site.today).revalidate(changedRawEntries, in: &state.site, results: &state.validation) else {
            return nil
        }
        func unpublished(_ diagnostics: [Diagnostic]) -> BuildResult {
            for entry in previousEntries { _ = state.site.replace(entry) }
            state.pendingFolders = folders
            return finish(diagnostics, published: false)
        }
        var entryDiagnostics = state.entryDiagnostics
        for raw in changedRawEntries {
            let found = state.validation[raw.folder]?.diagnostics ?? []
            entryDiagnostics[raw.folder] = found.isEmpty ? nil : found
        }
        let diagnostics = loadDiagnostics + state.configurationDiagnostics + entryDiagnostics.values.joined() + state.themeDiagnostics
        // Nothing is written while there are errors; the served site stays the last good one.
        if diagnostics.hasErrors { return unpublished(diagnostics + state.pageDiagnostics.values.joined()) }
        let editedEntries = ids.map { state.site.entry($0)! }
        guard zip(previousEntries, editedEntries).allSatisfy(PageDependencies.keepsStructure) else { return nil }

        // Render the pages whose entries changed; write nothing until all rendered cleanly. The
        // jobs are the same as before, as they follow from the entries and languages. Only the
        // keys of the changed entries' pages, of the pages of the entries they provide and of
        // their providers (which list them), and of the pages that are not one entry's can have
        // changed.
        let site = state.site
        let composer = PageComposer(site: site, theme: state.theme, assetURLs: state.assetURLs,
                                    showsEditHints: options.showsEditHints, listCache: state.listCache)
        let jobs = state.jobs
        var dependencies = state.dependencies
        for (previous, entry) in zip(previousEntries, editedEntries) {
            dependencies.replace(previous, with: entry, in: site)
        }
        let positions = state.jobPositions
        let candidates = Set(positions.others + ids.flatMap { id in
            ([id] + (site.servicesByProvider[id] ?? []) + [site.entry(id)?.provider].compactMap { $0 }).flatMap { positions.byEntry[$0] ?? [] }
        }).sorted()
        let keys = candidates.map { dependencies.key(for: jobs[$0], in: site) }
        let dirty = zip(candidates, keys).filter { state.pageKeys[$0.0] != $0.1 }.map(\.0)
        lastUpdate = .incremental(renderedPages: dirty.count)
        // Without an output folder to write to, rendering cannot fail.
        guard let rendered = try? SiteBuilder().renderPages(dirty.map { jobs[$0] }, composer: composer, staging: nil,
                                                            cssBytes: state.cssBytes, keepsHTML: true) else { return nil }
        var pageDiagnostics = state.pageDiagnostics
        for (position, index) in dirty.enumerated() { pageDiagnostics[index] = rendered[position].diagnostics.isEmpty ? nil : rendered[position].diagnostics }
        let allDiagnostics = diagnostics + pageDiagnostics.values.joined()
        if allDiagnostics.hasErrors { return unpublished(allDiagnostics) }

        let output = LiveOutputFolder(url: options.output)
        do {
            for (position, index) in dirty.enumerated() {
                try output.replace(rendered[position].html!, at: jobs[index].file)
                state.documents[index] = rendered[position].document
            }

            // The search index: only the documents of re-rendered pages can differ.
            for (number, language) in site.configuration.languageCodes.enumerated() {
                let changed = dirty.compactMap { state.documents[$0] }.filter { $0.language == language }
                guard !state.indexes[number].holds(changed) else { continue }
                guard state.indexes[number].replace(changed) else { return nil }
                let (moved, written, removed) = state.indexes[number].changes()
                for (from, to) in moved { try output.move(from, to: to) }
                for file in written { try output.replace(file.bytes, at: file.path) }
                for path in removed { output.remove(path) }
            }

            // The open data: new fragments for the changed entries only.
            let writer = OpenDataWriter(site: site)
            var openDataChanged = false
            for entry in editedEntries {
                let fragments = writer.fragments(for: entry)
                openDataChanged = openDataChanged || fragments != state.openData[entry.folder]
                state.openData[entry.folder] = fragments
            }
            if openDataChanged {
                let export: @Sendable () throws -> Void = { [openData = state.openData, order = state.entryFoldersInOrder,
                                                             languages = site.configuration.languageCodes] in
                    for file in OpenDataWriter.files(order.map { openData[$0]! }, languages: languages) {
                        try output.replace(file.bytes, at: file.path)
                    }
                }
                // Behind any deferred export still writing, so the newest is written last.
                if defersExport { deferredExport = export } else { try exportQueue.sync(execute: export) }
            }
        } catch {
            // Files may now be mixed; a full build puts the folder right.
            return nil
        }

        state.loadDiagnostics = loadDiagnostics
        state.pendingFolders = []
        state.entryDiagnostics = entryDiagnostics
        state.dependencies = dependencies
        state.pageDiagnostics = pageDiagnostics
        for (candidate, key) in zip(candidates, keys) { state.pageKeys[candidate] = key }
        return finish(allDiagnostics, published: true)
    }
}
