import GuideModel
import GuideSupport

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
        context["jsonld"] = JSONLDBuilder.serialize([
            "@context": "https://schema.org", "@type": "SearchResultsPage", "name": t["search.heading"],
            "url": urls.absolute(urls.search(language)), "inLanguage": language,
        ])
        return render("search", context)
    }
}
