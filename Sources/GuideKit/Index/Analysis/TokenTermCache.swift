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
        let scalars = TextAnalyzer.prepare(text)
        TextAnalyzer.forEachToken(in: scalars) { token in
            let terms: TextAnalyzer.TokenTerms
            if let cached = known[token] {
                terms = cached
            } else {
                terms = analyzer.terms(ofToken: token)
                known[token] = terms
            }
            body(terms.stem)
            if let folded = terms.folded { body(folded) }
        }
    }
}
