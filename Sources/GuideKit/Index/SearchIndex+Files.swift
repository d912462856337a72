import Foundation

/// The index's files: term shards, record folders, facets and the manifest.
extension SearchIndex {
    /// A shard is cut after a term once it holds `shardMinimumBytes` and the term's hash picks it
    /// (one in `shardCutEvery`), or at `shardMaximumBytes`. Because the cut depends on the terms
    /// and not on a running byte count from the start, an edit that grows one shard leaves the
    /// next shards' boundaries, and so their files, as they were.
    static let shardMinimumBytes = 16_000
    static let shardMaximumBytes = 48_000
    static let shardCutEvery: UInt64 = 8
    /// Records live in folders of this many, each named by the hash of its records: hosts may
    /// cache a record forever, and an edit renames one folder, not all.
    static let recordsPerFolder = 128
    /// The part of a page's text kept for excerpts.
    static let excerptSourceLength = 700

    struct ShardKey: Hashable {
        var first: String
        var last: String
        var count: Int
    }

    /// All files of the index, paths relative to the output folder.
    mutating func files() -> [File] {
        let base = "search/\(language)/"
        let key = currentWeightsKey
        if key != weightsKey {
            encodedTerms = [:]
            shardCache = [:]
            weightsKey = key
        }
        var files: [File] = []

        var folders: [String] = []
        for folder in recordFolders.indices {
            let range = (folder * Self.recordsPerFolder)..<min(documents.count, (folder + 1) * Self.recordsPerFolder)
            if recordFolders[folder] == nil {
                recordFolders[folder] = "docs/" + ContentHash.hex(Array(recordBytes[range].joined(separator: [0x0A]))) + "/"
            }
            let path = recordFolders[folder]!
            folders.append(path)
            for number in range {
                files.append(File(path: base + path + "\(number).json", bytes: recordBytes[number]))
            }
        }

        let changedPositions: [Int] = changedTerms.compactMap { term in
            let ordered = OrderedTerm(folded: TextAnalyzer.fold(term), term: term)
            let position = orderedTerms.partitionPoint { $0 < ordered }
            return position < orderedTerms.count && orderedTerms[position] == ordered ? position : nil
        }.sorted()
        changedTerms = []
        var newCache: [ShardKey: File] = [:]
        var shards: [(first: String, path: String)] = []
        var nextChanged = 0
        var start = 0
        var size = 2
        func closeShard(through end: Int) {
            let shardKey = ShardKey(first: orderedTerms[start].term, last: orderedTerms[end].term, count: end - start + 1)
            while nextChanged < changedPositions.count && changedPositions[nextChanged] < start { nextChanged += 1 }
            let touched = nextChanged < changedPositions.count && changedPositions[nextChanged] <= end
            let file: File
            if !touched, let cached = shardCache[shardKey] {
                file = cached
            } else {
                var bytes: [UInt8] = [0x7B]
                bytes.reserveCapacity(size)
                for position in start...end {
                    if position > start { bytes.append(0x2C) }
                    bytes += encodedTerm(orderedTerms[position].term, key)
                }
                bytes.append(0x7D)
                file = File(path: "terms/\(ContentHash.hex(bytes)).json", bytes: bytes)
            }
            newCache[shardKey] = file
            files.append(File(path: base + file.path, bytes: file.bytes))
            shards.append((shards.isEmpty ? "" : orderedTerms[start].folded, file.path))
            start = end + 1
            size = 2
        }
        for position in orderedTerms.indices {
            let term = orderedTerms[position]
            size += encodedTerm(term.term, key).count + 1
            let nextShares = position + 1 < orderedTerms.count && orderedTerms[position + 1].folded == term.folded
            guard !nextShares else { continue }
            let picked = ContentHash.fnv1a64(term.folded.utf8) % Self.shardCutEvery == 0
            if size >= Self.shardMaximumBytes || (size >= Self.shardMinimumBytes && picked) || position == orderedTerms.count - 1 {
                closeShard(through: position)
            }
        }
        shardCache = newCache

        if facetsFile == nil {
            let bytes = Array(facetsJSON().utf8)
            facetsFile = File(path: "facets.\(ContentHash.hex(bytes)).json", bytes: bytes)
        }
        let facetPath = facetsFile!.path
        files.append(File(path: base + facetPath, bytes: facetsFile!.bytes))

        let shardList = shards.map { "[\(JSONText.string($0.first)),\(JSONText.string($0.path))]" }.joined(separator: ",")
        let manifest = "{\"version\":3,\"language\":\(JSONText.string(language)),\"documents\":\(documents.count),"
            + "\"shards\":[\(shardList)],\"facets\":\(JSONText.string(facetPath)),"
            + "\"records_per_folder\":\(Self.recordsPerFolder),\"records\":[\(folders.map(JSONText.string).joined(separator: ","))]}"
        files.append(File(path: base + "manifest.json", bytes: Array(manifest.utf8)))
        return files
    }

    /// `"term":[gap,weight,…]`: documents ascending, each number the gap from the previous one.
    /// Common terms reach thousands of documents, and small gaps keep their lists a few bytes per
    /// document.
    private mutating func encodedTerm(_ term: String, _ key: WeightsKey) -> [UInt8] {
        if let cached = encodedTerms[term] { return cached }
        let list = postings[term]!
        var bytes = Array(JSONText.string(term).utf8)
        bytes.reserveCapacity(bytes.count + 3 + list.count * 8)
        bytes += [0x3A, 0x5B]
        let count = Double(key.documentCount)
        let df = Double(list.count)
        let idf = log(1 + (count - df + 0.5) / (df + 0.5))
        var previous = 0
        for (index, posting) in list.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            let score = idf * posting.frequency * (Self.k1 + 1) / (posting.frequency + norm(posting.document, key))
            Self.appendDecimal(posting.document - previous, to: &bytes)
            bytes.append(0x2C)
            Self.appendDecimal(max(1, Int((score * 100).rounded())), to: &bytes)
            previous = posting.document
        }
        bytes.append(0x5D)
        encodedTerms[term] = bytes
        return bytes
    }

    /// Without a temporary array: a common term's list holds thousands of numbers, and
    /// `guide serve` encodes it again whenever an edited page contains the term.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(0x30 + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    static func record(_ document: SearchDocument) -> [UInt8] {
        // Block boundaries (a heading and its paragraph) stay visible in excerpts as " · ".
        var text = ""
        text.reserveCapacity(excerptSourceLength + 16)
        var length = 0
        for scalar in (document.body.isEmpty ? document.summary : document.summary + "\n" + document.body).unicodeScalars {
            if length == excerptSourceLength { text += "…"; break }
            if scalar == "\n" { text += " · "; length += 3 } else { text.unicodeScalars.append(scalar); length += 1 }
        }
        var facets: [String] = []
        if !document.levels.isEmpty { facets.append("\"level\":[" + document.levels.map(JSONText.string).joined(separator: ",") + "]") }
        if let cost = document.cost { facets.append("\"cost\":\(JSONText.string(cost))") }
        if let mode = document.mode { facets.append("\"mode\":\(JSONText.string(mode))") }
        return Array(("{\"url\":\(JSONText.string(document.url)),\"title\":\(JSONText.string(document.title)),"
            + "\"section\":\(JSONText.string(document.section.rawValue)),\"section_label\":\(JSONText.string(document.sectionLabel)),"
            + "\"text\":\(JSONText.string(text)),\"facets\":{\(facets.joined(separator: ","))}}").utf8)
    }

    private func facetsJSON() -> String {
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
