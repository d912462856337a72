import Foundation

/// The entry files of a guide: `content/<section>/<slug>/entry.yaml`, sorted, as paths relative
/// to the source folder (how messages name them). Every section is looked at, so a location in a
/// new section is not missed.
enum ContentEntryFiles {
    static func paths(in sourceRoot: URL) -> [String] {
        let manager = FileManager.default
        let content = sourceRoot.appendingPathComponent("content")
        func folders(in url: URL) -> [String] {
            let names = (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { name in
                var isFolder: ObjCBool = false
                return !name.hasPrefix(".") && manager.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isFolder)
                    && isFolder.boolValue
            }.sorted()
        }
        var paths: [String] = []
        for section in folders(in: content) {
            for slug in folders(in: content.appendingPathComponent(section)) {
                let path = "content/\(section)/\(slug)/entry.yaml"
                if manager.fileExists(atPath: sourceRoot.appendingPathComponent(path).path) { paths.append(path) }
            }
        }
        return paths
    }
}
