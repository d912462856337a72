import Foundation

/// Reduces address text to lower-case letters without diacritics, single spaces and one kind of
/// dash, working on UTF-8 bytes: it runs on the first part of every one of the register's
/// million rows, where making a `String` and folding it through Foundation would cost seconds.
enum AddressFolding {
    /// The ASCII letter each of U+00C0…U+017F folds to (`ā` → `a`, `Š` → `s`), 0 for those
    /// without one (`ß`, `ø`). Taken from Foundation's own folding once, so no table is typed by hand.
    private static let latinLetters: [UInt8] = (0xC0..<0x180).map { value in
        let folded = String(Character(Unicode.Scalar(UInt32(value))!))
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        guard folded.utf8.count == 1, let byte = folded.utf8.first, (0x61...0x7A).contains(byte) else { return 0 }
        return byte
    }

    static let space = UInt8(ascii: " ")
    static let dash = UInt8(ascii: "-")

    /// The folded bytes of `text`: ASCII letters lower-cased, Latin letters with diacritics
    /// replaced by their base letter, quotation marks dropped (`"Riņņi"` is the farmstead Riņņi),
    /// en and em dashes made `-`, and runs of white space made one space, trimmed at both ends.
    /// Other characters (Cyrillic, digits, punctuation) are kept as they are.
    static func fold<Bytes: Collection<UInt8>>(_ text: Bytes) -> [UInt8] where Bytes.Index == Int {
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var pendingSpace = false
        func emit(_ byte: UInt8) {
            if pendingSpace, !out.isEmpty { out.append(space) }
            pendingSpace = false
            out.append(byte)
        }
        var i = text.startIndex
        let end = text.endIndex
        while i < end {
            let byte = text[i]
            switch byte {
            case 0x41...0x5A:
                emit(byte | 0x20)
                i += 1
            case 0x20, 0x09, 0x0A, 0x0D:
                pendingSpace = true
                i += 1
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                i += 1
            case 0xC2...0xDF where i + 1 < end:
                let scalar = (Int(byte & 0x1F) << 6) | Int(text[i + 1] & 0x3F)
                if scalar == 0xA0 {
                    pendingSpace = true
                } else if scalar == 0xAB || scalar == 0xBB {
                    // « » quote a name like " does.
                } else if (0xC0..<0x180).contains(scalar), latinLetters[scalar - 0xC0] != 0 {
                    emit(latinLetters[scalar - 0xC0])
                } else {
                    emit(byte)
                    out.append(text[i + 1])
                }
                i += 2
            case 0xE2 where i + 2 < end && text[i + 1] == 0x80:
                switch text[i + 2] {
                case 0x93, 0x94: emit(dash)                      // – —
                case 0x98, 0x99, 0x9C, 0x9D, 0x9E: break         // ‘ ’ “ ” „
                default:
                    emit(byte)
                    out.append(text[i + 1])
                    out.append(text[i + 2])
                }
                i += 3
            default:
                emit(byte)
                i += 1
            }
        }
        return out
    }
}
