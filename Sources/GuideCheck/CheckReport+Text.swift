import GuideModel

extension CheckReport {
    /// The report for people: problems grouped under the file to open, each with its line and
    /// what to do; then the coverage matrix, the versions to copy into `translated_from:`, and a
    /// one-line summary, last so it is what stays on screen.
    public var text: String {
        var lines: [String] = []
        var currentPath: String?
        for item in diagnostics {
            let diagnostic = item.diagnostic
            if diagnostic.location.path != currentPath {
                if currentPath != nil { lines.append("") }
                currentPath = diagnostic.location.path
                lines.append(diagnostic.location.path)
            }
            lines.append("  line \(diagnostic.location.line): \(diagnostic.severity.rawValue): \(diagnostic.message)")
            if let hint = diagnostic.hint { lines.append("    hint: \(hint)") }
        }
        if !coverage.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append("Translations (missing: readers get another language; outdated: the source has changed since)")
            lines += table(coverage.map { row in (row.entry, languages.map { row.statuses[$0]?.rawValue ?? "" }) })
            lines.append("")
            lines.append("Versions (copy into `translated_from:` of a translation made from that text)")
            let marks = Dictionary(grouping: versions, by: \.entry)
            lines += table(coverage.map { row in (row.entry, languages.map { language in
                marks[row.entry]?.first { $0.language == language }?.mark ?? "-"
            }) })
        }
        if !lines.isEmpty { lines.append("") }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `2 errors, 1 warning. Translations: 95 present, 1 outdated, 3 missing.`
    var summary: String {
        var text = "\(counted(errorCount, "error")), \(counted(warningCount, "warning"))."
        if !coverage.isEmpty {
            text += " Translations: \(count(of: .present)) present, \(count(of: .outdated)) outdated, \(count(of: .missing)) missing."
        }
        return text
    }

    /// Rows under a header of language codes, each column as wide as its widest cell.
    private func table(_ rows: [(EntryID, [String])]) -> [String] {
        let labelWidth = rows.map { $0.0.description.count }.max() ?? 0
        let widths = languages.indices.map { column in
            rows.map { $0.1[column].count }.reduce(languages[column].count, max)
        }
        func line(_ label: String, _ cells: [String]) -> String {
            let padded = zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }
            var text = "  " + label + String(repeating: " ", count: labelWidth - label.count) + "  " + padded.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        return [line("", languages)] + rows.map { line($0.0.description, $0.1) }
    }

    private func counted(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
