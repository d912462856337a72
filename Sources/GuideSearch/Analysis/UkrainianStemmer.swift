/// A light Ukrainian stemmer: it removes a reflexive ending, then the longest inflectional ending,
/// and never leaves fewer than three letters.
///
/// The endings are our own list, kept short so that the JavaScript twin stays small, written from
/// the declension and conjugation tables of Stephen M. Pugh and Ian Press, *Ukrainian: A
/// Comprehensive Grammar* (Routledge, 1999), checked against Wikipedia's "Ukrainian grammar"
/// (https://en.wikipedia.org/wiki/Ukrainian_grammar): the case endings of nouns of the
/// four declensions and of hard and soft adjectives, the present, past, future and imperative of
/// both conjugations, the adverbial participles, the impersonal `-но`, the verbal nouns in `-ння`
/// and the abstract nouns in `-ість`. `docs/search-analysis.md` gives the rules and what
/// `bench/conflation` measured.
///
/// Endings are matched on the word with its apostrophes dropped and `ґ`, `ї`, `є` read as `г`,
/// `і`, `е`, but cut from the word as written: so a word typed without those letters has the
/// folded stem of the word typed with them, which is what lets the folded index term meet it.
/// Lengths are code points, as in the JavaScript twin.
public struct UkrainianStemmer: ScalarStemmer {
    public init() {}

    public func stem(_ word: String) -> String {
        stemScalars(of: word)
    }

    /// As in the Latvian stemmer. On the dictionary sample of `bench/conflation` a minimum of 2
    /// or 4 moved recall by under 0.01 and precision not at all; the choice matters for short
    /// words, where two letters are shared by too many unrelated ones.
    static let minimumStemLength = 3

    private static let reflexive = SuffixTable(["ться", "ся", "сь"].map { ($0, ()) })

    /// Endings are written folded (е for є, і for ї), since that is what they are matched on. A
    /// verb's stem vowel (`чит-а-ти`, `роб-и-ти`, `деклар-ува-ти`) goes with its ending, so
    /// that the infinitive, the present and the past meet at one stem.
    private static let endings: SuffixTable<Void> = {
        let nominal = [
            // Nouns and adjectives, hard and soft.
            "а", "я", "о", "е", "у", "ю", "и", "і", "й", "ь", "ам", "ям", "ах", "ях", "ом", "ем",
            "ою", "ею", "ів", "ей", "ові", "еві", "ами", "ями", "ий", "ого", "ому", "им", "ім", "их",
            "ими", "оі", "ій", "іх", "іми", "ього", "ьому", "ьоі", "ьою",
            // Nouns in -ія, whose genitive plural is -ій.
            "ія", "іі", "ію", "іею", "іям", "іями", "іях",
            // Abstract nouns in -ість, with the -ости the 2019 spelling allows.
            "ість", "ості", "ости", "істю", "остей", "остям", "остями", "остях",
            // Present tense, infinitive, adverbial participles and the synthetic future.
            "еш", "емо", "ете", "уть", "ють", "ать", "ять", "ить", "іть", "иш", "іш", "имо", "імо",
            "ите", "іте", "ти", "ть", "ши", "вши", "учи", "ючи", "ачи", "ячи", "му", "меш", "ме",
            "мемо", "мем", "мете", "муть",
        ]
        let themed: [(vowels: [String], endings: [String])] = [
            // Verbal nouns (навчання, оформлення) and the impersonal participle (читано).
            (["а", "я", "е", "ува", "юва"], ["ння", "нні", "нню", "нням", "ннями", "ннях", "нь", "но"]),
            // Infinitive, past and future of verbs in -ати, -ити, -іти, -увати.
            (["а", "я", "ува", "юва", "и", "і"],
             ["ти", "в", "ла", "ло", "ли", "вши", "тиму", "тимеш", "тиме", "тимемо", "тимем", "тимете",
              "тимуть"]),
            // Present and imperative of verbs in -ати, -яти, -увати.
            (["а", "я", "у", "ю"], ["ю", "еш", "е", "емо", "ете", "ють", "й", "йте", "ймо", "ючи"]),
        ]
        let all = nominal + themed.flatMap { group in
            group.vowels.flatMap { vowel in group.endings.map { vowel + $0 } }
        }
        return SuffixTable(all.map { ($0, ()) })
    }()

    func stem(_ word: inout [Unicode.Scalar]) {
        var matched = word
        Self.fold(&matched)
        var end = matched.count
        if let match = Self.reflexive.longestMatch(in: matched, end: end, lowerBound: Self.minimumStemLength) {
            end = match.start
        }
        if let match = Self.endings.longestMatch(in: matched, end: end, lowerBound: Self.minimumStemLength) {
            end = match.start
        }
        // Keep as many letters of the written word as the folded one kept; an apostrophe right
        // after them would end the stem, so it goes too.
        var kept = 0
        var i = 0
        while kept < end {
            if word[i] != "'" { kept += 1 }
            i += 1
        }
        word.removeSubrange(i...)
    }

    /// What Ukrainian readers leave out when they type: the apostrophe (`мясо` for `м'ясо`) and
    /// the letters a Russian keyboard lacks, `ґ`, `ї` and `є`, written `г`, `і` and `е`.
    static func fold(_ word: inout [Unicode.Scalar]) {
        word.removeAll { $0 == "'" }
        for i in word.indices {
            switch word[i] {
            case "ґ": word[i] = "г"
            case "ї": word[i] = "і"
            case "є": word[i] = "е"
            default: break
            }
        }
    }
}
