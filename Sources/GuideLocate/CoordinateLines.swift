import Foundation
import GuideModel

/// The lines `guide locate` adds to a location: a comment naming where the point comes from, so
/// the coordinate is cited like every other fact in entry.yaml, then `latitude` and `longitude`.
///
///     # State Address Register (VZD aw_eka.csv), code 101234567, read 2026-12-06
///     latitude: 56.951055
///     longitude: 24.100933
struct CoordinateLines: Sendable {
    /// The start of the comment, by which `--replace` recognises lines it wrote before.
    static let commentPrefix = "# State Address Register (VZD "

    let row: RegisterRow
    let coordinate: RegisterRow.Coordinate
    /// The register file's name as given (`aw_eka.csv`).
    let registerName: String
    let readOn: CalendarDate

    func lines(indentation: Int) -> [String] {
        let indent = String(repeating: " ", count: indentation)
        return [
            "\(indent)\(Self.commentPrefix)\(registerName)), code \(row.code), read \(readOn)",
            "\(indent)latitude: \(Self.degrees(coordinate.latitude))",
            "\(indent)longitude: \(Self.degrees(coordinate.longitude))",
        ]
    }

    /// Six decimals, about 0.1 m: as precise as the register, and the form map apps show.
    static func degrees(_ value: Double) -> String {
        String(format: "%.6f", value)
    }
}
