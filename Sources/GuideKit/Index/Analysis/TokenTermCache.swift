/// A `TextAnalyzer` that stems each distinct token once.
///
/// A site's text repeats a few thousand distinct words hundreds of thousands of times, and
/// stemming them again at every occurrence was most of what building the index cost. The terms
/// are exactly `TextAnalyzer.analyze`'s: the cache only remembers what a token became.
struct TokenTermCache {
    let analyzer: TextAnalyzer
    private var known: [[Unicode.Scalar]: TextAnalyzer.TokenTerms] = [:]

    init(analyzer: TextAnalyzer) {
        self.analyzer = analyzer
    }

    /// Calls `body` with each index term of `text`, in the order `TextAnalyzer.analyze` lists them.
    mutating func forEachTerm(in text: String, _ body: (String) -> Void) {
        let analyzer = analyzer
        analyzer.forEachTerm(in: text, termsOf: { token in
            if let cached = known[token] { return cached }
            let terms = analyzer.terms(ofToken: token)
            known[token] = terms
            return terms
        }, body)
    }
}
