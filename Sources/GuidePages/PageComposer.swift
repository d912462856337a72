import Foundation
import GuideMarkdown
import GuideModel
import GuideSupport
import GuideTheme
import Mustache

/// A rendered page and what the index stage needs from it.
public struct ComposedPage: Sendable {
    public var html: String
    /// Problems found in the Markdown (broken references, raw HTML).
    public var diagnostics: [Diagnostic]
    /// Set for pages written in the page's own language; fallback pages are not indexed twice.
    public var searchDocument: SearchDocument?
    /// For an entry page, the text file it shows, which a page-weight warning names.
    public var sourcePath: String?
}

/// The compose stage: theme templates + UI strings + rendered Markdown → HTML pages.
public struct PageComposer: Sendable {
    public let site: ValidatedSite
    public let theme: Theme
    public let urls: SiteURLs
    /// Asset path under `assets/` → its public, content-hashed URL.
    public let assetURLs: [String: String]
    let renderer = MarkdownRenderer()
    /// UI strings shaped for templates, built once per language instead of once per page.
    let templateStrings: [String: [String: any Sendable]]

    public let showsEditHints: Bool
    /// The header's section links and the footer's menu by language.
    let navigation: [String: NavigationLinks]
    /// List items and orders kept from the previous build of `guide serve`.
    package let listCache: ListRenderCache
    let sharedPartials = SharedPartialCache()
    /// The policy every page's `<meta http-equiv>` states (`csp` in templates), escaped for a
    /// double-quoted attribute, so a template writes it as `{{{csp}}}`.
    let policy: String
    let factRows = FactRowCache()

    public init(site: ValidatedSite, theme: Theme, assetURLs: [String: String], showsEditHints: Bool = false) {
        self.init(site: site, theme: theme, assetURLs: assetURLs, showsEditHints: showsEditHints, listCache: ListRenderCache())
    }

    package init(site: ValidatedSite, theme: Theme, assetURLs: [String: String], showsEditHints: Bool, listCache: ListRenderCache) {
        self.site = site
        self.theme = theme
        self.urls = site.urls
        self.assetURLs = assetURLs
        self.templateStrings = theme.strings.mapValues(\.templateValues)
        self.showsEditHints = showsEditHints
        self.listCache = listCache
        self.policy = HTMLEscaping.doubleQuotedAttribute(ContentSecurityPolicy(configuration: site.configuration).text)
        let menuPages = site.entries(in: .pages).compactMap { entry -> (Int, Entry)? in
            guard case .page(let facts) = entry.facts, let position = facts.menuPosition else { return nil }
            return (position, entry)
        }.sorted { $0.0 < $1.0 }.map(\.1)
        let urls = urls, strings = theme.strings, chooser = site.chooser
        self.navigation = Dictionary(uniqueKeysWithValues: site.configuration.languages.map { language in
            let t = strings[language.code] ?? UIStrings(language: language.code, strings: [:], plurals: [:])
            let sections = Section.listed.map { NavigationLinks.Link(href: urls.sectionIndex($0, language.code), text: t["nav.\($0.rawValue)"]) }
            let menu = menuPages.map { NavigationLinks.Link(href: urls.entry($0.id, language.code),
                                                            text: chooser.text(of: $0, in: language.code).translation.title) }
            return (language.code, NavigationLinks(sections: sections, menu: menu))
        })
    }

    var languages: [SiteConfiguration.Language] { site.configuration.languages }
    var chooser: TranslationChooser { site.chooser }

    public func render(_ job: PageJob) -> ComposedPage {
        switch job.kind {
        case .chooser: return ComposedPage(html: renderChooser(), diagnostics: [])
        case .notFound: return ComposedPage(html: renderNotFound(), diagnostics: [])
        case .home(let language): return renderHome(language)
        case .sectionIndex(let section, let language): return ComposedPage(html: renderSectionIndex(section, language), diagnostics: [])
        case .entry(let id, let language): return renderEntry(site.entry(id)!, language)
        case .search(let language): return ComposedPage(html: renderSearch(language), diagnostics: [])
        case .helpMap(let language): return ComposedPage(html: renderHelpMap(language), diagnostics: [])
        case .courseFilter(let filter, let language): return ComposedPage(html: renderCourseFilter(filter, language), diagnostics: [])
        case .endedList(let section, let language): return ComposedPage(html: renderEndedList(section, language), diagnostics: [])
        case .handout(let municipality, let language): return ComposedPage(html: renderHandout(municipality, language), diagnostics: [])
        }
    }

    // MARK: Shared parts

    func strings(_ language: String) -> UIStrings {
        theme.strings[language] ?? UIStrings(language: language, strings: [:], plurals: [:])
    }

    /// What every page template gets: language, head links, header navigation and switcher.
    func frame(language: String, path: String, title: String, description: String,
                       translatedLanguages: [String], pathIn: (String) -> String) -> [String: Any] {
        let config = site.configuration
        let alternates = languages.filter { translatedLanguages.contains($0.code) }.map {
            ["hreflang": $0.code, "href": urls.absolute(pathIn($0.code))]
        }
        let xDefault = config.fallbackOrder.first { translatedLanguages.contains($0) } ?? language
        let hrefs = languages.map { pathIn($0.code) }
        let translated = languages.map { translatedLanguages.contains($0.code) }
        func switcher(hrefs: [String]) -> [[String: Any]] {
            languages.indices.map { position in
                let other = languages[position]
                return ["code": other.code, "name": other.name, "href": hrefs[position], "current": other.code == language,
                        "translated": translated[position]]
            }
        }
        let links = navigation[language]?.links(at: path)
        var context = siteWideValues(language: language, nav: links?.nav ?? [], menu: links?.menu ?? [])
        let key = links?.current.map { SharedPartialCache.Key(language: language, current: $0, translated: translated) }
        let shared = sharedPartials.values(for: key, hrefs: hrefs) { hrefs in
            var siteWide = context
            siteWide["languages"] = switcher(hrefs: hrefs)
            return Dictionary(uniqueKeysWithValues: Theme.sharedPartials.map { partial in
                (Theme.sharedPartialValueName(partial), render(Theme.sharedPartialTemplateName(partial), siteWide))
            })
        }
        context.merge(shared) { _, html in html }
        context.merge([
            "title": title,
            "description": description,
            "canonical": urls.absolute(path),
            "alternates": alternates,
            "x_default": urls.absolute(pathIn(xDefault)),
            "languages": switcher(hrefs: hrefs),
        ]) { _, page in page }
        context["feedback"] = config.feedbackLink(pageURL: urls.absolute(path), title: title)
        return context
    }

    /// What the shared partials see (`Theme.sharedPartials`) besides `languages`: the values every
    /// page of `language` has alike, but for the links marked current in `nav` and `menu`.
    func siteWideValues(language: String, nav: NavigationLinks.Values, menu: NavigationLinks.Values) -> [String: Any] {
        let languageInfo = site.configuration.language(language)!
        return [
            "lang": language,
            "dir": languageInfo.isRightToLeft ? "rtl" : "ltr",
            "site_title": languageInfo.title,
            "nav": nav,
            "menu": menu,
            "home_href": urls.home(language),
            "search_href": urls.search(language),
            "t": templateStrings[language] ?? [:],
            "css": assetURLs["style.css"] ?? "",
            "favicon": assetURLs["favicon.svg"] ?? "",
            "csp": policy,
        ]
    }

    /// `template` with `context`, through the theme's shape cache when it has one. Where the
    /// context has `t`, it is `templateStrings` of the context's `lang`.
    func render(_ template: String, _ context: [String: Any]) -> String {
        let library = theme.library
        guard let shapes = theme.shapes else { return library.render(context, withTemplate: template) ?? "" }
        let language = context["t"] == nil ? nil : context["lang"] as? String
        return shapes.html(template, values: context, leaving: language.map { ("t", $0) }) {
            library.render($0, withTemplate: template) ?? ""
        }
    }

    /// One entry's item in a long list, rendered through `template` unless the cache holds it
    /// with the same `dependency`. `group` holds what the item takes from its group (such as its
    /// heading level), and the item also sees the page's `lang` and `t`; `variant` names what
    /// makes the same entry's item differ from list to list.
    ///
    /// The three are merged into one set of values, the item's first: each name is found where
    /// a stack of page, group and item would find it, but in one look-up rather than in up to
    /// four, and without three enclosing sections around every item.
    func listItem(_ template: String, entry: Entry, variant: String, dependency: UInt64, group: [String: Any],
                  language: String, item: () -> [String: Any]) -> String {
        let key = ListRenderCache.ItemKey(template: template, language: language, folder: entry.folder, variant: variant)
        return listCache.item(key, dependency: dependency) {
            var values = item()
            values.merge(group) { own, _ in own }
            values.merge(["lang": language, "t": templateStrings[language] ?? [:]]) { own, _ in own }
            return render(template, values)
        }
    }

    /// One row of an entry's facts through `entry-fact`, which sees the row's `values` (its
    /// `templateValues`, made once for the page's `facts` too), `lang` and `t`, as `factRows`
    /// keeps it.
    func factRow(_ row: EntryFactsPresenter.Row, values: [String: Any], language: String) -> String {
        factRows.html(for: row, language: language) {
            var values = values
            values["lang"] = language
            values["t"] = templateStrings[language] ?? [:]
            return render("entry-fact", values)
        }
    }

    /// A section's entries by title in `language`, as `listCache` keeps them.
    static let sectionsForContents = 4

    /// A section's one-line description. For courses it names the levels and costs the listed
    /// courses have, so that it cannot promise what the data does not hold.
    func sectionIntro(_ section: Section, _ t: UIStrings) -> String {
        let text = t["section_intro.\(section.rawValue)"]
        guard section == .courses else { return text }
        var levels: Set<CEFRLevel> = [], free = false, paid = false
        for entry in site.currentEntries(in: .courses) {
            guard case .course(let course) = entry.facts else { continue }
            levels.formUnion(course.levels)
            if let cost = course.cost { if cost.isFree { free = true } else { paid = true } }
        }
        let offered = CEFRLevel.allCases.filter(levels.contains)
        guard let lowest = offered.first, let highest = offered.last else { return t["nav.courses"] }
        let cost = free && paid ? t["section_cost.mixed"] : paid ? t["section_cost.paid"] : t["section_cost.free"]
        return text.fillingPlaceholder("levels", with: lowest == highest ? lowest.rawValue : "\(lowest.rawValue)–\(highest.rawValue)")
            .fillingPlaceholder("cost", with: cost)
    }

    func alphabetical(_ entries: [Entry], section: Section, language: String) -> [Entry] {
        let chooser = chooser
        return listCache.alphabeticalOrder(of: entries, section: section, language: language,
                                           fingerprint: { chooser.listingFingerprint(of: $0, in: language) },
                                           title: { chooser.title(of: $0, in: language) }).map { entries[$0] }
    }

    /// The direction of a text's own language where it differs from the page's: a Latvian text
    /// shown on an Arabic page (its fallback) is laid out left to right within it.
    private func textDirection(of textLanguage: String, on pageLanguage: String) -> String? {
        let rightToLeft = { (code: String) in site.configuration.language(code)?.isRightToLeft == true }
        guard rightToLeft(textLanguage) != rightToLeft(pageLanguage) else { return nil }
        return rightToLeft(textLanguage) ? "rtl" : "ltr"
    }

    private func markdown(_ text: Translation, for language: String) -> (RenderedMarkdown, [Diagnostic]) {
        renderer.render(text.body, path: text.path, firstLine: text.bodyFirstLine) { id, fragment in
            guard site.exists(id) else { return nil }
            return urls.entry(id, language) + (fragment.map { "#" + $0 } ?? "")
        }
    }

    /// "Edit this text in content/…/lv.md; facts in content/…/entry.yaml", only for `guide serve`.
    private func editHint(_ entry: Entry, text: Translation, language: String) -> String? {
        guard showsEditHints else { return nil }
        let facts = entry.id.section == .pages ? "" : strings(language)["edit_hint.facts"].fillingPlaceholder("path", with: entry.folder + "/entry.yaml")
        return strings(language)["edit_hint.text"].fillingPlaceholder("path", with: text.path) + (facts.isEmpty ? "" : " " + facts)
    }

    private func fallbackNotice(_ choice: TranslationChooser.Choice, language: String) -> [String: Any]? {
        guard choice.isFallback else { return nil }
        let name = site.configuration.language(choice.translation.language)?.name ?? choice.translation.language
        return ["text": strings(language)["not_translated"].fillingPlaceholder("language", with: name)]
    }

    // MARK: Pages

    private func renderChooser() -> String {
        let home = site.entry(EntryID(section: .pages, slug: "home"))
        // Each language's line says what the guide is, in that language's own home text, and
        // what 112 is for: the first page a newcomer sees may be this one.
        let items = languages.map { language -> [String: Any] in
            let summary = home.map { chooser.text(of: $0, in: language.code) }.flatMap { $0.isFallback ? nil : $0.translation.summary }
            return ["code": language.code, "name": language.name, "title": language.title, "href": urls.home(language.code),
                    "dir": language.isRightToLeft ? "rtl" : "ltr", "description": summary ?? "",
                    "call_112": strings(language.code)["call_112"]]
        }
        let defaultLanguage = site.configuration.defaultLanguage
        let alternates = languages.map { ["hreflang": $0.code, "href": urls.absolute(urls.home($0.code))] }
        return render("chooser", [
            "lang": defaultLanguage.code,
            "title": languages.map(\.title).joined(separator: " · "),
            "canonical": urls.absolute("/"),
            "alternates": alternates,
            "x_default": urls.absolute("/"),
            "languages": items,
            "css": assetURLs["style.css"] ?? "",
            "favicon": assetURLs["favicon.svg"] ?? "",
            "csp": policy,
        ])
    }

    private func renderNotFound() -> String {
        let items = languages.map { language -> [String: Any] in
            let t = strings(language.code)
            return ["code": language.code, "heading": t["not_found.heading"], "text": t["not_found.text"],
                    "home_href": urls.home(language.code), "home_label": t["not_found.home"],
                    "dir": language.isRightToLeft ? "rtl" : "ltr", "name": language.name,
                    "search_href": urls.search(language.code), "search_label": t["search.label"], "search_button": t["search.button"],
                    "call_112": t["call_112"]]
        }
        return render("not-found", ["lang": site.configuration.defaultLanguage.code, "messages": items,
                                    "title": strings(site.configuration.defaultLanguage.code)["not_found.heading"],
                                    "css": assetURLs["style.css"] ?? "", "favicon": assetURLs["favicon.svg"] ?? "", "csp": policy,
                                    "script": assetURLs["not-found.js"] ?? "",
                                    "switcher_label": languages.map { strings($0.code)["language_switcher"] }.joined(separator: " · ")])
    }

    private func renderHome(_ language: String) -> ComposedPage {
        let t = strings(language)
        guard let home = site.entry(EntryID(section: .pages, slug: "home")) else { return ComposedPage(html: "", diagnostics: []) }
        let choice = chooser.text(of: home, in: language)
        let (body, diagnostics) = markdown(choice.translation, for: language)
        var context = frame(language: language, path: urls.home(language), title: choice.translation.title,
                            description: choice.translation.summary,
                            translatedLanguages: languages.map(\.code), pathIn: { urls.home($0) })
        var cards = Section.listed.map { section -> [String: Any] in
            let count = site.currentEntries(in: section).count
            return ["href": urls.sectionIndex(section, language), "label": t["nav.\(section.rawValue)"],
                    "description": sectionIntro(section, t), "count": t.counted(section.rawValue, count)]
        }
        // The map's card appears only when there are places to show on it.
        let places = Section.listed.reduce(0) { sum, section in sum + site.currentEntries(in: section).reduce(0) { $0 + $1.common.locations.count } }
        if places > 0 {
            cards.append(["href": urls.helpMap(language), "label": t["map.heading"], "description": t["map.card"], "count": t.counted("places", places)])
        }
        context["sections"] = cards
        if site.configuration.offersOfflinePack, let script = assetURLs["offline.js"] {
            // The size comes from the pack's summary when the script runs: it depends on every
            // page, this one included, so it cannot be written into the page itself.
            context["offline"] = ["pack": "/offline/\(language).json", "worker": "/sw.js", "script": script, "language": language]
        }
        context["body"] = body.html
        context["text_lang"] = choice.isFallback ? choice.translation.language : nil
        context["text_dir"] = textDirection(of: choice.translation.language, on: language)
        context["fallback"] = fallbackNotice(choice, language: language)
        context["edit_hint"] = editHint(home, text: choice.translation, language: language)
        context["jsonld"] = JSONLDBuilder.serialize([
            "@context": "https://schema.org", "@type": "WebSite", "name": site.configuration.language(language)!.title,
            "url": urls.absolute(urls.home(language)), "inLanguage": language, "description": choice.translation.summary,
        ])
        return ComposedPage(html: render("home", context), diagnostics: diagnostics,
                            searchDocument: searchDocument(home, choice, body, language: language))
    }

    private func renderEntry(_ entry: Entry, _ language: String) -> ComposedPage {
        let t = strings(language)
        let choice = chooser.text(of: entry, in: language)
        let text = choice.translation
        let (body, diagnostics) = markdown(text, for: language)
        let path = urls.entry(entry.id, language)
        var context = frame(language: language, path: path, title: text.title, description: text.summary,
                            translatedLanguages: entry.translations.keys.sorted(), pathIn: { urls.entry(entry.id, $0) })
        let presenter = EntryFactsPresenter(site: site, urls: urls, strings: t, language: language)
        context["heading"] = text.title
        context["summary"] = text.summary
        context["body"] = body.html
        context["text_lang"] = choice.isFallback ? text.language : nil
        context["text_dir"] = textDirection(of: text.language, on: language)
        context["fallback"] = fallbackNotice(choice, language: language)
        let rows = presenter.rows(for: entry, text: text)
        let rowValues = rows.map(\.templateValues)
        context["facts"] = rowValues
        context["facts_html"] = zip(rows, rowValues).map { factRow($0, values: $1, language: language) }.joined()
        context["time_notice"] = EntryTimePresenter(site: site, strings: t, language: language).notice(for: entry, text: text)
        context["locations"] = presenter.locations(for: entry)
        context["locations_heading"] = t.counted("locations_heading", entry.common.locations.count)
        // A page of four sections or more opens with its contents, as GOV.UK's guides do.
        context["contents"] = body.sections.count >= Self.sectionsForContents ? body.sections.map { ["id": $0.id, "text": $0.text] } : []
        // An organisation's page lists what it runs, as its card in the A–Z list does.
        // Ended ones last, saying so: the page of a provider is where a reader looks for what it
        // runs now.
        let time = EntryTimePresenter(site: site, strings: t, language: language)
        context["services"] = (site.servicesByProvider[entry.id] ?? []).compactMap(site.entry).map { service in
            (ended: site.hasEnded(service), section: t["nav.\(service.id.section.rawValue)"], title: chooser.title(of: service, in: language), service: service)
        }.sorted { ($0.ended ? 1 : 0, $0.section, $0.title) < ($1.ended ? 1 : 0, $1.section, $1.title) }.map { item -> [String: Any] in
            var values: [String: Any] = ["href": urls.entry(item.service.id, language), "title": item.title, "section": item.section]
            values["badge"] = time.badgeLine(for: item.service)
            return values
        }
        let markers = entry.common.locations.compactMap { location -> String? in
            guard let lat = location.latitude, let lon = location.longitude else { return nil }
            return Self.markerJSON(id: entry.id.description, latitude: lat, longitude: lon, title: text.title,
                                   href: path, meta: "", address: location.address)
        }
        if !markers.isEmpty, let map = mapSettings(language) {
            context["map"] = map
            context["markers"] = "[" + markers.joined(separator: ",") + "]"
        }
        context["reviewed"] = presenter.reviewed(entry)
        if entry.id.section != .pages {
            context["print_code"] = ["image": printedCode(for: path, label: t["print.code_label"]) ?? "", "url": urls.absolute(path),
                                     "label": t["print.scan"]]
        }
        if entry.id.section != .pages {
            context["breadcrumb"] = ["href": urls.sectionIndex(entry.id.section, language), "label": t["nav.\(entry.id.section.rawValue)"]]
        }
        context["jsonld"] = JSONLDBuilder.serialize(JSONLDBuilder(site: site, urls: urls).object(for: entry, text: text, language: language))
        context["edit_hint"] = editHint(entry, text: text, language: language)
        return ComposedPage(html: render(entry.id.section == .pages ? "page" : "entry", context), diagnostics: diagnostics,
                            searchDocument: searchDocument(entry, choice, body, language: language), sourcePath: text.path)
    }

    private func searchDocument(_ entry: Entry, _ choice: TranslationChooser.Choice, _ body: RenderedMarkdown,
                                language: String) -> SearchDocument? {
        guard !choice.isFallback else { return nil }
        let text = choice.translation
        var document = SearchDocument(url: urls.entry(entry.id, language), language: language, section: entry.id.section,
                                      sectionLabel: strings(language)["nav.\(entry.id.section.rawValue)"], title: text.title,
                                      keywords: text.keywords, summary: text.summary, body: body.plainText)
        if entry.id.section != .pages { document.reviewed = EntryFactsPresenter.checkedShort(entry, strings: strings(language)) }
        if site.hasEnded(entry) { document.ended = EntryTimePresenter(site: site, strings: strings(language), language: language).badgeLine(for: entry) }
        if case .course(let course) = entry.facts {
            document.levels = course.levels.map(\.rawValue)
            document.cost = course.cost?.filterValue
            document.mode = course.mode.rawValue
        }
        return document
    }
}
