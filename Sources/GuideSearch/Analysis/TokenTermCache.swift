/// A `TextAnalyzer` that stems each distinct token once and numbers the terms it has seen.
///
/// A site's text repeats a few thousand distinct words hundreds of thousands of times, and
/// stemming them again at every occurrence was most of what building the index cost. The terms
/// are exactly `TextAnalyzer.analyze`'s: the cache only remembers what a token became. Counting
/// by number rather than by term saves hashing a string at every occurrence, which for Latvian
/// and Russian words also means checking their normalisation each time.
struct TokenTermCache {
    let analyzer: TextAnalyzer
    private var known: [TokenKey: Numbers] = [:]
    /// Term by number.
    private(set) var terms: [String] = []
    private var numbers: [String: Int] = [:]
    /// By term number, zero between calls: a document's counts go in an array rather than a
    /// dictionary of its own, which cost a hash at every occurrence of a word.
    private var counts: [Double] = []

    private struct Numbers {
        var stem: Int
        var folded: Int?
    }

    init(analyzer: TextAnalyzer) {
        self.analyzer = analyzer
    }

    /// Each index term of `fields` once, in the order it first occurs, with the boosts of its
    /// occurrences added up; and the fields' length in half tokens (a token of boost 1.5 counts 3).
    mutating func weightedTerms(of fields: [(text: String, boost: Double)]) -> (frequencies: [(term: String, frequency: Double)], length: Int) {
        var order: [Int] = []
        var length = 0
        for (text, boost) in fields {
            TextAnalyzer.forEachToken(in: analyzer.prepared(text)) { token in
                let key = TokenKey(scalars: token)
                let found = known[key] ?? remember(key)
                tally(found.stem, boost: boost, order: &order, length: &length)
                if let folded = found.folded {
                    tally(folded, boost: boost, order: &order, length: &length)
                }
            }
        }
        let frequencies = order.map { (term: terms[$0], frequency: counts[$0]) }
        for number in order {
            counts[number] = 0
        }
        return (frequencies, length)
    }

    private mutating func tally(_ number: Int, boost: Double, order: inout [Int], length: inout Int) {
        if counts[number] == 0 {
            order.append(number)
        }
        counts[number] += boost
        length += Int(boost * 2)
    }

    private mutating func remember(_ key: TokenKey) -> Numbers {
        let terms = analyzer.terms(ofToken: key.scalars)
        let found = Numbers(stem: number(of: terms.stem), folded: terms.folded.map { number(of: $0) })
        known[key] = found
        return found
    }

    /// Two tokens can stem to one term, so terms are numbered by their text, not by token.
    private mutating func number(of term: String) -> Int {
        if let number = numbers[term] { return number }
        terms.append(term)
        counts.append(0)
        numbers[term] = terms.count - 1
        return terms.count - 1
    }
}

/// A token as a dictionary key hashed in one pass over its bytes; an array of scalars hashes
/// each scalar separately.
private struct TokenKey: Hashable {
    var scalars: [Unicode.Scalar]

    func hash(into hasher: inout Hasher) {
        scalars.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
}
