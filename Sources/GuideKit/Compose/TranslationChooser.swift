/// Picks the text of an entry for a reader's language, falling back in the order site.yaml gives.
struct TranslationChooser {
    let configuration: SiteConfiguration

    struct Choice {
        var translation: Translation
        /// True when the text is in another language than the reader's.
        var isFallback: Bool
    }

    func text(of entry: Entry, in language: String) -> Choice {
        if let own = entry.translations[language] { return Choice(translation: own, isFallback: false) }
        for code in configuration.fallbackOrder {
            if let other = entry.translations[code] { return Choice(translation: other, isFallback: true) }
        }
        // Validation only keeps entries with at least one translation.
        return Choice(translation: entry.translations.sorted { $0.key < $1.key }.first!.value, isFallback: true)
    }

    /// The title `text(of:in:)` would choose, for the long lists that sort thousands of entries.
    func title(of entry: Entry, in language: String) -> String {
        if let own = entry.translations[language]?.title { return own }
        for code in configuration.fallbackOrder {
            if let other = entry.translations[code]?.title { return other }
        }
        return text(of: entry, in: language).translation.title
    }
}
