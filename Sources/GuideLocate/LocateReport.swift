import GuideModel

/// Everything one run of `guide locate` found and did.
package struct LocateReport: Hashable, Sendable {
    /// One for each address in the content, in file order.
    package var results: [LocationResult]
    /// Problems that are not about one address: malformed register rows (with the register's
    /// path and line), entry files that could not be read or written, lists that were not read.
    package var problems: [Diagnostic]
    /// Rows of the register read (without the header), and how many of them had STATUSS EKS.
    package var registerRows: Int
    package var existingRows: Int

    /// Every error and warning, in the `path:line:column:` form of the build's.
    package var diagnostics: [Diagnostic] {
        problems + results.compactMap(\.diagnostic)
    }

    /// Malformed register rows, failed writes and register points outside Latvia. Unmatched and
    /// ambiguous addresses are warnings: the content is no worse than before.
    package var hasErrors: Bool { diagnostics.hasErrors }
}
