/// Adds coordinate lines to an entry's locations, and with `--replace` takes out the ones there
/// before, changing no other line.
struct EntryFileEditor {
    struct Edit: Sendable {
        var item: LocationItem
        var lines: CoordinateLines
    }

    var file: EntryLines

    /// Applies the edits, from the bottom of the file up so earlier line numbers stay valid.
    mutating func apply(_ edits: [Edit], replacing: Bool) {
        for edit in edits.sorted(by: { $0.item.addressLine > $1.item.addressLine }) {
            var removed = Set<Int>()
            if replacing {
                for coordinate in edit.item.existingCoordinates {
                    removed.insert(coordinate.line)
                    // The comment this command wrote above them names the row being replaced.
                    let above = coordinate.line - 1
                    if above > edit.item.addressLine,
                       file.content(at: above).drop(while: { $0 == " " }).hasPrefix(CoordinateLines.commentPrefix) {
                        removed.insert(above)
                    }
                }
            }
            // Lines below the insertion point go first, so the insertion point stays where it is.
            for line in removed.sorted(by: >) where line >= edit.item.insertionLine {
                file.replace(line..<line + 1, with: [])
            }
            file.replace(edit.item.insertionLine..<edit.item.insertionLine,
                         with: edit.lines.lines(indentation: edit.item.keyIndentation))
            for line in removed.sorted(by: >) where line < edit.item.insertionLine {
                file.replace(line..<line + 1, with: [])
            }
        }
    }
}
