/// The number part of an address, split into the building the register lists and the flat it
/// does not: `aw_eka.csv` holds buildings, so `Lāčplēša iela 75-1B` is placed at building 75.
///
/// The building is written one way whatever the source wrote: `26 A` → `26a`, `50k3`, `50 k.3`
/// and `50 k-3` → `50 k-3` (a korpuss is a building of its own), `59/61` stays a double number.
/// After the building, `-`, `–` or `dz.` starts the flat: `75 - 1 B`, `75 – 9/10`, `75 dz. 9`.
struct HouseNumber: Hashable, Sendable {
    /// The building as the register's folded spelling has it, e.g. `1 k-3`; empty for a name
    /// without a number (a farmstead).
    var building: String
    /// The flat or premises named after the building, folded (`1b`); nil when there is none.
    var flat: String?

    /// Reads folded text (see `AddressFolding`). Text that does not read as a number is kept
    /// whole as the building, so it can still equal the same unusual spelling in the register.
    init<Bytes: Collection<UInt8>>(folded text: Bytes) where Bytes.Index == Int {
        var reader = Reader(text: text)
        guard let building = reader.building() else {
            self.building = String(decoding: text, as: UTF8.self)
            return
        }
        reader.skipSpaces()
        if reader.isAtEnd {
            self.building = building
        } else if let flat = reader.flat() {
            self.building = building
            self.flat = flat
        } else {
            self.building = String(decoding: text, as: UTF8.self)
        }
    }

    private struct Reader<Bytes: Collection<UInt8>> where Bytes.Index == Int {
        let text: Bytes
        var position: Int

        init(text: Bytes) {
            self.text = text
            position = text.startIndex
        }

        var isAtEnd: Bool { position >= text.endIndex }
        private var current: UInt8? { isAtEnd ? nil : text[position] }
        private func byte(at offset: Int) -> UInt8? {
            position + offset < text.endIndex ? text[position + offset] : nil
        }

        mutating func skipSpaces() {
            while current == AddressFolding.space { position += 1 }
        }

        /// `digits [letter] [/ digits [letter]] [k digits]`, written the register's way.
        mutating func building() -> String? {
            skipSpaces()
            guard var number = numberWithLetter() else { return nil }
            if current == UInt8(ascii: "/") {
                let slash = position
                position += 1
                guard let second = numberWithLetter() else {
                    position = slash
                    return number
                }
                number += "/" + second
            }
            let beforeBlock = position
            skipSpaces()
            if let block = korpuss() {
                number += " k-" + block
            } else {
                position = beforeBlock
            }
            return number
        }

        private mutating func numberWithLetter() -> String? {
            let start = position
            while let byte = current, byte.isDigit { position += 1 }
            guard position > start else { return nil }
            var number = String(decoding: text[start..<position], as: UTF8.self)
            let afterDigits = position
            skipSpaces()
            // One letter straight after the number (`26a`, `26 A`), but not the `k` of a korpuss
            // and not the first letter of a word.
            if let letter = current, letter.isLetter, !(byte(at: 1)?.isLetter ?? false), !startsKorpuss() {
                number.append(Character(Unicode.Scalar(letter)))
                position += 1
            } else {
                position = afterDigits
            }
            return number
        }

        /// Whether a korpuss starts here: `k`, `k.`, `korp.` or `korpuss`, then digits, with an
        /// optional `-` and spaces between.
        private func startsKorpuss() -> Bool {
            var probe = self
            return probe.korpuss() != nil
        }

        private mutating func korpuss() -> String? {
            let start = position
            guard current == UInt8(ascii: "k") else { return nil }
            position += 1
            for word in ["orpuss", "orp"] where matches(word) {
                position += word.utf8.count
                break
            }
            if current == UInt8(ascii: ".") { position += 1 }
            skipSpaces()
            if current == AddressFolding.dash { position += 1 }
            skipSpaces()
            let digits = position
            while let byte = current, byte.isDigit { position += 1 }
            guard position > digits else {
                position = start
                return nil
            }
            return String(decoding: text[digits..<position], as: UTF8.self)
        }

        private func matches(_ word: String) -> Bool {
            var offset = 0
            for expected in word.utf8 {
                guard byte(at: offset) == expected else { return false }
                offset += 1
            }
            return true
        }

        /// `- 1 B`, `-9/10` or `dz. 9`: the rest, without spaces.
        mutating func flat() -> String? {
            if current == AddressFolding.dash {
                position += 1
            } else if matches("dz") {
                position += 2
                if current == UInt8(ascii: ".") { position += 1 }
            } else {
                return nil
            }
            let rest = text[position...].filter { $0 != AddressFolding.space }
            guard !rest.isEmpty else { return nil }
            position = text.endIndex
            return String(decoding: rest, as: UTF8.self)
        }
    }
}

extension UInt8 {
    var isDigit: Bool { (0x30...0x39).contains(self) }
    /// A folded letter: ASCII, or the first byte of one without an ASCII base (Cyrillic, `ø`).
    var isLetter: Bool { (0x61...0x7A).contains(self) || self >= 0xC0 }
}
