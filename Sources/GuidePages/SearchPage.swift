import GuideModel
import GuideSupport
import GuideTheme

extension PageComposer {
    /// The search page: a form that works as a plain GET without JavaScript, the A–Z lists of
    /// every section for readers without it, and the module that searches as the reader types.
    func renderSearch(_ language: String) -> String {
        let t = strings(language)
        var context = frame(language: language, path: urls.search(language), title: t["search.heading"],
                            description: t["search.intro"], translatedLanguages: languages.map(\.code),
                            pathIn: { urls.search($0) })
        context["heading"] = t["search.heading"]
        context["sections"] = Section.listed.map { section -> [String: Any] in
            ["href": urls.sectionIndex(section, language), "label": t["nav.\(section.rawValue)"],
             "count": t.counted(section.rawValue, site.entries(in: section).count)]
        }
        context["search_manifest"] = urls.searchManifest(language)
        context["search_js"] = assetURLs["search/search.js"] ?? ""
        let others = languages.filter { $0.code != language }.map { other in
            "{\"code\":\(JSONText.string(other.code)),\"name\":\(JSONText.string(other.name)),\"manifest\":\(JSONText.string(urls.searchManifest(other.code)))}"
        }
        context["search_languages"] = "[" + others.joined(separator: ",") + "]"
        context["search_plurals"] = t.pluralFormsJSON("results")
        context["filters"] = searchFilters(t)
        context["jsonld"] = JSONLDBuilder.serialize([
            "@context": "https://schema.org", "@type": "SearchResultsPage", "name": t["search.heading"],
            "url": urls.absolute(urls.search(language)), "inLanguage": language,
        ])
        return render("search", context)
    }

    /// The filters over the index's facets: the section, and for courses the levels, costs and
    /// formats some course has, labelled as the course pages label them. The first is the
    /// section; search.js shows the others only while it is `courses`.
    private func searchFilters(_ t: UIStrings) -> [[String: Any]] {
        let courses = site.entries(in: .courses).compactMap { entry -> CourseFacts? in
            if case .course(let course) = entry.facts { return course }
            return nil
        }
        let sections = Section.listed + [.pages]
        let levels = Set(courses.flatMap(\.levels)).sorted()
        let costs = Set(courses.compactMap { $0.cost?.filterValue }).sorted()
        let modes = CourseFacts.Mode.allCases.filter { mode in courses.contains { $0.mode == mode } }
        func filter(_ name: String, _ label: String, _ options: [(value: String, label: String)]) -> [String: Any] {
            ["name": name, "label": label, "options": options.map { ["value": $0.value, "label": $0.label] }]
        }
        return [
            filter("section", t["search_tools.section"], sections.map { ($0.rawValue, t["nav.\($0.rawValue)"]) }),
            filter("level", t["filter.level"], levels.map { ($0.rawValue, $0.rawValue) }),
            filter("cost", t["filter.cost"], costs.map { ($0, t["cost.\($0)"]) }),
            filter("mode", t["filter.mode"], modes.map { ($0.rawValue, t["mode.\($0.rawValue)"]) }),
        ]
    }
}
