/// One language's header links to the sections and footer links to the menu pages, as template
/// values. Every page shows both and only the link marked current differs, so each variant is
/// built once per language instead of for each of tens of thousands of pages.
struct NavigationLinks: Sendable {
    struct Link: Sendable {
        var href: String
        var text: String
    }

    typealias Values = [[String: any Sendable]]

    private let sections: [Link]
    private let menu: [Link]
    /// Element 0 has no link current; element i + 1 has link i current.
    private let sectionVariants: [Values]
    private let menuVariants: [Values]

    init(sections: [Link], menu: [Link]) {
        self.sections = sections
        self.menu = menu
        sectionVariants = (-1..<sections.count).map { current in Self.values(sections, textKey: "label") { $0 == current } }
        menuVariants = (-1..<menu.count).map { current in Self.values(menu, textKey: "title") { $0 == current } }
    }

    /// `nav`: a section's link is current on every page under its index.
    func sectionValues(at path: String) -> Values {
        variant(of: sections, in: sectionVariants, textKey: "label") { path.hasPrefix($0.href) }
    }

    /// `menu`: a menu page's link is current on that page only.
    func menuValues(at path: String) -> Values {
        variant(of: menu, in: menuVariants, textKey: "title") { path == $0.href }
    }

    private func variant(of links: [Link], in variants: [Values], textKey: String, isCurrent: (Link) -> Bool) -> Values {
        let current = links.indices.filter { isCurrent(links[$0]) }
        switch current.count {
        case 0: return variants[0]
        case 1: return variants[current[0] + 1]
        default: return Self.values(links, textKey: textKey) { current.contains($0) }
        }
    }

    private static func values(_ links: [Link], textKey: String, isCurrent: (Int) -> Bool) -> Values {
        links.indices.map { ["href": links[$0].href, textKey: links[$0].text, "current": isCurrent($0)] }
    }
}
