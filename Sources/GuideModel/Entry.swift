/// One validated entry: language-neutral facts plus the translations that exist.
public struct Entry: Sendable, Hashable {
    public var id: EntryID
    /// `content/<section>/<slug>`, relative to the source folder.
    public var folder: String
    public var common: CommonFacts
    public var facts: SectionFacts
    public var translations: [String: Translation]
    /// The fingerprint of the entry's source folder (see `ContentLoader`): while it is unchanged,
    /// `guide serve` reuses what it rendered from the entry.
    public var sourceFingerprint: UInt64 = 0
    /// The fingerprint of the file names and entry.yaml (see `RawEntry`).
    public var factsFingerprint: UInt64 = 0
    /// By reader's language: `TranslationChooser.listingFingerprint`, set by validation.
    public var listingFingerprints: [String: UInt64] = [:]

    package init(id: EntryID, folder: String, common: CommonFacts, facts: SectionFacts, translations: [String: Translation], sourceFingerprint: UInt64 = 0, factsFingerprint: UInt64 = 0, listingFingerprints: [String: UInt64] = [:]) {
        self.id = id
        self.folder = folder
        self.common = common
        self.facts = facts
        self.translations = translations
        self.sourceFingerprint = sourceFingerprint
        self.factsFingerprint = factsFingerprint
        self.listingFingerprints = listingFingerprints
    }

    public var isHome: Bool { id.section == .pages && id.slug == "home" }

    public var provider: EntryID? {
        switch facts {
        case .course(let course): return course.provider
        case .legal(let legal): return legal.provider
        default: return nil
        }
    }
}
