import GuideModel

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
        let hash = url.utf8.firstIndex(of: UInt8(ascii: "#"))
        var path = String(url[..<(hash ?? url.endIndex)])
        if path.hasSuffix("/") { path.removeLast() }
        if let id = EntryID(reference: path) {
            let fragment = hash.map { String(url[url.utf8.index(after: $0)...]) }
            self = .reference(id, fragment: fragment?.isEmpty == false ? fragment : nil)
        } else {
            self = .unresolvable
        }
    }

    /// The scheme as a browser would see it: browsers ignore ASCII tabs, newlines and leading
    /// spaces in URLs, so `java\tscript:` is still `javascript:`. Read as UTF-8 bytes, where the
    /// scalars up to U+0020 are exactly the bytes up to 0x20: appending scalar by scalar to a
    /// string made this most of what checking a link cost.
    static func scheme(of url: String) -> String? {
        var scheme: [UInt8] = []
        for byte in url.utf8 {
            switch byte {
            case 0...0x20: continue
            case UInt8(ascii: ":"): return scheme.isEmpty ? nil : String(decoding: scheme, as: UTF8.self).lowercased()
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"): return nil
            default: scheme.append(byte)
            }
        }
        return nil
    }
}
