import GuideModel

/// What `guide locate` made of one address in the content.
package struct LocationResult: Hashable, Sendable {
    /// The entry file (relative to the source folder), the `address:` line and its column.
    package var location: SourceLocation
    package var address: String
    /// The flat the address names, which the buildings file does not hold: the coordinates are
    /// the building's.
    package var flat: String?
    package var outcome: Outcome

    /// What was done with the file, when the address was matched.
    package var action: Action? {
        if case .matched(_, let action) = outcome { return action }
        return nil
    }

    package enum Outcome: Hashable, Sendable {
        /// Exactly one existing building; what happened to the file is in `action`.
        case matched(RegisterRow, Action)
        /// Several existing buildings fit the address (the same street and number in several
        /// towns, and the address names none of them).
        case ambiguous([RegisterRow])
        /// No existing building fits; `reason` says what the register does have, for the editor.
        case unmatched(reason: String, lookalikes: [RegisterRow])
        /// The building exists but the register gives it no coordinates.
        case withoutCoordinates(RegisterRow)
        /// The register's point is outside Latvia: a broken row, never written.
        case outsideLatvia(RegisterRow)
    }

    package enum Action: Hashable, Sendable {
        case written
        /// `--dry-run`: the lines that would have been added.
        case wouldWrite
        /// The location has coordinates and `--replace` was not given; `distance` is how far
        /// (in metres) they are from the register's point, when both could be read.
        case keptExistingCoordinates(distance: Double?)
        /// A `{…}` item, reported for the editor to fill in by hand.
        case notEditable
        /// The register had malformed rows, so nothing was written.
        case notWrittenBecauseOfErrors
        /// Writing the file failed; the error is among the report's diagnostics.
        case writeFailed
    }
}
