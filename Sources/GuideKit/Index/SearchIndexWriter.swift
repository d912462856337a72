import Foundation

/// Builds one language's search index: a manifest, term shards, facets and one record per
/// document (format in docs/search-index.md).
///
/// Scores are BM25 computed here, once, with field boosts folded in, so the browser only adds
/// integers and needs no document lengths or statistics.
struct SearchIndexWriter {
    struct File {
        var path: String
        var bytes: [UInt8]
    }

    static let k1 = 1.2
    static let b = 0.75
    static let titleBoost = 3.0
    static let keywordBoost = 2.0
    static let summaryBoost = 1.5
    /// A shard is closed once its JSON passes this size: small enough for one quick request on a
    /// slow connection, large enough that a small site needs only one or two.
    static let shardTargetBytes = 24_000
    /// The part of a page's text kept for excerpts.
    static let excerptSourceLength = 700

    let language: String

    /// All files of the index, paths relative to the output folder.
    func files(for documents: [SearchDocument]) -> [File] {
        let analyzer = TextAnalyzer(languageCode: language)
        let base = "search/\(language)/"

        // Documents are numbered in the given order; postings carry only these small numbers.
        // The records' folder is named by the hash of all records, so any change renames it and
        // hosts may still cache every file forever.
        let records = documents.map { Array(recordJSON($0).utf8) }
        let recordsFolder = "docs.\(ContentHash.hex(Array(records.joined(separator: [0x0A]))))/"
        var files = records.enumerated().map { File(path: base + recordsFolder + "\($0.offset).json", bytes: $0.element) }

        // Weighted term frequencies per document (BM25F-style: boosted fields add up).
        var frequencies: [[String: Double]] = []
        var lengths: [Double] = []
        for document in documents {
            var tf: [String: Double] = [:]
            var length = 0.0
            func add(_ text: String, boost: Double) {
                for term in analyzer.analyze(text) {
                    tf[term, default: 0] += boost
                    length += boost
                }
            }
            add(document.title, boost: Self.titleBoost)
            add(document.keywords.joined(separator: " "), boost: Self.keywordBoost)
            add(document.summary, boost: Self.summaryBoost)
            add(document.body, boost: 1)
            frequencies.append(tf)
            lengths.append(length)
        }
        let count = Double(max(documents.count, 1))
        let averageLength = max(lengths.reduce(0, +) / count, 1)
        var postings: [String: [(document: Int, weight: Int)]] = [:]
        var documentFrequency: [String: Int] = [:]
        for tf in frequencies { for term in tf.keys { documentFrequency[term, default: 0] += 1 } }
        for (index, tf) in frequencies.enumerated() {
            let norm = Self.k1 * (1 - Self.b + Self.b * lengths[index] / averageLength)
            for (term, frequency) in tf {
                let df = Double(documentFrequency[term]!)
                let idf = log(1 + (count - df + 0.5) / (df + 0.5))
                let score = idf * frequency * (Self.k1 + 1) / (frequency + norm)
                postings[term, default: []].append((index, max(1, Int((score * 100).rounded()))))
            }
        }

        // Shards are ordered by each term's folded form, in JavaScript's string order, so the
        // browser binary-searches the manifest with the folded word, and a stem and its folded
        // twin (`atļauj`, `atlauj`), which a query asks for together, always share one shard.
        let terms = postings.keys.map { (folded: TextAnalyzer.fold($0), term: $0) }.sorted { a, b in
            a.folded != b.folded ? a.folded.utf16.lexicographicallyPrecedes(b.folded.utf16) : a.term.utf16.lexicographicallyPrecedes(b.term.utf16)
        }
        var shards: [(first: String, path: String)] = []
        var buffer = "{"
        var firstKey: String? = nil
        func closeShard() {
            guard let first = firstKey else { return }
            buffer += "}"
            let bytes = Array(buffer.utf8)
            let path = "terms/\(shards.count).\(ContentHash.hex(bytes)).json"
            files.append(File(path: base + path, bytes: bytes))
            shards.append((shards.isEmpty ? "" : first, path))
            buffer = "{"
            firstKey = nil
        }
        for (index, entry) in terms.enumerated() {
            if firstKey != nil { buffer += "," } else { firstKey = entry.folded }
            buffer += JSONText.string(entry.term) + ":[" + Self.encodedPostings(postings[entry.term]!) + "]"
            let nextShares = index + 1 < terms.count && terms[index + 1].folded == entry.folded
            if buffer.utf8.count >= Self.shardTargetBytes && !nextShares { closeShard() }
        }
        closeShard()

        let facets = facetsJSON(documents)
        let facetBytes = Array(facets.utf8)
        let facetPath = "facets.\(ContentHash.hex(facetBytes)).json"
        files.append(File(path: base + facetPath, bytes: facetBytes))

        let shardList = shards.map { "[\(JSONText.string($0.first)),\(JSONText.string($0.path))]" }.joined(separator: ",")
        let manifest = "{\"version\":2,\"language\":\(JSONText.string(language)),\"documents\":\(documents.count),"
            + "\"shards\":[\(shardList)],\"facets\":\(JSONText.string(facetPath)),\"records\":\(JSONText.string(recordsFolder))}"
        files.append(File(path: base + "manifest.json", bytes: Array(manifest.utf8)))
        return files
    }

    private func recordJSON(_ document: SearchDocument) -> String {
        // Block boundaries (a heading and its paragraph) stay visible in excerpts as " · ".
        var text = ""
        text.reserveCapacity(Self.excerptSourceLength + 16)
        var length = 0
        for scalar in (document.body.isEmpty ? document.summary : document.summary + "\n" + document.body).unicodeScalars {
            if length == Self.excerptSourceLength { text += "…"; break }
            if scalar == "\n" { text += " · "; length += 3 } else { text.unicodeScalars.append(scalar); length += 1 }
        }
        var facets: [String] = []
        if !document.levels.isEmpty { facets.append("\"level\":[" + document.levels.map(JSONText.string).joined(separator: ",") + "]") }
        if let cost = document.cost { facets.append("\"cost\":\(JSONText.string(cost))") }
        if let mode = document.mode { facets.append("\"mode\":\(JSONText.string(mode))") }
        return "{\"url\":\(JSONText.string(document.url)),\"title\":\(JSONText.string(document.title)),"
            + "\"section\":\(JSONText.string(document.section.rawValue)),\"section_label\":\(JSONText.string(document.sectionLabel)),"
            + "\"text\":\(JSONText.string(text)),\"facets\":{\(facets.joined(separator: ","))}}"
    }

    /// A term's postings as one flat list, `[gap, weight, gap, weight, …]`: documents in
    /// ascending order, each number the gap from the previous one. Common terms reach thousands
    /// of documents, and small gaps keep their lists a few bytes per document.
    static func encodedPostings(_ list: [(document: Int, weight: Int)]) -> String {
        var previous = 0
        var parts: [String] = []
        parts.reserveCapacity(list.count * 2)
        for posting in list.sorted(by: { $0.document < $1.document }) {
            parts.append(String(posting.document - previous))
            parts.append(String(posting.weight))
            previous = posting.document
        }
        return parts.joined(separator: ",")
    }

    private func facetsJSON(_ documents: [SearchDocument]) -> String {
        var facets: [String: [String: [Int]]] = ["section": [:], "level": [:], "cost": [:], "mode": [:]]
        for (id, document) in documents.enumerated() {
            facets["section"]![document.section.rawValue, default: []].append(id)
            for level in document.levels { facets["level"]![level, default: []].append(id) }
            if let cost = document.cost { facets["cost"]![cost, default: []].append(id) }
            if let mode = document.mode { facets["mode"]![mode, default: []].append(id) }
        }
        let groups = facets.keys.sorted().map { name in
            let values = facets[name]!.keys.sorted().map { value in
                JSONText.string(value) + ":[" + facets[name]![value]!.map(String.init).joined(separator: ",") + "]"
            }
            return JSONText.string(name) + ":{" + values.joined(separator: ",") + "}"
        }
        return "{" + groups.joined(separator: ",") + "}"
    }
}
