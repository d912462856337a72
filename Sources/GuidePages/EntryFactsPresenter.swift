import Foundation
import GuideModel
import GuideSupport
import GuideTheme

/// Turns an entry's typed facts into what a template shows: labelled rows and locations, all
/// words already in the reader's language.
///
/// Templates get plain strings and lists because Mustache has no logic of its own; keeping the
/// logic here keeps themes simple for editors to change.
struct EntryFactsPresenter {
    let site: ValidatedSite
    let urls: SiteURLs
    let strings: UIStrings
    let language: String

    private var format: LocalizedFormatting { LocalizedFormatting(strings: strings) }

    /// One labelled fact. A value type, so that rows alike on many pages (a level, a format, the
    /// languages taught) can be recognised and rendered once (`FactRowCache`).
    struct Row: Hashable, Sendable {
        struct Link: Hashable, Sendable {
            var href: String
            var text: String
        }

        var label: String
        var value: String
        var links: [Link]
        /// Set when the value is in another language than the page, as a fallback text is.
        var valueLanguage: String?

        /// What `entry-fact.mustache` sees of the row: `label`, `value`, `links` (`href`,
        /// `text`) and `value_lang`.
        var templateValues: [String: Any] {
            var values: [String: Any] = ["label": label, "value": value,
                                         "links": links.map { ["href": $0.href, "text": $0.text] }]
            if let valueLanguage { values["value_lang"] = valueLanguage }
            return values
        }
    }

    func rows(for entry: Entry, text: Translation) -> [Row] {
        var rows: [Row] = []
        func add(_ labelKey: String, _ value: String?, links: [Row.Link] = [], lang: String? = nil) {
            guard (value?.isEmpty == false) || !links.isEmpty else { return }
            rows.append(Row(label: strings[labelKey], value: value ?? "", links: links,
                            valueLanguage: lang == language ? nil : lang))
        }
        switch entry.facts {
        case .course(let course):
            add("fact.provider", nil, links: providerLink(course.provider))
            add("fact.levels", course.levels.map(\.rawValue).joined(separator: ", "))
            add("fact.mode", strings["mode.\(course.mode.rawValue)"])
            add("fact.cost", course.cost.map(format.cost))
            add("fact.cost_note", text.costNote, lang: text.language)
            if let hours = course.durationHours { add("fact.duration", strings.counted("academic_hours", hours)) }
            add("fact.instruction_language", format.languageNames([course.instructionLanguage]))
            if !course.supportLanguages.isEmpty { add("fact.support_languages", format.languageNames(course.supportLanguages)) }
            add("fact.eligibility", text.eligibility, lang: text.language)
            add("fact.registration", text.registration, lang: text.language)
            add("fact.schedule", text.schedule, lang: text.language)
        case .legal(let legal):
            if let provider = legal.provider { add("fact.provider", nil, links: providerLink(provider)) }
            add("fact.topics", legal.topics.map { strings["topic.\($0.rawValue)"] }.joined(separator: ", "))
            add("fact.eligibility", text.eligibility, lang: text.language)
            add("fact.cost", format.cost(legal.cost))
            add("fact.cost_note", text.costNote, lang: text.language)
            add("fact.channels", legal.channels.map { strings["channel.\($0.rawValue)"] }.joined(separator: ", "))
        case .organization(let organization):
            add("fact.kind", strings["organization_kind.\(organization.kind.rawValue)"])
        case .page:
            break
        }
        let common = entry.common
        if entry.id.section != .pages {
            let time = EntryTimePresenter(site: site, strings: strings, language: language)
            add("fact.runs", time.span(from: common.time.runsFrom, until: common.time.runsUntil))
            add("fact.registration_dates", time.span(from: common.time.registrationOpens, until: common.time.registrationCloses))
            add("eligible.heading", eligibleNames(common.eligible).joined(separator: ", "))
        }
        if !common.languages.isEmpty { add("fact.languages", format.languageNames(common.languages)) }
        for phone in common.phones {
            add("phone_kind.\(phone.kind.rawValue)", nil, links: [Row.Link(href: phone.telURI, text: phone.number)])
        }
        if !common.emails.isEmpty {
            add("fact.email", nil, links: common.emails.map { Row.Link(href: "mailto:\($0)", text: $0) })
        }
        if let website = common.website {
            add("fact.website", nil, links: [Row.Link(href: website, text: Self.displayHost(website))])
        }
        add("fact.hours_note", text.hoursNote, lang: text.language)
        return rows
    }

    /// The names of `keys` (site.yaml's `eligibility`) in the reader's language, in site.yaml's
    /// order.
    func eligibleNames(_ keys: [String]) -> [String] {
        site.configuration.eligibility.filter { keys.contains($0.key) }.map { $0.name(in: language) }
    }

    func locations(for entry: Entry) -> [[String: Any]] {
        entry.common.locations.map { location in
            var item: [String: Any] = ["address": location.address]
            if let key = location.neighbourhood, let name = site.configuration.neighbourhoods[key]?[language] {
                item["neighbourhood"] = name
            }
            item["hours"] = location.hours.map { ["days": format.days($0.days), "time": "\($0.opens)–\($0.closes)"] }
            item.merge(Self.mapLinks(location)) { _, link in link }
            return item
        }
    }

    /// "Open in maps" links for a location with coordinates: a `geo:` URI for the phone's map app
    /// and an OpenStreetMap page for everything else. Empty without coordinates.
    static func mapLinks(_ location: Location) -> [String: Any] {
        guard let lat = location.latitude, let lon = location.longitude else { return [:] }
        let latText = coordinate(lat), lonText = coordinate(lon)
        return ["geo_uri": "geo:\(latText),\(lonText)",
                "osm_url": "https://www.openstreetmap.org/?mlat=\(latText)&mlon=\(lonText)#map=17/\(latText)/\(lonText)",
                "latitude": latText, "longitude": lonText]
    }

    func reviewed(_ entry: Entry) -> String? {
        entry.common.reviewed.map { strings["checked_on"].fillingPlaceholder("date", with: format.date($0)) }
    }

    /// The short form lists and search results show: "Checked 12.01.2026".
    static func checkedShort(_ entry: Entry, strings: UIStrings) -> String? {
        entry.common.reviewed.map { strings["checked_short"].fillingPlaceholder("date", with: LocalizedFormatting(strings: strings).date($0)) }
    }

    private func providerLink(_ id: EntryID) -> [Row.Link] {
        guard let provider = site.entry(id) else { return [] }
        let title = site.chooser.text(of: provider, in: language).translation.title
        return [Row.Link(href: urls.entry(id, language), text: title)]
    }

    /// Coordinates with six decimals at most: about 10 cm, and stable text across platforms.
    ///
    /// A coordinate as editors write it (56.9496) has at most six decimals in its shortest
    /// round-trip form, and `%.6f` of such a value is that form padded with zeros: the double is
    /// within 1e-13 of it. That form is used when it applies, since `String(format:)` cost as much
    /// as the rest of a location's facts.
    static func coordinate(_ value: Double) -> String {
        let shortest = value.description, utf8 = shortest.utf8
        let fitsSixDecimals = abs(value) < 1_000 && !utf8.contains(UInt8(ascii: "e"))
            && utf8.firstIndex(of: UInt8(ascii: ".")).map { utf8.distance(from: $0, to: utf8.endIndex) <= 7 } == true
        var text = fitsSixDecimals ? shortest : String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func displayHost(_ url: String) -> String {
        var host = url.drop(while: { $0 != "/" }).dropFirst(2).prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
        if host.hasPrefix("www.") { host = host.dropFirst(4) }
        return String(host)
    }
}
