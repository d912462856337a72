/// JSON written by hand: deterministic (keys sorted), compact, and several times faster than
/// Foundation's serializer, which showed up as a sixth of a large build's time.
///
/// `<`, `>` and `&` are always escaped, so the text is also safe inside a `<script>` element.
package enum JSONText {
    /// Serialises dictionaries with String keys, arrays, strings, Bool, Int and Double.
    package static func serialize(_ value: Any) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        write(value, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Everything goes into one byte buffer: building a String per value and appending it was
    /// most of what writing the open data cost, which holds every text of the guide.
    ///
    /// The kinds of value the guide builds are told apart by their exact type and written by code
    /// made for each: matched by casts, a list of dictionaries was converted to `[Any]` first,
    /// and every key was hashed again to find its value. Anything else goes through the casts.
    private static func write(_ value: Any, to output: inout [UInt8]) {
        let type = type(of: value)
        if type == String.self { return append(value as! String, to: &output) }
        if type == [String: Any].self { return write(object: value as! [String: Any], to: &output) }
        if type == [Any].self { return write(array: value as! [Any], to: &output) }
        if type == [[String: Any]].self { return write(array: value as! [[String: Any]], to: &output) }
        if type == [String: String].self { return write(object: value as! [String: String], to: &output) }
        if type == [String].self { return write(array: value as! [String], to: &output) }
        switch value {
        case let text as String:
            append(text, to: &output)
        case let flag as Bool:
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case let number as Int:
            output.append(contentsOf: String(number).utf8)
        case let number as Double:
            let text = number.isFinite ? (number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : "\(number)") : "null"
            output.append(contentsOf: text.utf8)
        case let object as [String: Any]:
            write(object: object, to: &output)
        case let array as [Any]:
            write(array: array, to: &output)
        default:
            output.append(contentsOf: "null".utf8)
        }
    }

    private static func write<Value>(object: [String: Value], to output: inout [UInt8]) {
        output.append(UInt8(ascii: "{"))
        for (index, entry) in object.positionsByKey().enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            append(entry.key, to: &output)
            output.append(UInt8(ascii: ":"))
            write(object[entry.position].value, to: &output)
        }
        output.append(UInt8(ascii: "}"))
    }

    private static func write<Element>(array: [Element], to output: inout [UInt8]) {
        output.append(UInt8(ascii: "["))
        for (index, element) in array.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            write(element, to: &output)
        }
        output.append(UInt8(ascii: "]"))
    }

    /// `value` as a JSON string, quotes included.
    package static func string(_ value: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(value.utf8.count + 2)
        append(value, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Works on the UTF-8 bytes, copying the runs between characters to escape, as
    /// `HTMLEscaping` does: going scalar by scalar cost 4% of a large build, and the quick check
    /// sent every text with a dash, quote mark or ellipsis (their first byte is 0xE2, as is that
    /// of U+2028 and U+2029) down that path. A table says which bytes may start an escape, so
    /// the runs between them are skipped without testing each byte against every case.
    private static func append(_ value: String, to output: inout [UInt8]) {
        var value = value
        value.withUTF8 { source in
            output.append(0x22)
            var runStart = 0
            var index = 0
            let mayStartEscape = Self.mayStartEscape
            func escape(_ replacement: StaticString, skipping count: Int) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                index += count
                runStart = index
            }
            while index < source.count {
                let byte = source[index]
                guard mayStartEscape[Int(byte)] else {
                    index += 1
                    continue
                }
                switch byte {
                case 0x22: escape("\\\"", skipping: 1)
                case 0x5C: escape("\\\\", skipping: 1)
                case 0x0A: escape("\\n", skipping: 1)
                case 0x0D: escape("\\r", skipping: 1)
                case 0x09: escape("\\t", skipping: 1)
                case 0x3C: escape("\\u003c", skipping: 1)
                case 0x3E: escape("\\u003e", skipping: 1)
                case 0x26: escape("\\u0026", skipping: 1)
                case 0xE2 where index + 2 < source.count && source[index + 1] == 0x80 && source[index + 2] == 0xA8:
                    escape("\\u2028", skipping: 3)
                case 0xE2 where index + 2 < source.count && source[index + 1] == 0x80 && source[index + 2] == 0xA9:
                    escape("\\u2029", skipping: 3)
                case let byte where byte < 0x20:
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
                    output.append(contentsOf: "\\u00".utf8)
                    output.append(contentsOf: Array(String(byte >> 4, radix: 16).utf8) + Array(String(byte & 0xF, radix: 16).utf8))
                    index += 1
                    runStart = index
                default:
                    index += 1
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...]))
            output.append(0x22)
        }
    }

    /// Control characters, `"`, `\`, `<`, `>`, `&`, and 0xE2, the first byte of U+2028 and U+2029.
    private static let mayStartEscape: [Bool] = (0...255).map { byte in
        byte < 0x20 || [0x22, 0x5C, 0x3C, 0x3E, 0x26, 0xE2].contains(byte)
    }
}
