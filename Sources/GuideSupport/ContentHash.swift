/// A short fingerprint of file contents for cache-busting asset names (`style.3f9a2c1b0d.css`):
/// when the file changes its URL changes, so browsers may cache assets forever.
///
/// FNV-1a is enough here: the hash only has to change when the bytes change, not resist attacks.
public enum ContentHash {
    @inlinable
    package static func fnv1a64<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash = FNV1aHasher()
        hash.add(bytes: bytes)
        return hash.value
    }

    @inlinable
    package static func hex<C: Collection>(_ bytes: C, length: Int = 10) -> String where C.Element == UInt8 {
        hex(fingerprint: fnv1a64(bytes), length: length)
    }

    /// The first `length` of a 64-bit hash's 16 hex digits, leading zeros included.
    @inlinable
    package static func hex(fingerprint: UInt64, length: Int = 10) -> String {
        let digits = String(fingerprint, radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - digits.count)) + digits).prefix(length))
    }

    /// A change-detecting fingerprint of a whole file, eight bytes a step: a build takes one of
    /// every file it writes, and FNV-1a's one multiplication per byte was most of that cost.
    /// Like `fnv1a64` it need not resist attacks, only change when the bytes do; the size is
    /// mixed in first, and callers compare sizes as well.
    package static func fingerprint(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x0000_0100_0000_01b3
            hash ^= hash >> 29
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0x0000_0100_0000_01b3
            offset += 1
        }
        return hash
    }

    /// `css/style.css` → `css/style.<hash>.css`.
    public static func fingerprinted(_ path: String, bytes: [UInt8]) -> String {
        let hash = hex(bytes)
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return path + "." + hash }
        return path[..<dot] + "." + hash + path[dot...]
    }
}
