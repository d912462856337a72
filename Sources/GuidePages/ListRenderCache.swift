import Foundation
import GuideModel

/// What the long list pages keep between the builds of `guide serve`. A section index and the
/// map of help name every entry of their section; at 10,000 entries, rendering them anew after
/// each save took seconds. With this cache an edit re-renders the edited entry's items and moves
/// it in the alphabetical order; the rest of each list is joined from stored HTML.
///
/// An item is reused while its dependency number is unchanged: the listing fingerprints of the
/// entries it shows in its language (the entry, and for an organisation its services). All else
/// an item shows — UI strings, languages, neighbourhood names, which translations exist — changes
/// only with site.yaml, the theme or the set of translations, and those edits make a full build,
/// which starts a new cache.
///
/// Shared by the renderers running in parallel, hence the lock; rendering itself happens outside it.
package final class ListRenderCache: @unchecked Sendable {
    struct ItemKey: Hashable {
        /// The item template, or another name for per-entry text kept the same way (map markers).
        var template: String
        var language: String
        var folder: String
        /// What else shapes the item: its heading level, or the map group whose addresses it shows.
        var variant: String
    }

    private struct OrderKey: Hashable {
        var section: Section
        var language: String
    }

    private var items: [ItemKey: (dependency: UInt64, html: String)] = [:]
    private var orders: [OrderKey: AlphabeticalOrder] = [:]
    private let lock = NSLock()

    /// The item's HTML, rendered by `render` unless stored with the same dependency number.
    func item(_ key: ItemKey, dependency: UInt64, render: () -> String) -> String {
        if let stored = lock.withLock({ items[key] }), stored.dependency == dependency { return stored.html }
        let html = render()
        lock.withLock { items[key] = (dependency, html) }
        return html
    }

    /// Indices into `entries` (one section's, in id order) by title in `language`.
    func alphabeticalOrder(of entries: [Entry], section: Section, language: String, fingerprint: (Entry) -> UInt64,
                           title: (Entry) -> String) -> [Int] {
        let key = OrderKey(section: section, language: language)
        let folders = entries.map(\.folder)
        let fingerprints = entries.map(fingerprint)
        let order = lock.withLock { orders[key] }?.updated(folders: folders, fingerprints: fingerprints) { title(entries[$0]) }
            ?? AlphabeticalOrder(folders: folders, fingerprints: fingerprints, titles: entries.map(title),
                                 locale: Locale(identifier: language))
        lock.withLock { orders[key] = order }
        return order.positions
    }
}
