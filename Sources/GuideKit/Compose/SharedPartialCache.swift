import Foundation

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

    /// A shared partial's HTML, cut where a language's `href` goes: `texts[i]`, then the href of
    /// language `slots[i]`, …, then the last text.
    struct Fragment: Sendable {
        var texts: [String]
        var slots: [Int]

        func filled(with hrefs: [String]) -> String {
            var html = texts[0]
            for (position, slot) in slots.enumerated() {
                html += hrefs[slot]
                html += texts[position + 1]
            }
            return html
        }
    }

    private var rendered: [Key: [String: Fragment]] = [:]
    private let lock = NSLock()

    /// What a shared partial's values put where a language's href goes. The random part keeps a
    /// title or UI string from ever looking like one; it never reaches the output.
    private let markerPrefix = "\u{1}" + UUID().uuidString + ":"

    func marker(_ index: Int) -> String {
        markerPrefix + "\(index)\u{2}"
    }

    /// The shared partials' HTML by their template value name, with `hrefs` (HTML-escaped, one per
    /// language of the site) in place; rendered by `render`, with `marker(_:)` for the hrefs, the
    /// first time `key` is asked for, and every time when there is no key.
    func values(for key: Key?, hrefs: [String], render: () -> [String: String]) -> [String: String] {
        let fragments: [String: Fragment]
        if let key, let cached = lock.withLock({ rendered[key] }) {
            fragments = cached
        } else {
            fragments = render().mapValues { fragment(of: $0, slots: hrefs.count) }
            if let key { lock.withLock { rendered[key] = fragments } }
        }
        return fragments.mapValues { $0.filled(with: hrefs) }
    }

    private func fragment(of html: String, slots count: Int) -> Fragment {
        var texts: [String] = []
        var slots: [Int] = []
        var rest = Substring(html)
        while let start = rest.range(of: markerPrefix),
              let end = rest[start.upperBound...].firstIndex(of: "\u{2}"),
              let slot = Int(rest[start.upperBound..<end]), slot < count {
            texts.append(String(rest[..<start.lowerBound]))
            slots.append(slot)
            rest = rest[rest.index(after: end)...]
        }
        texts.append(String(rest))
        return Fragment(texts: texts, slots: slots)
    }
}
