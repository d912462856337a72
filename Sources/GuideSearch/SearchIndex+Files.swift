import Foundation
import GuideModel
import GuideSupport

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

    /// Where the index's files are, relative to the index's folder: what `changes()` compares.
    struct Layout {
        /// Per folder of records, its path.
        var recordFolders: [String]
        var shards: [GeneratedFile]
        var facets: GeneratedFile
        var lengths: GeneratedFile
        var rules: GeneratedFile
        var manifest: GeneratedFile
    }

    /// All files of the index, paths relative to the output folder.
    package mutating func files() -> [GeneratedFile] {
        let layout = currentLayout()
        written = layout
        changedRecords = []
        let base = "search/\(language)/"
        var files: [GeneratedFile] = []
        files.reserveCapacity(documents.count + layout.shards.count + 3)
        for (folder, path) in layout.recordFolders.enumerated() { files += records(in: folder, at: base + path) }
        for shard in layout.shards { files.append(GeneratedFile(path: base + shard.path, bytes: shard.bytes)) }
        for file in [layout.facets, layout.lengths, layout.rules, layout.manifest] { files.append(GeneratedFile(path: base + file.path, bytes: file.bytes)) }
        return files
    }

    /// What changed since the last `files()` or `changes()`, relative to the output folder:
    /// record folders to rename (without their trailing slash), then files to write (new, or
    /// changed in a renamed folder), then paths the index no longer has. Every other file keeps
    /// its name and bytes, so this is what `guide serve` does after an edit. A record folder is
    /// renamed rather than written anew: an edit changes one of its 128 records, and creating
    /// 128 files took longer than the rest of the index.
    package mutating func changes() -> (moved: [(from: String, to: String)], written: [GeneratedFile], removed: [String]) {
        guard let before = written else { return ([], files(), []) }
        let layout = currentLayout()
        written = layout
        let base = "search/\(language)/"
        var moved: [(from: String, to: String)] = [], files: [GeneratedFile] = [], removed: [String] = []
        // Edits keep the documents, and so the number of folders.
        for (folder, path) in layout.recordFolders.enumerated() where before.recordFolders[folder] != path {
            moved.append((base + before.recordFolders[folder].dropLast(), base + path.dropLast()))
            for number in changedRecords.sorted() where number / Self.recordsPerFolder == folder {
                files.append(GeneratedFile(path: base + path + "\(number).json", bytes: recordBytes[number]))
            }
        }
        changedRecords = []
        let oldShards = Set(before.shards.map(\.path)), newShards = Set(layout.shards.map(\.path))
        for shard in layout.shards where !oldShards.contains(shard.path) { files.append(GeneratedFile(path: base + shard.path, bytes: shard.bytes)) }
        removed += oldShards.subtracting(newShards).sorted().map { base + $0 }
        for (old, new) in [(before.facets, layout.facets), (before.lengths, layout.lengths)] where old.path != new.path {
            files.append(GeneratedFile(path: base + new.path, bytes: new.bytes))
            removed.append(base + old.path)
        }
        files.append(GeneratedFile(path: base + layout.manifest.path, bytes: layout.manifest.bytes))
        return (moved, files, removed)
    }

    private func records(in folder: Int, at path: String) -> [GeneratedFile] {
        ((folder * Self.recordsPerFolder)..<min(documents.count, (folder + 1) * Self.recordsPerFolder)).map { number in
            GeneratedFile(path: path + "\(number).json", bytes: recordBytes[number])
        }
    }

    private mutating func currentLayout() -> Layout {
        var folders: [String] = []
        for folder in recordFolders.indices {
            if recordFolders[folder] == nil {
                let range = (folder * Self.recordsPerFolder)..<min(documents.count, (folder + 1) * Self.recordsPerFolder)
                recordFolders[folder] = "docs/" + ContentHash.hex(Array(recordBytes[range].joined(separator: [0x0A]))) + "/"
            }
            folders.append(recordFolders[folder]!)
        }

        let changedPositions: [Int] = changedTerms.compactMap { term in
            let ordered = OrderedTerm(term)
            let position = orderedTerms.partitionPoint { $0 < ordered }
            return position < orderedTerms.count && orderedTerms[position] == ordered ? position : nil
        }.sorted()
        changedTerms = []
        var newCache: [ShardKey: GeneratedFile] = [:]
        var shards: [GeneratedFile] = []
        var firsts: [String] = []
        var nextChanged = 0
        var start = 0
        var size = 2
        func closeShard(through end: Int) {
            let shardKey = ShardKey(first: orderedTerms[start].term, last: orderedTerms[end].term, count: end - start + 1)
            while nextChanged < changedPositions.count && changedPositions[nextChanged] < start { nextChanged += 1 }
            let touched = nextChanged < changedPositions.count && changedPositions[nextChanged] <= end
            let file: GeneratedFile
            if !touched, let cached = shardCache[shardKey] {
                file = cached
            } else {
                var bytes: [UInt8] = [0x7B]
                bytes.reserveCapacity(size)
                for position in start...end {
                    if position > start { bytes.append(0x2C) }
                    bytes += encodedTerms[position]!
                }
                bytes.append(0x7D)
                file = GeneratedFile(path: "terms/\(ContentHash.hex(bytes)).json", bytes: bytes)
            }
            newCache[shardKey] = file
            shards.append(file)
            firsts.append(shards.count == 1 ? "" : orderedTerms[start].folded)
            start = end + 1
            size = 2
        }
        for position in orderedTerms.indices {
            if encodedTerms[position] == nil { encodedTerms[position] = encodedTerm(orderedTerms[position].term) }
            size += encodedTerms[position]!.count + 1
            let term = orderedTerms[position]
            let nextShares = position + 1 < orderedTerms.count && orderedTerms[position + 1].folded == term.folded
            guard !nextShares else { continue }
            if size >= Self.shardMaximumBytes || (size >= Self.shardMinimumBytes && term.picksCut) || position == orderedTerms.count - 1 {
                closeShard(through: position)
            }
        }
        shardCache = newCache

        if facetsFile == nil {
            let bytes = Array(facetsJSON().utf8)
            facetsFile = GeneratedFile(path: "facets.\(ContentHash.hex(bytes)).json", bytes: bytes)
        }
        if lengthsFile == nil {
            var bytes: [UInt8] = [0x5B]
            for (number, length) in lengths.enumerated() {
                if number > 0 { bytes.append(0x2C) }
                Self.appendDecimal(length, to: &bytes)
            }
            bytes.append(0x5D)
            lengthsFile = GeneratedFile(path: "lengths.\(ContentHash.hex(bytes)).json", bytes: bytes)
        }
        // Only a language's rules, and only when a query needs more than its words as typed.
        let queryRules = QueryRules.forLanguage(language), rulesBytes = Array(queryRules.json.utf8)
        let rules = GeneratedFile(path: "rules.\(ContentHash.hex(rulesBytes)).json", bytes: rulesBytes)
        let shardList = zip(firsts, shards).map { "[\(JSONText.string($0)),\(JSONText.string($1.path))]" }.joined(separator: ",")
        let manifest = "{\"version\":4,\"language\":\(JSONText.string(language)),\"documents\":\(documents.count),"
            + "\"shards\":[\(shardList)],\"facets\":\(JSONText.string(facetsFile!.path)),\"lengths\":\(JSONText.string(lengthsFile!.path)),"
            + "\"records_per_folder\":\(Self.recordsPerFolder),\"records\":[\(folders.map(JSONText.string).joined(separator: ","))],"
            + "\"rules\":\(JSONText.string(rules.path)),\"stop_words\":\(JSONText.string(queryRules.stopWordsText)),"
            + "\"ended\":[\(documents.indices.filter { documents[$0].ended != nil }.map(String.init).joined(separator: ","))]}"
        return Layout(recordFolders: folders, shards: shards, facets: facetsFile!, lengths: lengthsFile!, rules: rules,
                      manifest: GeneratedFile(path: "manifest.json", bytes: Array(manifest.utf8)))
    }

    /// `"term":[gap,frequency,…]`: documents ascending, each number the gap from the previous
    /// one, frequencies in halves (a summary word counts 1.5). Common terms reach thousands of
    /// documents, and small gaps keep their lists a few bytes per document.
    private func encodedTerm(_ term: String) -> [UInt8] {
        let list = postings[term]!
        var bytes = Array(JSONText.string(term).utf8)
        bytes.reserveCapacity(bytes.count + 3 + list.count * 6)
        bytes += [0x3A, 0x5B]
        var previous = 0
        for (index, posting) in list.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            Self.appendDecimal(posting.document - previous, to: &bytes)
            bytes.append(0x2C)
            Self.appendDecimal(Int((posting.frequency * 2).rounded()), to: &bytes)
            previous = posting.document
        }
        bytes.append(0x5D)
        return bytes
    }

    /// Without a temporary array: a common term's list holds thousands of numbers, and
    /// `guide serve` encodes it again whenever an edit changes the term's frequency in a page.
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

    /// The start of the summary and the body, for excerpts: at most `excerptSourceLength`
    /// characters, block boundaries (a heading and its paragraph) shown as " · ". Runs between
    /// line breaks are copied whole, and the body is not joined to the summary first: a record is
    /// written for every page.
    static func excerptSource(_ document: SearchDocument) -> String {
        // Over UTF-8 bytes, counting each scalar at its first byte: stepping through the unicode
        // scalar view cost some 15,000 instructions a page.
        var text: [UInt8] = []
        text.reserveCapacity(excerptSourceLength * 2 + 16)
        var length = 0
        let separator = Array(" · ".utf8), ellipsis = Array("…".utf8)
        let parts = document.body.isEmpty ? [document.summary] : [document.summary, document.body]
        for (number, part) in parts.enumerated() {
            if number > 0 {
                guard length < excerptSourceLength else { return String(decoding: text + ellipsis, as: UTF8.self) }
                text += separator
                length += 3
            }
            var part = part
            let cut = part.withUTF8 { bytes in
                var runStart = 0, index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    guard byte & 0xC0 != 0x80 else {
                        index += 1
                        continue
                    }
                    if length >= excerptSourceLength {
                        text += UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                        return true
                    }
                    if byte == 0x0A {
                        text += UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                        text += separator
                        length += 3
                        runStart = index + 1
                    } else {
                        length += 1
                    }
                    index += 1
                }
                text += UnsafeBufferPointer(rebasing: bytes[runStart...])
                return false
            }
            if cut { return String(decoding: text + ellipsis, as: UTF8.self) }
        }
        return String(decoding: text, as: UTF8.self)
    }

    static func record(_ document: SearchDocument) -> [UInt8] {
        let text = excerptSource(document)
        var facets: [String] = []
        if !document.levels.isEmpty { facets.append("\"level\":[" + document.levels.map(JSONText.string).joined(separator: ",") + "]") }
        if let cost = document.cost { facets.append("\"cost\":\(JSONText.string(cost))") }
        if let mode = document.mode { facets.append("\"mode\":\(JSONText.string(mode))") }
        return Array(("{\"url\":\(JSONText.string(document.url)),\"title\":\(JSONText.string(document.title)),"
            + "\"section\":\(JSONText.string(document.section.rawValue)),\"section_label\":\(JSONText.string(document.sectionLabel)),"
            + "\"text\":\(JSONText.string(text)),"
            + (document.reviewed.map { "\"reviewed\":\(JSONText.string($0))," } ?? "")
            + (document.ended.map { "\"ended\":\(JSONText.string($0))," } ?? "")
            + "\"facets\":{\(facets.joined(separator: ","))}}").utf8)
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
