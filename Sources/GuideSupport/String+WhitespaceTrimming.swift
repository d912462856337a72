extension String {
    /// The text without white space (Unicode's White_Space: spaces, tabs, line breaks, no-break
    /// spaces) at either end, as Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`
    /// gives it, but for the zero-width space, which Foundation on Linux trims too. Foundation
    /// bridges the whole text to do so, which for every page's plain text cost 3% of a large
    /// build; this looks at the ends only.
    package var trimmingWhitespace: String {
        // Most text has none: an ASCII character at each end that is not white space settles it
        // without looking up a Unicode property (1 % of a 30,000-page build, mostly table cells).
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           !Self.isASCIIWhitespace(first), !Self.isASCIIWhitespace(last) {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex { !$0.properties.isWhitespace }!
        return String(self[first...last])
    }

    /// Tab, line feed, vertical tab, form feed, carriage return and space: the ASCII part of
    /// Unicode's White_Space.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
