import Foundation

/// Pages rendered through swift-mustache once per template and shape of their values
/// (`TemplateShape`), with a marker in place of each string; every page of that shape then gets
/// the rendered HTML with its own strings put where the markers were.
///
/// Rendering by the library cost about 12,000 instructions a value looked up (splitting the name,
/// then dynamic casts at each level of the context), a third of a large build; at 1,029 pages the
/// 999 entry pages had 54 shapes and 3,039 facts rows 6. A marker ends in `&`, so the HTML shows
/// whether the template escaped the value (`&amp;`) or not (`{{{value}}}`, or a text content type).
///
/// Only for themes `TemplateShapeRules` accept: otherwise a template could transform a string
/// or indent a partial after it, and this cache is not made. The renderers of a build share it,
/// hence the lock; rendering happens outside it. It keeps its first `limit` shapes, as
/// `FactRowCache` keeps its rows, which bounds its memory on a guide of many different pages.
final class TemplateShapeCache: @unchecked Sendable {
    /// Rendered HTML cut at the markers: `texts[0]`, string `slots[0]`, `texts[1]`, …
    struct Fragments {
        struct Slot {
            var string: Int
            var escaped: Bool
        }

        var texts: [String]
        var slots: [Slot]
        var textBytes: Int

        func filled(with strings: [String]) -> String {
            var html = ""
            html.reserveCapacity(textBytes + slots.reduce(0) { $0 + strings[$1.string].utf8.count + 16 })
            html += texts[0]
            for (position, slot) in slots.enumerated() {
                html += slot.escaped ? HTMLEscaping.text(strings[slot.string]) : strings[slot.string]
                html += texts[position + 1]
            }
            return html
        }
    }

    private var rendered: [String: Fragments] = [:]
    private let lock = NSLock()
    let limit: Int
    /// The random part keeps a page's own text from ever looking like a marker.
    private let markerPrefix = "\u{1}" + UUID().uuidString + ":"

    init(limit: Int = 20_000) {
        self.limit = limit
    }

    /// `template`'s HTML for `values` from `render`, which renders a set of values through the
    /// library. `constant` names a top-level value that is the same for every page of `language`
    /// (the UI strings), so it is left out of the shape and the language is put into the key.
    func html(_ template: String, values: [String: Any], constant: String?, language: String,
              render: ([String: Any]) -> String) -> String {
        guard let shape = TemplateShape(of: values, leaving: constant, prefix: template + "\u{0}" + language + "\u{0}") else {
            return render(values)
        }
        if let fragments = lock.withLock({ rendered[shape.key] }) {
            return fragments.filled(with: shape.strings)
        }
        guard let marked = TemplateShape.markedValues(values, leaving: constant, marker: marker),
              let fragments = fragments(of: render(marked), strings: shape.strings.count) else {
            return render(values)
        }
        lock.withLock {
            if rendered.count < limit { rendered[shape.key] = fragments }
        }
        return fragments.filled(with: shape.strings)
    }

    var count: Int { lock.withLock { rendered.count } }

    private func marker(_ string: Int) -> String {
        markerPrefix + "\(string)&\u{2}"
    }

    /// The HTML cut at each marker, or nil if one is not whole: a template that changed a
    /// marker's text is rendered page by page.
    private func fragments(of html: String, strings count: Int) -> Fragments? {
        let bytes = Array(html.utf8)
        let prefix = Array(markerPrefix.utf8)
        var texts: [String] = []
        var slots: [Fragments.Slot] = []
        var textStart = 0
        var position = 0
        while let start = Self.firstIndex(of: prefix, in: bytes, from: position) {
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
            slots.append(Fragments.Slot(string: number, escaped: escaped))
            textStart = cursor
            position = cursor
        }
        texts.append(String(decoding: bytes[textStart...], as: UTF8.self))
        return Fragments(texts: texts, slots: slots, textBytes: texts.reduce(0) { $0 + $1.utf8.count })
    }

    private static let escapedEnd = Array("&amp;\u{2}".utf8)
    private static let rawEnd = Array("&\u{2}".utf8)

    private static func bytes(_ bytes: [UInt8], at offset: Int, equal expected: [UInt8]) -> Bool {
        offset + expected.count <= bytes.count && bytes[offset..<offset + expected.count].elementsEqual(expected)
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
