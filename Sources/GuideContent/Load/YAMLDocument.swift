import GuideModel
import Yams

/// A parsed YAML text that still knows which file and line it came from.
public struct YAMLDocument: @unchecked Sendable {
    public var path: String
    public var root: Node?
    /// Added to Yams' line numbers: front matter starts on line 2 of its file.
    var lineOffset: Int

    package func location(of node: Node?) -> SourceLocation {
        guard let mark = node?.mark else { return SourceLocation(path: path, line: lineOffset + 1) }
        return SourceLocation(path: path, line: mark.line + lineOffset, column: mark.column)
    }

    package var startLocation: SourceLocation { SourceLocation(path: path, line: lineOffset + 1) }

    /// Deeper structure than any entry needs is refused before parsing, because building the
    /// tree of a maliciously deep document recurses once per level.
    static let maximumNesting = 32

    package static func parse(_ text: String, path: String, firstLine: Int) -> Result<YAMLDocument, Diagnostic> {
        let offset = firstLine - 1
        if let (line, column) = firstOverlyNestedPosition(in: text) {
            return .failure(.error(at: SourceLocation(path: path, line: line + offset, column: column),
                                   "the YAML is nested more than \(maximumNesting) levels deep",
                                   hint: "Entries need only a few levels; check the indentation and brackets."))
        }
        do {
            // Every field is read as text and typed by the validators, so Yams' implicit typing
            // (booleans, numbers, null, dates) is not wanted. The basic resolver also spares the
            // regular expressions it ran over every scalar, and naming the encoding spares reading
            // the environment at every parse: together 5% of a 30,000-page build.
            let root = try Yams.compose(yaml: text, .basic, .default, .utf8)
            return .success(YAMLDocument(path: path, root: root, lineOffset: offset))
        } catch YamlError.duplicatedKeysInMapping(let duplicates, let context) {
            return .failure(duplicateKeyDiagnostic(duplicates, context: context, text: text, path: path, offset: offset))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, path: path, offset: offset))
        } catch {
            return .failure(.error(at: SourceLocation(path: path, line: firstLine), "cannot read the YAML: \(error)",
                                   hint: "Check the indentation (spaces, not tabs) and put text containing `:` or `#` in quotes."))
        }
    }

    /// Yams names the mapping that holds a key twice, and prints the whole text after it: an
    /// editor needs the line of the second key instead, found here as the second line that
    /// starts with `key:` at the first one's indentation.
    private static func duplicateKeyDiagnostic(_ duplicates: [String], context: YamlError.Context, text: String, path: String, offset: Int) -> Diagnostic {
        let key = duplicates.sorted().first ?? ""
        let hint = "Keep one `\(key):` line and delete the other."
        var first: (line: Int, indent: Substring)?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix { $0 == " " }
            let rest = line.dropFirst(indent.count).drop { $0 == "-" || $0 == " " }
            guard rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).first == ":" else { continue }
            if let first, first.indent.count == indent.count {
                return .error(at: SourceLocation(path: path, line: index + 1 + offset, column: indent.count + 1),
                              "the field `\(key)` is given twice (first on line \(first.line + offset))", hint: hint)
            }
            if first == nil { first = (index + 1, indent) }
        }
        return .error(at: SourceLocation(path: path, line: context.mark.line + offset, column: context.mark.column),
                      "the field `\(key)` is given twice", hint: hint)
    }

    private static func diagnostic(for error: YamlError, path: String, offset: Int) -> Diagnostic {
        let hint = "Check the indentation (spaces, not tabs) and put text containing `:` or `#` in quotes."
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let where_ = context.map { " \($0.text)" } ?? ""
            return .error(at: SourceLocation(path: path, line: mark.line + offset, column: mark.column),
                          "malformed YAML: \(problem)\(where_)", hint: hint)
        case let .reader(problem, _, _, _):
            return .error(at: SourceLocation(path: path, line: offset + 1), "malformed YAML: \(problem)", hint: hint)
        default:
            return .error(at: SourceLocation(path: path, line: offset + 1), "malformed YAML: \(error)", hint: hint)
        }
    }

    /// Flow brackets and block indentation both open levels; counting them over-approximates the
    /// real depth, which is fine for a guard set far above what entries use.
    private static func firstOverlyNestedPosition(in text: String) -> (Int, Int)? {
        var flowDepth = 0
        var line = 1
        var column = 0
        var atLineStart = true
        var indentation = 0
        var sequenceMarkers = 0
        var quote: UInt8? = nil
        var previous: UInt8 = 0
        for byte in text.utf8 {
            column += 1
            if byte == 0x0A {
                line += 1
                column = 0
                atLineStart = true
                indentation = 0
                sequenceMarkers = 0
                previous = byte
                continue
            }
            if atLineStart {
                if byte == 0x20 { indentation += 1; previous = byte; continue }
                if byte == UInt8(ascii: "-") {
                    sequenceMarkers += 1
                    previous = byte
                    if indentation / 2 + sequenceMarkers > maximumNesting { return (line, column) }
                    continue
                }
                atLineStart = false
                if indentation / 2 + sequenceMarkers > maximumNesting { return (line, column) }
            }
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || (byte == UInt8(ascii: "'") && (previous == 0x20 || previous == UInt8(ascii: ":") || previous == UInt8(ascii: "["))) {
                quote = byte
            } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                flowDepth += 1
                if flowDepth > maximumNesting { return (line, column) }
            } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                flowDepth = max(0, flowDepth - 1)
            }
            previous = byte
        }
        return nil
    }
}
