/// One language's header links to the sections and footer links to the menu pages, as template
/// values. Every page shows both and only the link marked current differs, so each variant is
/// built once per language instead of for each of tens of thousands of pages.
struct NavigationLinks: Sendable {
    struct Link: Sendable {
        var href: String
        var text: String
    }

    /// Which variant of each list a page shows: 0 has no link current, i + 1 has link i current.
    /// Pages with the same variants show the same header and footer (`SharedPartialCache`).
    struct Current: Hashable, Sendable {
        var section: Int
        var menu: Int
    }

    typealias Values = [[String: any Sendable]]

    private let sections: [Link]
    private let menu: [Link]
    private let sectionVariants: [Values]
    private let menuVariants: [Values]

    init(sections: [Link], menu: [Link]) {
        self.sections = sections
        self.menu = menu
        sectionVariants = (-1..<sections.count).map { current in Self.values(sections, textKey: "label") { $0 == current } }
        menuVariants = (-1..<menu.count).map { current in Self.values(menu, textKey: "title") { $0 == current } }
    }

    /// What a page at `path` shows: `nav`, where a section's link is current on every page under
    /// its index, and `menu`, where a menu page's link is current on that page only. `current`
    /// names the two variants; it is nil when more than one link of a list is current, which only
    /// overlapping addresses cause and which no variant holds.
    func links(at path: String) -> (nav: Values, menu: Values, current: Current?) {
        let section = Self.variant(of: sections) { Self.isSection($0, currentAt: path) }
        let menuPage = Self.variant(of: menu) { Self.isMenuPage($0, currentAt: path) }
        let nav = section.map { sectionVariants[$0] }
            ?? Self.values(sections, textKey: "label") { Self.isSection(sections[$0], currentAt: path) }
        let menuValues = menuPage.map { menuVariants[$0] }
            ?? Self.values(menu, textKey: "title") { Self.isMenuPage(menu[$0], currentAt: path) }
        let current = section.flatMap { section in menuPage.map { Current(section: section, menu: $0) } }
        return (nav, menuValues, current)
    }

    private static func isSection(_ link: Link, currentAt path: String) -> Bool { path.hasPrefix(link.href) }
    private static func isMenuPage(_ link: Link, currentAt path: String) -> Bool { path == link.href }

    private static func variant(of links: [Link], isCurrent: (Link) -> Bool) -> Int? {
        var variant = 0
        for (position, link) in links.enumerated() where isCurrent(link) {
            guard variant == 0 else { return nil }
            variant = position + 1
        }
        return variant
    }

    private static func values(_ links: [Link], textKey: String, isCurrent: (Int) -> Bool) -> Values {
        links.indices.map { ["href": links[$0].href, textKey: links[$0].text, "current": isCurrent($0)] }
    }
}
