/// A document's weighted term frequencies and length, as its language's index stores them.
///
/// Counted apart from building the index, so that the documents of every language can be counted
/// in chunks on every core (`SiteBuilder`): one language per core left one core idle for a third
/// of the index stage.
struct DocumentTerms: Sendable {
    /// BM25F-style: the boosted fields add up.
    var frequencies: [String: Double]
    /// Lengths count half tokens, whole numbers (a summary token weighs 1.5).
    var length: Int

    static let titleBoost = 3.0
    static let keywordBoost = 2.0
    static let summaryBoost = 1.5

    init(of document: SearchDocument, analyzer: inout TokenTermCache) {
        var frequencies: [String: Double] = [:]
        var length = 0
        func add(_ text: String, boost: Double) {
            analyzer.forEachTerm(in: text) { term in
                frequencies[term, default: 0] += boost
                length += Int(boost * 2)
            }
        }
        add(document.title, boost: Self.titleBoost)
        add(document.keywords.joined(separator: " "), boost: Self.keywordBoost)
        add(document.summary, boost: Self.summaryBoost)
        add(document.body, boost: 1)
        self.frequencies = frequencies
        self.length = length
    }
}

/// One worker's stemming caches, one per language, kept across every chunk it counts: a cache
/// made anew for each chunk would stem most words again.
struct DocumentTermsCounter {
    private var caches: [String: TokenTermCache] = [:]

    mutating func terms(of document: SearchDocument) -> DocumentTerms {
        DocumentTerms(of: document, analyzer: &caches[document.language, default: TokenTermCache(analyzer: TextAnalyzer(languageCode: document.language))])
    }
}
