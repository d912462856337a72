import Foundation

extension PageComposer {
    /// The course map: filters, a Leaflet map, and the same courses as a plain list grouped by
    /// neighbourhood with addresses and "open in maps" links, so the page is complete without
    /// JavaScript and without map tiles.
    func renderCourseMap(_ language: String) -> String {
        let t = strings(language)
        let locale = Locale(identifier: language)
        let format = LocalizedFormatting(strings: t)
        let neighbourhoods = site.configuration.neighbourhoods
        let courses = site.entries(in: .courses).compactMap { entry -> (Entry, CourseFacts)? in
            if case .course(let course) = entry.facts { return (entry, course) } else { return nil }
        }.sorted { a, b in
            chooser.text(of: a.0, in: language).translation.title.compare(chooser.text(of: b.0, in: language).translation.title,
                                                                          options: [.caseInsensitive], locale: locale) == .orderedAscending
        }

        func attributes(_ entry: Entry, _ course: CourseFacts) -> [String: Any] {
            let choice = chooser.text(of: entry, in: language)
            var item: [String: Any] = [
                "id": entry.id.description, "href": urls.entry(entry.id, language), "title": choice.translation.title,
                "meta": format.courseSummary(course),
                "data_levels": course.levels.map(\.rawValue).joined(separator: " "),
                "data_cost": course.cost.isFree ? "free" : "paid",
                "data_mode": course.mode.rawValue,
                "data_areas": Set(entry.common.locations.compactMap(\.neighbourhood)).sorted().joined(separator: " "),
                "data_support": course.supportLanguages.joined(separator: " "),
            ]
            if choice.isFallback { item["item_lang"] = choice.translation.language }
            return item
        }
        func locationItems(_ locations: [Location]) -> [[String: Any]] {
            locations.map { location in
                EntryFactsPresenter.mapLinks(location).merging(["address": location.address]) { link, _ in link }
            }
        }

        // Groups: each neighbourhood (by its name in this language), then addresses without a
        // neighbourhood, then courses without an address (online, or venues announced later).
        var groups: [[String: Any]] = []
        let keys = Set(courses.flatMap { $0.0.common.locations.compactMap(\.neighbourhood) })
            .sorted { (neighbourhoods[$0]?[language] ?? $0).compare(neighbourhoods[$1]?[language] ?? $1, locale: locale) == .orderedAscending }
        /// The courses with an address in one group, each showing only those addresses.
        func members(where belongs: (Location) -> Bool) -> [[String: Any]] {
            courses.compactMap { entry, course in
                let here = entry.common.locations.filter(belongs)
                guard !here.isEmpty else { return nil }
                var item = attributes(entry, course)
                item["locations"] = locationItems(here)
                return item
            }
        }
        for key in keys {
            groups.append(["label": neighbourhoods[key]?[language] ?? key, "id": "area-\(key)",
                           "courses": members { $0.neighbourhood == key }])
        }
        let elsewhere = members { $0.neighbourhood == nil }
        if !elsewhere.isEmpty { groups.append(["label": t["map.other_addresses"], "id": "area-other", "courses": elsewhere]) }
        let unlocated = courses.filter { $0.0.common.locations.isEmpty }.map { entry, course -> [String: Any] in
            var item = attributes(entry, course)
            item["locations"] = [[String: Any]]()
            return item
        }
        if !unlocated.isEmpty { groups.append(["label": t["map.no_address"], "id": "area-none", "courses": unlocated]) }

        var markers: [String] = []
        for (entry, course) in courses {
            let choice = chooser.text(of: entry, in: language)
            for location in entry.common.locations {
                guard let lat = location.latitude, let lon = location.longitude else { continue }
                markers.append(Self.markerJSON(id: entry.id.description, latitude: lat, longitude: lon,
                                               title: choice.translation.title, href: urls.entry(entry.id, language),
                                               meta: [course.levels.map(\.rawValue).joined(separator: ", "), format.cost(course.cost)].joined(separator: " · "),
                                               address: location.address))
            }
        }

        func options(_ values: [String], label: (String) -> String) -> [[String: String]] {
            values.map { ["value": $0, "label": label($0)] }
        }
        let levels = CEFRLevel.allCases.filter { level in courses.contains { $0.1.levels.contains(level) } }.map(\.rawValue)
        let costs = ["free", "paid"].filter { cost in courses.contains { ($0.1.cost.isFree ? "free" : "paid") == cost } }
        let modes = CourseFacts.Mode.allCases.map(\.rawValue).filter { mode in courses.contains { $0.1.mode.rawValue == mode } }
        let support = Array(Set(courses.flatMap { $0.1.supportLanguages })).sorted()

        var context = frame(language: language, path: urls.courseMap(language), title: t["map.heading"],
                            description: t["map.intro"], translatedLanguages: languages.map(\.code),
                            pathIn: { urls.courseMap($0) })
        context["heading"] = t["map.heading"]
        context["intro"] = t["map.intro"]
        context["count"] = t.counted("courses", courses.count)
        context["groups"] = groups
        context["filters"] = [
            ["name": "level", "label": t["filter.level"], "options": options(levels) { $0 }],
            ["name": "cost", "label": t["filter.cost"], "options": options(costs) { t["cost.\($0)"] }],
            ["name": "mode", "label": t["filter.mode"], "options": options(modes) { t["mode.\($0)"] }],
            ["name": "area", "label": t["filter.area"], "options": options(keys) { neighbourhoods[$0]?[language] ?? $0 }],
            ["name": "support", "label": t["filter.support"], "options": options(support) { LocalizedFormatting(strings: t).languageNames([$0]) }],
        ].filter { !($0["options"] as! [[String: String]]).isEmpty }
        context["markers"] = "[" + markers.joined(separator: ",") + "]"
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
                "tiles": site.configuration.map.tileURLTemplate, "attribution": site.configuration.map.attribution,
                "label": strings(language)["map.label"]]
    }

    static func markerJSON(id: String, latitude: Double, longitude: Double, title: String, href: String, meta: String, address: String) -> String {
        "{\"id\":\(JSONText.string(id)),\"lat\":\(EntryFactsPresenter.coordinate(latitude)),\"lon\":\(EntryFactsPresenter.coordinate(longitude)),"
            + "\"title\":\(JSONText.string(title)),\"href\":\(JSONText.string(href)),\"meta\":\(JSONText.string(meta)),"
            + "\"address\":\(JSONText.string(address))}"
    }
}
