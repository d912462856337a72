import Foundation
import GuideSupport
#if canImport(Glibc)
import Glibc
#endif

/// What a reader can take offline, per language: that language's pages, the stylesheet and
/// scripts, its search index and the open data; not the map library (150 kB a reader without a
/// connection cannot use: the map needs tiles). Computed from the finished staging folder, so the
/// size a reader is shown is the bytes the service worker will store.
///
/// Two files per language under `offline/`:
/// - `<lang>.json`, fixed name, tiny: `{version, bytes, files, manifest}`, read before anything
///   is downloaded (the size on the button) and on every visit of a saved pack (is there news?);
/// - `<lang>.<hash>.json`, named by content: `{files: [[path, hash, bytes], …]}`, read only when
///   the pack is saved or has changed, so an update fetches it and the changed files alone.
///
/// Paths are relative to the site's root, as is the worker's scope, so the pack works from any
/// base path. The worker itself is `sw.js` at the root, with a fixed name: a service worker
/// controls only the folder it is served from, and its address must not change between builds.
package struct OfflinePack {
    /// The worker's source among the theme's assets; published as `sw.js`, not fingerprinted.
    package static let workerAsset = "offline/sw.js"
    package static let workerPath = "sw.js"

    let languages: [String]

    package init(languages: [String]) {
        self.languages = languages
    }

    /// Whether the file at `path` (relative to the site's root) belongs to `language`'s pack.
    static func holds(_ path: String, language: String) -> Bool {
        if path.hasPrefix("assets/leaflet/") || path.hasPrefix("offline/") { return false }
        return path.hasPrefix(language + "/") || path.hasPrefix("search/\(language)/") || path.hasPrefix("assets/")
            || path.hasPrefix("data/")
    }

    /// Writes the worker and each language's two files into `staging`, which holds the finished
    /// site; returns each language's pack size in bytes, as readers are told it.
    @discardableResult
    package func write(into staging: StagingFolder, worker: [UInt8]) throws -> [String: Int] {
        // Ten hex digits of a file's fingerprint name its version in the pack's manifest.
        let files = staging.writtenFiles().map { File(path: $0.path, hash: ContentHash.hex(fingerprint: $0.hash), bytes: $0.size) }
        try staging.createFolders(["offline"])
        try staging.write(worker, to: Self.workerPath)
        var sizes: [String: Int] = [:]
        for language in languages {
            let own = files.filter { Self.holds($0.path, language: language) }
            let listing = own.map { "[" + JSONText.string($0.path) + "," + JSONText.string($0.hash) + "," + String($0.bytes) + "]" }
            let manifest = Array(("{\"files\":[" + listing.joined(separator: ",") + "]}\n").utf8)
            let manifestPath = "offline/\(language).\(ContentHash.hex(manifest)).json"
            let bytes = own.reduce(manifest.count) { $0 + $1.bytes }
            let summary = "{\"bytes\":\(bytes),\"files\":\(own.count),\"manifest\":\(JSONText.string(manifestPath)),"
                + "\"version\":\(JSONText.string(ContentHash.hex(manifest)))}\n"
            try staging.write(manifest, to: manifestPath)
            try staging.write(summary, to: "offline/\(language).json")
            sizes[language] = bytes
        }
        return sizes
    }

    struct File {
        var path: String
        var hash: String
        var bytes: Int
    }
}
