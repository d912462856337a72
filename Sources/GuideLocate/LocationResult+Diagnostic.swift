import GuideModel

extension LocationResult {
    /// The warning or error this result gives, at the `address:` line; nil when the address was
    /// matched and handled as asked.
    package var diagnostic: Diagnostic? {
        switch outcome {
        case .matched(let row, .notEditable):
            return .warning(at: location, "`\(address)` is written as a one-line mapping `{…}`, which guide locate does not edit",
                            hint: "Add `\(Self.coordinates(row))` by hand, with a comment citing State Address Register code \(row.code); or write the location one key a line and run again.")
        case .matched(let row, .writeFailed):
            return .error(at: location, "could not write the coordinates of `\(address)` (code \(row.code))",
                          hint: "See the error about the file above; nothing in it was changed.")
        case .matched:
            return nil
        case .ambiguous(let rows):
            return .warning(at: location, "`\(address)` fits \(rows.count) buildings in the register",
                            hint: "Add the town (and parish or municipality) as the register writes it, then run again: \(Self.list(rows)).")
        case .unmatched(let reason, let lookalikes):
            let seen = lookalikes.isEmpty ? "" : ": \(Self.list(lookalikes))"
            return .warning(at: location, "`\(address)` is not in the register: \(reason)\(seen)",
                            hint: "Check the street, number and town against the address on the register's map (kadastrs.lv); nothing was written.")
        case .withoutCoordinates(let row):
            return .warning(at: location, "the register has `\(row.standardAddress)` (code \(row.code)) but no coordinates for it",
                            hint: "Nothing was written; place the location by another source and cite it in a comment.")
        case .outsideLatvia(let row):
            return .error(at: location, "the register's point for `\(row.standardAddress)` (code \(row.code), line \(row.line)) is outside Latvia",
                          hint: "The register row is damaged: download the register again. Nothing was written.")
        }
    }

    private static func list(_ rows: [RegisterRow]) -> String {
        let shown = rows.prefix(6).map { "\($0.standardAddress) (code \($0.code)\($0.exists ? "" : ", \($0.status)"))" }
        return shown.joined(separator: "; ") + (rows.count > shown.count ? "; and \(rows.count - shown.count) more" : "")
    }

    private static func coordinates(_ row: RegisterRow) -> String {
        guard let point = row.coordinate else { return "" }
        return "latitude: \(CoordinateLines.degrees(point.latitude)), longitude: \(CoordinateLines.degrees(point.longitude))"
    }
}
