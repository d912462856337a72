/// One row of the register kept because its street and building are those of an address in the
/// content: the few rows out of a million that the matching looks at.
package struct RegisterRow: Hashable, Sendable {
    /// KODS, the address code: nine digits that stay with the address for its whole life.
    package var code: String
    /// STATUSS: `EKS` for an address that exists; `DEL` (deleted) and `ERR` (entered in error)
    /// are kept only to explain why an address did not match.
    package var status: String
    /// STD, the full address as the register writes it: `Pils laukums 3, Rīga, LV-1050`.
    package var standardAddress: String
    package var postcode: String?
    /// DD_N and DD_E (WGS 84 degrees), nil when the register gives none.
    package var coordinate: Coordinate?
    /// The row's line in the register file, for messages.
    package var line: Int

    package var exists: Bool { status == "EKS" }

    package struct Coordinate: Hashable, Sendable {
        package var latitude: Double
        package var longitude: Double

        /// The bounding box of Latvia with a margin, as the content's validator checks it: a
        /// register point outside it is a broken row, not a place in the guide.
        package var isInLatvia: Bool {
            (55.6...58.1).contains(latitude) && (20.9...28.3).contains(longitude)
        }
    }
}
