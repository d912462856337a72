/// An entry.yaml as its lines, so lines can be added and removed while every other byte stays:
/// the text is split at `\n` only, so a `\r` stays on its line and a missing final line break
/// stays missing, and `text` joins the lines back the same way.
struct EntryLines: Sendable {
    var lines: [Substring]
    /// `\r` when the file's lines end in `\r\n`, so added lines end the way the others do.
    let carriageReturn: String

    init(_ text: String) {
        // Split as Unicode scalars: as Characters, `\r\n` is one and would not be split at `\n`.
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
        carriageReturn = lines.first?.hasSuffix("\r") == true ? "\r" : ""
    }

    var text: String { lines.joined(separator: "\n") }

    /// The line without a `\r` at its end.
    func content(at index: Int) -> Substring {
        let line = lines[index]
        return line.hasSuffix("\r") ? line.dropLast() : line
    }

    /// The spaces before the line's first other character.
    func indentation(at index: Int) -> Int {
        content(at: index).prefix { $0 == " " }.count
    }

    /// Blank, or only a comment: such lines neither start nor end a mapping.
    func isBlankOrComment(at index: Int) -> Bool {
        let rest = content(at: index).drop { $0 == " " || $0 == "\t" }
        return rest.isEmpty || rest.hasPrefix("#")
    }

    mutating func replace(_ indices: Range<Int>, with newLines: [String]) {
        lines.replaceSubrange(indices, with: newLines.map { Substring($0 + carriageReturn) })
    }
}
