extension String {
    /// The text without white space (Unicode's White_Space: spaces, tabs, line breaks, no-break
    /// spaces) at either end, as Foundation's `trimmingCharacters(in: .whitespacesAndNewlines)`
    /// gives it. Foundation bridges the whole text to do so, which for every page's plain text
    /// cost 3% of a large build; this looks at the ends only.
    package var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex { !$0.properties.isWhitespace }!
        return String(self[first...last])
    }
}
