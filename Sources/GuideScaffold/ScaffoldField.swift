/// One field as a new entry's file shows it: an explanation in plain words, then either a value
/// the build rejects until the editor fills it in, or an example the editor can switch on.
///
/// Every field is written out, required or not, so an editor learns what an entry can say from
/// the file itself instead of from the README.
struct ScaffoldField {
    enum Presence {
        /// Written as `name: placeholder   # required`. The placeholder is empty (or `[]` for a
        /// list), which the validator rejects by the field's name until it is filled in.
        case required(placeholder: String)
        /// Written commented out, so it changes nothing until the editor deletes the `# `. An
        /// example starting with a line break is a block (a list of mappings) under the name.
        case optional(example: String)
    }

    var name: String
    /// Plain words; `\n` starts a new comment line, longer lines are wrapped.
    var explanation: String
    var presence: Presence

    static func required(_ name: String, _ explanation: String, placeholder: String = "") -> ScaffoldField {
        ScaffoldField(name: name, explanation: explanation, presence: .required(placeholder: placeholder))
    }

    static func optional(_ name: String, _ explanation: String, example: String) -> ScaffoldField {
        ScaffoldField(name: name, explanation: "Optional: " + explanation, presence: .optional(example: example))
    }

    var isRequired: Bool {
        if case .required = presence { return true }
        return false
    }

    /// The field's lines of YAML, the explanation first.
    var lines: [String] {
        var lines = ScaffoldField.comment(explanation)
        switch presence {
        case .required(let placeholder):
            let field = placeholder.isEmpty ? "\(name):" : "\(name): \(placeholder)"
            // Aligned markers are easier to scan for what is still to do.
            lines.append(field + String(repeating: " ", count: max(2, 24 - field.count)) + "# required")
        case .optional(let example):
            // A block example starts on the next line; its lines keep their indentation after `# `.
            let field = example.hasPrefix("\n") ? "\(name):\(example)" : "\(name): \(example)"
            lines += field.split(separator: "\n").map { "# " + $0 }
        }
        return lines
    }

    /// Text as `# ` comment lines no wider than an editor's window, breaking only between words.
    static func comment(_ text: String, width: Int = 100) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph -> [String] in
            var lines: [String] = []
            var line = "#"
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                if line.count + 1 + word.count > width && line != "#" {
                    lines.append(line)
                    line = "#"
                }
                line += " " + word
            }
            lines.append(line)
            return lines
        }
    }
}
