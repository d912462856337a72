import Foundation
import GuideSupport

/// Markers that stand in a template's values for text each page fills in, and HTML rendered with
/// them cut where they came out. `TemplateShapeCache` puts one in place of every string, and
/// `SharedPartialCache` one in place of each language's href.
///
/// A marker ends in `&`, so the HTML shows whether the template escaped it (`&amp;`) or not
/// (`{{{value}}}`, or a text content type), and each page's text is put in the same way.
package struct MarkedHTML {
    /// The random part keeps a page's own text from ever looking like a marker.
    private let prefix = "\u{1}" + UUID().uuidString + ":"

    package init() {}

    package func marker(_ slot: Int) -> String {
        prefix + "\(slot)&\u{2}"
    }

    /// Rendered HTML cut at the markers: `texts[0]`, text `slots[0]`, `texts[1]`, …
    package struct Fragments: Sendable {
        struct Slot: Sendable {
            var text: Int
            var escaped: Bool
        }

        var texts: [String]
        var slots: [Slot]
        var textBytes: Int

        package func filled(with values: [String]) -> String {
            var html = ""
            html.reserveCapacity(textBytes + slots.reduce(0) { $0 + values[$1.text].utf8.count + 16 })
            html += texts[0]
            for (position, slot) in slots.enumerated() {
                html += slot.escaped ? HTMLEscaping.text(values[slot.text]) : values[slot.text]
                html += texts[position + 1]
            }
            return html
        }
    }

    /// `html` cut at each marker of a slot below `count`, or nil if a marker is not whole: a
    /// template that changed a marker's text has to be rendered with the page's own values.
    package func fragments(of html: String, slots count: Int) -> Fragments? {
        let bytes = Array(html.utf8)
        let prefix = Array(prefix.utf8)
        var texts: [String] = []
        var slots: [Fragments.Slot] = []
        var textStart = 0
        while let start = bytes.firstIndex(of: prefix, from: textStart) {
            var cursor = start + prefix.count
            var number = 0
            let digitsStart = cursor
            while cursor < bytes.count, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39, cursor - digitsStart < 9 {
                number = number * 10 + Int(bytes[cursor] - 0x30)
                cursor += 1
            }
            guard cursor > digitsStart, number < count else { return nil }
            let escaped: Bool
            if Self.bytes(bytes, at: cursor, equal: Self.escapedEnd) {
                escaped = true
                cursor += Self.escapedEnd.count
            } else if Self.bytes(bytes, at: cursor, equal: Self.rawEnd) {
                escaped = false
                cursor += Self.rawEnd.count
            } else {
                return nil
            }
            texts.append(String(decoding: bytes[textStart..<start], as: UTF8.self))
            slots.append(Fragments.Slot(text: number, escaped: escaped))
            textStart = cursor
        }
        texts.append(String(decoding: bytes[textStart...], as: UTF8.self))
        return Fragments(texts: texts, slots: slots, textBytes: texts.reduce(0) { $0 + $1.utf8.count })
    }

    private static let escapedEnd = Array("&amp;\u{2}".utf8)
    private static let rawEnd = Array("&\u{2}".utf8)

    private static func bytes(_ bytes: [UInt8], at offset: Int, equal expected: [UInt8]) -> Bool {
        offset + expected.count <= bytes.count && bytes[offset..<offset + expected.count].elementsEqual(expected)
    }
}
