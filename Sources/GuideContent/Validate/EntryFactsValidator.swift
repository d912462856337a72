import GuideModel
import Yams

/// Reads `entry.yaml` into typed facts for the entry's section.
package struct EntryFactsValidator {
    /// Latvia's bounding box, with a small margin: a coordinate outside it is a typo or swapped
    /// latitude and longitude.
    static let latitudes: ClosedRange<Double> = 55.6...58.1
    static let longitudes: ClosedRange<Double> = 20.9...28.3

    let configuration: SiteConfiguration

    /// `unusable`: the folder has an entry.yaml that could not be read or parsed, an error the
    /// loader has given already.
    func validate(_ document: YAMLDocument?, section: Section, folder: String, unusable: Bool = false) -> (CommonFacts, SectionFacts?, [Diagnostic]) {
        guard let document else {
            if unusable { return (CommonFacts(), nil, []) }
            if section == .pages { return (CommonFacts(), .page(PageFacts(menuPosition: nil)), []) }
            return (CommonFacts(), nil, [.error(at: SourceLocation(path: folder + "/entry.yaml"), "entry.yaml is missing",
                                                hint: "Every \(section.rawValue) entry needs an entry.yaml with its facts; `guide new \(section.rawValue) <slug>` creates one.")])
        }
        var reader = YAMLMappingReader(document.root, in: document, what: "entry.yaml")
        let needsSource = section != .pages
        var common = CommonFacts()
        common.source = url("source", in: &reader, required: needsSource)
        common.reviewed = reader.date("reviewed", required: needsSource)
        common.website = url("website", in: &reader)
        common.phones = reader.items("phones").compactMap { phone($0, document: document, diagnostics: &reader) }
        common.emails = reader.strings("emails").filter { email in
            guard Self.isEmail(email) else {
                reader.report(.error(at: reader.location(of: "emails"), "`\(email)` is not an e-mail address", hint: "Write it as name@example.lv."))
                return false
            }
            return true
        }
        common.locations = reader.items("locations").compactMap { location($0, document: document, diagnostics: &reader) }
        common.languages = languageCodes("languages", in: &reader)
        if section != .pages {
            common.time = timeFacts(in: &reader, document: document)
            common.eligible = eligible(in: &reader)
        }

        let facts: SectionFacts?
        switch section {
        case .pages:
            facts = .page(PageFacts(menuPosition: reader.integer("menu", in: 1...99)))
        case .organizations:
            facts = reader.choice("kind", as: OrganizationFacts.Kind.self, required: true).map { .organization(OrganizationFacts(kind: $0)) }
        case .courses:
            let provider = reference("provider", in: &reader, required: true)
            let levels = reader.choices("levels", as: CEFRLevel.self, required: true)
            let mode = reader.choice("mode", as: CourseFacts.Mode.self, required: true)
            // A course's cost may be left out when no source states it (say why in a comment):
            // a guessed "free" sends a reader to a bill.
            let cost = reader.value("cost") == nil ? nil : self.cost(in: &reader, document: document)
            let costGiven = reader.value("cost") != nil
            let hours = reader.integer("duration_hours", in: 1...5000)
            let instruction = languageCodes("instruction_language", in: &reader).first ?? "lv"
            let support = languageCodes("support_languages", in: &reader)
            if let provider, !levels.isEmpty, let mode, cost != nil || !costGiven {
                facts = .course(CourseFacts(provider: provider, levels: Array(Set(levels)).sorted(), mode: mode, cost: cost,
                                            durationHours: hours, instructionLanguage: instruction,
                                            supportLanguages: support))
            } else {
                facts = nil
            }
        case .legal:
            let provider = reference("provider", in: &reader, required: false)
            let topics = reader.choices("topics", as: LegalServiceFacts.Topic.self, required: true)
            let cost = self.cost(in: &reader, document: document)
            let channels = reader.choices("channels", as: LegalServiceFacts.Channel.self, required: true)
            if !topics.isEmpty, let cost, !channels.isEmpty {
                facts = .legal(LegalServiceFacts(provider: provider, topics: topics, cost: cost, channels: channels))
            } else {
                facts = nil
            }
        }
        return (common, facts, reader.finish())
    }

    // MARK: Field types

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasSuffix(".") else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && !"<>\"'(),;:[]\\".unicodeScalars.contains($0) }
    }

    /// Only web addresses: other schemes (`javascript:`, `data:`) must never reach a link.
    package static func isWebURL(_ text: String) -> Bool {
        guard text.hasPrefix("https://") || text.hasPrefix("http://") else { return false }
        let host = text.drop(while: { $0 != "/" }).dropFirst(2).prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
        guard !host.isEmpty, host.contains("."),
              text.utf8.allSatisfy(Self.isAllowedInWebURL) else { return false }
        // Bidi controls are not ASCII: an ASCII address, most of them, needs no property look-up.
        return text.utf8.allSatisfy { $0 < 0x80 } || text.unicodeScalars.allSatisfy { !$0.properties.isBidiControl }
    }

    /// Neither white space nor a control character, nor a character that would end an HTML
    /// attribute or a Markdown link.
    private static func isAllowedInWebURL(_ byte: UInt8) -> Bool {
        switch byte {
        case 0...0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"), UInt8(ascii: "`"): false
        default: true
        }
    }

    private func url(_ field: String, in reader: inout YAMLMappingReader, required: Bool = false) -> String? {
        guard let text = reader.string(field, required: required, hint: "Add `\(field): https://…`, the page where the facts were read.") else { return nil }
        guard Self.isWebURL(text) else {
            reader.report(.error(at: reader.location(of: field), "`\(field)` must be a web address starting with https:// or http://",
                                 hint: "Copy the address from the browser's address bar."))
            return nil
        }
        return text
    }

    private func reference(_ field: String, in reader: inout YAMLMappingReader, required: Bool) -> EntryID? {
        guard let text = reader.string(field, required: required, hint: "Add `\(field): organizations/<slug>`.") else { return nil }
        guard let id = EntryID(reference: text), id.section == .organizations else {
            reader.report(.error(at: reader.location(of: field), "`\(text)` is not a reference to an organisation",
                                 hint: "Write it as organizations/<slug>, the folder name of the organisation."))
            return nil
        }
        return id
    }

    private func languageCodes(_ field: String, in reader: inout YAMLMappingReader) -> [String] {
        reader.strings(field).filter { code in
            guard SiteConfigurationValidator.isLanguageCode(code) else {
                reader.report(.error(at: reader.location(of: field), "`\(code)` is not a language code", hint: "Use codes such as lv, ru, en, uk."))
                return false
            }
            return true
        }
    }

    private func cost(in reader: inout YAMLMappingReader, document: YAMLDocument) -> Cost? {
        let hint = "Write `cost: {free: true, paid_by: municipality}` or `cost: {free: false, amount_eur: 120, paid_by: learner}`."
        guard let node = reader.value("cost") else {
            reader.missing("cost", hint: hint)
            return nil
        }
        if let scalar = node.scalar, scalar.string.trimmingCharacters(in: .whitespaces).isEmpty || scalar.string == "null" || scalar.string == "~" {
            reader.report(.error(at: document.location(of: node), "`cost` is empty", hint: hint))
            return nil
        }
        var costReader = YAMLMappingReader(node, in: document, what: "`cost`")
        let free = costReader.boolean("free", required: true)
        let amount = costReader.number("amount_eur", in: 0...100_000)
        let payer = costReader.choice("paid_by", as: Cost.Payer.self)
        if free == true, let amount, amount > 0 {
            costReader.report(.error(at: costReader.location(of: "amount_eur"), "a free course or service cannot have an amount",
                                     hint: "Set `free: false`, or remove `amount_eur`."))
        }
        for diagnostic in costReader.finish() { reader.report(diagnostic) }
        return free.map { Cost(isFree: $0, amountEUR: amount, paidBy: payer) }
    }

    private func phone(_ node: Node, document: YAMLDocument, diagnostics parent: inout YAMLMappingReader) -> Phone? {
        var reader = YAMLMappingReader(node, in: document, what: "a phone")
        let number = reader.string("number", required: true, hint: "Add `number: \"+371 …\"`.")
        let kind = reader.choice("kind", as: Phone.Kind.self) ?? .general
        if let number {
            let digits = number.unicodeScalars.filter { ("0"..."9").contains($0) }.count
            let allowed = number.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == " " || $0 == "+" || $0 == "-" }
            if !allowed || !(3...15).contains(digits) || number.dropFirst().contains("+") {
                reader.report(.error(at: reader.location(of: "number"), "`\(number)` is not a phone number",
                                     hint: "Write digits and spaces, with + and the country code for normal numbers: \"+371 67686768\"."))
            }
        }
        for diagnostic in reader.finish() { parent.report(diagnostic) }
        return number.map { Phone(number: $0, kind: kind) }
    }

    private func location(_ node: Node, document: YAMLDocument, diagnostics parent: inout YAMLMappingReader) -> Location? {
        var reader = YAMLMappingReader(node, in: document, what: "a location")
        let address = reader.string("address", required: true, hint: "Add `address:` as written on a letter.")
        let coordinateHint = "Give decimal degrees inside Latvia: latitude about 56–58, longitude about 21–28."
        let latitude = reader.number("latitude", in: Self.latitudes, hint: coordinateHint)
        let longitude = reader.number("longitude", in: Self.longitudes, hint: coordinateHint)
        if (reader.value("latitude") == nil) != (reader.value("longitude") == nil) {
            reader.report(.error(at: reader.location, "a location needs both `latitude` and `longitude`, or neither", hint: coordinateHint))
        }
        let municipality = reader.string("municipality")
        if let municipality, !configuration.municipalities.contains(where: { $0.key == municipality }) {
            let known = configuration.municipalities.map(\.key)
            reader.report(.error(at: reader.location(of: "municipality"), "unknown municipality `\(municipality)`",
                                 hint: known.isEmpty ? "List the municipalities in site.yaml under `municipalities` first, with their kind and names."
                                     : "Use a key from `municipalities` in site.yaml (\(known.joined(separator: ", "))), or add it there."))
        }
        let neighbourhood = reader.string("neighbourhood")
        if let neighbourhood, configuration.neighbourhoods[neighbourhood] == nil {
            reader.report(.error(at: reader.location(of: "neighbourhood"), "unknown neighbourhood `\(neighbourhood)`",
                                 hint: "Use a key from `neighbourhoods` in site.yaml (\(configuration.neighbourhoods.keys.sorted().joined(separator: ", "))), or add it there."))
        }
        let hours = reader.items("hours").compactMap { openingHours($0, document: document, diagnostics: &reader) }
        for diagnostic in reader.finish() { parent.report(diagnostic) }
        return address.map { Location(address: $0, latitude: latitude, longitude: longitude, municipality: municipality, neighbourhood: neighbourhood, hours: hours) }
    }

    private func openingHours(_ node: Node, document: YAMLDocument, diagnostics parent: inout YAMLMappingReader) -> OpeningHours? {
        var reader = YAMLMappingReader(node, in: document, what: "opening hours")
        let days = reader.choices("days", as: OpeningHours.Day.self, required: true)
        let opens = time("opens", in: &reader)
        let closes = time("closes", in: &reader)
        for diagnostic in reader.finish() { parent.report(diagnostic) }
        guard !days.isEmpty, let opens, let closes else { return nil }
        return OpeningHours(days: days, opens: opens, closes: closes)
    }

    private func time(_ field: String, in reader: inout YAMLMappingReader) -> String? {
        guard let text = reader.string(field, required: true, hint: "Add `\(field): \"09:00\"` (in quotes).") else { return nil }
        let parts = text.split(separator: ":")
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0...59).contains(m), parts[1].count == 2 else {
            reader.report(.error(at: reader.location(of: field), "`\(text)` is not a time of day", hint: "Write it as \"09:00\", in quotes."))
            return nil
        }
        return (h < 10 ? "0" : "") + "\(h):\(parts[1])"
    }
}
