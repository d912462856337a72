/// Splits one line of the register into its fields, as CSV with the dialect's separator and
/// quote character: a quoted field may hold the separator, and the quote character doubled
/// stands for itself (`"""Riņņi"", Vecates pag."` is `"Riņņi", Vecates pag.`).
///
/// It hands back byte ranges rather than strings: of a million rows only the few that can match
/// the content are ever turned into text.
struct RegisterFieldSplitter: Sendable {
    /// Where a field's text lies in the line, without its quotes; `escaped` when it holds a
    /// doubled quote character still to be made single.
    struct Field: Hashable, Sendable {
        var range: Range<Int>
        var escaped: Bool
    }

    let dialect: RegisterHeader.Dialect

    /// The fields of `line`, or nil when the quotes are broken: a quoted field that never ends,
    /// or text between a closing quote and the next separator.
    func split(_ line: UnsafeBufferPointer<UInt8>) -> [Field]? {
        var fields: [Field] = []
        guard split(line, into: &fields) else { return nil }
        return fields
    }

    /// As `split(_:)`, reusing `fields`' storage: called once a row, this keeps the scan free of
    /// an allocation per line.
    func split(_ line: UnsafeBufferPointer<UInt8>, into fields: inout [Field]) -> Bool {
        fields.removeAll(keepingCapacity: true)
        let separator = dialect.separator, quote = dialect.quote
        let end = line.count
        var position = 0
        while true {
            if position < end, line[position] == quote {
                var escaped = false
                var cursor = position + 1
                while true {
                    guard cursor < end else { return false }
                    if line[cursor] == quote {
                        if cursor + 1 < end, line[cursor + 1] == quote {
                            escaped = true
                            cursor += 2
                            continue
                        }
                        break
                    }
                    cursor += 1
                }
                fields.append(Field(range: (position + 1)..<cursor, escaped: escaped))
                position = cursor + 1
                guard position == end || line[position] == separator else { return false }
            } else {
                var cursor = position
                while cursor < end, line[cursor] != separator { cursor += 1 }
                fields.append(Field(range: position..<cursor, escaped: false))
                position = cursor
            }
            if position == end { return true }
            position += 1
        }
    }

    /// The field's text, with doubled quote characters made single.
    func text(of field: Field, in line: UnsafeBufferPointer<UInt8>) -> String {
        let bytes = UnsafeBufferPointer(rebasing: line[field.range])
        guard field.escaped else { return String(decoding: bytes, as: UTF8.self) }
        var unescaped: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            unescaped.append(bytes[index])
            index += bytes[index] == dialect.quote ? 2 : 1
        }
        return String(decoding: unescaped, as: UTF8.self)
    }
}
