import Foundation
import GuideOutput

/// The files of a published output folder, by path relative to it, and how the site's URLs and
/// manifests name them.
struct PublishedFiles {
    let folder: URL
    /// Sorted, so findings come in the same order on every machine.
    let paths: [String]
    private let sizes: [String: Int]

    init(folder: URL) {
        self.folder = folder
        let files = (try? FileTree.regularFiles(under: folder.standardizedFileURL.path)) ?? []
        sizes = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.size) })
        paths = files.map(\.path)
    }

    /// A folder's address without its slash (`/lv/kursi`) is served by its index page too.
    func contains(_ path: String) -> Bool {
        sizes[path] != nil || sizes[path + "/index.html"] != nil
    }

    func size(_ path: String) -> Int { sizes[path] ?? 0 }

    func text(_ path: String) -> String? {
        (try? Data(contentsOf: folder.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The file a URL found in `source` names, relative to the folder; nil for what is not a
    /// file of this site (another host, `mailto:`, `tel:`, `geo:`, a fragment of the same page).
    static func resolve(_ url: String, from source: String, origin: String?) -> String? {
        var url = url.trimmingCharacters(in: .whitespaces)
        if let origin, url.hasPrefix(origin) { url = "/" + url.dropFirst(origin.count) }
        if let end = url.firstIndex(where: { $0 == "#" || $0 == "?" }) { url = String(url[..<end]) }
        guard !url.isEmpty, !url.hasPrefix("//") else { return nil }
        if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") { return nil }
        var parts = url.hasPrefix("/") ? [] : source.split(separator: "/").dropLast().map(String.init)
        for part in url.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(String(part).removingPercentEncoding ?? String(part))
            }
        }
        let path = parts.joined(separator: "/")
        return url.hasSuffix("/") ? (path.isEmpty ? "" : path + "/") + "index.html" : path
    }

    /// Files the search index and the offline pack fetch by the names their manifests list
    /// (see docs/search-index.md and `OfflinePack`): no page links them.
    func listedInManifests() -> Set<String> {
        var listed: Set<String> = []
        for path in paths {
            let base: String
            if path.hasPrefix("search/") && path.hasSuffix("/manifest.json") {
                base = String(path.dropLast("manifest.json".count))
            } else if path.hasPrefix("offline/") && path.hasSuffix(".json") {
                base = ""
            } else {
                continue
            }
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(path)),
                  let json = try? JSONSerialization.jsonObject(with: data) else { continue }
            for name in Self.strings(in: json) where name.contains(".") || name.hasSuffix("/") {
                let target = base + name
                if name.hasSuffix("/") {
                    listed.formUnion(paths.filter { $0.hasPrefix(target) })
                } else if sizes[target] != nil {
                    listed.insert(target)
                }
            }
        }
        return listed
    }

    private static func strings(in json: Any) -> [String] {
        switch json {
        case let text as String: [text]
        case let list as [Any]: list.flatMap(strings)
        case let object as [String: Any]: object.values.flatMap(strings)
        default: []
        }
    }
}
