import Foundation

/// One language's search index (format in docs/search-index.md), kept between builds.
///
/// A full build fills it once. `guide serve` keeps it and hands it only the documents an edit
/// changed: their terms are patched into the postings, and only the terms, shards and record
/// folders they touch are encoded again. Both paths end in the same `files()`, so an edited index
/// is byte for byte the one a full build writes.
struct SearchIndex {
    struct File: Sendable {
        var path: String
        var bytes: [UInt8]
    }

    static let k1 = 1.2
    static let b = 0.75
    static let titleBoost = 3.0
    static let keywordBoost = 2.0
    static let summaryBoost = 1.5

    let language: String
    let analyzer: TextAnalyzer

    /// Sorted by URL; a document's number is its position.
    private(set) var documents: [SearchDocument] = []
    private var numbers: [String: Int] = [:]
    /// Weighted term frequencies per document (BM25F-style: boosted fields add up) and their sums.
    private var frequencies: [[String: Double]] = []
    /// Lengths count half tokens, whole numbers, so that the total patched by edits is exactly
    /// the total a full build adds up.
    private var lengths: [Int] = []
    private var totalLength = 0
    /// Term → (document, frequency), documents ascending.
    var postings: [String: [(document: Int, frequency: Double)]] = [:]
    /// Every term, in shard order.
    var orderedTerms: [OrderedTerm] = []

    /// Encoding caches, valid while `weightsKey` is unchanged.
    var encodedTerms: [String: [UInt8]] = [:]
    var weightsKey: WeightsKey?
    /// Terms whose postings changed since the last `files()`: the shards holding them are new.
    var changedTerms: Set<String> = []
    var shardCache: [ShardKey: File] = [:]
    /// The facets file, kept until a document's facets change: it lists every document.
    var facetsFile: File?
    var recordBytes: [[UInt8]] = []
    var recordFolders: [String?] = []

    struct OrderedTerm: Comparable {
        /// Shards are ordered by each term's folded form, in JavaScript's string order, so the
        /// browser binary-searches the manifest with the folded word, and a stem and its folded
        /// twin (`atļauj`, `atlauj`), which a query asks for together, always share one shard.
        var folded: String
        var term: String

        static func < (a: OrderedTerm, b: OrderedTerm) -> Bool {
            a.folded != b.folded ? a.folded.utf16.lexicographicallyPrecedes(b.folded.utf16) : a.term.utf16.lexicographicallyPrecedes(b.term.utf16)
        }
    }

    /// What every weight depends on besides the term and the document.
    struct WeightsKey: Equatable {
        var documentCount: Int
        var averageLength: Double
    }

    /// A full index of `documents`, which must be sorted by URL.
    init(language: String, documents: [SearchDocument]) {
        self.language = language
        self.analyzer = TextAnalyzer(languageCode: language)
        self.documents = documents
        for (number, document) in documents.enumerated() {
            numbers[document.url] = number
            let (tf, length) = analyze(document)
            frequencies.append(tf)
            lengths.append(length)
            totalLength += length
            for (term, frequency) in tf {
                postings[term, default: []].append((number, frequency))
            }
            recordBytes.append(Self.record(document))
        }
        recordFolders = Array(repeating: nil, count: (documents.count + Self.recordsPerFolder - 1) / Self.recordsPerFolder)
        orderedTerms = postings.keys.map { OrderedTerm(folded: TextAnalyzer.fold($0), term: $0) }.sorted()
    }

    /// Puts `changed` in place of the documents with the same URLs, touching only their terms.
    /// Returns whether every URL was in the index; when one is not, nothing is changed.
    mutating func replace(_ changed: [SearchDocument]) -> Bool {
        let positions = changed.compactMap { numbers[$0.url] }
        guard positions.count == changed.count else { return false }
        for (number, document) in zip(positions, changed) where document != documents[number] {
            replace(number, with: document)
        }
        return true
    }

    /// True when the index holds every one of these documents exactly as given.
    func holds(_ changed: [SearchDocument]) -> Bool {
        changed.allSatisfy { document in numbers[document.url].map { documents[$0] == document } ?? false }
    }

    private mutating func replace(_ number: Int, with document: SearchDocument) {
        let (tf, length) = analyze(document)
        let old = frequencies[number]
        for term in Set(old.keys).union(tf.keys) {
            var list = postings[term] ?? []
            let position = list.partitionPoint { $0.document < number }
            let present = position < list.count && list[position].document == number
            switch (present, tf[term]) {
            case (true, let frequency?): list[position].frequency = frequency
            case (true, nil): list.remove(at: position)
            case (false, let frequency?): list.insert((number, frequency), at: position)
            case (false, nil): break
            }
            let ordered = OrderedTerm(folded: TextAnalyzer.fold(term), term: term)
            if list.isEmpty {
                postings[term] = nil
                let at = orderedTerms.partitionPoint { $0 < ordered }
                orderedTerms.remove(at: at)
            } else {
                if postings[term] == nil {
                    orderedTerms.insert(ordered, at: orderedTerms.partitionPoint { $0 < ordered })
                }
                postings[term] = list
            }
            encodedTerms[term] = nil
            changedTerms.insert(term)
        }
        let previous = documents[number]
        if previous.section != document.section || previous.levels != document.levels || previous.cost != document.cost || previous.mode != document.mode {
            facetsFile = nil
        }
        totalLength += length - lengths[number]
        lengths[number] = length
        frequencies[number] = tf
        documents[number] = document
        let record = Self.record(document)
        if record != recordBytes[number] {
            recordBytes[number] = record
            recordFolders[number / Self.recordsPerFolder] = nil
        }
    }

    private func analyze(_ document: SearchDocument) -> (frequencies: [String: Double], length: Int) {
        var tf: [String: Double] = [:]
        var length = 0
        func add(_ text: String, boost: Double) {
            for term in analyzer.analyze(text) {
                tf[term, default: 0] += boost
                length += Int(boost * 2)
            }
        }
        add(document.title, boost: Self.titleBoost)
        add(document.keywords.joined(separator: " "), boost: Self.keywordBoost)
        add(document.summary, boost: Self.summaryBoost)
        add(document.body, boost: 1)
        return (tf, length)
    }

    /// The average is rounded to a whole token: one edited page then almost never moves it, and
    /// every other page's weights, and so every shard, stay as they were. Its effect on ranking
    /// is below the weights' own rounding.
    var currentWeightsKey: WeightsKey {
        let count = max(documents.count, 1)
        return WeightsKey(documentCount: count, averageLength: max((Double(totalLength) / 2 / Double(count)).rounded(), 1))
    }

    /// BM25 length normalisation of one document.
    func norm(_ number: Int, _ key: WeightsKey) -> Double {
        Self.k1 * (1 - Self.b + Self.b * Double(lengths[number]) / 2 / key.averageLength)
    }
}

extension Array {
    /// The first index whose element fails `belongsBefore` (the array is partitioned by it).
    func partitionPoint(_ belongsBefore: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongsBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
