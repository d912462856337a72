import Foundation

/// A section's entries in the order a reader of one language expects: by title, ignoring case,
/// with that language's collation (so "Ā" sorts next to "A" in Latvian). Entries whose titles
/// compare equal keep the site's id order, which makes the order total: sorting anew and moving
/// single entries give the same result, and every build gives the same pages.
struct AlphabeticalOrder: Sendable {
    /// The entries' folders, in the site's id order.
    let folders: [String]
    /// Their listing fingerprints in the order's language: an entry whose fingerprint is
    /// unchanged kept its title.
    let fingerprints: [UInt64]
    let titles: [String]
    /// Indices into `folders` and `titles`, alphabetically.
    let positions: [Int]
    let locale: Locale

    init(folders: [String], fingerprints: [UInt64], titles: [String], locale: Locale) {
        self.folders = folders
        self.fingerprints = fingerprints
        self.titles = titles
        self.locale = locale
        positions = Array(titles.indices).sorted(by: Self.comparator(titles, locale))
    }

    private init(folders: [String], fingerprints: [UInt64], titles: [String], positions: [Int], locale: Locale) {
        self.folders = folders
        self.fingerprints = fingerprints
        self.titles = titles
        self.positions = positions
        self.locale = locale
    }

    /// The order after an edit. When the entries are the same and only a few changed, it asks
    /// only their titles and moves only those whose title changed, each with a binary search (a
    /// collation comparison costs microseconds, and a list may hold thousands of entries);
    /// otherwise it sorts anew.
    func updated(folders: [String], fingerprints: [UInt64], title: (Int) -> String) -> AlphabeticalOrder {
        func sortedAnew() -> AlphabeticalOrder {
            AlphabeticalOrder(folders: folders, fingerprints: fingerprints, titles: folders.indices.map(title), locale: locale)
        }
        guard folders == self.folders else { return sortedAnew() }
        let edited = fingerprints.indices.filter { fingerprints[$0] != self.fingerprints[$0] }
        guard edited.count * 16 < fingerprints.count else { return sortedAnew() }
        var titles = self.titles
        var moved: [Int] = []
        for index in edited {
            let new = title(index)
            if new != titles[index] { titles[index] = new; moved.append(index) }
        }
        guard !moved.isEmpty else {
            return AlphabeticalOrder(folders: folders, fingerprints: fingerprints, titles: titles, positions: positions, locale: locale)
        }
        let isMoved = Set(moved)
        var positions = self.positions.filter { !isMoved.contains($0) }
        let precedes = Self.comparator(titles, locale)
        for index in moved {
            var low = 0, high = positions.count
            while low < high {
                let middle = (low + high) / 2
                if precedes(positions[middle], index) { low = middle + 1 } else { high = middle }
            }
            positions.insert(index, at: low)
        }
        return AlphabeticalOrder(folders: folders, fingerprints: fingerprints, titles: titles, positions: positions, locale: locale)
    }

    private static func comparator(_ titles: [String], _ locale: Locale) -> (Int, Int) -> Bool {
        { a, b in
            switch titles[a].compare(titles[b], options: [.caseInsensitive], locale: locale) {
            case .orderedAscending: return true
            case .orderedDescending: return false
            case .orderedSame: return a < b
            }
        }
    }
}
