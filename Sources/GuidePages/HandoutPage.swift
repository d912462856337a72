import Foundation
import GuideModel
import GuideSupport
import GuideTheme

extension PageComposer {
    /// A sheet for paper, per language and municipality: what a social worker hands a newcomer in
    /// that town. Emergency and help lines first, then where to learn Latvian and free legal and
    /// practical help there, each entry with the facts to act on and a QR code to its page.
    ///
    /// An entry belongs on a town's sheet when it has an address in the town, or none at all (a
    /// course online, a national line). A service with an address elsewhere is on it too when it
    /// can be reached by phone, e-mail, letter or online, since its help does not depend on the
    /// reader's town.
    func renderHandout(_ municipality: String, _ language: String) -> String {
        let t = strings(language)
        let format = LocalizedFormatting(strings: t)
        let town = site.configuration.municipalities.first { $0.key == municipality }?.name.name(in: language) ?? municipality
        let remote: Set<LegalServiceFacts.Channel> = [.phone, .email, .letter, .online]

        func item(_ entry: Entry) -> [String: Any] {
            let text = chooser.text(of: entry, in: language).translation
            let here = entry.common.locations.filter { $0.municipality == municipality }
            var item: [String: Any] = ["title": text.title, "href": urls.entry(entry.id, language)]
            var facts: [String] = []
            switch entry.facts {
            case .course(let course): facts.append(format.courseSummary(course))
            case .legal(let legal): facts.append(legal.channels.map { t["channel.\($0.rawValue)"] }.joined(separator: ", "))
            default: break
            }
            facts += here.map(\.address)
            item["facts"] = facts.filter { !$0.isEmpty }.joined(separator: " · ")
            item["phones"] = entry.common.phones.map { ["href": $0.telURI, "number": $0.number] }
            item["code"] = printedCode(for: urls.entry(entry.id, language), label: t["print.code_label"])
            item["reviewed"] = EntryFactsPresenter.checkedShort(entry, strings: t)
            return item
        }
        func belongs(_ entry: Entry) -> Bool {
            let locations = entry.common.locations
            if locations.isEmpty || locations.contains(where: { $0.municipality == municipality }) { return true }
            if case .legal(let legal) = entry.facts { return !remote.isDisjoint(with: legal.channels) }
            return false
        }
        func ordered(_ section: Section) -> [Entry] {
            alphabetical(site.entries(in: section), section: section, language: language).filter { !site.hasEnded($0) && belongs($0) }
        }
        let courses = ordered(.courses)
        let legal = ordered(.legal).filter { entry in
            if case .legal(let facts) = entry.facts { return facts.cost.isFree }
            return false
        }
        // The lines a reader may need in a crisis: every current hotline, once.
        var lines: [[String: String]] = []
        for entry in ordered(.legal) + ordered(.organizations) {
            for phone in entry.common.phones where phone.kind == .hotline && !lines.contains(where: { $0["number"] == phone.number }) {
                lines.append(["title": chooser.title(of: entry, in: language), "number": phone.number, "href": phone.telURI])
            }
        }

        let path = urls.handout(municipality, language)
        let title = t["handout.heading"].fillingPlaceholder("town", with: town)
        var context = frame(language: language, path: path, title: title, description: t["handout.intro"],
                            translatedLanguages: languages.map(\.code), pathIn: { urls.handout(municipality, $0) })
        context["heading"] = title
        context["intro"] = t["handout.intro"]
        context["lines"] = lines
        // Item by item, as the long lists are: the items share a few shapes, where the whole
        // sheet, one of a kind, went through the library value by value.
        func itemsHTML(_ entries: [Entry]) -> String {
            entries.map { entry in
                listItem("handout-item", entry: entry, variant: "handout-\(municipality)",
                         dependency: chooser.listingFingerprint(of: entry, in: language), group: [:], language: language) {
                    item(entry)
                }
            }.joined()
        }
        context["groups"] = [
            ["heading": t["handout.courses"], "items_html": itemsHTML(courses)],
            ["heading": t["handout.legal"], "items_html": itemsHTML(legal)],
        ].filter { !$0["items_html"]!.isEmpty }
        context["checked"] = t["handout.checked"].fillingPlaceholder("date", with: format.date(site.today))
        context["code"] = printedCode(for: path, label: t["print.code_label"])
        context["url"] = urls.absolute(path)
        context["jsonld"] = JSONLDBuilder.serialize([
            "@context": "https://schema.org", "@type": "CollectionPage", "name": title,
            "url": urls.absolute(path), "inLanguage": language,
        ])
        return render("handout", context)
    }
}
