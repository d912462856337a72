/// CEFR levels; the order is the order of difficulty.
public enum CEFRLevel: String, CaseIterable, Sendable, Comparable {
    case a1 = "A1", a2 = "A2", b1 = "B1", b2 = "B2", c1 = "C1", c2 = "C2"

    public static func < (lhs: CEFRLevel, rhs: CEFRLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Facts every entry may carry, whatever its section.
public struct CommonFacts: Sendable, Hashable {
    public var source: String?
    public var reviewed: CalendarDate?
    public var website: String?
    public var phones: [Phone] = []
    public var emails: [String] = []
    public var locations: [Location] = []
    public var languages: [String] = []
}

public struct OrganizationFacts: Sendable, Hashable {
    public enum Kind: String, CaseIterable, Sendable {
        case ngo, state, municipal, international
    }

    public var kind: Kind
}

public struct CourseFacts: Sendable, Hashable {
    public enum Mode: String, CaseIterable, Sendable {
        case inPerson = "in_person", online, blended
    }

    public var provider: EntryID
    public var levels: [CEFRLevel]
    public var mode: Mode
    public var cost: Cost
    public var durationHours: Int?
    public var instructionLanguage: String
    public var supportLanguages: [String]
    public var registrationOpens: CalendarDate?
}

public struct LegalServiceFacts: Sendable, Hashable {
    public enum Topic: String, CaseIterable, Sendable {
        case asylum, residencePermits = "residence_permits", work, family, housing, discrimination,
             citizenship, trafficking, civilCases = "civil_cases"
    }

    public enum Channel: String, CaseIterable, Sendable {
        case phone, email, inPerson = "in_person", online, letter
    }

    public var provider: EntryID?
    public var topics: [Topic]
    public var cost: Cost
    public var channels: [Channel]
}

public struct PageFacts: Sendable, Hashable {
    /// Position in the main menu; pages without one are reached by links only.
    public var menuPosition: Int?
}

/// The section-specific half of an entry's facts.
public enum SectionFacts: Sendable, Hashable {
    case page(PageFacts)
    case organization(OrganizationFacts)
    case course(CourseFacts)
    case legal(LegalServiceFacts)
}

/// The words of one entry in one language: front matter plus the Markdown body.
public struct Translation: Sendable, Hashable {
    public var language: String
    public var path: String
    public var title: String
    public var summary: String
    public var keywords: [String] = []
    public var eligibility: String?
    public var registration: String?
    public var schedule: String?
    public var costNote: String?
    public var hoursNote: String?
    public var translatedFrom: String?
    public var body: String
    /// Line of the file where the body starts, so Markdown positions map back to the file.
    public var bodyFirstLine: Int
    /// The hash of the file's text (see `RawLanguageFile`): a page showing this text is the same
    /// while it is.
    public var sourceFingerprint: UInt64 = 0
    /// The hash of the front matter alone, all that lists show of the text.
    public var frontMatterFingerprint: UInt64 = 0
}

/// One validated entry: language-neutral facts plus the translations that exist.
public struct Entry: Sendable, Hashable {
    public var id: EntryID
    /// `content/<section>/<slug>`, relative to the source folder.
    public var directory: String
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

    public var isHome: Bool { id.section == .pages && id.slug == "home" }

    public var provider: EntryID? {
        switch facts {
        case .course(let course): return course.provider
        case .legal(let legal): return legal.provider
        default: return nil
        }
    }
}

/// Everything the render stage needs, checked and typed.
public struct ValidatedSite: Sendable {
    public var configuration: SiteConfiguration
    /// Sorted by id, so every later stage iterates in the same order on every machine.
    public private(set) var entries: [Entry]

    public func entry(_ id: EntryID) -> Entry? {
        entryIndex[id].map { entries[$0] }
    }

    public func contains(_ id: EntryID) -> Bool {
        entryIndex[id] != nil
    }

    /// The entry's listing fingerprint for readers of `language`, without copying the entry: the
    /// organisations' list asks for every service of every organisation.
    func listingFingerprint(of id: EntryID, in language: String) -> UInt64? {
        entryIndex[id].map { TranslationChooser(configuration: configuration).listingFingerprint(of: entries[$0], in: language) }
    }

    private var entryIndex: [EntryID: Int]
    /// Kept apart per section because pages ask for them thousands of times.
    private var sectionEntries: [Section: [Entry]]
    /// Courses and services by the organisation that provides them.
    public private(set) var servicesByProvider: [EntryID: [EntryID]]

    public init(configuration: SiteConfiguration, entries: [Entry]) {
        self.configuration = configuration
        // Sorting positions and then placing each entry once costs far less than sorting the
        // entries themselves, which copies them at every move (`guide serve` does this after
        // every edit, for thousands of entries).
        self.entries = entries.indices.sorted { entries[$0].id < entries[$1].id }.map { entries[$0] }
        var index: [EntryID: Int] = [:]
        var bySection: [Section: [Entry]] = [:]
        var byProvider: [EntryID: [EntryID]] = [:]
        for (i, entry) in self.entries.enumerated() {
            index[entry.id] = i
            bySection[entry.id.section, default: []].append(entry)
            if let provider = entry.provider { byProvider[provider, default: []].append(entry.id) }
        }
        self.entryIndex = index
        self.sectionEntries = bySection
        self.servicesByProvider = byProvider
    }

    public func entries(in section: Section) -> [Entry] {
        sectionEntries[section] ?? []
    }

    /// Puts `entry` in place of the entry with its id, for `guide serve` after an edit: building
    /// the site anew sorts and indexes every entry, which at 10,000 entries took longer than
    /// rendering the edited page. Returns false, changing nothing, when the site has no entry
    /// with that id or the entry's provider changed (which moves it between providers' lists);
    /// build the site anew then.
    mutating func replace(_ entry: Entry) -> Bool {
        guard let position = entryIndex[entry.id], entries[position].provider == entry.provider,
              let members = sectionEntries[entry.id.section] else { return false }
        let sectionPosition = members.partitionPoint { $0.id < entry.id }
        guard sectionPosition < members.count, members[sectionPosition].id == entry.id else { return false }
        entries[position] = entry
        sectionEntries[entry.id.section]![sectionPosition] = entry
        return true
    }
}
