import Foundation
import GuideTheme

/// The partials every page of a language shows alike (`Theme.sharedPartials`: the header, the
/// footer and the language switcher), rendered once for each set of current links and translated
/// languages instead of for every page.
///
/// Such a page differs from its neighbours only in the link marked current and in where the
/// language switcher leads, and rendering these partials through Mustache was nearly half the time
/// an entry page's templates took. The `href` of each of `languages` is the one value of a page's
/// own that they show: they are rendered with a marker in its place, which each page fills in.
/// The renderers of a build share one cache; `guide serve` makes a new one with each composer,
/// so an edited menu title or UI string is rendered anew.
final class SharedPartialCache: @unchecked Sendable {
    struct Key: Hashable {
        var language: String
        var current: NavigationLinks.Current
        /// Per language of the site, whether the page has a text in it.
        var translated: [Bool]
    }

    private var rendered: [Key: [String: MarkedHTML.Fragments]] = [:]
    private let lock = NSLock()
    private let markers = MarkedHTML()

    /// The shared partials' HTML by their template value name for a page whose languages lead to
    /// `hrefs` (one per language of the site). `render` renders them with the hrefs it is given:
    /// the first time `key` is asked for with a marker for each, after which every page gets the
    /// HTML with its own hrefs put in; with the page's own hrefs when there is no key, or when a
    /// template changed a marker.
    func values(for key: Key?, hrefs: [String], render: ([String]) -> [String: String]) -> [String: String] {
        guard let key else { return render(hrefs) }
        if let cached = lock.withLock({ rendered[key] }) {
            return cached.mapValues { $0.filled(with: hrefs) }
        }
        let marked = render(hrefs.indices.map(markers.marker))
        var fragments: [String: MarkedHTML.Fragments] = [:]
        for (name, html) in marked {
            guard let cut = markers.fragments(of: html, slots: hrefs.count) else { return render(hrefs) }
            fragments[name] = cut
        }
        lock.withLock { rendered[key] = fragments }
        return fragments.mapValues { $0.filled(with: hrefs) }
    }
}
