/// A request path that is safe to look up inside the site folder.
///
/// The path arrives percent-decoded, so `/%2e%2e/` reads `/../`; any `.` or `..` segment (or a
/// NUL byte) is refused here rather than resolved, and the remaining
/// segments can only name something below the site folder. The builder writes no symbolic
/// links, so no segment can lead elsewhere.
struct SitePath: Equatable {
    /// Segments below the site folder; empty for the site's root.
    let segments: [String]
    /// Whether the request named a folder (`/lv/`), which decides between serving its
    /// `index.html` and redirecting to the address with the slash.
    let namesFolder: Bool

    init?(requestPath: String) {
        guard requestPath.hasPrefix("/"), !requestPath.contains("\0") else { return nil }
        let segments = requestPath.split(separator: "/").map(String.init)
        guard segments.allSatisfy({ $0 != "." && $0 != ".." }) else { return nil }
        self.segments = segments
        namesFolder = requestPath.hasSuffix("/")
    }

    var relativePath: String { segments.joined(separator: "/") }
}
