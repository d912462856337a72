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
    public var time = TimeFacts()
    /// Keys of site.yaml's `eligibility`: the statuses of the people the entry serves. Empty when
    /// the sources do not say.
    public var eligible: [String] = []

    package init(source: String? = nil, reviewed: CalendarDate? = nil, website: String? = nil, phones: [Phone] = [], emails: [String] = [], locations: [Location] = [], languages: [String] = [],
                 time: TimeFacts = TimeFacts(), eligible: [String] = []) {
        self.source = source
        self.reviewed = reviewed
        self.website = website
        self.phones = phones
        self.emails = emails
        self.locations = locations
        self.languages = languages
        self.time = time
        self.eligible = eligible
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
    /// Nil when no source states what the course costs: the page then says nothing rather than
    /// guess "free".
    public var cost: Cost?
    public var durationHours: Int?
    public var instructionLanguage: String
    public var supportLanguages: [String]

    package init(provider: EntryID, levels: [CEFRLevel], mode: Mode, cost: Cost?, durationHours: Int? = nil, instructionLanguage: String, supportLanguages: [String]) {
        self.provider = provider
        self.levels = levels
        self.mode = mode
        self.cost = cost
        self.durationHours = durationHours
        self.instructionLanguage = instructionLanguage
        self.supportLanguages = supportLanguages
    }
}

public struct LegalServiceFacts: Sendable, Hashable {
    public enum Topic: String, CaseIterable, Sendable {
        case asylum, residencePermits = "residence_permits", work, family, housing, discrimination,
             citizenship, trafficking, civilCases = "civil_cases", languageExam = "language_exam",
             victimSupport = "victim_support", voluntaryReturn = "voluntary_return"
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
