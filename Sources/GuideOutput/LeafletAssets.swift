import Foundation

/// Leaflet from Debian's `libjs-leaflet`, copied into the site at build time: the guide ships no
/// map code of its own beyond glue, and the library is not stored in the repository.
package enum LeafletAssets {
    /// Where Debian installs it; `GUIDE_LEAFLET_DIR` points elsewhere on other systems.
    package static var folder: URL {
        URL(fileURLWithPath: ProcessInfo.processInfo.environment["GUIDE_LEAFLET_DIR"] ?? "/usr/share/javascript/leaflet")
    }

    /// The ES-module build and the stylesheet, keyed as theme assets are; nil when not installed.
    package static func load() -> [String: [UInt8]]? {
        let manager = FileManager.default
        let script = ["leaflet.esm.min.js", "leaflet.esm.js"].lazy
            .compactMap { manager.contents(atPath: folder.appendingPathComponent($0).path) }.first
        guard let script, let style = manager.contents(atPath: folder.appendingPathComponent("leaflet.css").path) else { return nil }
        return ["leaflet/leaflet.js": Array(script), "leaflet/leaflet.css": Array(style)]
    }
}
