import Foundation
import GuideModel
import GuideSupport
import GuideTheme

extension PageComposer {
    /// What kind of help a place offers; each kind is a layer of the map a reader can switch off.
    enum PlaceKind: String, CaseIterable {
        case course, legal, organization

        init?(_ section: Section) {
            switch section {
            case .courses: self = .course
            case .legal: self = .legal
            case .organizations: self = .organization
            case .pages: return nil
            }
        }
    }

    /// The map of help: every current course venue, legal service and organisation's office with
    /// an address, as switchable layers with the course filters, listed below by municipality and
    /// then (in Riga) neighbourhood with "open in maps" links, so the page is complete without
    /// JavaScript and without tiles. Courses and services without a place follow, each saying how
    /// to reach it, instead of an empty map. Every sentence is computed from the data: the page
    /// promises places near the reader only when it has some.
    func renderHelpMap(_ language: String) -> String {
        let t = strings(language)
        let locale = Locale(identifier: language)
        let format = LocalizedFormatting(strings: t)
        let time = EntryTimePresenter(site: site, strings: t, language: language)
        let configuration = site.configuration
        func neighbourhoodName(_ key: String) -> String { configuration.neighbourhoods[key]?[language] ?? key }

        struct Place {
            var entry: Entry
            var kind: PlaceKind
            var index: Int
            var location: Location
        }
        var places: [Place] = [], unlocated: [(Entry, PlaceKind)] = []
        for section in Section.listed {
            guard let kind = PlaceKind(section) else { continue }
            for entry in alphabetical(site.entries(in: section), section: section, language: language) where !site.hasEnded(entry) {
                if entry.common.locations.isEmpty {
                    // An organisation without an address is in the A–Z list; a course or a service
                    // is something to reach, so the page says how.
                    if kind != .organization { unlocated.append((entry, kind)) }
                    continue
                }
                for (index, location) in entry.common.locations.enumerated() {
                    places.append(Place(entry: entry, kind: kind, index: index, location: location))
                }
            }
        }

        /// The values the filters read, as `data-` attributes: the course filters apply to courses
        /// only, the "I am …" filter and the place filters to every kind.
        func attributes(_ entry: Entry, kind: PlaceKind) -> [String: Any] {
            let choice = chooser.text(of: entry, in: language)
            var item: [String: Any] = [
                "id": entry.id.description, "href": urls.entry(entry.id, language), "title": choice.translation.title,
                "kind": kind.rawValue, "kind_label": t["map_kind.\(kind.rawValue)"],
                "data_eligible": entry.common.eligible.joined(separator: " "),
                // Numbers to tap on every card, with or without an address: "call before you come"
                // is common advice, and a located card without them printed an empty paragraph.
                "phones": entry.common.phones.map { ["href": $0.telURI, "number": $0.number] },
            ]
            switch entry.facts {
            case .course(let course):
                item["meta"] = format.courseSummary(course)
                item["data_levels"] = course.levels.map(\.rawValue).joined(separator: " ")
                item["data_cost"] = course.cost?.filterValue ?? ""
                item["data_mode"] = course.mode.rawValue
                item["data_support"] = course.supportLanguages.joined(separator: " ")
            case .legal(let legal):
                item["meta"] = legal.topics.map { t["topic.\($0.rawValue)"] }.joined(separator: " · ")
            case .organization(let organization):
                item["meta"] = t["organization_kind.\(organization.kind.rawValue)"]
            case .page:
                break
            }
            item["badge"] = time.badgeLine(for: entry)
            item["reviewed"] = EntryFactsPresenter.checkedShort(entry, strings: t)
            if choice.isFallback { item["item_lang"] = choice.translation.language }
            return item
        }
        func placeHTML(_ place: Place, tag: String) -> String {
            listItem("place-item", entry: place.entry, variant: "\(tag)-\(place.index)",
                     dependency: chooser.listingFingerprint(of: place.entry, in: language), group: ["item_tag": tag], language: language) {
                var item = attributes(place.entry, kind: place.kind)
                let location = place.location
                item["place"] = "\(place.entry.id)#\(place.index)"
                item["data_municipality"] = location.municipality ?? ""
                item["data_area"] = location.neighbourhood ?? ""
                item["address"] = location.address
                item["data_lat"] = location.latitude.map(EntryFactsPresenter.coordinate) ?? ""
                item["data_lon"] = location.longitude.map(EntryFactsPresenter.coordinate) ?? ""
                item.merge(EntryFactsPresenter.mapLinks(location)) { own, _ in own }
                return item
            }
        }
        func unlocatedHTML(_ entry: Entry, _ kind: PlaceKind) -> String {
            listItem("place-item", entry: entry, variant: "unlocated", dependency: chooser.listingFingerprint(of: entry, in: language),
                     group: ["item_tag": "h3"], language: language) {
                var item = attributes(entry, kind: kind)
                let text = chooser.text(of: entry, in: language).translation
                switch entry.facts {
                case .course(let course):
                    item["how_label"] = t["fact.registration"]
                    item["how"] = text.registration
                    if let provider = site.entry(course.provider) {
                        item["provider"] = ["href": urls.entry(provider.id, language), "title": chooser.title(of: provider, in: language),
                                            "label": t["fact.provider"]]
                    }
                case .legal(let legal):
                    item["how_label"] = t["fact.channels"]
                    item["how"] = legal.channels.map { t["channel.\($0.rawValue)"] }.joined(separator: ", ")
                default:
                    break
                }
                return item
            }
        }

        // Groups: each municipality in site.yaml's order; in one whose places name neighbourhoods,
        // a subgroup per neighbourhood by name, then its other addresses; last, places whose
        // municipality is not given.
        var groups: [[String: Any]] = []
        var municipalityKeys = configuration.municipalities.map(\.key)
        municipalityKeys.append("")
        var placeCount = 0, usedNeighbourhoods: Set<String> = []
        var usedKinds: [PlaceKind: Int] = [:]
        for key in municipalityKeys {
            let members = places.filter { ($0.location.municipality ?? "") == key }
            guard !members.isEmpty else { continue }
            placeCount += members.count
            for place in members { usedKinds[place.kind, default: 0] += 1 }
            let label = key.isEmpty ? t["map.no_municipality"]
                : configuration.municipalities.first { $0.key == key }!.name.name(in: language)
            var group: [String: Any] = ["label": label, "id": "where-\(key.isEmpty ? "unknown" : key)", "municipality": key]
            if !key.isEmpty {
                group["handout"] = ["href": urls.handout(key, language), "label": t["handout.link"].fillingPlaceholder("town", with: label)]
            }
            let areas = Set(members.compactMap(\.location.neighbourhood))
            usedNeighbourhoods.formUnion(areas)
            if areas.isEmpty {
                group["items_html"] = members.map { placeHTML($0, tag: "h3") }.joined()
                group["subgroups"] = [[String: Any]]()
            } else {
                var subgroups: [[String: Any]] = areas.sorted { neighbourhoodName($0).compare(neighbourhoodName($1), locale: locale) == .orderedAscending }.map { area in
                    ["label": neighbourhoodName(area), "id": "area-\(area)",
                     "items_html": members.filter { $0.location.neighbourhood == area }.map { placeHTML($0, tag: "h4") }.joined()]
                }
                let other = members.filter { $0.location.neighbourhood == nil }
                if !other.isEmpty {
                    subgroups.append(["label": t["map.other_addresses"], "id": "area-other-\(key.isEmpty ? "unknown" : key)",
                                      "items_html": other.map { placeHTML($0, tag: "h4") }.joined()])
                }
                group["items_html"] = ""
                group["subgroups"] = subgroups
            }
            groups.append(group)
        }
        for (_, kind) in unlocated { usedKinds[kind, default: 0] += 1 }

        // The map draws the list's located places from the list itself (see map.js).
        let hasMarkers = places.contains { $0.location.latitude != nil && $0.location.longitude != nil }

        // Filters offer only the values some current place or course has.
        var levelSet: Set<CEFRLevel> = [], costSet: Set<String> = [], modeSet: Set<String> = [], supportSet: Set<String> = []
        for entry in site.currentEntries(in: .courses) {
            guard case .course(let course) = entry.facts else { continue }
            levelSet.formUnion(course.levels)
            if let cost = course.cost { costSet.insert(cost.filterValue) }
            modeSet.insert(course.mode.rawValue)
            supportSet.formUnion(course.supportLanguages)
        }
        func options(_ values: [String], label: (String) -> String) -> [[String: String]] {
            values.map { ["value": $0, "label": label($0)] }
        }
        let usedMunicipalities = configuration.municipalities.filter { municipality in places.contains { $0.location.municipality == municipality.key } }
        let areaKeys = usedNeighbourhoods.sorted { neighbourhoodName($0).compare(neighbourhoodName($1), locale: locale) == .orderedAscending }
        let filters: [[String: Any]] = [
            ["name": "where", "label": t["map.where"], "options": usedMunicipalities.map { ["value": $0.key, "label": $0.name.name(in: language)] }],
            ["name": "area", "label": t["filter.area"], "options": options(areaKeys, label: neighbourhoodName)],
            ["name": "level", "label": t["filter.level"], "options": options(CEFRLevel.allCases.filter(levelSet.contains).map(\.rawValue)) { $0 }],
            ["name": "cost", "label": t["filter.cost"], "options": options(["free", "paid"].filter(costSet.contains)) { t["cost.\($0)"] }],
            ["name": "mode", "label": t["filter.mode"], "options": options(CourseFacts.Mode.allCases.map(\.rawValue).filter(modeSet.contains)) { t["mode.\($0)"] }],
            ["name": "support", "label": t["filter.support"], "options": options(supportSet.sorted()) { format.languageNames([$0]) }],
            ["name": "status", "label": t["eligible.label"],
             "options": configuration.eligibility.filter { $0.key != Self.anyoneKey }.map { ["value": $0.key, "label": $0.name(in: language)] }],
        ].filter { !($0["options"] as! [[String: String]]).isEmpty }
        let layers = PlaceKind.allCases.compactMap { kind -> [String: Any]? in
            guard let count = usedKinds[kind] else { return nil }
            return ["value": kind.rawValue, "label": t["map_kind.\(kind.rawValue)"], "count": String(count)]
        }
        // With one course filter chosen alone, the page links the same list's own page, which
        // works without JavaScript and is the address to share.
        let pages = site.courseFilters.map { filter in
            (filter.mapFilter.name + "=" + filter.mapFilter.value, urls.courseFilter(filter, language))
        }

        let intro: String
        if placeCount > 0 {
            let towns = usedMunicipalities.map { $0.name.name(in: language) }
            intro = t["map.intro_places"].fillingPlaceholder("places", with: t.counted("places", placeCount))
                .fillingPlaceholder("towns", with: towns.isEmpty ? t["map.no_municipality"] : towns.joined(separator: ", "))
        } else {
            intro = t["map.intro_none"]
        }
        var context = frame(language: language, path: urls.helpMap(language), title: t["map.heading"],
                            description: intro, translatedLanguages: languages.map(\.code), pathIn: { urls.helpMap($0) })
        context["heading"] = t["map.heading"]
        context["intro"] = intro
        context["count"] = placeCount > 0 ? t.counted("places", placeCount) : nil
        context["groups"] = groups
        context["unlocated_html"] = unlocated.map { unlocatedHTML($0.0, $0.1) }.joined()
        context["unlocated_heading"] = unlocated.isEmpty ? nil : t["map.no_place_heading"]
        context["filters"] = filters
        context["layers"] = layers
        context["filter_pages"] = "{" + pages.map { JSONText.string($0.0) + ":" + JSONText.string($0.1) }.joined(separator: ",") + "}"
        context["map"] = hasMarkers ? mapSettings(language) : nil
        context["near_me"] = !hasMarkers ? nil : ["label": t["map.near_me"], "done": t["map.near_me_done"], "denied": t["map.near_me_denied"],
                                                      "unsupported": t["map.near_me_unsupported"], "distance": t["map.distance"]]
        context["place_plurals"] = t.pluralFormsJSON("places")
        context["jsonld"] = JSONLDBuilder.serialize([
            "@context": "https://schema.org", "@type": "CollectionPage", "name": t["map.heading"],
            "url": urls.absolute(urls.helpMap(language)), "inLanguage": language,
        ])
        return render("help-map", context)
    }

    /// What map.js needs to draw any map: Leaflet's files, the tile source and its attribution.
    /// Nil when Leaflet is not installed: pages then show lists and links only.
    func mapSettings(_ language: String) -> [String: String]? {
        guard let script = assetURLs["leaflet/leaflet.js"], let style = assetURLs["leaflet/leaflet.css"],
              let glue = assetURLs["map/map.js"] else { return nil }
        return ["leaflet_js": script, "leaflet_css": style, "script": glue,
                "tiles": site.configuration.map.tileURLTemplate, "attribution": site.configuration.map.attribution(in: language),
                "label": strings(language)["map.label"]]
    }

    /// A marker of an entry page's small map; the map of help reads its markers from its list.
    static func markerJSON(id: String, latitude: Double, longitude: Double, title: String, href: String, meta: String,
                           address: String) -> String {
        "{\"id\":\(JSONText.string(id)),\"kind\":\"place\",\"lat\":\(EntryFactsPresenter.coordinate(latitude)),"
            + "\"lon\":\(EntryFactsPresenter.coordinate(longitude)),"
            + "\"title\":\(JSONText.string(title)),\"href\":\(JSONText.string(href)),\"meta\":\(JSONText.string(meta)),"
            + "\"address\":\(JSONText.string(address))}"
    }
}
