/// A place in a content file, as an editor's text editor numbers it (both counts start at 1).
public struct SourceLocation: Hashable, Sendable, Comparable {
    /// The path relative to the source folder, so messages read the same on every machine.
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = max(line, 1)
        self.column = max(column, 1)
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }

    /// The same file, `lines` further down: front matter and bodies are parsed apart from the
    /// file they sit in, and their positions must be moved back into it.
    func offset(lines: Int, column newColumn: Int? = nil) -> SourceLocation {
        SourceLocation(path: path, line: line + lines, column: newColumn ?? column)
    }
}
