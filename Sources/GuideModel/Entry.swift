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

    package init(source: String? = nil, reviewed: CalendarDate? = nil, website: String? = nil, phones: [Phone] = [], emails: [String] = [], locations: [Location] = [], languages: [String] = []) {
        self.source = source
        self.reviewed = reviewed
        self.website = website
        self.phones = phones
        self.emails = emails
        self.locations = locations
        self.languages = languages
    }
}

public struct OrganizationFacts: Sendable, Hashable {
    public enum Kind: String, CaseIterable, Sendable {
        case ngo, state, municipal, international
    }

    public var kind: Kind

    package init(kind: Kind) {
        self.kind = kind
    }
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

    package init(provider: EntryID, levels: [CEFRLevel], mode: Mode, cost: Cost, durationHours: Int? = nil, instructionLanguage: String, supportLanguages: [String], registrationOpens: CalendarDate? = nil) {
        self.provider = provider
        self.levels = levels
        self.mode = mode
        self.cost = cost
        self.durationHours = durationHours
        self.instructionLanguage = instructionLanguage
        self.supportLanguages = supportLanguages
        self.registrationOpens = registrationOpens
    }
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

    package init(provider: EntryID? = nil, topics: [Topic], cost: Cost, channels: [Channel]) {
        self.provider = provider
        self.topics = topics
        self.cost = cost
        self.channels = channels
    }
}

public struct PageFacts: Sendable, Hashable {
    /// Position in the main menu; pages without one are reached by links only.
    public var menuPosition: Int?

    package init(menuPosition: Int? = nil) {
        self.menuPosition = menuPosition
    }
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

    package init(language: String, path: String, title: String, summary: String, keywords: [String] = [], eligibility: String? = nil, registration: String? = nil, schedule: String? = nil, costNote: String? = nil, hoursNote: String? = nil, translatedFrom: String? = nil, body: String, bodyFirstLine: Int, sourceFingerprint: UInt64 = 0, frontMatterFingerprint: UInt64 = 0) {
        self.language = language
        self.path = path
        self.title = title
        self.summary = summary
        self.keywords = keywords
        self.eligibility = eligibility
        self.registration = registration
        self.schedule = schedule
        self.costNote = costNote
        self.hoursNote = hoursNote
        self.translatedFrom = translatedFrom
        self.body = body
        self.bodyFirstLine = bodyFirstLine
        self.sourceFingerprint = sourceFingerprint
        self.frontMatterFingerprint = frontMatterFingerprint
    }
}

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
