import GuideModel

/// Bidirectional embedding and override characters (U+202A–U+202E) reverse how text is shown,
/// so a name can display as something else than it says ("Trojan Source"). Right-to-left
/// languages do not need them — the theme sets `dir` — so they are refused. Isolates and marks
/// (U+2066–U+2069, U+200E, U+200F), which cannot leak outside their span, stay allowed.
enum BidiOverride {
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value)
    }

    static func diagnostic(_ scalar: Unicode.Scalar, at location: SourceLocation, field: String) -> Diagnostic {
        let code = String(scalar.value, radix: 16, uppercase: true)
        return .error(at: location, "`\(field)` contains the invisible direction override U+\(code)",
                      hint: "Delete it (retype the text if you cannot see it); the page's language already sets the writing direction.")
    }

    /// The first override in a Markdown body, as a position in the file.
    static func firstInBody(_ body: String, path: String, firstLine: Int) -> Diagnostic? {
        guard mayContainOverride(body) else { return nil }
        var line = firstLine, column = 1
        for scalar in body.unicodeScalars {
            if contains(scalar) {
                return diagnostic(scalar, at: SourceLocation(path: path, line: line, column: column), field: "the text")
            }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    /// Whether the UTF-8 of `text` holds E2 80 AA–AE, the encoding of U+202A–U+202E. Nearly no
    /// body does, and this byte scan spares counting lines and columns scalar by scalar.
    static func mayContainOverride(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] == 0xE2, bytes[index + 1] == 0x80, (0xAA...0xAE).contains(bytes[index + 2]) { return true }
                index += 1
            }
            return false
        }
    }
}
