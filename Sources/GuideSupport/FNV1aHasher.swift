/// FNV-1a, for the numbers that tell `guide serve` what an edit changed (an entry folder's
/// fingerprint and each page's or list item's dependencies) and for content-hashed file names
/// (`ContentHash`). Not for security; only fast and the same for the same input.
@usableFromInline
package struct FNV1aHasher {
    // Settable so that the hashing below can be inlined into the other stages' loops, which
    // hash every content file and list item.
    @usableFromInline
    package var value: UInt64 = 0xcbf2_9ce4_8422_2325

    @inlinable
    package init() {}

    @inlinable
    package mutating func add<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        for byte in bytes { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
    }

    /// Each text is closed by a zero byte, so that moving text from one file (or field) to the
    /// next changes the value.
    @inlinable
    package mutating func add(_ text: String) {
        // Hashed from the string's contiguous UTF-8 storage: iterating `utf8` as a generic
        // sequence went through an index check per byte, and every content file is hashed.
        var text = text
        text.withUTF8 { add(bytes: $0) }
        add(bytes: CollectionOfOne(0))
    }

    @inlinable
    package mutating func add(_ number: UInt64) {
        add(bytes: stride(from: 0, to: 64, by: 8).lazy.map { UInt8(truncatingIfNeeded: number >> UInt64($0)) })
    }
}
