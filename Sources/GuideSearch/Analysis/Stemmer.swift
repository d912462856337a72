import GuideModel

/// Reduces an inflected word to the stem the search index stores, so that the forms a reader
/// types and the forms a page uses meet at one term.
///
/// Stemmers expect a single lowercase, NFC-normalised word, as `TextAnalyzer` produces; what they
/// do with anything else is unspecified. They must stay pure functions of the word: the index is
/// built in Swift and queried in JavaScript, and both sides have to agree on every stem.
public protocol Stemmer: Sendable {
    func stem(_ word: String) -> String
}

/// The stemmers work on Unicode scalars in place, because `TextAnalyzer` already holds each
/// token as scalars and building a `String` per step would dominate the cost of indexing.
protocol ScalarStemmer: Stemmer {
    func stem(_ word: inout [Unicode.Scalar])
}

extension ScalarStemmer {
    func stemScalars(of word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        stem(&scalars)
        return String(scalars: scalars)
    }
}

extension String {
    /// Encodes straight into the string's storage: appending scalars one by one through
    /// `UnicodeScalarView` costs more than stemming the word did.
    init(scalars: [Unicode.Scalar]) {
        var byteCount = 0
        for scalar in scalars {
            byteCount += UTF8.width(scalar)
        }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var i = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[i] = byte
                    i += 1
                }
            }
            return i
        }
    }
}

/// A list of suffixes searched longest first, which is how Snowball's `among` picks its match.
///
/// Entries are compared from the last scalar backwards, so most of them are rejected after a
/// single comparison; that keeps a linear scan cheaper than a hashed lookup for words this short.
struct SuffixTable<Tag: Sendable>: Sendable {
    struct Entry: Sendable {
        let suffix: [Unicode.Scalar]
        let tag: Tag
    }

    private let entries: [Entry]

    init(_ pairs: [(String, Tag)]) {
        let built = pairs.map { Entry(suffix: Array($0.0.unicodeScalars), tag: $0.1) }
        // A stable sort keeps the written order among equal lengths, so ties stay predictable.
        entries = built.enumerated()
            .sorted { ($0.element.suffix.count, -$0.offset) > ($1.element.suffix.count, -$1.offset) }
            .map(\.element)
    }

    /// The longest suffix of `word[..<end]` that starts at or after `lowerBound`.
    ///
    /// `lowerBound` plays the part of Snowball's backward limit: a suffix reaching past it does not
    /// match at all, so a shorter one may be chosen instead.
    func longestMatch(
        in word: [Unicode.Scalar], end: Int, lowerBound: Int = 0
    ) -> (start: Int, tag: Tag)? {
        let available = end - lowerBound
        guard available > 0 else { return nil }
        let last = word[end - 1]
        for entry in entries {
            let count = entry.suffix.count
            guard count <= available, entry.suffix[count - 1] == last else { continue }
            if word.hasSuffix(entry.suffix, endingAt: end) {
                return (end - count, entry.tag)
            }
        }
        return nil
    }
}

extension Array where Element == Unicode.Scalar {
    func hasSuffix(_ suffix: [Unicode.Scalar], endingAt end: Int) -> Bool {
        let start = end - suffix.count
        guard start >= 0 else { return false }
        var i = 0
        while i < suffix.count {
            if self[start + i] != suffix[i] { return false }
            i += 1
        }
        return true
    }

    func hasSuffix(_ suffix: [Unicode.Scalar]) -> Bool {
        hasSuffix(suffix, endingAt: count)
    }

    /// Whether `self[..<end]` is exactly `candidate`, for Snowball's `atlimit` tests on what precedes
    /// a suffix.
    func isExactly(_ candidate: [Unicode.Scalar], upTo end: Int) -> Bool {
        end == candidate.count && hasSuffix(candidate, endingAt: end)
    }
}
