// The rules a query is read with besides the analyser: stop words, transliteration, keyboard
// layouts and compounds (docs/search-analysis.md, "Reading a query"). They are data, written
// once here: the index carries each language's part to the browser (the stop words in the
// manifest, the rest in `rules.<hash>.json`), and the browser's `fallback.js` applies the same
// rules as `Transliteration`, `KeyboardLayout` and `CompoundSplitter` do here.
//
// Sources
// - ru, en stop words: the Snowball lists, https://snowballstem.org/algorithms/russian/stop.txt
//   and https://snowballstem.org/algorithms/english/stop.txt (Russian without `человек` and
//   `жизнь`, which are content words in this guide: human rights, trafficking in human beings).
// - lv, uk stop words: compiled for this guide from the closed word classes of each grammar
//   (prepositions, conjunctions, particles, personal and demonstrative pronouns, the forms of
//   "to be"); docs/search-analysis.md says which and why.
// - Latin → Cyrillic: ISO 9:1995 (= GOST 7.79-2000 system A; ʹ ʺ for ь ъ), GOST 7.79-2000
//   system B (` and `` for ь and ъ, y` for ы, e` for э, shh for щ, cz for ц), the
//   Russian passport (ICAO Doc 9303) and Ukraine's official romanisation (Cabinet of Ministers
//   resolution 55 of 2010), plus informal spellings (j, ja, ju, h, x, sch, w).
// - Keyboard layouts: the Russian and Ukrainian ЙЦУКЕН of Windows and the US QWERTY, whose
//   letter keys the Latvian (QWERTY) layout shares.

/// A language's query rules, as the index writes them for the browser.
public struct QueryRules: Sendable {
    /// Words that never match on their own, as typed, lower case.
    public var stopWords: [String]
    /// Which script the language's pages are written in: a query in the other one is also
    /// transliterated.
    public var script: Script
    /// Greedy longest-first replacements that turn a word of the other script into this one's.
    public var transliteration: [(String, String)]
    /// Replacements on the transliterated word (`ы` after a vowel was `й`).
    public var transliterationFixes: [(String, String)]
    /// Replacements that give two spellings of one word the same loose key, whatever the script
    /// or the convention; see `Transliteration.key`.
    public var key: [(String, String)]
    /// Keys typed on one layout and the letters the same keys give on another.
    public var layouts: [KeyboardLayout]
    /// Whether a word the index does not hold is tried as two words it does (Latvian).
    public var splitsCompounds: Bool

    public enum Script: String, Sendable { case latin, cyrillic }

    public static func forLanguage(_ code: String) -> QueryRules {
        let layouts = [KeyboardLayout.russian, .ukrainian]
        switch code {
        case "ru":
            return QueryRules(stopWords: words(russianStopWords), script: .cyrillic, transliteration: pairs(latinToRussian),
                              transliterationFixes: pairs(cyrillicFixes), key: pairs(keyCommon), layouts: layouts, splitsCompounds: false)
        case "uk":
            return QueryRules(stopWords: words(ukrainianStopWords), script: .cyrillic, transliteration: pairs(latinToUkrainian),
                              transliterationFixes: pairs(cyrillicFixes), key: pairs(keyUkrainian) + pairs(keyCommon),
                              layouts: [.ukrainian, .russian], splitsCompounds: false)
        case "lv":
            return QueryRules(stopWords: words(latvianStopWords), script: .latin, transliteration: pairs(cyrillicToLatvian),
                              transliterationFixes: [], key: pairs(keyCommon), layouts: layouts, splitsCompounds: true)
        case "en":
            return QueryRules(stopWords: words(englishStopWords), script: .latin, transliteration: pairs(cyrillicToEnglish),
                              transliterationFixes: [], key: pairs(keyCommon), layouts: layouts, splitsCompounds: false)
        default:
            return QueryRules(stopWords: [], script: .latin, transliteration: [], transliterationFixes: [], key: pairs(keyCommon),
                              layouts: layouts, splitsCompounds: false)
        }
    }

    private static func words(_ list: String) -> [String] {
        list.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// `from:to` items separated by spaces; an empty `to` removes `from`.
    private static func pairs(_ list: String) -> [(String, String)] {
        list.split(whereSeparator: \.isWhitespace).map { item in
            let parts = item.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
    }

    // MARK: - Stop words

    static let russianStopWords = """
        и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня
        еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам сказал
        ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего
        раз тоже себе под будет ж тогда кто этот говорил того потому этого какой совсем ним здесь этом один почти мой
        тем чтобы нее кажется сейчас были куда зачем сказать всех никогда сегодня можно при наконец два об другой хоть
        после над больше тот через эти нас про всего них какая много разве сказала три эту моя впрочем хорошо свою этой
        перед иногда лучше чуть том нельзя такой им более всегда конечно всю между
        """

    static let englishStopWords = """
        i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself
        it its itself they them their theirs themselves what which who whom this that these those am is are was were be
        been being have has had having do does did doing would should could ought i'm you're he's she's it's we're
        they're i've you've we've they've i'd you'd he'd she'd we'd they'd i'll you'll he'll she'll we'll they'll isn't
        aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't cannot
        couldn't mustn't let's that's who's what's here's there's when's where's why's how's a an the and but if or
        because as until while of at by for with about against between into through during before after above below to
        from up down in out on off over under again further then once here there when where why how all any both each
        few more most other some such no nor not only own same so than too very
        """

    static let latvianStopWords = """
        un vai bet jo ka kā lai ja kad nekā gan ne nedz arī tad tikai vien vēl jau pat tak taču tomēr turklāt
        ar bez no uz par pēc pie pa līdz starp pret aiz zem virs caur dēļ labad priekš pirms kopš gar ap pār
        es tu viņš viņa mēs jūs viņi viņas man tev viņam viņai mums jums viņiem viņām mani tevi viņu mūs
        mans tavs savs mūsu jūsu sava savu savas savi
        tas tā tie tās to tam tai tiem tām šis šī šie šīs šo šim šai šiem šīm
        kas kurš kura kuri kuras kuru kam kuram kurai kuriem kurām
        ir nav būt esmu esi esam esat bija būs biju bijām bijāt būšu būsim būsiet būtu
        """

    static let ukrainianStopWords = """
        і й та а але або чи бо що щоб як якщо коли хоча також теж ще вже лише тільки навіть ні не же ж би б
        в у на з із зі до від по за для про під над без при через між перед після біля крізь серед
        я ти він вона воно ми ви вони мене тебе його її нас вас їх мені тобі йому їй нам вам їм ним нею ними
        мій моя моє мої твій твоя твоє твої свій своя своє свої наш наша наше наші ваш ваша ваше ваші
        цей ця це ці той те ті цього цієї цих того тієї тих цьому тому цим тим
        хто який яка яке які якого якої яких чого чому де куди там тут
        бути є був була було були буде будуть
        """

    // MARK: - Transliteration

    /// Latin → Russian, longest first at each position.
    static let latinToRussian = """
        shch:щ sch:щ shh:щ tsya:ться tsja:ться zh:ж kh:х ch:ч sh:ш ts:ц tz:ц cz:ц yo:ё jo:ё yu:ю ju:ю ya:я ja:я ye:е
        je:е iia:ия iiu:ию e`:э y`:ы y':ы ``:ъ ʺ:ъ ʹ:ь a:а b:б v:в w:в g:г d:д e:е z:з i:и j:й y:ы k:к q:к l:л m:м n:н o:о p:п r:р s:с
        t:т u:у f:ф h:х x:х c:ц ':ь `:ь ž:ж č:ч š:ш ŝ:щ ë:ё û:ю â:я è:э
        """

    /// Latin → Ukrainian: the official romanisation (h for г, y for и, i for і), ISO 9 and
    /// informal spellings.
    static let latinToUkrainian = """
        zgh:зг shch:щ sch:щ zh:ж kh:х ch:ч sh:ш ts:ц tz:ц cz:ц yu:ю ju:ю iu:ю ya:я ja:я ia:я ye:є je:є ie:є yi:ї ji:ї
        a:а b:б v:в w:в h:г g:ґ d:д e:е z:з y:и i:і j:й k:к q:к l:л m:м n:н o:о p:п r:р s:с t:т u:у f:ф x:х c:ц ':'
        ž:ж č:ч š:ш ŝ:щ ê:є ï:ї ì:і û:ю â:я
        """

    /// `ы` (typed `y`) after a vowel, `и` after `ы` and a doubled `и` were `й`: `moy` is `мой`,
    /// `besplatnyy` and `besplatnyi` `бесплатный`, `Dmitrii` `Дмитрий`.
    static let cyrillicFixes = """
        аы:ай еы:ей ёы:ёй иы:ий оы:ой уы:уй ыы:ый эы:эй юы:юй яы:яй ыи:ый ии:ий
        """

    /// Cyrillic → Latvian spelling (š, ž, č, j), for Latvian names typed in Cyrillic.
    static let cyrillicToLatvian = """
        щ:šč ш:š ж:ž ч:č ц:c х:h я:ja ю:ju ё:jo є:je ї:ji й:j ы:i э:e ь: ъ: і:i ґ:g
        а:a б:b в:v г:g д:d е:e з:z и:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f
        """

    /// Cyrillic → English spelling (the passport's).
    static let cyrillicToEnglish = """
        щ:shch ш:sh ж:zh ч:ch ц:ts х:kh я:ya ю:yu ё:yo є:ye ї:yi й:y ы:y э:e ь: ъ: і:i ґ:g
        а:a б:b в:v г:g д:d е:e з:z и:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f
        """

    /// The loose key: each Cyrillic letter and each Latin spelling of it become one plain letter,
    /// so `zhitelstvo`, `žitel'stvo` and `жительство` meet (`zitelstvo`).
    static let keyCommon = """
        shch:s sch:s shh:s sh:s zh:z kh:h ch:c cz:c ts:c tz:c тс:c
        а:a б:b в:v г:g д:d е:e ё:e ж:z з:z и:i й:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:h ц:c ч:c ш:s щ:s
        ъ: ы:i ь: э:e ю:iu я:ia і:i ї:i є:ie ґ:g ': `: ʹ: ʺ:
        x:h w:v q:k y:i j:i ž:z š:s č:c ŝ:s ë:e ê:ie è:e â:ia û:iu ï:i ì:i ā:a ē:e ī:i ū:u ģ:g ķ:k ļ:l ņ:n
        """

    /// Ukrainian writes г as h (and readers g or h): both meet х at `h`. Listed before the
    /// common key, which it overrides.
    static let keyUkrainian = "г:h ґ:h g:h"
}
