import GuideModel

/// A document's weighted term frequencies and length, as its language's index stores them.
///
/// Counted apart from building the index, so that the documents of every language can be counted
/// in chunks on every core (`SiteBuilder`): one language per core left one core idle for a third
/// of the index stage.
package struct DocumentTerms: Sendable {
    /// BM25F-style: the boosted fields add up. Each term once, in the order it first occurs.
    var frequencies: [(term: String, frequency: Double)]
    /// Lengths count half tokens, whole numbers (a summary token weighs 1.5).
    var length: Int

    static let titleBoost = 3.0
    static let keywordBoost = 2.0
    static let summaryBoost = 1.5

    init(of document: SearchDocument, analyzer: inout TokenTermCache) {
        (frequencies, length) = analyzer.weightedTerms(of: [
            (document.title, Self.titleBoost), (document.keywords.joined(separator: " "), Self.keywordBoost),
            (document.summary, Self.summaryBoost), (document.body, 1),
        ])
    }

    /// The frequencies by term, for comparing two versions of a document.
    var frequencyByTerm: [String: Double] {
        Dictionary(uniqueKeysWithValues: frequencies.lazy.map { ($0.term, $0.frequency) })
    }
}

/// One worker's stemming caches, one per language, kept across every chunk it counts: a cache
/// made anew for each chunk would stem most words again.
package struct DocumentTermsCounter {
    private var caches: [String: TokenTermCache] = [:]

    package init() {}

    package mutating func terms(of document: SearchDocument) -> DocumentTerms {
        DocumentTerms(of: document, analyzer: &caches[document.language, default: TokenTermCache(analyzer: TextAnalyzer(languageCode: document.language))])
    }
}
