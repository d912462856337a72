import Foundation
import GuideModel
import GuideSupport
import GuideTheme

extension PageComposer {
    /// A section's index: courses as one list (the map page filters them), legal help grouped by
    /// topic (a reader looks for "residence permit", not for an institution), organisations A–Z
    /// with the services each offers.
    func renderSectionIndex(_ section: Section, _ language: String) -> String {
        let t = strings(language)
        let locale = Locale(identifier: language)
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
                item["services"] = (site.servicesByProvider[entry.id] ?? []).compactMap(site.entry).map { service in
                    ["href": urls.entry(service.id, language), "title": chooser.text(of: service, in: language).translation.title]
                }.sorted { ($0["title"] ?? "").compare($1["title"] ?? "", locale: locale) == .orderedAscending }
            default:
                break
            }
            if item["services"] == nil { item["services"] = [[String: String]]() }
            item["reviewed"] = EntryFactsPresenter.checkedShort(entry, strings: t)
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
        let entries = alphabetical(site.entries(in: section), section: section, language: language)
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
        let title = t["nav.\(section.rawValue)"]
        var context = frame(language: language, path: urls.sectionIndex(section, language), title: title,
                            description: sectionIntro(section, t),
                            translatedLanguages: languages.map(\.code), pathIn: { urls.sectionIndex(section, $0) })
        context["heading"] = title
        context["intro"] = sectionIntro(section, t)
        context["count"] = t.counted(section.rawValue, entries.count)
        context["groups"] = groups
        context["entries_html"] = groups.isEmpty ? html(entries, tag: "h2") : ""
        if section == .courses { context["map_link"] = ["href": urls.courseMap(language), "label": t["map.link"]] }
        context["jsonld"] = JSONLDBuilder.serialize([
            "@context": "https://schema.org", "@type": "CollectionPage", "name": title,
            "url": urls.absolute(urls.sectionIndex(section, language)), "inLanguage": language,
        ])
        return render("section", context)
    }
}
