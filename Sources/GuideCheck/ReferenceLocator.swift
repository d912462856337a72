import GuideModel

/// Finds where an entry reference is written in a Markdown body, for messages about that link.
///
/// The renderer hands every entry reference to its resolver in document order, but without a
/// position; so the n-th reference to `pages/x#y` is placed at the n-th place the body writes
/// `pages/x#y` as a link destination. For a reference-style link that is its definition
/// (`[x]: pages/x#y`), which is also where the editor corrects it.
struct ReferenceLocator {
    private let lines: [Substring]
    private let path: String
    private let firstLine: Int
    /// How many times each written reference has been asked for so far.
    private var asked: [String: Int] = [:]

    init(body: String, path: String, firstLine: Int) {
        self.lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        self.path = path
        self.firstLine = firstLine
    }

    /// The position of the next use of `target` (with `#fragment` when given), or the start of the
    /// body when the text writes it in a form not found literally (e.g. with Markdown escapes).
    mutating func location(of target: EntryID, fragment: String?) -> SourceLocation {
        let written = target.description + (fragment.map { "#" + $0 } ?? "")
        let places = occurrences(of: written)
        let index = asked[written, default: 0]
        asked[written] = index + 1
        guard let place = places.isEmpty ? nil : places[min(index, places.count - 1)] else {
            return SourceLocation(path: path, line: firstLine)
        }
        return SourceLocation(path: path, line: firstLine + place.line, column: place.column)
    }

    /// Line offsets and 1-based character columns of `written` where it stands as a whole link
    /// destination: not inside a longer path, and not followed by more of one (`#…` or `-2`).
    private func occurrences(of written: String) -> [(line: Int, column: Int)] {
        var found: [(line: Int, column: Int)] = []
        for (offset, line) in lines.enumerated() {
            var rest = line[...]
            while let range = rest.range(of: written) {
                let before = range.lowerBound == line.startIndex ? nil : line[line.index(before: range.lowerBound)]
                var after = line[range.upperBound...]
                if after.first == "/" { after = after.dropFirst() }
                if Self.opensDestination(before) && Self.closesDestination(after.first) {
                    found.append((offset, line.distance(from: line.startIndex, to: range.lowerBound) + 1))
                }
                rest = line[range.upperBound...]
            }
        }
        return found
    }

    private static func opensDestination(_ character: Character?) -> Bool {
        guard let character else { return true }
        return character == "(" || character == "<" || character.isWhitespace
    }

    private static func closesDestination(_ character: Character?) -> Bool {
        guard let character else { return true }
        return character == ")" || character == ">" || character.isWhitespace
    }
}
