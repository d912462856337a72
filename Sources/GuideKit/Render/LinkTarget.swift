/// What a link in Markdown points at, decided before it reaches the page.
enum LinkTarget: Equatable {
    /// Another entry of the guide: `organizations/drosa-maja#contacts`.
    case reference(EntryID, fragment: String?)
    /// A scheme that could run code or smuggle content (`javascript:`, `data:`, `vbscript:`, `file:`).
    case forbidden(scheme: String)
    /// A relative path that is not a reference: kept, but the editor is warned.
    case unresolvable
    case allowed

    init(_ url: String) {
        if let scheme = Self.scheme(of: url) {
            self = MarkdownRenderer.allowedSchemes.contains(scheme) ? .allowed : .forbidden(scheme: scheme)
            return
        }
        if url.isEmpty || url.hasPrefix("#") || url.hasPrefix("/") {
            self = .allowed
            return
        }
        let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        var path = String(parts[0])
        if path.hasSuffix("/") { path.removeLast() }
        if let id = EntryID(reference: path) {
            let fragment = parts.count > 1 && !parts[1].isEmpty ? String(parts[1]) : nil
            self = .reference(id, fragment: fragment)
        } else {
            self = .unresolvable
        }
    }

    /// The scheme as a browser would see it: browsers ignore ASCII tabs, newlines and leading
    /// spaces in URLs, so `java\tscript:` is still `javascript:`.
    static func scheme(of url: String) -> String? {
        var scheme = ""
        for scalar in url.unicodeScalars {
            if scalar.value <= 0x20 { continue }
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            if scalar == "/" || scalar == "?" || scalar == "#" { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }
}
