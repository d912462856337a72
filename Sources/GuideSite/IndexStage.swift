import GuideModel
import GuideOutput
import GuideSearch
import GuideSupport

/// The index stage: one search index per language, the open data and the sitemap, built and
/// written side by side. Documents are sorted by URL so the index is the same whatever order
/// the parallel renderers finished in. Tasks go out longest first: the indexes, the sitemap,
/// then the open data's per-entry records in several small tasks that fill whichever core
/// the others leave free. With the sitemap last, one core wrote it alone for 0.3 s at 30,000
/// pages while the other waited.
///
/// A one-shot `guide build` does not keep the indexes: they are then built after the rest, one
/// language after the other, each dropped once its files are written, instead of every
/// document's terms and three indexes living at once, a third of a 30,000-page build's peak
/// memory.
struct IndexStage {
    let site: ValidatedSite
    /// Whether the indexes and the open data's fragments are returned, for `guide serve` to
    /// patch after an edit.
    var keepsIndexes = true

    func write(_ documents: [SearchDocument], to staging: StagingFolder) throws
        -> (indexes: [SearchIndex], openData: [String: OpenDataWriter.Fragments]) {
        let sorted = documents.sorted { $0.url < $1.url }
        let terms = keepsIndexes ? Self.countTerms(sorted) : []
        let languages = site.configuration.languageCodes
        let openDataWriter = OpenDataWriter(site: site)
        let entries = site.entries
        // Small enough that the last one to finish leaves the other core idle only briefly.
        let openDataTasks = 32
        // `written`: a task whose files are written and whose result is not kept.
        enum Built { case index(SearchIndex), fragments([OpenDataWriter.Fragments]), written, failed(Error) }
        // Without indexes to keep, they are built after the rest, one language at a time.
        let indexTasks = keepsIndexes ? languages.count : 0
        let built = ParallelMap.map(count: indexTasks + 1 + openDataTasks) { task -> Built in
            let task = task + languages.count - indexTasks
            if task == languages.count {
                do {
                    let sitemap = SitemapWriter(site: site)
                    try staging.write(sitemap.xml(), to: "sitemap.xml")
                    try staging.write(sitemap.robotsTXT(), to: "robots.txt")
                    return .written
                } catch {
                    return .failed(error)
                }
            }
            guard task < languages.count else {
                let part = task - languages.count - 1
                let range = (entries.count * part / openDataTasks)..<(entries.count * (part + 1) / openDataTasks)
                return .fragments(entries[range].map(openDataWriter.fragments))
            }
            let own = sorted.indices.filter { sorted[$0].language == languages[task] }
            var index = SearchIndex(language: languages[task], documents: own.map { sorted[$0] }, terms: own.map { terms[$0] })
            do {
                try write(index.files(), to: staging)
                return .index(index)
            } catch {
                return .failed(error)
            }
        }
        var indexes: [SearchIndex] = [], fragments: [OpenDataWriter.Fragments] = []
        for item in built {
            switch item {
            case .index(let index): indexes.append(index)
            case .fragments(let part): fragments += part
            case .written: break
            case .failed(let error): throw error
            }
        }
        try write(openDataWriter.files(fragments), to: staging)
        if !keepsIndexes { try writeIndexesLanguageByLanguage(sorted, to: staging) }
        return (indexes, keepsIndexes ? Dictionary(uniqueKeysWithValues: zip(entries.map(\.folder), fragments)) : [:])
    }

    /// Counting a language's terms takes every core, and assembling its index and writing its
    /// files takes one: so each language is counted while the one before it is assembled, which
    /// at 30,000 pages left a core idle for a second. At most two languages' terms live at once.
    private func writeIndexesLanguageByLanguage(_ sorted: [SearchDocument], to staging: StagingFolder) throws {
        var assembling: BackgroundWork?
        for language in site.configuration.languageCodes {
            let own = sorted.filter { $0.language == language }
            let terms = Self.countTerms(own)
            try assembling?.wait()
            assembling = BackgroundWork {
                var index = SearchIndex(language: language, documents: own, terms: terms)
                try write(index.files(), to: staging)
            }
        }
        try assembling?.wait()
    }

    /// Counting terms is most of an index's cost. Counted per language, three indexes on two
    /// cores left one core idle for a third of the stage; in chunks, every core counts to the end.
    private static func countTerms(_ documents: [SearchDocument]) -> [DocumentTerms] {
        let chunkSize = 64
        let counted = ParallelMap.map(count: (documents.count + chunkSize - 1) / chunkSize, state: { DocumentTermsCounter() }) { counter, chunk in
            documents[(chunk * chunkSize)..<min(documents.count, (chunk + 1) * chunkSize)].map { counter.terms(of: $0) }
        }
        return Array(counted.joined())
    }

    private func write(_ files: [GeneratedFile], to staging: StagingFolder) throws {
        try staging.createFolders(Set(files.map { OutputPath.folder(of: $0.path) }))
        for file in files { try staging.write(file.bytes, to: file.path) }
    }
}

