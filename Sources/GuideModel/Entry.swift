/// One validated entry: language-neutral facts plus the translations that exist.
///
/// A value, kept in one shared box that is copied only when a copy is changed: the pages of a
/// section pass its entries around in arrays, and copying an entry field by field retained some
/// thirty strings and arrays, 2 % of a 30,000-page build.
public struct Entry: Sendable, Hashable {
    /// The entry's fields, listed once: the box holds them, and equality and hashing are theirs.
    private struct Fields: Sendable, Hashable {
        var id: EntryID
        var folder: String
        var common: CommonFacts
        var facts: SectionFacts
        var translations: [String: Translation]
        var sourceFingerprint: UInt64
        var factsFingerprint: UInt64
        var listingFingerprints: [String: UInt64]
    }

    private final class Storage: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private var storage: Storage

    /// The fields, first copied into a box of their own when another entry shares this one.
    private var uniqueFields: Fields {
        get { storage.fields }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
            yield &storage.fields
        }
    }

    public var id: EntryID {
        get { storage.fields.id }
        _modify { yield &uniqueFields.id }
    }

    /// `content/<section>/<slug>`, relative to the source folder.
    public var folder: String {
        get { storage.fields.folder }
        _modify { yield &uniqueFields.folder }
    }

    public var common: CommonFacts {
        get { storage.fields.common }
        _modify { yield &uniqueFields.common }
    }

    public var facts: SectionFacts {
        get { storage.fields.facts }
        _modify { yield &uniqueFields.facts }
    }

    public var translations: [String: Translation] {
        get { storage.fields.translations }
        _modify { yield &uniqueFields.translations }
    }

    /// The fingerprint of the entry's source folder (see `ContentLoader`): while it is unchanged,
    /// `guide serve` reuses what it rendered from the entry.
    public var sourceFingerprint: UInt64 {
        get { storage.fields.sourceFingerprint }
        _modify { yield &uniqueFields.sourceFingerprint }
    }

    /// The fingerprint of the file names and entry.yaml (see `RawEntry`).
    public var factsFingerprint: UInt64 {
        get { storage.fields.factsFingerprint }
        _modify { yield &uniqueFields.factsFingerprint }
    }

    /// By reader's language: `TranslationChooser.listingFingerprint`, set by validation.
    public var listingFingerprints: [String: UInt64] {
        get { storage.fields.listingFingerprints }
        _modify { yield &uniqueFields.listingFingerprints }
    }

    package init(id: EntryID, folder: String, common: CommonFacts, facts: SectionFacts, translations: [String: Translation], sourceFingerprint: UInt64 = 0, factsFingerprint: UInt64 = 0, listingFingerprints: [String: UInt64] = [:]) {
        storage = Storage(Fields(id: id, folder: folder, common: common, facts: facts, translations: translations,
                                 sourceFingerprint: sourceFingerprint, factsFingerprint: factsFingerprint,
                                 listingFingerprints: listingFingerprints))
    }

    public static func == (a: Entry, b: Entry) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
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
