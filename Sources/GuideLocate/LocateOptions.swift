import GuideModel

/// How `guide locate` may change the content.
package struct LocateOptions: Hashable, Sendable {
    /// `--replace`: coordinates already in a location are replaced by the register's. Without it
    /// they are kept, since an editor may have placed the pin at a door the register's point misses.
    package var replacesCoordinates: Bool
    /// False for `--dry-run`: everything is matched and reported, nothing is written.
    package var writesFiles: Bool
    /// The day named in the comment written beside the coordinates.
    package var readOn: CalendarDate

    package init(replacesCoordinates: Bool = false, writesFiles: Bool = true, readOn: CalendarDate) {
        self.replacesCoordinates = replacesCoordinates
        self.writesFiles = writesFiles
        self.readOn = readOn
    }
}
