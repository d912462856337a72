/// A language file split and parsed, not yet checked against the schema.
public struct RawLanguageFile: Sendable {
    public var language: String
    public var path: String
    public var frontMatter: YAMLDocument
    public var body: String
    public var bodyFirstLine: Int
    /// A hash of the file's text.
    public var fingerprint: UInt64 = 0
    /// A hash of its front matter alone: lists show an entry's front matter, never its body.
    public var frontMatterFingerprint: UInt64 = 0
}

/// One entry folder as found on disk.
public struct RawEntry: Sendable {
    public var sectionFolder: String
    public var slug: String
    /// `content/<section>/<slug>`, relative to the source folder.
    public var folder: String
    public var entryYAML: YAMLDocument?
    public var languageFiles: [RawLanguageFile]
    /// Files of the folder that exist but could not be read or parsed (the loader has said why),
    /// so that validation does not call them missing as well.
    public var unusableFiles: Set<String> = []
    /// A hash of the folder's file names and texts: an entry whose fingerprint is unchanged need
    /// not be validated or rendered again.
    public var fingerprint: UInt64 = 0
    /// A hash of the file names and entry.yaml alone: the facts every page showing the entry uses.
    public var factsFingerprint: UInt64 = 0
}

/// What the load stage hands to validation: every parsed file, with where it came from.
public struct LoadedContent: Sendable {
    public var siteYAML: YAMLDocument?
    public var entries: [RawEntry]
}
