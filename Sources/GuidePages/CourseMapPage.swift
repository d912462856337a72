import Foundation
import GuideModel
import GuideSupport
import GuideTheme

extension PageComposer {
    /// The course map: filters, a Leaflet map, and the same courses as a plain list grouped by
    /// neighbourhood with addresses and "open in maps" links, so the page is complete without
    /// JavaScript and without map tiles.
    func renderCourseMap(_ language: String) -> String {
        let t = strings(language)
        let locale = Locale(identifier: language)
        let format = LocalizedFormatting(strings: t)
        let neighbourhoods = site.configuration.neighbourhoods

        func attributes(_ entry: Entry, _ course: CourseFacts) -> [String: Any] {
            let choice = chooser.text(of: entry, in: language)
            var item: [String: Any] = [
                "id": entry.id.description, "href": urls.entry(entry.id, language), "title": choice.translation.title,
                "meta": format.courseSummary(course),
                "data_levels": course.levels.map(\.rawValue).joined(separator: " "),
                "data_cost": course.cost.map { $0.isFree ? "free" : "paid" } ?? "",
                "data_mode": course.mode.rawValue,
                "data_areas": Set(entry.common.locations.compactMap(\.neighbourhood)).sorted().joined(separator: " "),
                "data_support": course.supportLanguages.joined(separator: " "),
                "data_eligible": entry.common.eligible.joined(separator: " "),
            ]
            item["badge"] = EntryTimePresenter(site: site, strings: t, language: language).badgeLine(for: entry)
            item["reviewed"] = EntryFactsPresenter.checkedShort(entry, strings: t)
            if choice.isFallback { item["item_lang"] = choice.translation.language }
            return item
        }
        /// The course in one group, showing only the addresses in that group.
        func item(_ entry: Entry, _ course: CourseFacts, group: String, locations: [Location]) -> String {
            listItem("course-list-item", entry: entry, variant: group, dependency: chooser.listingFingerprint(of: entry, in: language), group: [:], language: language) {
                var item = attributes(entry, course)
                item["locations"] = locations.map { location in
                    EntryFactsPresenter.mapLinks(location).merging(["address": location.address]) { link, _ in link }
                }
                return item
            }
        }
        func markers(_ entry: Entry, _ course: CourseFacts) -> String {
            listCache.item(.init(template: "(markers)", language: language, folder: entry.folder, variant: ""),
                           dependency: chooser.listingFingerprint(of: entry, in: language)) {
                let title = chooser.title(of: entry, in: language)
                let meta = [course.levels.map(\.rawValue).joined(separator: ", "), course.cost.map(format.cost)].compactMap { $0 }.joined(separator: " · ")
                return entry.common.locations.compactMap { location -> String? in
                    guard let lat = location.latitude, let lon = location.longitude else { return nil }
                    return Self.markerJSON(id: entry.id.description, latitude: lat, longitude: lon, title: title,
                                           href: urls.entry(entry.id, language), meta: meta, address: location.address)
                }.joined(separator: ",")
            }
        }

        // One pass over the courses, alphabetically: the items of each group, the markers, and
        // the values the filters offer. Groups: each neighbourhood (by its name in this
        // language), then addresses without a neighbourhood, then courses without an address
        // (online, or venues announced later).
        var areas: [String: [String]] = [:], elsewhere: [String] = [], unlocated: [String] = [], markerList: [String] = []
        var levelSet: Set<CEFRLevel> = [], costSet: Set<String> = [], modeSet: Set<String> = [], supportSet: Set<String> = []
        var count = 0
        for entry in alphabetical(site.entries(in: .courses), section: .courses, language: language) where !site.hasEnded(entry) {
            guard case .course(let course) = entry.facts else { continue }
            count += 1
            levelSet.formUnion(course.levels)
            if let cost = course.cost { costSet.insert(cost.isFree ? "free" : "paid") }
            modeSet.insert(course.mode.rawValue)
            supportSet.formUnion(course.supportLanguages)
            let locations = entry.common.locations
            if locations.isEmpty {
                unlocated.append(item(entry, course, group: "area-none", locations: []))
                continue
            }
            var seen: Set<String> = []
            for key in locations.compactMap(\.neighbourhood) where seen.insert(key).inserted {
                areas[key, default: []].append(item(entry, course, group: "area-\(key)", locations: locations.filter { $0.neighbourhood == key }))
            }
            let other = locations.filter { $0.neighbourhood == nil }
            if !other.isEmpty { elsewhere.append(item(entry, course, group: "area-other", locations: other)) }
            let marker = markers(entry, course)
            if !marker.isEmpty { markerList.append(marker) }
        }
        let keys = areas.keys.sorted { (neighbourhoods[$0]?[language] ?? $0).compare(neighbourhoods[$1]?[language] ?? $1, locale: locale) == .orderedAscending }
        var groups: [[String: Any]] = keys.map { key in
            ["label": neighbourhoods[key]?[language] ?? key, "id": "area-\(key)", "courses_html": areas[key]!.joined()]
        }
        if !elsewhere.isEmpty { groups.append(["label": t["map.other_addresses"], "id": "area-other", "courses_html": elsewhere.joined()]) }
        if !unlocated.isEmpty { groups.append(["label": t["map.no_address"], "id": "area-none", "courses_html": unlocated.joined()]) }

        func options(_ values: [String], label: (String) -> String) -> [[String: String]] {
            values.map { ["value": $0, "label": label($0)] }
        }
        let levels = CEFRLevel.allCases.filter(levelSet.contains).map(\.rawValue)
        let costs = ["free", "paid"].filter(costSet.contains)
        let modes = CourseFacts.Mode.allCases.map(\.rawValue).filter(modeSet.contains)
        let support = supportSet.sorted()

        var context = frame(language: language, path: urls.courseMap(language), title: t["map.heading"],
                            description: t["map.intro"], translatedLanguages: languages.map(\.code),
                            pathIn: { urls.courseMap($0) })
        context["heading"] = t["map.heading"]
        context["intro"] = t["map.intro"]
        context["count"] = t.counted("courses", count)
        context["groups"] = groups
        context["filters"] = [
            ["name": "level", "label": t["filter.level"], "options": options(levels) { $0 }],
            ["name": "cost", "label": t["filter.cost"], "options": options(costs) { t["cost.\($0)"] }],
            ["name": "mode", "label": t["filter.mode"], "options": options(modes) { t["mode.\($0)"] }],
            ["name": "area", "label": t["filter.area"], "options": options(keys) { neighbourhoods[$0]?[language] ?? $0 }],
            ["name": "support", "label": t["filter.support"], "options": options(support) { LocalizedFormatting(strings: t).languageNames([$0]) }],
            ["name": "status", "label": t["eligible.label"],
             "options": site.configuration.eligibility.filter { $0.key != Self.anyoneKey }.map { ["value": $0.key, "label": $0.name(in: language)] }],
        ].filter { !($0["options"] as! [[String: String]]).isEmpty }
        // With one of these chosen alone, the page links to the same list's own page, which works
        // without JavaScript and is the address to share.
        let pages = site.courseFilters.map { filter in
            (filter.mapFilter.name + "=" + filter.mapFilter.value, urls.courseFilter(filter, language))
        }
        context["filter_pages"] = "{" + pages.map { JSONText.string($0.0) + ":" + JSONText.string($0.1) }.joined(separator: ",") + "}"
        context["markers"] = "[" + markerList.joined(separator: ",") + "]"
        context["map"] = mapSettings(language)
        context["course_plurals"] = t.pluralFormsJSON("courses")
        context["jsonld"] = JSONLDBuilder.serialize([
            "@context": "https://schema.org", "@type": "CollectionPage", "name": t["map.heading"],
            "url": urls.absolute(urls.courseMap(language)), "inLanguage": language,
        ])
        return render("course-map", context)
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

    static func markerJSON(id: String, latitude: Double, longitude: Double, title: String, href: String, meta: String, address: String) -> String {
        "{\"id\":\(JSONText.string(id)),\"lat\":\(EntryFactsPresenter.coordinate(latitude)),\"lon\":\(EntryFactsPresenter.coordinate(longitude)),"
            + "\"title\":\(JSONText.string(title)),\"href\":\(JSONText.string(href)),\"meta\":\(JSONText.string(meta)),"
            + "\"address\":\(JSONText.string(address))}"
    }
}
