/// FNV-1a over an entry's file names and texts, each closed by a zero byte so that moving text
/// from one file to the next changes the value.
struct EntryFingerprint {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        value = (value ^ 0) &* 0x0000_0100_0000_01b3
    }
}
