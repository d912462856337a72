/// The theme's static files, named by content hash so they can be cached forever.
struct AssetPipeline {
    /// Output path (under `assets/`) and bytes of every asset.
    let files: [(path: String, bytes: [UInt8])]
    /// Theme asset path → public URL, for templates.
    let publicURLs: [String: String]

    init(theme: Theme) {
        var files: [(String, [UInt8])] = []
        var urls: [String: String] = [:]
        for (path, bytes) in theme.assets.sorted(by: { $0.key < $1.key }) {
            let hashed = "assets/" + ContentHash.fingerprinted(path, bytes: bytes)
            files.append((hashed, bytes))
            urls[path] = "/" + hashed
        }
        self.files = files
        self.publicURLs = urls
    }

    var folders: Set<String> {
        Set(files.map { path, _ in path.split(separator: "/").dropLast().joined(separator: "/") })
    }

    func write(to staging: StagingDirectory) throws {
        for (path, bytes) in files { try staging.write(bytes, to: path) }
    }
}
