/// The Snowball Russian stemmer.
///
/// Every ending is looked for only inside RV, the part of the word after its first vowel, so a
/// stem always keeps at least one vowel; that is what stops short words made entirely of
/// ending-like letters from vanishing.
public struct RussianStemmer: ScalarStemmer {
    public init() {}

    public func stem(_ word: String) -> String {
        stemScalars(of: word)
    }

    /// Endings of the first group are removed only after а or я, which then stays in the stem.
    private enum Group: Sendable {
        case afterAOrYa
        case any
    }

    private static func table(_ first: [String], _ second: [String]) -> SuffixTable<Group> {
        SuffixTable(first.map { ($0, .afterAOrYa) } + second.map { ($0, .any) })
    }

    private static let perfectiveGerund = table(
        ["в", "вши", "вшись"],
        ["ив", "ивши", "ившись", "ыв", "ывши", "ывшись"])

    private static let adjective = table([], [
        "ее", "ие", "ые", "ое", "ими", "ыми", "ей", "ий", "ый", "ой", "ем", "им", "ым", "ом",
        "его", "ого", "ему", "ому", "их", "ых", "ую", "юю", "ая", "яя", "ою", "ею",
    ])

    /// Only the participle endings that rarely cause false conflations; `им`, `уем` and `енн`
    /// are left out on purpose.
    private static let participle = table(
        ["ем", "нн", "вш", "ющ", "щ"],
        ["ивш", "ывш", "ующ"])

    private static let reflexive = table([], ["ся", "сь"])

    private static let verb = table(
        ["ла", "на", "ете", "йте", "ли", "й", "л", "ем", "н", "ло", "но", "ет", "ют", "ны", "ть",
         "ешь", "нно"],
        ["ила", "ыла", "ена", "ейте", "уйте", "ите", "или", "ыли", "ей", "уй", "ил", "ыл", "им",
         "ым", "ен", "ило", "ыло", "ено", "ят", "ует", "уют", "ит", "ыт", "ены", "ить", "ыть",
         "ишь", "ую", "ю"])

    private static let noun = table([], [
        "а", "ев", "ов", "ие", "ье", "е", "иями", "ями", "ами", "еи", "ии", "и", "ией", "ей",
        "ой", "ий", "й", "иям", "ям", "ием", "ем", "ам", "ом", "о", "у", "ах", "иях", "ях", "ы",
        "ь", "ию", "ью", "ю", "ия", "ья", "я",
    ])

    private static let derivational = table([], ["ост", "ость"])

    private enum TidyUp: Sendable {
        case superlative
        case doubleN
        case softSign
    }

    private static let tidyUp = SuffixTable<TidyUp>([
        ("ейш", .superlative), ("ейше", .superlative), ("н", .doubleN), ("ь", .softSign),
    ])

    func stem(_ word: inout [Unicode.Scalar]) {
        // ё is written as е as often as not, so both spellings must reach one stem.
        for i in word.indices where word[i] == "ё" {
            word[i] = "е"
        }

        let (rv, r2) = Self.regions(of: word)
        guard rv < word.count else { return }

        // Step 1: a perfective gerund ends the step; otherwise drop a reflexive ending and then
        // the first of adjectival, verb or noun endings that is present.
        if !Self.remove(Self.perfectiveGerund, from: &word, lowerBound: rv) {
            _ = Self.remove(Self.reflexive, from: &word, lowerBound: rv)
            if Self.remove(Self.adjective, from: &word, lowerBound: rv) {
                _ = Self.remove(Self.participle, from: &word, lowerBound: rv)
            } else if !Self.remove(Self.verb, from: &word, lowerBound: rv) {
                _ = Self.remove(Self.noun, from: &word, lowerBound: rv)
            }
        }

        // Step 2: a final и left over by step 1.
        if word.count > rv, word[word.count - 1] == "и" {
            word.removeLast()
        }

        // Step 3: -ост(ь) is a derivational suffix, removed only when it lies wholly in R2.
        if let match = Self.derivational.longestMatch(in: word, end: word.count, lowerBound: rv),
           match.start >= r2
        {
            word.removeSubrange(match.start...)
        }

        // Step 4: superlatives, the doubled н they leave, and a final soft sign.
        if let match = Self.tidyUp.longestMatch(in: word, end: word.count, lowerBound: rv) {
            switch match.tag {
            case .superlative:
                word.removeSubrange(match.start...)
                Self.undoubleN(&word, lowerBound: rv)
            case .doubleN:
                Self.undoubleN(&word, lowerBound: rv)
            case .softSign:
                word.removeLast()
            }
        }
    }

    private static func undoubleN(_ word: inout [Unicode.Scalar], lowerBound: Int) {
        let n = word.count
        if n - lowerBound >= 2, word[n - 1] == "н", word[n - 2] == "н" {
            word.removeLast()
        }
    }

    /// Removes the longest ending of `table` found inside RV. A first-group ending whose
    /// preceding letter is not а or я is not removed, and no shorter ending is tried in its place.
    private static func remove(
        _ table: SuffixTable<Group>, from word: inout [Unicode.Scalar], lowerBound: Int
    ) -> Bool {
        guard let match = table.longestMatch(in: word, end: word.count, lowerBound: lowerBound) else {
            return false
        }
        if match.tag == .afterAOrYa {
            let before = match.start - 1
            guard before >= lowerBound, word[before] == "а" || word[before] == "я" else {
                return false
            }
        }
        word.removeSubrange(match.start...)
        return true
    }

    private static func isVowel(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "а", "е", "и", "о", "у", "ы", "э", "ю", "я": return true
        default: return false
        }
    }

    /// RV starts after the first vowel; R2 starts after the second vowel-then-consonant pair.
    /// A region that does not exist starts at the end of the word.
    private static func regions(of word: [Unicode.Scalar]) -> (rv: Int, r2: Int) {
        let n = word.count
        var i = 0
        while i < n, !isVowel(word[i]) { i += 1 }
        guard i < n else { return (n, n) }
        let rv = i + 1
        i = rv
        // R1 (after the first consonant that follows a vowel) is only a stepping stone to R2.
        while i < n, isVowel(word[i]) { i += 1 }
        guard i < n else { return (rv, n) }
        i += 1
        while i < n, !isVowel(word[i]) { i += 1 }
        guard i < n else { return (rv, n) }
        i += 1
        while i < n, isVowel(word[i]) { i += 1 }
        guard i < n else { return (rv, n) }
        return (rv, i + 1)
    }
}
