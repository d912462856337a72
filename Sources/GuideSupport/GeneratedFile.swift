/// A file a later stage made in memory (a search shard, the open data), with its path relative
/// to the site's root, waiting to be written.
public struct GeneratedFile: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
