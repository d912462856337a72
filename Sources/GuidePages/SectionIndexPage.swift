import Foundation
import GuideModel
import GuideSupport
import GuideTheme

extension PageComposer {
    /// Which of a section's entries a list page shows.
    enum ListKind {
        /// The section's index: what a reader can use now.
        case current
        /// A course filter's own page: the current courses it matches.
        case filter(CourseFilter)
        /// The entries that have ended, kept so that old links lead somewhere.
        case ended
    }

    /// A section's index: courses as one list (the map page filters them), legal help grouped by
    /// topic (a reader looks for "residence permit", not for an institution), organisations A–Z
    /// with the services each offers. Entries that have ended are left out and linked apart.
    func renderSectionIndex(_ section: Section, _ language: String) -> String {
        renderList(section, .current, language)
    }

    func renderCourseFilter(_ filter: CourseFilter, _ language: String) -> String {
        renderList(.courses, .filter(filter), language)
    }

    func renderEndedList(_ section: Section, _ language: String) -> String {
        renderList(section, .ended, language)
    }

    private func renderList(_ section: Section, _ kind: ListKind, _ language: String) -> String {
        let t = strings(language)
        let locale = Locale(identifier: language)
        let time = EntryTimePresenter(site: site, strings: t, language: language)
        func item(_ entry: Entry) -> [String: Any] {
            let choice = chooser.text(of: entry, in: language)
            var item: [String: Any] = ["href": urls.entry(entry.id, language), "title": choice.translation.title,
                                       "summary": choice.translation.summary]
            if choice.isFallback { item["item_lang"] = choice.translation.language }
            switch entry.facts {
            case .course(let course):
                item["meta"] = LocalizedFormatting(strings: t).courseSummary(course)
            case .legal(let legal) where legal.topics.count > 1:
                // Listed once, under its first topic; the card names the others.
                item["meta"] = legal.topics.map { t["topic.\($0.rawValue)"] }.joined(separator: " · ")
            case .organization:
                item["services"] = (site.servicesByProvider[entry.id] ?? []).compactMap(site.entry).filter { !site.hasEnded($0) }.map { service in
                    ["href": urls.entry(service.id, language), "title": chooser.text(of: service, in: language).translation.title]
                }.sorted { ($0["title"] ?? "").compare($1["title"] ?? "", locale: locale) == .orderedAscending }
            default:
                break
            }
            if item["services"] == nil { item["services"] = [[String: String]]() }
            item["reviewed"] = EntryFactsPresenter.checkedShort(entry, strings: t)
            item["badge"] = time.badgeLine(for: entry)
            item["data_eligible"] = entry.common.eligible.joined(separator: " ")
            return item
        }
        func html(_ entries: [Entry], tag: String) -> String {
            entries.map { entry in
                var dependency = FNV1aHasher()
                dependency.add(chooser.listingFingerprint(of: entry, in: language))
                for service in site.servicesByProvider[entry.id] ?? [] {
                    dependency.add(site.listingFingerprint(of: service, in: language) ?? 0)
                }
                return listItem("entry-list-item", entry: entry, variant: tag, dependency: dependency.value, group: ["item_tag": tag],
                                language: language) { item(entry) }
            }.joined()
        }
        // The order of the whole section, then the page's part of it: the order is kept between
        // builds per section, and one order per filter would only be sorted anew each time.
        let entries = alphabetical(site.entries(in: section), section: section, language: language).filter { entry in
            switch kind {
            case .current: return !site.hasEnded(entry)
            case .ended: return site.hasEnded(entry)
            case .filter(let filter):
                guard !site.hasEnded(entry), case .course(let course) = entry.facts else { return false }
                return filter.matches(course)
            }
        }
        var groups: [[String: Any]] = []
        switch section {
        case .legal:
            for topic in LegalServiceFacts.Topic.allCases {
                let members = entries.filter { if case .legal(let legal) = $0.facts { return legal.topics.first == topic } else { return false } }
                guard !members.isEmpty else { continue }
                groups.append(["label": t["topic.\(topic.rawValue)"], "id": "topic-\(topic.rawValue)",
                               "entries_html": html(members, tag: "h3")])
            }
        case .organizations:
            // Letters of the page's own script in its collation order, then every other script in
            // one group of its own, so Latin "M" does not stand after Cyrillic "Ю".
            let pageScript = AlphabetScript(language: language)
            var byLetter: [(String, [Entry])] = [], otherScript: [Entry] = []
            for entry in entries {
                let letter = String(chooser.title(of: entry, in: language).prefix(1)).uppercased()
                guard AlphabetScript(letter: letter) == pageScript else { otherScript.append(entry); continue }
                if byLetter.last?.0 == letter { byLetter[byLetter.count - 1].1.append(entry) } else { byLetter.append((letter, [entry])) }
            }
            groups = byLetter.map { ["label": $0.0, "id": "letter-\($0.0)", "entries_html": html($0.1, tag: "h3")] }
            if !otherScript.isEmpty {
                groups.append(["label": pageScript.otherScriptLabel, "id": "letter-other", "entries_html": html(otherScript, tag: "h3")])
            }
        default:
            break
        }
        let path: String, pathIn: (String) -> String, title: String, intro: String
        switch kind {
        case .current:
            (path, pathIn) = (urls.sectionIndex(section, language), { urls.sectionIndex(section, $0) })
            (title, intro) = (t["nav.\(section.rawValue)"], sectionIntro(section, t))
        case .filter(let filter):
            (path, pathIn) = (urls.courseFilter(filter, language), { urls.courseFilter(filter, $0) })
            (title, intro) = (t["filter_page.heading"].fillingPlaceholder("value", with: filterLabel(filter, t)), sectionIntro(section, t))
        case .ended:
            (path, pathIn) = (urls.endedList(section, language), { urls.endedList(section, $0) })
            (title, intro) = (t["time_ended_heading.\(section.rawValue)"], t["time.ended_intro"])
        }
        var context = frame(language: language, path: path, title: title, description: intro,
                            translatedLanguages: languages.map(\.code), pathIn: pathIn)
        context["heading"] = title
        context["intro"] = intro
        context["count"] = t.counted(section.rawValue, entries.count)
        context["groups"] = groups
        context["entries_html"] = groups.isEmpty ? html(entries, tag: "h2") : ""
        if case .ended = kind {
            context["breadcrumb"] = ["href": urls.sectionIndex(section, language), "label": t["nav.\(section.rawValue)"]]
        } else {
            context.merge(listTools(section, kind, shown: entries.count, t: t, language: language)) { _, tool in tool }
        }
        context["print_code"] = ["image": printedCode(for: path, label: t["print.code_label"]) ?? "", "url": urls.absolute(path),
                                 "label": t["print.scan"]]
        context["jsonld"] = JSONLDBuilder.serialize([
            "@context": "https://schema.org", "@type": "CollectionPage", "name": title,
            "url": urls.absolute(path), "inLanguage": language,
        ])
        return render("section", context)
    }

    /// What a list of current entries offers besides its entries: the map, the course filters'
    /// pages, the "I am …" filter, and the link to what has ended.
    private func listTools(_ section: Section, _ kind: ListKind, shown: Int, t: UIStrings, language: String) -> [String: Any] {
        var tools: [String: Any] = [:]
        if section == .courses {
            var mapHref = urls.helpMap(language)
            if case .filter(let filter) = kind {
                let (name, value) = filter.mapFilter
                mapHref += "?\(name)=\(value)"
                tools["breadcrumb"] = ["href": urls.sectionIndex(section, language), "label": t["nav.\(section.rawValue)"]]
                if shown == 0 { tools["empty_notice"] = t["filter_page.none"] }
            }
            tools["map_link"] = ["href": mapHref, "label": kind.isFilter ? t["filter_page.on_map"] : t["map.link"]]
            let current: CourseFilter? = if case .filter(let filter) = kind { filter } else { nil }
            tools["filter_links"] = [
                "heading": t["filter_page.links_heading"],
                "links": site.courseFilters.map { filter -> [String: Any] in
                    ["href": urls.courseFilter(filter, language), "label": filterLabel(filter, t), "current": filter == current]
                },
            ]
        }
        if section != .organizations, !site.configuration.eligibility.isEmpty {
            tools["status_filter"] = [
                "label": t["eligible.label"], "any": t["filter.any"], "none": t["eligible.none"],
                "options": site.configuration.eligibility.filter { $0.key != Self.anyoneKey }.map { ["value": $0.key, "label": $0.name(in: language)] },
                "plurals": t.pluralFormsJSON(section.rawValue), "script": assetURLs["list-filter.js"] ?? "",
            ]
        }
        if case .current = kind {
            let ended = site.endedEntries(in: section).count
            if ended > 0 {
                tools["ended_link"] = ["href": urls.endedList(section, language),
                                       "label": t["time.show_ended"].fillingPlaceholder("count", with: String(ended))]
            }
        }
        return tools
    }

    /// The `eligible` key that means everyone: such an entry passes every "I am …" choice.
    static let anyoneKey = "anyone"

    func filterLabel(_ filter: CourseFilter, _ t: UIStrings) -> String {
        switch filter {
        case .level(let level): level.rawValue
        case .cost(let isFree): t[isFree ? "cost.free" : "cost.paid"]
        case .mode(let mode): t["mode.\(mode.rawValue)"]
        }
    }
}

extension PageComposer.ListKind {
    var isFilter: Bool {
        if case .filter = self { return true }
        return false
    }
}
