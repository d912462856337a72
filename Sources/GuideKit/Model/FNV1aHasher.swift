/// FNV-1a, for the numbers that tell `guide serve` what an edit changed: an entry folder's
/// fingerprint and each page's or list item's dependencies. Not for security; only fast and the
/// same for the same input within one process.
struct FNV1aHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Each text is closed by a zero byte, so that moving text from one file (or field) to the
    /// next changes the value.
    mutating func add(_ text: String) {
        for byte in text.utf8 { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        value = value &* 0x0000_0100_0000_01b3
    }

    mutating func add(_ number: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            value = (value ^ ((number >> UInt64(shift)) & 0xFF)) &* 0x0000_0100_0000_01b3
        }
    }
}
