extension String {
    /// The text with every `{name}` replaced by `value`, as UI strings mark their blanks
    /// (`{count}`, `{date}`). Foundation's `replacingOccurrences` bridges both strings to NSString,
    /// which for the few short strings of every page cost more than writing the page.
    ///
    /// A value that ends with a full stop stands in for the one right after its blank: a Latvian
    /// date ends with its year's ordinal dot ("6.12.2026."), which then also ends the sentence,
    /// where "{date}." printed two.
    package func fillingPlaceholder(_ name: String, with value: String) -> String {
        let endsWithFullStop = value.utf8.last == UInt8(ascii: ".")
        var marker = "{" + name + "}"
        var text = self
        return text.withUTF8 { bytes in
            marker.withUTF8 { marker in
                var result: [UInt8] = []
                var start = 0, index = 0
                while index + marker.count <= bytes.count {
                    if bytes[index] == marker[0] && (1..<marker.count).allSatisfy({ bytes[index + $0] == marker[$0] }) {
                        if result.isEmpty { result.reserveCapacity(bytes.count + value.utf8.count) }
                        result.append(contentsOf: bytes[start..<index])
                        result.append(contentsOf: value.utf8)
                        index += marker.count
                        if endsWithFullStop && index < bytes.count && bytes[index] == UInt8(ascii: ".") { index += 1 }
                        start = index
                    } else {
                        index += 1
                    }
                }
                guard start > 0 else { return self }
                result.append(contentsOf: bytes[start...])
                return String(decoding: result, as: UTF8.self)
            }
        }
    }
}
