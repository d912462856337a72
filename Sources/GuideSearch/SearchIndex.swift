import Foundation
import GuideModel
import GuideSupport

/// One language's search index (format in docs/search-index.md), kept between builds.
///
/// A full build fills it once. `guide serve` keeps it and hands it only the documents an edit
/// changed: the terms whose frequencies changed are patched into the postings, and only they,
/// their shards and the record folders touched are encoded again. `files()` and `changes()` lay
/// out the same files, so an edited index is byte for byte the one a full build writes.
package struct SearchIndex {
    let language: String
    /// Kept with the index, so that `guide serve` stems an edit's words from the cache too.
    private var analyzer: TokenTermCache

    /// Sorted by URL; a document's number is its position.
    private(set) var documents: [SearchDocument] = []
    private var numbers: [String: Int] = [:]
    /// Each document's weighted term frequencies, for comparing an edited version with.
    private var counted: [DocumentTerms] = []
    /// Lengths count half tokens, whole numbers (a summary token weighs 1.5).
    var lengths: [Int] = []
    /// Term → (document, frequency), documents ascending.
    var postings: [String: [(document: Int, frequency: Double)]] = [:]
    /// Every term, in shard order, and beside it its encoded postings while they are unchanged.
    var orderedTerms: [OrderedTerm] = []
    var encodedTerms: [[UInt8]?] = []

    /// Terms whose postings changed since the last `files()`: the shards holding them are new.
    var changedTerms: Set<String> = []
    var shardCache: [ShardKey: GeneratedFile] = [:]
    /// The facets and lengths files, kept until a document's facets or a length change: each
    /// lists every document.
    var facetsFile: GeneratedFile?
    var lengthsFile: GeneratedFile?
    var recordBytes: [[UInt8]] = []
    var recordFolders: [String?] = []
    /// Records whose bytes changed since the last `files()` or `changes()`.
    var changedRecords: Set<Int> = []
    /// What the last `files()` or `changes()` wrote, for the next `changes()`.
    var written: Layout?

    struct OrderedTerm: Comparable {
        /// Shards are ordered by each term's folded form, in JavaScript's string order, so the
        /// browser binary-searches the manifest with the folded word, and a stem and its folded
        /// twin (`atļauj`, `atlauj`), which a query asks for together, always share one shard.
        var folded: String
        var term: String
        /// Whether a shard may end after this term (see `shardCutEvery`).
        var picksCut: Bool

        init(_ term: String) {
            self.term = term
            folded = TextAnalyzer.fold(term)
            picksCut = ContentHash.fnv1a64(folded.utf8) % SearchIndex.shardCutEvery == 0
        }

        static func < (a: OrderedTerm, b: OrderedTerm) -> Bool {
            a.folded != b.folded ? a.folded.utf16.lexicographicallyPrecedes(b.folded.utf16) : a.term.utf16.lexicographicallyPrecedes(b.term.utf16)
        }
    }

    /// A full index of `documents`, which must be sorted by URL.
    init(language: String, documents: [SearchDocument]) {
        var analyzer = TokenTermCache(analyzer: TextAnalyzer(languageCode: language))
        self.init(language: language, documents: documents, terms: documents.map { DocumentTerms(of: $0, analyzer: &analyzer) })
    }

    /// A full index of `documents`, sorted by URL, whose terms were already counted.
    package init(language: String, documents: [SearchDocument], terms: [DocumentTerms]) {
        self.language = language
        self.analyzer = TokenTermCache(analyzer: TextAnalyzer(languageCode: language))
        self.documents = documents
        counted.reserveCapacity(documents.count)
        lengths.reserveCapacity(documents.count)
        for (number, (document, terms)) in zip(documents, terms).enumerated() {
            numbers[document.url] = number
            counted.append(terms)
            lengths.append(terms.length)
            for (term, frequency) in terms.frequencies {
                postings[term, default: []].append((number, frequency))
            }
            recordBytes.append(Self.record(document))
        }
        recordFolders = Array(repeating: nil, count: (documents.count + Self.recordsPerFolder - 1) / Self.recordsPerFolder)
        orderedTerms = postings.keys.map(OrderedTerm.init).sorted()
        encodedTerms = Array(repeating: nil, count: orderedTerms.count)
    }

    /// Puts `changed` in place of the documents with the same URLs, touching only their terms.
    /// Returns whether every URL was in the index; when one is not, nothing is changed.
    package mutating func replace(_ changed: [SearchDocument]) -> Bool {
        let positions = changed.compactMap { numbers[$0.url] }
        guard positions.count == changed.count else { return false }
        for (number, document) in zip(positions, changed) where document != documents[number] {
            replace(number, with: document)
        }
        return true
    }

    /// True when the index holds every one of these documents exactly as given.
    package func holds(_ changed: [SearchDocument]) -> Bool {
        changed.allSatisfy { document in numbers[document.url].map { documents[$0] == document } ?? false }
    }

    /// Only terms whose frequency in the document changed are touched: the browser weighs
    /// frequencies by document length itself, so a longer text does not change its other terms.
    private mutating func replace(_ number: Int, with document: SearchDocument) {
        let terms = DocumentTerms(of: document, analyzer: &analyzer)
        let tf = terms.frequencyByTerm, length = terms.length
        let old = counted[number].frequencyByTerm
        for term in Set(old.keys).union(tf.keys) where old[term] != tf[term] {
            let ordered = OrderedTerm(term)
            let at = orderedTerms.partitionPoint { $0 < ordered }
            if postings[term] == nil {
                orderedTerms.insert(ordered, at: at)
                encodedTerms.insert(nil, at: at)
            } else {
                encodedTerms[at] = nil
            }
            // Changed in place: a common term's list holds thousands of documents.
            postings[term, default: []].update(number, to: tf[term])
            if postings[term]!.isEmpty {
                postings[term] = nil
                orderedTerms.remove(at: at)
                encodedTerms.remove(at: at)
            }
            changedTerms.insert(term)
        }
        let previous = documents[number]
        if previous.section != document.section || previous.levels != document.levels || previous.cost != document.cost || previous.mode != document.mode {
            facetsFile = nil
        }
        if length != lengths[number] {
            lengths[number] = length
            lengthsFile = nil
        }
        counted[number] = terms
        documents[number] = document
        let record = Self.record(document)
        if record != recordBytes[number] {
            recordBytes[number] = record
            recordFolders[number / Self.recordsPerFolder] = nil
            changedRecords.insert(number)
        }
    }
}

extension [(document: Int, frequency: Double)] {
    /// Sets `document`'s frequency in a list sorted by document; nil takes the document out.
    mutating func update(_ document: Int, to frequency: Double?) {
        let position = partitionPoint { $0.document < document }
        let present = position < count && self[position].document == document
        switch (present, frequency) {
        case (true, let frequency?): self[position].frequency = frequency
        case (true, nil): remove(at: position)
        case (false, let frequency?): insert((document, frequency), at: position)
        case (false, nil): break
        }
    }
}
