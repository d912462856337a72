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
        let files = try Self.files(under: staging.url)
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

    /// A change-detecting fingerprint of a file, eight bytes a step: the pack reads back every
    /// file of the site, and FNV-1a's one multiplication per byte was most of its cost. It need
    /// not resist attacks, only change when the bytes do, as `ContentHash` does.
    static func digest(_ bytes: UnsafeRawBufferPointer) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x0000_0100_0000_01b3
            hash ^= hash >> 29
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0x0000_0100_0000_01b3
            offset += 1
        }
        let digits = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - digits.count) + digits).prefix(10))
    }

    /// Every file of the site under `root` with its size and digest, in `FileTree`'s order. Read
    /// with POSIX calls into one reused buffer: through `Data`, reading back a small site's
    /// thousand files cost more than writing them.
    static func files(under root: URL) throws -> [File] {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        return try FileTree.regularFiles(under: root.path).map { file in
            let descriptor = open(root.path + "/" + file.path, O_RDONLY)
            guard descriptor >= 0 else { throw OutputError(message: "cannot read \(file.path): \(String(cString: strerror(errno)))") }
            defer { close(descriptor) }
            if buffer.count < file.size { buffer = [UInt8](repeating: 0, count: file.size) }
            var done = 0
            while done < file.size {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + done, file.size - done) }
                guard count > 0 else { throw OutputError(message: "cannot read \(file.path)") }
                done += count
            }
            return File(path: file.path, hash: buffer.withUnsafeBytes { digest(UnsafeRawBufferPointer(rebasing: $0.prefix(file.size))) },
                        bytes: file.size)
        }
    }
}
