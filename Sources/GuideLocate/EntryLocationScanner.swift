import Foundation

/// Finds the items of an entry.yaml's top-level `locations:` list by their lines, without a YAML
/// parser: a parser would hand back values but lose the comments and spacing that the file must
/// keep when lines are added.
///
/// It reads the shapes editors write: a block list of block mappings (`- address: …` with the
/// other keys below at the same indentation, or `-` alone with the keys below), and items written
/// `- {address: …}` on one line, which are found but marked as not editable.
enum EntryLocationScanner {
    struct Result: Sendable {
        var items: [LocationItem] = []
        /// The line index of `locations: [...]` written as a flow list, which is not read.
        var flowListLine: Int?
    }

    static func scan(_ file: EntryLines) -> Result {
        var result = Result()
        guard let listLine = file.lines.indices.first(where: { file.content(at: $0).hasPrefix("locations:") }) else {
            return result
        }
        let afterKey = file.content(at: listLine).dropFirst("locations:".count).drop { $0 == " " }
        if afterKey.hasPrefix("[") { result.flowListLine = listLine }
        guard afterKey.isEmpty || afterKey.hasPrefix("#") else { return result }

        // The list runs until the next top-level key; comments and blank lines never end it.
        var end = listLine + 1
        while end < file.lines.count, file.isBlankOrComment(at: end) || file.indentation(at: end) > 0 { end += 1 }

        var line = listLine + 1
        while line < end {
            defer { line += 1 }
            guard !file.isBlankOrComment(at: line) else { continue }
            let dashIndentation = file.indentation(at: line)
            let content = file.content(at: line).dropFirst(dashIndentation)
            guard content == "-" || content.hasPrefix("- ") else { continue }
            var itemEnd = line + 1
            while itemEnd < end, file.isBlankOrComment(at: itemEnd) || file.indentation(at: itemEnd) > dashIndentation {
                itemEnd += 1
            }
            if let item = item(in: file, dashLine: line, dashIndentation: dashIndentation, end: itemEnd) {
                result.items.append(item)
            }
            line = itemEnd - 1
        }
        return result
    }

    /// The item whose `-` is on `dashLine` and whose lines end before `end`, when it has an address.
    private static func item(in file: EntryLines, dashLine: Int, dashIndentation: Int, end: Int) -> LocationItem? {
        let afterDash = file.content(at: dashLine).dropFirst(dashIndentation + 1).drop { $0 == " " }
        if afterDash.hasPrefix("{") {
            return flowItem(afterDash.dropFirst(), line: dashLine,
                            column: file.content(at: dashLine).count - afterDash.count + 1)
        }
        // The keys' indentation: that of the first key, on the dash's line or the next line with one.
        var keyIndentation = file.content(at: dashLine).count - afterDash.count
        if afterDash.isEmpty || afterDash.hasPrefix("#") {
            guard let firstKey = (dashLine + 1..<end).first(where: { !file.isBlankOrComment(at: $0) }) else { return nil }
            keyIndentation = file.indentation(at: firstKey)
        }
        var address: (value: String, line: Int)?
        var insertionLine = dashLine + 1
        var coordinates: [LocationItem.ExistingCoordinate] = []
        var dashLineHoldsCoordinate = false
        for line in dashLine..<end where !file.isBlankOrComment(at: line) {
            let text = line == dashLine ? afterDash : file.content(at: line).dropFirst(keyIndentation)
            guard line == dashLine || file.indentation(at: line) == keyIndentation,
                  let colon = text.firstIndex(of: ":") else { continue }
            let key = text[..<colon]
            let value = text[text.index(after: colon)...]
            switch key {
            case "address":
                guard var read = YAMLScalar.read(value)?.value else { continue }
                // A plain value may go on over more-indented lines; comments there explain it.
                var next = line + 1
                var continued = true
                while next < end, !file.content(at: next).trimmingCharacters(in: .whitespaces).isEmpty,
                      file.indentation(at: next) > keyIndentation {
                    if file.isBlankOrComment(at: next) {
                        continued = false
                    } else if continued {
                        read += " " + file.content(at: next).trimmingCharacters(in: .whitespaces)
                    }
                    next += 1
                }
                address = (read, line)
                insertionLine = next
            case "latitude", "longitude":
                guard let read = YAMLScalar.read(value)?.value else { continue }
                if line == dashLine { dashLineHoldsCoordinate = true }
                coordinates.append(.init(line: line, key: String(key), value: read))
            default:
                continue
            }
        }
        guard let address else { return nil }
        return LocationItem(address: address.value, addressLine: address.line,
                            column: address.line == dashLine ? file.content(at: dashLine).count - afterDash.count + 1 : keyIndentation + 1,
                            keyIndentation: keyIndentation, insertionLine: insertionLine,
                            existingCoordinates: coordinates, isEditable: !dashLineHoldsCoordinate)
    }

    /// `{address: "Baznīcas iela 25, Rīga", latitude: …}`: only its address and coordinates are
    /// read, to report them.
    private static func flowItem(_ text: Substring, line: Int, column: Int) -> LocationItem? {
        var rest = text
        var address: String?
        var coordinates: [LocationItem.ExistingCoordinate] = []
        while let colon = rest.firstIndex(of: ":") {
            let key = rest[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: " ,{"))
            guard let (value, after) = YAMLScalar.read(rest[rest.index(after: colon)...], stoppingAt: [",", "}"]) else { break }
            if key == "address" { address = value }
            if key == "latitude" || key == "longitude" { coordinates.append(.init(line: line, key: key, value: value)) }
            rest = after.drop { $0 == " " || $0 == "," }
        }
        guard let address else { return nil }
        return LocationItem(address: address, addressLine: line, column: column, keyIndentation: 0,
                            insertionLine: line + 1, existingCoordinates: coordinates, isEditable: false)
    }
}
