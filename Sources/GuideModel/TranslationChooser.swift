import GuideSupport

/// Picks the text of an entry for a reader's language, falling back in the order site.yaml gives.
public struct TranslationChooser: Sendable {
    /// Each reader language's fallback order, looked up for every title the long lists sort.
    private let fallbackOrders: [String: [String]]
    private let siteFallbackOrder: [String]

    package init(configuration: SiteConfiguration) {
        // A language listed twice is an error of site.yaml, reported by validation; the first one counts.
        fallbackOrders = Dictionary(configuration.languages.compactMap { language in
            language.fallbackOrder.map { (language.code, $0) }
        }, uniquingKeysWith: { first, _ in first })
        siteFallbackOrder = configuration.fallbackOrder
    }

    package struct Choice {
        package var translation: Translation
        /// True when the text is in another language than the reader's.
        package var isFallback: Bool
    }

    package func text(of entry: Entry, in language: String) -> Choice {
        let chosen = self.language(of: entry, for: language)
        return Choice(translation: entry.translations[chosen]!, isFallback: chosen != language)
    }

    /// The title `text(of:in:)` would choose, without copying the whole text: the long lists
    /// sort thousands of entries by it.
    package func title(of entry: Entry, in language: String) -> String {
        entry.translations[self.language(of: entry, for: language)]!.title
    }

    /// What a list, a map or another entry's page in `language` shows of the entry: its facts and
    /// the front matter of the text chosen for that language, never a body. While this number is
    /// unchanged, so is all they show of it.
    package func listingFingerprint(of entry: Entry, in language: String) -> UInt64 {
        entry.listingFingerprints[language] ?? listingFingerprintAnew(of: entry, in: language)
    }

    /// Worked out once per entry by validation (`Entry.listingFingerprints`): the long lists ask
    /// for it for every entry after every edit, and reading it copied the whole text each time.
    package func listingFingerprintAnew(of entry: Entry, in language: String) -> UInt64 {
        var hash = FNV1aHasher()
        hash.add(entry.factsFingerprint)
        hash.add(entry.translations[self.language(of: entry, for: language)]!.frontMatterFingerprint)
        return hash.value
    }

    /// The language of the text a reader of `language` gets.
    private func language(of entry: Entry, for language: String) -> String {
        // `keys.contains`, unlike a look-up of the value, copies no text.
        if entry.translations.keys.contains(language) { return language }
        for code in fallbackOrders[language] ?? siteFallbackOrder where entry.translations.keys.contains(code) { return code }
        // Validation only keeps entries with at least one translation.
        return entry.translations.keys.min()!
    }
}
