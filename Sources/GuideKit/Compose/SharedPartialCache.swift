import Foundation

/// The header and footer of each language (`Theme.sharedPartials`), rendered once for each set
/// of current links instead of for every page.
///
/// Every page of a language shows the same header and footer except for the link marked
/// current, and rendering them through Mustache was more than a quarter of the time an entry
/// page took. The renderers of a build share one cache; `guide serve` makes a new one with each
/// composer, so an edited menu title or UI string is rendered anew.
final class SharedPartialCache: @unchecked Sendable {
    struct Key: Hashable {
        var language: String
        var current: NavigationLinks.Current
    }

    private var rendered: [Key: [String: String]] = [:]
    private let lock = NSLock()

    /// The shared partials' HTML by their template value name, rendered by `render` the first
    /// time `key` is asked for; with no key, rendered every time.
    func values(for key: Key?, render: () -> [String: String]) -> [String: String] {
        guard let key else { return render() }
        if let values = lock.withLock({ rendered[key] }) { return values }
        let values = render()
        lock.withLock { rendered[key] = values }
        return values
    }
}
