/// One validated entry: language-neutral facts plus the translations that exist.
///
/// A value, kept in one shared box that is copied only when a copy is changed: the pages of a
/// section pass its entries around in arrays, and copying an entry field by field retained some
/// thirty strings and arrays, 2 % of a 30,000-page build.
public struct Entry: Sendable, Hashable {
    private final class Storage: @unchecked Sendable {
        var id: EntryID
        var folder: String
        var common: CommonFacts
        var facts: SectionFacts
        var translations: [String: Translation]
        var sourceFingerprint: UInt64
        var factsFingerprint: UInt64
        var listingFingerprints: [String: UInt64]

        init(id: EntryID, folder: String, common: CommonFacts, facts: SectionFacts, translations: [String: Translation],
             sourceFingerprint: UInt64, factsFingerprint: UInt64, listingFingerprints: [String: UInt64]) {
            self.id = id
            self.folder = folder
            self.common = common
            self.facts = facts
            self.translations = translations
            self.sourceFingerprint = sourceFingerprint
            self.factsFingerprint = factsFingerprint
            self.listingFingerprints = listingFingerprints
        }

        func copy() -> Storage {
            Storage(id: id, folder: folder, common: common, facts: facts, translations: translations,
                    sourceFingerprint: sourceFingerprint, factsFingerprint: factsFingerprint, listingFingerprints: listingFingerprints)
        }
    }

    private var storage: Storage

    private var uniqueStorage: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    public var id: EntryID {
        get { storage.id }
        set { uniqueStorage.id = newValue }
    }

    /// `content/<section>/<slug>`, relative to the source folder.
    public var folder: String {
        get { storage.folder }
        set { uniqueStorage.folder = newValue }
    }

    public var common: CommonFacts {
        get { storage.common }
        _modify { yield &uniqueStorage.common }
    }

    public var facts: SectionFacts {
        get { storage.facts }
        _modify { yield &uniqueStorage.facts }
    }

    public var translations: [String: Translation] {
        get { storage.translations }
        _modify { yield &uniqueStorage.translations }
    }

    /// The fingerprint of the entry's source folder (see `ContentLoader`): while it is unchanged,
    /// `guide serve` reuses what it rendered from the entry.
    public var sourceFingerprint: UInt64 {
        get { storage.sourceFingerprint }
        set { uniqueStorage.sourceFingerprint = newValue }
    }

    /// The fingerprint of the file names and entry.yaml (see `RawEntry`).
    public var factsFingerprint: UInt64 {
        get { storage.factsFingerprint }
        set { uniqueStorage.factsFingerprint = newValue }
    }

    /// By reader's language: `TranslationChooser.listingFingerprint`, set by validation.
    public var listingFingerprints: [String: UInt64] {
        get { storage.listingFingerprints }
        _modify { yield &uniqueStorage.listingFingerprints }
    }

    package init(id: EntryID, folder: String, common: CommonFacts, facts: SectionFacts, translations: [String: Translation], sourceFingerprint: UInt64 = 0, factsFingerprint: UInt64 = 0, listingFingerprints: [String: UInt64] = [:]) {
        storage = Storage(id: id, folder: folder, common: common, facts: facts, translations: translations,
                          sourceFingerprint: sourceFingerprint, factsFingerprint: factsFingerprint, listingFingerprints: listingFingerprints)
    }

    public static func == (a: Entry, b: Entry) -> Bool {
        a.storage === b.storage
            || (a.id == b.id && a.folder == b.folder && a.common == b.common && a.facts == b.facts && a.translations == b.translations
                && a.sourceFingerprint == b.sourceFingerprint && a.factsFingerprint == b.factsFingerprint
                && a.listingFingerprints == b.listingFingerprints)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(folder)
        hasher.combine(common)
        hasher.combine(facts)
        hasher.combine(translations)
        hasher.combine(sourceFingerprint)
        hasher.combine(factsFingerprint)
        hasher.combine(listingFingerprints)
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
