extension Array where Element == UInt8 {
    /// Where `needle` first stands in these bytes at or after `start`, or nil. Each candidate is
    /// found by its first byte (`firstIndex(of:)`, a fast scan) and then compared whole: over
    /// UTF-8, `String.range(of:)` goes through Foundation's NSString search, which was 3 % of a
    /// 30,000-page build where every page had a table to find.
    package func firstIndex(of needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= count else { return nil }
        var index = start
        while index <= count - needle.count {
            guard let candidate = self[index...(count - needle.count)].firstIndex(of: first) else { return nil }
            if self[candidate..<(candidate + needle.count)].elementsEqual(needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }
}
