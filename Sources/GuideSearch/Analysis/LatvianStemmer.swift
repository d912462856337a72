/// Lucene's light stemmer for Latvian (after Kārlis Kreslins' thesis): it removes only the
/// case, number, gender and definiteness endings of nouns and adjectives, which is what search
/// needs to join `akmens`, `akmeni` and `akmeņiem`, and nothing that risks joining unrelated words.
///
/// Lengths are counted in code points, like the other stemmers and the browser's twin; Lucene
/// counts UTF-16 units, which differs only for letters outside the Basic Multilingual Plane.
public struct LatvianStemmer: ScalarStemmer {
    public init() {}

    public func stem(_ word: String) -> String {
        stemScalars(of: word)
    }

    /// An ending, how many vowels the word must have beyond the ending's own, and whether removing
    /// it may uncover a softened (palatalised) consonant that should be hardened again.
    private struct Ending: Sendable {
        let scalars: [Unicode.Scalar]
        let minimumVowels: Int
        let palatalizes: Bool

        init(_ text: String, _ vowelsInEnding: Int, palatalizes: Bool = false) {
            scalars = Array(text.unicodeScalars)
            minimumVowels = vowelsInEnding + 1
            self.palatalizes = palatalizes
        }
    }

    /// Order matters: the first ending that fits wins, so longer endings come before the shorter
    /// endings they contain (`ajiem` before `iem`, `ais` before `is`).
    private static let endings: [Ending] = [
        Ending("ajiem", 3), Ending("ajai", 3),
        Ending("ajam", 2), Ending("ajām", 2),
        Ending("ajos", 2), Ending("ajās", 2),
        Ending("iem", 2, palatalizes: true), Ending("ajā", 2),
        Ending("ais", 2), Ending("ai", 2),
        Ending("ei", 2), Ending("ām", 1),
        Ending("am", 1), Ending("ēm", 1),
        Ending("īm", 1), Ending("im", 1),
        Ending("um", 1), Ending("us", 1, palatalizes: true),
        Ending("as", 1), Ending("ās", 1),
        Ending("es", 1), Ending("os", 1, palatalizes: true),
        Ending("ij", 1), Ending("īs", 1),
        Ending("ēs", 1), Ending("is", 1),
        Ending("ie", 1), Ending("u", 1, palatalizes: true),
        Ending("a", 1, palatalizes: true), Ending("i", 1, palatalizes: true),
        Ending("e", 1), Ending("ā", 1),
        Ending("ē", 1), Ending("ī", 1),
        Ending("ū", 1), Ending("o", 1),
        Ending("s", 0), Ending("š", 0),
    ]

    /// The remaining stem must keep at least three code units, so short words are left alone.
    private static let minimumStemLength = 3

    func stem(_ word: inout [Unicode.Scalar]) {
        let vowels = word.reduce(0) { $0 + (Self.isVowel($1) ? 1 : 0) }
        let length = word.count
        for ending in Self.endings
        where vowels >= ending.minimumVowels
            && length >= ending.scalars.count + Self.minimumStemLength
            && word.hasSuffix(ending.scalars)
        {
            word.removeLast(ending.scalars.count)
            if ending.palatalizes {
                Self.unpalatalize(&word, removedEndingStartedWithU: ending.scalars[0] == "u")
            }
            return
        }
    }

    private static func isVowel(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "a", "e", "i", "o", "u", "ā", "ī", "ē", "ū": return true
        default: return false
        }
    }

    /// Declension II, V and VI nouns soften the stem's last consonant in some cases
    /// (`akmens` → `akmeņu`); hardening it again lets those forms share the stem of the others.
    /// Only the unambiguous alternations are undone: `š` may come from `s` or `t`, and `ž` from
    /// `d` or `z`, so those are kept.
    private static func unpalatalize(_ word: inout [Unicode.Scalar], removedEndingStartedWithU: Bool) {
        let n = word.count
        guard n >= 2 else { return }
        let last = word[n - 1]
        let beforeLast = word[n - 2]

        // Genitive plural (-u) is the only case where these two alternations occur.
        if removedEndingStartedWithU {
            if beforeLast == "k" && last == "š" {
                word[n - 1] = "s"
                word.append("t")
                return
            }
            if beforeLast == "ņ" && last == "ņ" {
                word[n - 2] = "n"
                word[n - 1] = "n"
                return
            }
        }

        switch (beforeLast, last) {
        case ("p", "j"), ("b", "j"), ("m", "j"), ("v", "j"):
            // After a labial the softening is an inserted j.
            word.removeLast()
        case ("š", "ņ"): word[n - 2] = "s"; word[n - 1] = "n"
        case ("ž", "ņ"): word[n - 2] = "z"; word[n - 1] = "n"
        case ("š", "ļ"): word[n - 2] = "s"; word[n - 1] = "l"
        case ("ž", "ļ"): word[n - 2] = "z"; word[n - 1] = "l"
        case ("ļ", "ņ"): word[n - 2] = "l"; word[n - 1] = "n"
        case ("ļ", "ļ"): word[n - 2] = "l"; word[n - 1] = "l"
        case (_, "č"): word[n - 1] = "c"
        case (_, "ļ"): word[n - 1] = "l"
        case (_, "ņ"): word[n - 1] = "n"
        default: break
        }
    }
}
