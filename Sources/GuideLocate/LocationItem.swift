/// One item of an entry's `locations` list, found by its lines: where its address is, where
/// coordinates would go, and which lines hold coordinates already.
struct LocationItem: Hashable, Sendable {
    var address: String
    /// Line indices (from 0) of the `address:` key, and column (from 1) of the key.
    var addressLine: Int
    var column: Int
    /// The spaces before the item's keys, which added lines get too.
    var keyIndentation: Int
    /// Where added lines go: after the address and anything indented under it (a continued
    /// value, or comments that go on explaining the address, as in content/legal/pmlp-residence).
    var insertionLine: Int
    /// The `latitude:` and `longitude:` lines already there.
    var existingCoordinates: [ExistingCoordinate]
    /// False for an item written `{address: …}` on one line, or whose first key, on the `-` line,
    /// is a coordinate: lines cannot be added to or taken from it without rewriting the item,
    /// which is left to the editor.
    var isEditable: Bool

    var hasCoordinates: Bool { !existingCoordinates.isEmpty }

    struct ExistingCoordinate: Hashable, Sendable {
        var line: Int
        /// `latitude` or `longitude`.
        var key: String
        var value: String
    }
}
