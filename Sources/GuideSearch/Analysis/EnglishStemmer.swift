/// The Snowball English ("Porter2") stemmer as of Snowball 3.1: no undoubling after a lone
/// `a`, `e` or `o` (`added` → `add`), `-ogist` → `-og`, and the newer exceptions (`evening`,
/// `skis`, `past`/`paste`, and R1 after `univers`, `later`, `emerg`, `organ`, `inter`).
///
/// The index must agree with the browser's stemmer word for word, so this follows the
/// reference algorithm exactly, including its odd corners, rather than improving on it.
public struct EnglishStemmer: ScalarStemmer {
    public init() {}

    public func stem(_ word: String) -> String {
        stemScalars(of: word)
    }

    // MARK: - Tables

    private static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    /// Whole words stemmed by fiat before any rule runs: irregular `-ly` forms and words whose
    /// final `s` is not a plural.
    private static let wholeWordExceptions: [(word: [Unicode.Scalar], stem: [Unicode.Scalar])] = [
        ("skis", "ski"), ("skies", "sky"), ("idly", "idl"), ("gently", "gentl"), ("ugly", "ugli"),
        ("early", "earli"), ("only", "onli"), ("singly", "singl"),
        ("sky", "sky"), ("news", "news"), ("howe", "howe"),
        ("atlas", "atlas"), ("cosmos", "cosmos"), ("bias", "bias"), ("andes", "andes"),
    ].map { (scalars($0.0), scalars($0.1)) }

    /// Words starting with these get R1 right after the prefix, so that e.g. `general` and
    /// `generate` are not both cut down to `gener`.
    private static let r1Prefixes: [[Unicode.Scalar]] = [
        "gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter",
    ].map(scalars)

    private static let past = scalars("past")

    private enum Step1b: Sendable {
        case eed
        case ed
        case ing
    }

    private static let step1bSuffixes = SuffixTable<Step1b>([
        ("eed", .eed), ("eedly", .eed),
        ("ed", .ed), ("edly", .ed), ("ingly", .ed),
        ("ing", .ing),
    ])

    /// `proceed`, `exceed` and `succeed` are not past participles.
    private static let eedExceptions: [[Unicode.Scalar]] = ["proc", "exc", "succ"].map(scalars)

    /// `inning`, `outing`, `evening`… are nouns in their own right.
    private static let ingExceptions: [[Unicode.Scalar]] = [
        "inn", "out", "cann", "herr", "earr", "even",
    ].map(scalars)

    /// What a step-2/3 ending becomes, or a condition on the letter before it.
    private enum Action: Sendable {
        case replace([Unicode.Scalar])
        case replaceAfterL([Unicode.Scalar])
        case deleteAfterValidLi
        case deleteInR2
        case deleteAfterSOrT
    }

    private static func replacing(_ pairs: [(String, String)]) -> [(String, Action)] {
        pairs.map { ($0.0, .replace(scalars($0.1))) }
    }

    private static let step2 = SuffixTable<Action>(replacing([
        ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"), ("entli", "ent"),
        ("izer", "ize"), ("ization", "ize"),
        ("ational", "ate"), ("ation", "ate"), ("ator", "ate"),
        ("alism", "al"), ("aliti", "al"), ("alli", "al"),
        ("fulness", "ful"), ("ousli", "ous"), ("ousness", "ous"),
        ("iveness", "ive"), ("iviti", "ive"),
        ("biliti", "ble"), ("bli", "ble"),
        ("ogist", "og"), ("fulli", "ful"), ("lessli", "less"),
    ]) + [
        ("ogi", .replaceAfterL(scalars("og"))),
        ("li", .deleteAfterValidLi),
    ])

    private static let step3 = SuffixTable<Action>(replacing([
        ("tional", "tion"), ("ational", "ate"), ("alize", "al"),
        ("icate", "ic"), ("iciti", "ic"), ("ical", "ic"),
        ("ful", ""), ("ness", ""),
    ]) + [
        ("ative", .deleteInR2),
    ])

    private static let step4 = SuffixTable<Action>(replacing([
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""),
        ("ant", ""), ("ement", ""), ("ment", ""), ("ent", ""), ("ism", ""), ("ate", ""),
        ("iti", ""), ("ous", ""), ("ive", ""), ("ize", ""),
    ]) + [
        ("ion", .deleteAfterSOrT),
    ])

    // MARK: - Letter classes

    /// `Y` marks a `y` that acts as a consonant; it is not a vowel.
    private static func isVowel(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "a", "e", "i", "o", "u", "y": return true
        default: return false
        }
    }

    /// Consonants whose doubling is undone once `-ed` or `-ing` is gone (`hopp` → `hop`);
    /// `ll`, `ss` and `zz` stay, as in `fall`, `miss` and `buzz`.
    private static func isUndoubledConsonant(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "b", "d", "f", "g", "m", "n", "p", "r", "t": return true
        default: return false
        }
    }

    private static func isValidLiEnding(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "c", "d", "e", "g", "h", "k", "m", "n", "r", "t": return true
        default: return false
        }
    }

    // MARK: - Algorithm

    func stem(_ word: inout [Unicode.Scalar]) {
        if let exception = Self.wholeWordExceptions.first(where: { $0.word == word }) {
            word = exception.stem
            return
        }
        // Two letters or fewer are left alone: there is nothing to remove that would leave a stem.
        guard word.count >= 3 else { return }

        var w = Word(word)
        w.run()
        word = w.scalars
    }

    /// The word being stemmed with its regions; `p1` and `p2` are fixed once, before any ending
    /// is removed, as in the reference algorithm.
    private struct Word {
        var scalars: [Unicode.Scalar]
        var p1 = 0
        var p2 = 0
        var foundY = false

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        var count: Int { scalars.count }

        mutating func run() {
            prelude()
            markRegions()
            step1a()
            step1b()
            step1c()
            step2()
            step3()
            step4()
            step5()
            if foundY {
                for i in scalars.indices where scalars[i] == "Y" {
                    scalars[i] = "y"
                }
            }
        }

        /// Drops a leading apostrophe and marks every `y` that behaves as a consonant (at the
        /// start, or after a vowel) as `Y`.
        mutating func prelude() {
            if scalars.first == "'" {
                scalars.removeFirst()
            }
            guard !scalars.isEmpty else { return }
            if scalars[0] == "y" {
                scalars[0] = "Y"
                foundY = true
            }
            var i = 1
            while i < count {
                if scalars[i] == "y" && isVowel(scalars[i - 1]) {
                    scalars[i] = "Y"
                    foundY = true
                }
                i += 1
            }
        }

        /// Index just past the first non-vowel that follows a vowel, searching from `start`.
        func regionStart(from start: Int) -> Int {
            var i = start
            while i < count, !isVowel(scalars[i]) { i += 1 }
            while i < count, isVowel(scalars[i]) { i += 1 }
            return i < count ? i + 1 : count
        }

        mutating func markRegions() {
            if let prefix = EnglishStemmer.r1Prefixes.first(where: {
                $0.count <= count && scalars[0] == $0[0] && scalars.starts(with: $0)
            }) {
                p1 = prefix.count
            } else {
                p1 = regionStart(from: 0)
            }
            p2 = regionStart(from: p1)
        }

        /// A short syllable ends at `end`: consonant–vowel–consonant (the last not `w`, `x` or
        /// `Y`), a vowel–consonant pair opening the word, or `past`.
        func endsWithShortSyllable(at end: Int) -> Bool {
            if end >= 3 {
                let c = scalars[end - 1]
                if !isVowel(c) && c != "w" && c != "x" && c != "Y"
                    && isVowel(scalars[end - 2]) && !isVowel(scalars[end - 3])
                {
                    return true
                }
            }
            if end == 2 && isVowel(scalars[0]) && !isVowel(scalars[1]) {
                return true
            }
            return scalars.hasSuffix(EnglishStemmer.past, endingAt: end)
        }

        func containsVowel(before end: Int) -> Bool {
            var i = 0
            while i < end {
                if isVowel(scalars[i]) { return true }
                i += 1
            }
            return false
        }

        /// `suffix` is ASCII, so its bytes are its scalars; comparing them directly keeps the
        /// many small suffix tests of steps 1a and 1b off the `String` machinery.
        func ends(with suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard length <= count else { return false }
            let bytes = suffix.utf8Start
            let offset = count - length
            for i in 0..<length where scalars[offset + i].value != UInt32(bytes[i]) {
                return false
            }
            return true
        }

        mutating func replaceEnding(from start: Int, with replacement: [Unicode.Scalar]) {
            scalars.removeSubrange(start...)
            scalars.append(contentsOf: replacement)
        }

        /// Possessive apostrophes, then plural `-s`.
        mutating func step1a() {
            if ends(with: "'s'") {
                scalars.removeLast(3)
            } else if ends(with: "'s") {
                scalars.removeLast(2)
            } else if ends(with: "'") {
                scalars.removeLast()
            }

            if ends(with: "sses") {
                scalars.removeLast(2)
            } else if ends(with: "ied") || ends(with: "ies") {
                // `ties` → `tie` but `cries` → `cri`: dropping one letter leaves `ie`, two `i`.
                scalars.removeLast(count - 3 >= 2 ? 2 : 1)
            } else if ends(with: "us") || ends(with: "ss") {
                return
            } else if ends(with: "s") {
                // `gas` and `this` keep their s: the vowel must not be the letter just before it.
                if count >= 2 && containsVowel(before: count - 2) {
                    scalars.removeLast()
                }
            }
        }

        /// `-ed`, `-ing` and their `-ly` forms, repairing the stem they leave behind.
        mutating func step1b() {
            guard let match = EnglishStemmer.step1bSuffixes.longestMatch(in: scalars, end: count)
            else { return }
            let start = match.start

            switch match.tag {
            case .eed:
                let isException = EnglishStemmer.eedExceptions.contains {
                    scalars.isExactly($0, upTo: start)
                }
                if isException {
                    return
                }
                if start >= p1 {
                    replaceEnding(from: start, with: ["e", "e"])
                }
                return
            case .ing:
                // `dying` → `die`, `lying` → `lie`: a consonant plus y, and nothing else.
                if start == 2 && scalars[1] == "y" && !isVowel(scalars[0]) {
                    replaceEnding(from: 1, with: ["i", "e"])
                    return
                }
                let isException = EnglishStemmer.ingExceptions.contains {
                    scalars.isExactly($0, upTo: start)
                }
                if isException {
                    return
                }
            case .ed:
                break
            }

            guard containsVowel(before: start) else { return }
            scalars.removeSubrange(start...)

            if ends(with: "at") || ends(with: "bl") || ends(with: "iz") {
                scalars.append("e")
            } else if count >= 2 && scalars[count - 1] == scalars[count - 2]
                        && isUndoubledConsonant(scalars[count - 1])
            {
                // `hopp` → `hop`, but `add`, `egg` and `off` are whole words.
                let first = scalars[0]
                let isWholeWord = count == 3 && (first == "a" || first == "e" || first == "o")
                if !isWholeWord {
                    scalars.removeLast()
                }
            } else if p1 == count && endsWithShortSyllable(at: count) {
                // A short word lost its e: `hop` → `hope`.
                scalars.append("e")
            }
        }

        /// A final y after a consonant that is not the first letter becomes i (`cry` → `cri`).
        mutating func step1c() {
            guard count >= 3 else { return }
            let last = scalars[count - 1]
            guard last == "y" || last == "Y", !isVowel(scalars[count - 2]) else { return }
            scalars[count - 1] = "i"
        }

        mutating func step2() {
            apply(EnglishStemmer.step2, minimumStart: p1)
        }

        mutating func step3() {
            apply(EnglishStemmer.step3, minimumStart: p1)
        }

        mutating func step4() {
            apply(EnglishStemmer.step4, minimumStart: p2)
        }

        /// Applies the longest ending of `table`, if it starts inside the required region. When
        /// the longest ending fails its conditions, shorter endings are not tried.
        mutating func apply(_ table: SuffixTable<Action>, minimumStart: Int) {
            guard let match = table.longestMatch(in: scalars, end: count), match.start >= minimumStart
            else { return }
            let start = match.start
            switch match.tag {
            case .replace(let replacement):
                replaceEnding(from: start, with: replacement)
            case .replaceAfterL(let replacement):
                if start >= 1 && scalars[start - 1] == "l" {
                    replaceEnding(from: start, with: replacement)
                }
            case .deleteAfterValidLi:
                if start >= 1 && isValidLiEnding(scalars[start - 1]) {
                    scalars.removeSubrange(start...)
                }
            case .deleteInR2:
                if start >= p2 {
                    scalars.removeSubrange(start...)
                }
            case .deleteAfterSOrT:
                if start >= 1 && (scalars[start - 1] == "s" || scalars[start - 1] == "t") {
                    scalars.removeSubrange(start...)
                }
            }
        }

        /// A final e in R2, or in R1 after anything but a short syllable; a final l after l in R2.
        mutating func step5() {
            guard let last = scalars.last else { return }
            let start = count - 1
            if last == "e" {
                if start >= p2 || (start >= p1 && !endsWithShortSyllable(at: start)) {
                    scalars.removeLast()
                }
            } else if last == "l" {
                if start >= p2 && start >= 1 && scalars[start - 1] == "l" {
                    scalars.removeLast()
                }
            }
        }
    }
}
