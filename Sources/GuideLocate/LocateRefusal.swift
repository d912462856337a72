/// Why `guide locate` did not look at the content at all: the register cannot be read or is not
/// the register's buildings file. Nothing is written; the command exits with 2, as for wrong
/// arguments, since the fix is to name the right file.
package enum LocateRefusal: Error, Hashable, Sendable {
    case registerUnreadable(path: String, reason: String)
    case notARegister(path: String, missingColumns: [String], foundColumns: [String])
    case contentMissing(path: String)

    package var message: String {
        switch self {
        case .registerUnreadable(let path, let reason):
            return "cannot read the register \(path): \(reason)"
        case .notARegister(let path, let missing, let found):
            let columns = missing.map { "`\($0)`" }.joined(separator: ", ")
            let first = found.isEmpty ? "it has no header line" : "its first line has no \(columns) column\(missing.count == 1 ? "" : "s")"
            return "\(path) is not the State Address Register's buildings file (aw_eka.csv): \(first)"
        case .contentMissing(let path):
            return "no content folder at \(path)"
        }
    }

    package var hint: String {
        switch self {
        case .registerUnreadable:
            return "Give the path of aw_eka.csv with --register; docs/locate.md says where to download it."
        case .notARegister(_, _, let found):
            let seen = found.isEmpty ? "" : " The first line names: \(found.prefix(8).joined(separator: ", "))\(found.count > 8 ? ", …" : "")."
            return "Use aw_eka.csv, the buildings file, not another file of the data set (docs/locate.md).\(seen)"
        case .contentMissing:
            return "Run the command in the folder holding content/, or give that folder with --source."
        }
    }
}
