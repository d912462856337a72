import Foundation

/// Turns text into the terms the search index stores, following `docs/search-analysis.md`.
///
/// The browser analyses queries with a JavaScript twin of this type, and a query only finds a
/// page when both produce the same terms; so every step here is the one the spec names, and
/// nothing is added for convenience. Change the spec, its JavaScript twin and the generated test
/// cases together with this file.
public struct TextAnalyzer: Sendable {
    /// The language whose stemmer is used; codes other than `lv`, `ru`, `en` and `uk` get none.
    public let languageCode: String

    private let stemmer: Stemming

    /// Longer runs of letters are identifiers, hashes or run-together text, never typed words.
    static let maximumTokenLength = 40

    public init(languageCode: String) {
        self.languageCode = languageCode
        switch languageCode {
        case "lv": stemmer = .latvian(LatvianStemmer())
        case "ru": stemmer = .russian(RussianStemmer())
        case "en": stemmer = .english(EnglishStemmer())
        case "uk": stemmer = .ukrainian(UkrainianStemmer())
        default: stemmer = .none
        }
    }

    /// The index terms for `text`, in text order and with repeats, because the index counts how
    /// often a term occurs. A stem with diacritics is followed by its folded form, so a query
    /// typed without diacritics still meets it.
    public func analyze(_ text: String) -> [String] {
        var terms: [String] = []
        terms.reserveCapacity(text.utf8.count / 5)
        Self.forEachToken(in: prepared(text)) { token in
            let tokenTerms = self.terms(ofToken: token)
            terms.append(tokenTerms.stem)
            if let folded = tokenTerms.folded {
                terms.append(folded)
            }
        }
        return terms
    }

    /// The tokens of `text` before stemming: lower case, NFC, apostrophes unified (steps 1–4).
    public func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        Self.forEachToken(in: prepared(text)) { tokens.append(String(scalars: $0)) }
        return tokens
    }

    /// What one token of `prepared` text becomes: its stem, and the stem without diacritics when
    /// that differs. A Ukrainian stem is also folded the way readers type it (no apostrophe, `г`
    /// for `ґ`…), which its stemmer makes equal to the stem of the word typed that way.
    func terms(ofToken token: [Unicode.Scalar]) -> TokenTerms {
        var stemmed = token
        stemmer.stem(&stemmed)
        let stem = String(scalars: stemmed)
        guard case .ukrainian = stemmer else {
            return TokenTerms(stem: stem, folded: Self.folded(stemmed).map { String(scalars: $0) })
        }
        var folded = stemmed
        UkrainianStemmer.fold(&folded)
        let latin = Self.folded(folded) ?? folded
        return TokenTerms(stem: stem, folded: latin == stemmed ? nil : String(scalars: latin))
    }

    public struct TokenTerms: Sendable {
        public var stem: String
        public var folded: String?
    }

    /// The language's stemmer alone, for one lowercase NFC word (what `guide analyze --stem`
    /// prints and what the stemmer fixtures check).
    public func stem(_ word: String) -> String {
        var scalars = Array(word.unicodeScalars)
        stemmer.stem(&scalars)
        return String(scalars: scalars)
    }

    /// Removes the diacritics of Latin letters (`ē` → `e`, `ļ` → `l`) and leaves everything else,
    /// Cyrillic `й` and `ё` included, because for those the mark makes a different letter.
    public static func fold(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        guard let folded = folded(scalars) else { return s }
        return String(scalars: folded)
    }
}

// MARK: - Stemmer choice

extension TextAnalyzer {
    /// An enum rather than an existential, so the per-token call is a direct one.
    private enum Stemming: Sendable {
        case latvian(LatvianStemmer)
        case russian(RussianStemmer)
        case english(EnglishStemmer)
        case ukrainian(UkrainianStemmer)
        case none

        func stem(_ word: inout [Unicode.Scalar]) {
            switch self {
            case .latvian(let stemmer): stemmer.stem(&word)
            case .russian(let stemmer): stemmer.stem(&word)
            case .english(let stemmer): stemmer.stem(&word)
            case .ukrainian(let stemmer): stemmer.stem(&word)
            case .none: break
            }
        }
    }
}

// MARK: - Normalisation, case and apostrophes

extension TextAnalyzer {
    /// Steps 1–3 for this analyser's language. Ukrainian puts an apostrophe inside many words
    /// (`м'ясо`, `сім'я`), and readers type it with whatever key is at hand, so for `uk` the
    /// look-alikes are apostrophes too; elsewhere they are quotes and accents, and separate words.
    func prepared(_ text: String) -> [Unicode.Scalar] {
        var scalars = Self.prepare(text)
        if case .ukrainian = stemmer {
            for i in scalars.indices where Self.ukrainianApostrophes.contains(scalars[i]) {
                scalars[i] = "'"
            }
        }
        return scalars
    }

    /// `‘`, `` ` ``, `´`, `"`, `ʹ` and `′`: what Ukrainians type for the apostrophe besides
    /// `'`, `’` and `ʼ`, which `prepare` already unifies.
    private static let ukrainianApostrophes: Set<Unicode.Scalar> = [
        "\u{2018}", "\u{0060}", "\u{00B4}", "\u{0022}", "\u{02B9}", "\u{2032}",
    ]

    /// Steps 1–3 of the spec: NFC, default lower-casing, and one apostrophe.
    ///
    /// Lower-casing is done scalar by scalar into the array the tokeniser reads, rather than with
    /// `lowercased()`, which would build a whole new string first; `lowercase(_:)` is the same
    /// mapping (a test compares the two over every scalar). The first pass also checks that the
    /// text is known to be NFC, as nearly every text is, and only otherwise normalises it and
    /// starts again: a separate check first read every text twice.
    static func prepare(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        if appendLowercased(text.unicodeScalars, to: &scalars, requiringKnownNFC: true) == .done { return scalars }
        let normalized = text.precomposedStringWithCanonicalMapping
        scalars.removeAll(keepingCapacity: true)
        if appendLowercased(normalized.unicodeScalars, to: &scalars, requiringKnownNFC: false) == .done { return scalars }
        // A capital sigma's lower case depends on what follows it: rare enough to redo the whole
        // text the slow way rather than track context in the loop.
        return lowercase(normalized).unicodeScalars.map(Self.unifyingApostrophe)
    }

    private enum Lowercasing { case done, notKnownNFC, capitalSigma }

    private static func appendLowercased(_ text: String.UnicodeScalarView, to scalars: inout [Unicode.Scalar],
                                         requiringKnownNFC: Bool) -> Lowercasing {
        for scalar in text {
            if requiringKnownNFC && !isKnownNFC(scalar) { return .notKnownNFC }
            let value = scalar.value
            if value < UInt32(simpleLowercase.count) {
                let lower = simpleLowercase[Int(value)]
                if lower != noSimpleLowercase {
                    scalars.append(unifyingApostrophe(lower))
                    continue
                }
                if scalar == "\u{03A3}" { return .capitalSigma }
            } else if (0x2000..<0x2070).contains(value) {
                // General Punctuation (dashes, quotes, ellipsis) has no case: the property
                // lookup below was most of what these cost.
                scalars.append(unifyingApostrophe(scalar))
                continue
            }
            for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                scalars.append(unifyingApostrophe(lower))
            }
        }
        return .done
    }

    /// The right single quotation mark and the modifier letter apostrophe, which keyboards and
    /// editors put in place of `'`, are all `'`.
    private static func unifyingApostrophe(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar == "\u{2019}" || scalar == "\u{02BC}" ? "'" : scalar
    }

    /// Marks a scalar whose lower case is not a single scalar (İ) or depends on context (Σ).
    private static let noSimpleLowercase: Unicode.Scalar = "\u{FFFF}"

    /// Lower case of every scalar below the Armenian block, which covers Latin, Greek and
    /// Cyrillic: a table read beats the stdlib's property lookup in the hottest loop of indexing.
    private static let simpleLowercase: [Unicode.Scalar] = (0..<0x530).map { value in
        let scalar = Unicode.Scalar(UInt32(value))!
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        guard scalar != "\u{03A3}", mapping.count == 1, let lower = mapping.first else {
            return noSimpleLowercase
        }
        return lower
    }

    /// Text made only of these scalars is already NFC: none of them has a canonical decomposition
    /// or composes with a neighbour from the set (a test checks every scalar and every pair
    /// against Foundation). Skipping normalisation for such text saves a copy of nearly every page.
    static func isKnownNFC(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x400..<0x483, 0x48A..<0x530, 0x2002..<0x2070, 0x20A0..<0x20C1: true
        default: false
        }
    }

    /// Unicode default lower-casing. Swift's `lowercased()` applies each scalar's full mapping
    /// but not the one context rule, Final_Sigma, which JavaScript's `toLowerCase()` does apply:
    /// a capital sigma that ends a word becomes `ς`. Without it `ΟΔΟΣ` would be `οδοσ` here and
    /// `οδος` in the browser.
    static func lowercase(_ text: String) -> String {
        guard text.unicodeScalars.contains("\u{03A3}") else { return text.lowercased() }
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        for i in scalars.indices {
            if scalars[i] == "\u{03A3}" {
                view.append(isFinalSigma(at: i, in: scalars) ? "\u{03C2}" : "\u{03C3}")
            } else {
                view.append(contentsOf: scalars[i].properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(view)
    }

    /// Final_Sigma from the Unicode standard (section 3.13): a cased letter comes before, past
    /// any case-ignorable ones, and no cased letter comes after, past any case-ignorable ones.
    private static func isFinalSigma(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        var before = false
        var i = index - 1
        while i >= 0 {
            let properties = scalars[i].properties
            if properties.isCased { before = true; break }
            if !properties.isCaseIgnorable { break }
            i -= 1
        }
        guard before else { return false }
        i = index + 1
        while i < scalars.count {
            let properties = scalars[i].properties
            if properties.isCased { return false }
            if !properties.isCaseIgnorable { break }
            i += 1
        }
        return true
    }
}

// MARK: - Tokens

extension TextAnalyzer {
    /// Letters (`\p{L}`), marks (`\p{M}`) and decimal digits (`\p{Nd}`).
    ///
    /// The blocks this site's languages are written in are answered without the Unicode property
    /// lookup, which was the largest single cost of indexing; a test checks these shortcuts
    /// against the properties.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x61...0x7A, 0x30...0x39, 0x41...0x5A:
            return true
        case 0..<0x80:
            return false
        case 0xC0...0x24F:
            // Latin-1 Supplement and Latin Extended-A/B: all letters but × and ÷.
            return v != 0xD7 && v != 0xF7
        case 0x300...0x36F:
            // Combining Diacritical Marks.
            return true
        case 0x400...0x52F:
            // Cyrillic and its supplement: letters and combining marks, except ҂.
            return v != 0x482
        case 0x2000...0x206F:
            // General Punctuation: dashes, quotes, spaces.
            return false
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber:
            return true
        default:
            return false
        }
    }

    /// Step 4: maximal runs of word scalars, joined across a single apostrophe that has a word
    /// scalar on both sides (`newcomer's`, `rock'n'roll`). Runs longer than the limit are skipped.
    static func forEachToken(in scalars: [Unicode.Scalar], _ body: (inout [Unicode.Scalar]) -> Void) {
        var token: [Unicode.Scalar] = []
        token.reserveCapacity(maximumTokenLength + 1)
        var i = 0
        let n = scalars.count
        var previousIsWord = false

        func flush() {
            if !token.isEmpty && token.count <= maximumTokenLength {
                body(&token)
            }
            token.removeAll(keepingCapacity: true)
        }

        while i < n {
            let scalar = scalars[i]
            if isWordScalar(scalar) {
                token.append(scalar)
                previousIsWord = true
            } else if scalar == "'" && previousIsWord && i + 1 < n && isWordScalar(scalars[i + 1]) {
                token.append(scalar)
                previousIsWord = false
            } else {
                flush()
                previousIsWord = false
            }
            i += 1
        }
        flush()
    }
}

// MARK: - Folding

extension TextAnalyzer {
    private static let latinRange: ClosedRange<UInt32> = 0x00C0...0x024F
    private static let latinExtendedAdditionalRange: ClosedRange<UInt32> = 0x1E00...0x1EFF

    /// What each scalar of the two Latin blocks folds to: its NFD without U+0300–U+036F. The
    /// blocks are small and fixed, so the table is computed once instead of normalising per word.
    private static let foldTable: [[Unicode.Scalar]] = {
        let scalars = Array(latinRange) + Array(latinExtendedAdditionalRange)
        return scalars.map { value in
            let scalar = Unicode.Scalar(value)!
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
            return decomposed.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }
        }
    }()

    private static func foldEntry(for scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
        let v = scalar.value
        if latinRange.contains(v) {
            return foldTable[Int(v - latinRange.lowerBound)]
        }
        if latinExtendedAdditionalRange.contains(v) {
            return foldTable[latinRange.count + Int(v - latinExtendedAdditionalRange.lowerBound)]
        }
        return nil
    }

    /// The folded form of `word`, or `nil` when folding changes nothing (the common case, which
    /// is why the first pass only looks).
    static func folded(_ word: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        guard let first = word.firstIndex(where: { s in
            guard let entry = foldEntry(for: s) else { return false }
            return entry.count != 1 || entry[0] != s
        }) else {
            return nil
        }
        var result = Array(word[..<first])
        result.reserveCapacity(word.count)
        for scalar in word[first...] {
            if let entry = foldEntry(for: scalar) {
                result.append(contentsOf: entry)
            } else {
                result.append(scalar)
            }
        }
        return result
    }
}
