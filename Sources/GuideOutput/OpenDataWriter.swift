import Foundation
import GuideModel
import GuideSupport

/// Open data exports written by `guide build` under `Output/data/`, so maps, apps and other
/// guides can reuse the checked facts without scraping the pages.
///
/// Both files are compact JSON with sorted keys and no build date, so two builds of the same
/// content are byte-identical. Entries appear in `site.entries` order (by id); lists keep the
/// editors' order. `<lang>` below stands for each language code of `site.yaml`.
///
/// ## `data/courses.geojson`
///
/// An RFC 7946 `FeatureCollection` with one `Feature` per location that has coordinates of a
/// course that has not ended on the build's day (a course with two located addresses gives two
/// features, a course without any gives none).
///
/// ## `data/places.geojson`
///
/// Every located place of the guide that has not ended: course venues, legal services and
/// organisations' offices, one `Point` feature per location with coordinates. `properties`:
/// `id`, `kind` (`course`, `legal` or `organization`), `name` (`{<lang>: text}`), `address`,
/// `municipality` (a key of `municipalities` in `site.yaml`) and `neighbourhood` when given, and
/// `url` (`{<lang>: absolute URL}`).
///
/// ## `data/ended.geojson`
///
/// The same as `places.geojson` for the places of entries that have ended, for archives.
/// `geometry` is a `Point` with `[longitude, latitude]`, rounded to 6 decimals (about 0.1 m).
/// `properties`:
///
/// - `id`: `"courses/<slug>"`
/// - `name`, `summary`: `{<lang>: text}` for every language; a language the course is not
///   written in gets the fallback text the site shows there
/// - `levels`: CEFR levels, e.g. `["A1", "A2"]`
/// - `mode`: `in_person`, `online` or `blended`
/// - `cost`: `{free, amount_eur?, paid_by?}`
/// - `provider`: `"organizations/<slug>"`
/// - `address`: the location's address as written on a letter
/// - `neighbourhood`: a key of `neighbourhoods` in `site.yaml`; absent when not given
/// - `url`: `{<lang>: absolute URL of the course page}`
/// - the time facts and `eligible`, as in `guide.json`
///
/// ## `data/guide.json`
///
/// Every entry of every section with its facts and texts. Names follow the Open Referral Human
/// Services Data Specification (HSDS) where a field fits; the guide's own names are used where
/// none does. Texts are given only in the languages the entry is written in (a fallback text
/// under another language's code would mislabel its language); `guide_url` has every language,
/// because the site serves a page in each. Lists are always present, possibly empty; other
/// fields are absent when unknown.
///
/// Top level: `generator` (`"Ceļvedis"`), `languages` (codes in `site.yaml` order),
/// `organizations`, `services`, `courses`, `pages`.
///
/// Fields of organisations, services and courses:
///
/// - `id`: `"<section>/<slug>"`
/// - `name`, `summary`: `{<lang>: text}`
/// - `keywords`: `{<lang>: [word]}`, only languages that have some
/// - `hours_note`: `{<lang>: text}`
/// - `url`: the official website
/// - `emails`: `[address]` (a list: HSDS has one `email`, an entry may list several)
/// - `phones`: `[{number, type}]`, `type` being the guide's kind: `general`, `hotline`,
///   `consultations` or `information`
/// - `locations`: `[{address, latitude?, longitude?, neighbourhood?, schedules}]`; `address` is
///   the whole postal address in one line, `schedules` is
///   `[{freq: "WEEKLY", byday: "MO,TU,WE,TH,FR", opens_at: "09:00", closes_at: "17:00"}]`
/// - `languages`: codes of the languages the staff speak
/// - `metadata`: `{source, last_reviewed}` (`YYYY-MM-DD`)
/// - `guide_url`: `{<lang>: absolute URL of the entry's page}`
/// - `runs`: `{from?, until?}` and `registration`: `{opens?, closes?}`, each date `YYYY`,
///   `YYYY-MM` or `YYYY-MM-DD` as precise as the source; absent when unknown
/// - `status`: `suspended` or `uncertain`, with `status_note`: `{<lang>: reason}`
/// - `replaced_by`: `"<section>/<slug>"` of what replaces an ended entry
/// - `eligible`: keys of site.yaml's `eligibility` (who may use it); empty when not stated
///
/// `organizations` (HSDS `organization`) add `kind`: `ngo`, `state`, `municipal` or
/// `international`.
///
/// `services` (legal help, HSDS `service`) add:
///
/// - `organization_id`: `"organizations/<slug>"` of the provider; absent when not given
/// - `fees`: `{free, amount_eur?, paid_by?}`
/// - `fees_description`: `{<lang>: text}`
/// - `topics`: e.g. `["asylum", "residence_permits"]`
/// - `channels`: e.g. `["phone", "in_person"]`
/// - `eligibility`: `{<lang>: text}`
///
/// `courses` (also HSDS `service`) add `organization_id`, `fees`, `fees_description` and
/// `eligibility` as services do, and:
///
/// - `levels`: CEFR levels
/// - `mode`: `in_person`, `online` or `blended`
/// - `duration_hours`: academic hours
/// - `instruction_language`: a language code
/// - `support_languages`: codes of the languages the teacher can explain in
/// - `application_process`: `{<lang>: how and when to register}`
/// - `schedule`: `{<lang>: when lessons take place}`
///
/// `pages`: `id`, `title`, `summary`, `keywords`, `menu_position`, `metadata` (only the fields the
/// page has) and `guide_url`.
///
/// The Markdown bodies are left out: each is the text of the page `guide_url` names, and written
/// here again they were three quarters of the file (55 of 72 MB at 30,000 pages), downloaded by
/// whoever wants the facts.
///
/// `translated_from` is left out: it is the editors' bookkeeping, not a fact about the entry.
package struct OpenDataWriter {
    let site: ValidatedSite
    private var urls: SiteURLs { site.urls }

    package init(site: ValidatedSite) {
        self.site = site
    }

    private var languages: [String] { site.configuration.languageCodes }

    /// What one entry adds to the open data, already serialised: `guide serve` keeps these per
    /// entry and serialises again only the entries an edit changed.
    package struct Fragments: Sendable, Equatable {
        /// The list of `guide.json` the entry belongs to.
        var group: String
        var record: String
        /// `courses.geojson` features, one per located address of a course.
        var features: [String]
        /// `places.geojson` features, one per located address of any entry but a page.
        var places: [String] = []
        /// Whether the places go to `ended.geojson`, and the features nowhere.
        var hasEnded = false
    }

    static let coursesGeoJSONPath = "data/courses.geojson"
    static let endedGeoJSONPath = "data/ended.geojson"
    static let placesGeoJSONPath = "data/places.geojson"
    static let guideJSONPath = "data/guide.json"

    func coursesGeoJSON() -> String {
        text(of: Self.coursesGeoJSONPath)
    }

    func guideJSON() -> String {
        text(of: Self.guideJSONPath)
    }

    private func text(of path: String) -> String {
        String(decoding: files(site.entries.map(fragments)).first { $0.path == path }!.bytes, as: UTF8.self)
    }

    /// The lists of `guide.json` the records go to.
    static let groups = ["courses", "organizations", "pages", "services"]

    /// Both files, paths relative to the output folder, from every entry's fragments in
    /// `site.entries` order. They are joined as bytes, the keys in the sorted order `JSONText`
    /// gives objects: `guide serve` joins them after every edit, and at 10,000 entries
    /// `guide.json` holds 24 MB.
    package func files(_ fragments: [Fragments]) -> [GeneratedFile] {
        Self.files(fragments, languages: languages)
    }

    /// The same without a site: `guide serve` writes them in the background, and holding on to
    /// the site there would make the next edit copy all its entries.
    package static func files(_ fragments: [Fragments], languages: [String]) -> [GeneratedFile] {
        func append(_ texts: [String], to bytes: inout [UInt8]) {
            bytes.append(0x5B)
            for (index, text) in texts.enumerated() {
                if index > 0 { bytes.append(0x2C) }
                var text = text
                text.withUTF8 { bytes.append(contentsOf: $0) }
            }
            bytes.append(0x5D)
        }
        var records = Dictionary(uniqueKeysWithValues: Self.groups.map { ($0, [String]()) })
        var features: [String] = [], places: [String] = [], endedPlaces: [String] = []
        var size = 128
        for fragment in fragments {
            records[fragment.group, default: []].append(fragment.record)
            if fragment.hasEnded {
                endedPlaces += fragment.places
            } else {
                features += fragment.features
                places += fragment.places
            }
            size += fragment.record.utf8.count + 1
        }
        let fixed: [String: String] = ["generator": JSONText.serialize("Ceļvedis"), "languages": JSONText.serialize(languages)]
        var guide: [UInt8] = []
        guide.reserveCapacity(size)
        guide.append(0x7B)
        for (index, key) in (Array(fixed.keys) + Self.groups).sorted().enumerated() {
            if index > 0 { guide.append(0x2C) }
            guide.append(contentsOf: (JSONText.string(key) + ":").utf8)
            if let value = fixed[key] { guide.append(contentsOf: value.utf8) } else { append(records[key]!, to: &guide) }
        }
        guide.append(contentsOf: "}\n".utf8)

        func featureCollection(_ features: [String]) -> [UInt8] {
            var geoJSON = Array("{\"features\":".utf8)
            append(features, to: &geoJSON)
            geoJSON.append(contentsOf: ",\"type\":\"FeatureCollection\"}\n".utf8)
            return geoJSON
        }
        return [GeneratedFile(path: Self.coursesGeoJSONPath, bytes: featureCollection(features)),
                GeneratedFile(path: Self.endedGeoJSONPath, bytes: featureCollection(endedPlaces)),
                GeneratedFile(path: Self.placesGeoJSONPath, bytes: featureCollection(places)),
                GeneratedFile(path: Self.guideJSONPath, bytes: guide)]
    }

    package func fragments(for entry: Entry) -> Fragments {
        var features: [String] = []
        let group: String
        let record: [String: Any]
        switch entry.facts {
        case .organization(let organization):
            var value = describedRecord(entry)
            value["kind"] = organization.kind.rawValue
            (group, record) = ("organizations", value)
        case .legal(let legal):
            var value = offeredRecord(entry, provider: legal.provider, cost: legal.cost)
            value["topics"] = legal.topics.map(\.rawValue)
            value["channels"] = legal.channels.map(\.rawValue)
            (group, record) = ("services", value)
        case .course(let course):
            var value = offeredRecord(entry, provider: course.provider, cost: course.cost)
            value["levels"] = course.levels.map(\.rawValue)
            value["mode"] = course.mode.rawValue
            value["duration_hours"] = course.durationHours
            value["instruction_language"] = course.instructionLanguage
            value["support_languages"] = course.supportLanguages
            value["application_process"] = written(entry, \.registration)
            value["schedule"] = written(entry, \.schedule)
            (group, record) = ("courses", value)
            features = courseFeatures(entry, course)
        case .page(let page):
            var value: [String: Any] = ["id": entry.id.description, "guide_url": guideURLs(of: entry)]
            value["title"] = written(entry, \.title)
            value["summary"] = written(entry, \.summary)
            value["keywords"] = keywords(of: entry)
            value["menu_position"] = page.menuPosition
            value["metadata"] = metadata(entry.common)
            (group, record) = ("pages", value)
        }
        // Every value is a string, a Bool, an Int, a finite Double (validation rejects other
        // numbers), a list or a map of these, so serialisation cannot fail.
        return Fragments(group: group, record: JSONText.serialize(record), features: features, places: placeFeatures(entry),
                         hasEnded: site.hasEnded(entry))
    }

    private func placeFeatures(_ entry: Entry) -> [String] {
        let kind: String
        switch entry.id.section {
        case .courses: kind = "course"
        case .legal: kind = "legal"
        case .organizations: kind = "organization"
        case .pages: return []
        }
        return entry.common.locations.compactMap { location -> String? in
            guard let latitude = location.latitude, let longitude = location.longitude else { return nil }
            var properties: [String: Any] = [
                "id": entry.id.description, "kind": kind, "name": everyLanguage(of: entry, \.title),
                "address": location.address, "url": guideURLs(of: entry),
            ]
            properties["municipality"] = location.municipality
            properties["neighbourhood"] = location.neighbourhood
            return JSONText.serialize([
                "type": "Feature",
                "geometry": ["type": "Point", "coordinates": [Self.rounded(longitude), Self.rounded(latitude)]],
                "properties": properties,
            ] as [String: Any])
        }
    }

    private func courseFeatures(_ entry: Entry, _ course: CourseFacts) -> [String] {
        entry.common.locations.compactMap { location -> String? in
            guard let latitude = location.latitude, let longitude = location.longitude else { return nil }
            var properties: [String: Any] = [
                "id": entry.id.description,
                "name": everyLanguage(of: entry, \.title),
                "summary": everyLanguage(of: entry, \.summary),
                "levels": course.levels.map(\.rawValue),
                "mode": course.mode.rawValue,
                "provider": course.provider.description,
                "address": location.address,
                "url": guideURLs(of: entry),
            ]
            properties["municipality"] = location.municipality
            properties["neighbourhood"] = location.neighbourhood
            properties["cost"] = course.cost.map(cost)
            properties.merge(timeFacts(entry)) { own, _ in own }
            return JSONText.serialize([
                "type": "Feature",
                "geometry": ["type": "Point", "coordinates": [Self.rounded(longitude), Self.rounded(latitude)]],
                "properties": properties,
            ] as [String: Any])
        }
    }

    /// Fields shared by organisations, services and courses: their texts and common facts.
    private func describedRecord(_ entry: Entry) -> [String: Any] {
        let common = entry.common
        var record: [String: Any] = [
            "id": entry.id.description,
            "emails": common.emails,
            "phones": common.phones.map { ["number": $0.number, "type": $0.kind.rawValue] },
            "locations": common.locations.map(location),
            "languages": common.languages,
            "guide_url": guideURLs(of: entry),
        ]
        record["name"] = written(entry, \.title)
        record["summary"] = written(entry, \.summary)
        record["keywords"] = keywords(of: entry)
        record["hours_note"] = written(entry, \.hoursNote)
        record["url"] = common.website
        record["metadata"] = metadata(common)
        record.merge(timeFacts(entry)) { own, _ in own }
        return record
    }

    /// The time facts and eligibility, as facts: whether the entry has ended is the reader's
    /// question for their own day, so it is not frozen into the data.
    private func timeFacts(_ entry: Entry) -> [String: Any] {
        let time = entry.common.time
        var value: [String: Any] = ["eligible": entry.common.eligible]
        func span(_ start: PartialDate?, _ end: PartialDate?, _ names: (String, String)) -> [String: String]? {
            var span: [String: String] = [:]
            span[names.0] = start?.description
            span[names.1] = end?.description
            return span.isEmpty ? nil : span
        }
        value["runs"] = span(time.runsFrom, time.runsUntil, ("from", "until"))
        value["registration"] = span(time.registrationOpens, time.registrationCloses, ("opens", "closes"))
        value["status"] = time.status?.rawValue
        value["status_note"] = time.status == nil ? nil : written(entry, \.statusNote)
        value["replaced_by"] = time.replacedBy?.description
        return value
    }

    /// Fields shared by legal services and courses, which are both HSDS services.
    private func offeredRecord(_ entry: Entry, provider: EntryID?, cost: Cost?) -> [String: Any] {
        var record = describedRecord(entry)
        record["organization_id"] = provider?.description
        record["fees"] = cost.map(self.cost)
        record["fees_description"] = written(entry, \.costNote)
        record["eligibility"] = written(entry, \.eligibility)
        return record
    }

    private func location(_ location: Location) -> [String: Any] {
        var value: [String: Any] = [
            "address": location.address,
            "schedules": location.hours.map {
                ["freq": "WEEKLY", "byday": $0.days.map { $0.rawValue.uppercased() }.joined(separator: ","),
                 "opens_at": $0.opens, "closes_at": $0.closes]
            },
        ]
        value["latitude"] = location.latitude.map(Self.rounded)
        value["longitude"] = location.longitude.map(Self.rounded)
        value["municipality"] = location.municipality
        value["neighbourhood"] = location.neighbourhood
        return value
    }

    private func cost(_ cost: Cost) -> [String: Any] {
        var value: [String: Any] = ["free": cost.isFree]
        value["amount_eur"] = cost.amountEUR
        value["paid_by"] = cost.paidBy?.rawValue
        return value
    }

    private func metadata(_ common: CommonFacts) -> [String: String]? {
        var value: [String: String] = [:]
        value["source"] = common.source
        value["last_reviewed"] = common.reviewed?.description
        return value.isEmpty ? nil : value
    }

    /// A text in the languages the entry is written in; nil when no language has it.
    private func written(_ entry: Entry, _ text: (Translation) -> String?) -> [String: String]? {
        var values: [String: String] = [:]
        for code in languages {
            if let translation = entry.translations[code], let value = text(translation) { values[code] = value }
        }
        return values.isEmpty ? nil : values
    }

    private func keywords(of entry: Entry) -> [String: [String]]? {
        var values: [String: [String]] = [:]
        for code in languages {
            if let words = entry.translations[code]?.keywords, !words.isEmpty { values[code] = words }
        }
        return values.isEmpty ? nil : values
    }

    /// A text in every language, falling back as the site does, because a map shows every
    /// course to every reader and a feature without a name in the reader's language is useless.
    private func everyLanguage(of entry: Entry, _ text: (Translation) -> String) -> [String: String] {
        let chooser = site.chooser
        var values: [String: String] = [:]
        for code in languages { values[code] = text(chooser.text(of: entry, in: code).translation) }
        return values
    }

    private func guideURLs(of entry: Entry) -> [String: String] {
        var values: [String: String] = [:]
        for code in languages { values[code] = urls.absolute(urls.entry(entry.id, code)) }
        return values
    }

    /// Six decimals of a degree are about 0.1 m, finer than any address; more would only repeat
    /// binary noise such as `56.950000000000003`.
    private static func rounded(_ degrees: Double) -> Double {
        (degrees * 1_000_000).rounded() / 1_000_000
    }
}
