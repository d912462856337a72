import GuideModel

/// The files of a new, empty entry, as text: `entry.yaml` and one `<language>.md` per language of
/// the site, each listing every field its section has.
///
/// Required fields are present but empty, so the build fails and names each one (with its file
/// and line) until an editor fills it in; an unfinished entry can therefore never be published.
/// Optional fields are commented-out examples. Building the files as values keeps this testable
/// without touching the disk; `EntryCreator` writes them.
public struct EntryScaffold: Sendable, Hashable {
    public struct File: Sendable, Hashable {
        /// Relative to the source folder, like the paths in diagnostics.
        public var path: String
        public var text: String
    }

    public let id: EntryID
    public let files: [File]
    /// The `entry.yaml` fields an editor must fill in, in the order the file lists them.
    public let requiredFacts: [String]
    /// The front-matter fields an editor must fill in in every language file.
    public let requiredText: [String]
    /// `content/<section>/<slug>`, relative to the source folder.
    public let folder: String
    private let languageCodes: [String]
    private let requiredLanguages: [String]

    /// - Parameter organizations: slugs of the guide's organisations, listed next to `provider`
    ///   because an editor cannot guess them and a wrong one fails the build.
    public init(id: EntryID, configuration: SiteConfiguration, organizations: [String] = []) {
        let folder = "content/\(id.section.rawValue)/\(id.slug)"
        self.id = id
        self.folder = folder
        let facts = Self.factFields(for: id.section, configuration: configuration, organizations: organizations)
        let texts = Self.textFields(for: id.section)
        files = [File(path: folder + "/entry.yaml", text: Self.entryYAML(id.section, facts))]
            + configuration.languages.map { language in
                File(path: "\(folder)/\(language.code).md",
                     text: Self.languageFile(id.section, language: language, configuration: configuration, texts))
            }
        requiredFacts = facts.filter(\.isRequired).map(\.name)
        requiredText = texts.filter(\.isRequired).map(\.name)
        languageCodes = configuration.languageCodes
        requiredLanguages = configuration.requiredLanguages
    }

    /// What was created and what to do next, for an editor who is not a programmer.
    public var summary: String {
        let noun = id.section.entryNoun
        let languageFiles = languageCodes.map { "\($0).md" }
        var lines = ["Created a new \(noun) in \(folder)/:"]
        lines += files.map { "  " + $0.path }
        lines += ["", "Next steps:"]
        if requiredFacts.isEmpty {
            lines.append("  1. entry.yaml holds optional facts only: delete the \"# \" in front of those that apply,")
            lines.append("     or leave it as it is.")
        } else {
            lines.append("  1. In entry.yaml, fill in every line marked \"# required\": \(Self.list(requiredFacts)).")
            lines.append("     To add an optional fact, delete the \"# \" in front of its example and change the example.")
        }
        lines.append("  2. In \(Self.list(languageFiles)), fill in \(Self.list(requiredText)),")
        lines.append("     then write the text in Markdown below the second --- line.")
        if languageCodes.contains(where: { !requiredLanguages.contains($0) }) {
            lines.append("     Only \(Self.list(requiredLanguages)) must be written; delete the file of a language you cannot write yet,")
            lines.append("     and its readers see the text in another language instead.")
        }
        lines.append("  3. Run script/build (or `guide build`). Until every required line is filled in, the build fails")
        lines.append("     and names each empty one with its file and line.")
        return lines.joined(separator: "\n")
    }

    private static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    // MARK: entry.yaml

    private static func entryYAML(_ section: Section, _ fields: [ScaffoldField]) -> String {
        var header = "Facts about this \(section.entryNoun) that are the same in every language.\n"
            + "The words are in the .md files next to this one, a file per language.\n"
            + "Lines starting with # are notes for editors and are not published.\n"
        if fields.contains(where: \.isRequired) {
            header += "Fill in every line marked \"# required\": until then the build fails and names each empty one.\n"
        } else {
            header += "Every fact here is optional: the page builds without them.\n"
        }
        header += "To use an optional fact, delete the \"# \" in front of its example line(s) and change the example.\n"
            + "A fact that no source gives is left out, with a note saying why: # phone: not found in any source\n"
            + "Never guess a phone number, address, price or date."
        return render(header: header, fields)
    }

    private static func factFields(for section: Section, configuration: SiteConfiguration, organizations: [String]) -> [ScaffoldField] {
        let known = organizations.isEmpty ? "There are no organisations in the guide yet: create the organisation first."
            : "Organisations in this guide: \(organizations.joined(separator: ", "))."
        let cost = ScaffoldField.required("cost", """
            What it costs and who pays, written in one of these two ways:
              cost: {free: true, paid_by: municipality}
              cost: {free: false, amount_eur: 120, paid_by: learner}
            amount_eur is the price in euros. Leave paid_by out when no source says who pays; it is one of:
            \(choices(Cost.Payer.self)).
            """)
        let common = commonFields(configuration, sourceRequired: section != .pages)
        let time = section == .pages ? [] : timeFields(configuration, organizations: organizations)
        switch section {
        case .pages:
            return [.optional("menu", """
                the page's position in the main menu, a whole number from 1 to 99.
                Pages without it are not in the menu; they are reached by links.
                """, example: "5")]
                + common.filter { ["source", "reviewed"].contains($0.name) }
        case .organizations:
            return [.required("kind", "Who runs the organisation, one of: \(choices(OrganizationFacts.Kind.self)).")] + time + common
        case .courses:
            return [
                .required("provider", "Who runs the course: organizations/ followed by the organisation's folder name.\n\(known)"),
                .required("levels", "The levels the course teaches, as a list in brackets, e.g. [A1, A2].\nLevels: \(choices(CEFRLevel.self)).",
                          placeholder: "[]"),
                .required("mode", """
                    How the lessons take place, one of: \(choices(CourseFacts.Mode.self)).
                    blended = partly in person, partly online.
                    """),
                cost,
                .optional("duration_hours", "the length of the course in academic hours, a whole number.", example: "120"),
                .optional("instruction_language", "the language the course is taught in, as a language code. Left out, it is lv.", example: "lv"),
                .optional("support_languages", "the languages the teacher can explain things in, as language codes.", example: "[ru, en, uk]"),
            ] + time + common
        case .legal:
            return [
                .optional("provider", "who offers the service: organizations/ followed by the organisation's folder name.\n\(known)",
                          example: "organizations/\(organizations.first ?? "my-organisation")"),
                .required("topics", """
                    What the service helps with, as a list in brackets, e.g. [asylum, work]. Topics:
                    \(choices(LegalServiceFacts.Topic.self)).
                    """, placeholder: "[]"),
                cost,
                .required("channels", """
                    How people can reach the service, as a list in brackets, e.g. [phone, email].
                    Channels: \(choices(LegalServiceFacts.Channel.self)).
                    """, placeholder: "[]"),
            ] + time + common
        }
    }

    /// When the entry runs and for whom: lists leave out what has ended on the day of the build,
    /// and the "I am …" filter shows what a status may use.
    private static func timeFields(_ configuration: SiteConfiguration, organizations: [String]) -> [ScaffoldField] {
        let dates = "Dates are YYYY-MM-DD, or YYYY-MM or YYYY when the source gives only a month or a year."
        var fields: [ScaffoldField] = [
            .optional("runs", "when it runs; leave out either end when it is not known.\n\(dates)\nAfter `until` it leaves the lists, and its page says it has ended.",
                      example: "{from: 2026-09-01, until: 2027-05-31}"),
            .optional("registration", "when sign-up opens and closes, within the run.\n\(dates)", example: "{opens: 2026-08-17, closes: 2026-09-15}"),
            .optional("status", "what dates cannot say, one of: \(choices(TimeFacts.Status.self));\nthen give the reason as `status_note:` in every language file.",
                      example: "uncertain"),
            .optional("replaced_by", "for an entry that has ended: what readers should use instead, as <section>/<slug>.",
                      example: "organizations/\(organizations.first ?? "my-organisation")"),
        ]
        if let example = configuration.eligibility.first?.key {
            fields.append(.optional("eligible", "who may use it, as a list of: \(configuration.eligibility.map(\.key).joined(separator: ", ")).\nOnly what the source says; anyone = everybody.",
                                    example: "[\(example)]"))
        }
        return fields
    }

    /// The facts every section shares. Source and date come last because they are about all the
    /// facts above them.
    private static func commonFields(_ configuration: SiteConfiguration, sourceRequired: Bool) -> [ScaffoldField] {
        let neighbourhoods = configuration.neighbourhoods.keys.sorted()
        // A block example: its first line is empty so the list starts under `locations:`.
        var location = ["", "  - address: Brīvības iela 31, Rīga, LV-1010", "    latitude: 56.9536", "    longitude: 24.1152"]
        var locationExplanation = """
            addresses, each written as on a letter.
            latitude and longitude: decimal degrees, as a map app shows them; leave both out when unknown.
            hours: the days are \(choices(OpeningHours.Day.self)); times are written in quotes.
            """
        // The example address is in Centrs, so the example names it when the site has it.
        if let example = neighbourhoods.contains("centrs") ? "centrs" : neighbourhoods.first {
            location.append("    neighbourhood: \(example)")
            locationExplanation += "\nneighbourhood (in Riga only), one of: \(neighbourhoods.joined(separator: ", "))."
        }
        location += ["    hours:", "      - {days: [mo, tu, we, th, fr], opens: \"09:00\", closes: \"17:00\"}"]
        let source = "The web page where you read these facts, starting with https://\n(copy it from the browser's address bar)."
        let reviewed = "The day you last checked the facts against the source, as YYYY-MM-DD."
        return [
            .optional("website", "the official website.", example: "https://www.example.lv/"),
            .optional("phones", "phone numbers, written with + and the country code.\nkind is one of: \(choices(Phone.Kind.self)).",
                      example: "\n  - {number: \"+371 67000000\", kind: general}"),
            .optional("emails", "e-mail addresses.", example: "[info@example.lv]"),
            .optional("locations", locationExplanation, example: location.joined(separator: "\n")),
            .optional("languages", "the languages the staff speak, as language codes.", example: "[lv, ru, en, uk]"),
            sourceRequired ? .required("source", source) : .optional("source", source.lowercasedFirst, example: "https://www.example.lv/about"),
            sourceRequired ? .required("reviewed", reviewed) : .optional("reviewed", reviewed.lowercasedFirst, example: "2026-03-31"),
        ]
    }

    // MARK: Language files

    private static func languageFile(_ section: Section, language: SiteConfiguration.Language,
                                     configuration: SiteConfiguration, _ fields: [ScaffoldField]) -> String {
        var header = "The text of this \(section.entryNoun) in \(language.name) (\(language.code)).\n"
            + "Lines starting with # are notes for editors and are not published.\n"
            + "Fill in every line marked \"# required\": until then the build fails and names each empty one.\n"
            + "Put a value in \"double quotes\" when it contains \": \" or \" #\", or starts with a quote or a bracket.\n"
            + "Write the text itself in Markdown below the second --- line."
        if !configuration.requiredLanguages.contains(language.code) {
            header += "\nNot written in this language yet? Delete this file: readers then see another language's text."
        }
        // The example names another language of the site: a text is not a translation of itself.
        let original = configuration.languageCodes.first { $0 != language.code } ?? language.code
        let translatedFrom = ScaffoldField.optional(
            "translated_from", "in a translation, the version of the text it follows, as `guide check` prints it.",
            example: "\(original):1a2b3c4d")
        return "---\n" + render(header: header, fields + [translatedFrom]) + "---\n"
    }

    /// The front-matter fields of a section, except `translated_from`, whose example depends on
    /// the file's language.
    private static func textFields(for section: Section) -> [ScaffoldField] {
        var fields: [ScaffoldField] = [
            .required("title", section == .pages ? "The page's heading." : "The name of the \(section.entryNoun), shown as the page heading."),
            .required("summary", "One or two sentences, shown in lists, in search results and by search engines."),
        ]
        let hoursNote = ScaffoldField.optional("hours_note", "a note on the opening hours, e.g. when the sources disagree.",
                                               example: "\"Sources disagree on the hours: check by phone.\"")
        let costNote = "anything about the cost that entry.yaml cannot say."
        switch section {
        case .courses:
            fields += [
                .required("eligibility", "Who can take the course, e.g. adults who live in Latvia with a residence permit."),
                .required("registration", "How and when to sign up; say so when places run out on the first day."),
                .optional("schedule", "when the lessons take place.", example: "Tuesdays and Thursdays, 18.00–19.30"),
                .optional("cost_note", costNote, example: "Books are paid separately."),
                hoursNote,
            ]
        case .legal:
            fields += [
                .optional("eligibility", "who can use the service.", example: "Asylum seekers and refugees."),
                .optional("cost_note", costNote, example: "Court fees are not covered."),
                hoursNote,
            ]
        case .organizations:
            fields.append(hoursNote)
        case .pages:
            break
        }
        if section != .pages {
            fields.append(.optional("status_note", "why entry.yaml's `status` is what it is, for readers.", example: "\"The 2027 round has not been announced yet.\""))
        }
        return fields + [.optional("keywords", "words people search for that are not in the text.", example: "[first word, second word]")]
    }

    // MARK: Rendering

    /// A header comment, then each field after a blank line so an editor sees where one ends.
    private static func render(header: String, _ fields: [ScaffoldField]) -> String {
        var lines = ScaffoldField.comment(header)
        for field in fields {
            lines.append("")
            lines += field.lines
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func choices<T: RawRepresentable & CaseIterable>(_ type: T.Type) -> String where T.RawValue == String {
        T.allCases.map(\.rawValue).joined(separator: ", ")
    }
}

private extension Section {
    /// How an editor calls one entry of the section, for messages and notes.
    var entryNoun: String {
        switch self {
        case .pages: return "page"
        case .organizations: return "organisation"
        case .courses: return "course"
        case .legal: return "legal-help service"
        }
    }
}

private extension String {
    /// Explanations shared by a required and an optional field start a sentence in one and
    /// follow "Optional: " in the other.
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
