extension LocateReport {
    /// For standard output: one line per matched address, then a summary. Problems go to
    /// standard error through `diagnostics`, in the build's format.
    ///
    ///     content/legal/jpa-legal-aid/entry.yaml:17: Pils laukums 4, Rīga, LV-1050 → code 101234567, 56.951055 24.100933: written
    package var text: String {
        var lines: [String] = []
        for result in results {
            guard case .matched(let row, let action) = result.outcome, let point = row.coordinate else { continue }
            var line = "\(result.location.path):\(result.location.line): \(result.address) → code \(row.code), "
                + "\(CoordinateLines.degrees(point.latitude)) \(CoordinateLines.degrees(point.longitude))"
            if row.standardAddress != result.address { line += " (\(row.standardAddress))" }
            line += ": " + Self.describe(action)
            if let flat = result.flat { line += "; the point is the building's: flat \(flat) is not in the buildings file" }
            lines.append(line)
        }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    package var summary: String {
        let matched = results.filter { $0.action != nil }.count
        let ambiguous = results.filter { if case .ambiguous = $0.outcome { true } else { false } }.count
        let wouldWrite = results.filter { $0.action == .wouldWrite }.count
        let written = wouldWrite > 0 ? "\(wouldWrite) would be written: dry run" : "\(results.filter { $0.action == .written }.count) written"
        return "guide locate: \(matched) of \(results.count) addresses matched (\(written)), \(ambiguous) ambiguous, "
            + "\(results.count - matched - ambiguous) not placed; \(Self.grouped(registerRows)) register rows read "
            + "(\(Self.grouped(existingRows)) existing)."
    }

    /// `1,000,000`: the same on every machine, whatever its locale.
    private static func grouped(_ number: Int) -> String {
        var digits = String(number)
        var index = digits.endIndex
        while digits.distance(from: digits.startIndex, to: index) > 3 {
            index = digits.index(index, offsetBy: -3)
            digits.insert(",", at: index)
        }
        return digits
    }

    private static func describe(_ action: LocationResult.Action) -> String {
        switch action {
        case .written: return "written"
        case .wouldWrite: return "would be written (dry run)"
        case .keptExistingCoordinates(let distance):
            let away = distance.map { " (\(Int($0.rounded())) m from the register's point)" } ?? ""
            return "kept the coordinates already there\(away); --replace takes the register's"
        case .notEditable: return "not written: a one-line `{…}` location (see the warning)"
        case .notWrittenBecauseOfErrors: return "not written: the register has malformed rows"
        case .writeFailed: return "not written: the file could not be written"
        }
    }
}
