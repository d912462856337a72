extension Dictionary where Key == String {
    /// The names in order with where each one's value is, but for `excluded` and for those not in
    /// `kept` when it is given: what JSON with sorted keys and the shape of template values need. Positions are sorted rather than
    /// entries, which would copy every value while sorting, and reading a value by its position
    /// hashes nothing.
    @inlinable
    package func positionsByKey(excluding excluded: String? = nil, keeping kept: Set<String>? = nil) -> [(key: String, position: Index)] {
        var positions: [(key: String, position: Index)] = []
        positions.reserveCapacity(count)
        var position = startIndex
        while position != endIndex {
            let key = self[position].key
            if key != excluded, kept?.contains(key) ?? true { positions.append((key, position)) }
            formIndex(after: &position)
        }
        positions.sort { $0.key < $1.key }
        return positions
    }
}
