/// The value of a one-line YAML scalar as an editor writes it in entry.yaml: plain (up to a
/// ` #` comment), `"double-quoted"` or `'single-quoted'`. `guide locate` reads only addresses
/// and coordinates this way; the build reads the file with a full YAML parser.
enum YAMLScalar {
    /// The scalar at the start of `text`, and whatever follows it (`, …}` in a flow mapping).
    /// `stops` are the characters that end a plain scalar besides a comment: `,` and `}` inside
    /// `{…}`, none in a block mapping.
    static func read(_ text: Substring, stoppingAt stops: Set<Character> = []) -> (value: String, rest: Substring)? {
        let text = text.drop { $0 == " " }
        switch text.first {
        case "\"":
            var value = ""
            var index = text.index(after: text.startIndex)
            while index < text.endIndex {
                let character = text[index]
                if character == "\"" { return (value, text[text.index(after: index)...]) }
                if character == "\\", text.index(after: index) < text.endIndex {
                    index = text.index(after: index)
                    let escaped = text[index]
                    value.append(escaped == "n" ? "\n" : escaped == "t" ? "\t" : escaped)
                } else {
                    value.append(character)
                }
                index = text.index(after: index)
            }
            return nil
        case "'":
            var value = ""
            var index = text.index(after: text.startIndex)
            while index < text.endIndex {
                let character = text[index]
                let next = text.index(after: index)
                if character == "'" {
                    guard next < text.endIndex, text[next] == "'" else { return (value, text[next...]) }
                    value.append("'")
                    index = text.index(after: next)
                    continue
                }
                value.append(character)
                index = next
            }
            return nil
        default:
            var end = text.startIndex
            var previous: Character = " "
            while end < text.endIndex {
                let character = text[end]
                if stops.contains(character) || (character == "#" && previous == " ") { break }
                previous = character
                end = text.index(after: end)
            }
            let value = text[..<end].trimmingTrailingSpaces
            return value.isEmpty ? nil : (String(value), text[end...])
        }
    }
}

private extension Substring {
    var trimmingTrailingSpaces: Substring {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return text
    }
}
