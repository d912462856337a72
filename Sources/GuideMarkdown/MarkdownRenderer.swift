import CCmarkGFM
import Foundation
import GuideModel
import GuideSupport

/// Markdown turned into safe HTML, with what later stages need to know about it.
public struct RenderedMarkdown: Sendable, Hashable {
    public var html: String
    /// Ids given to the headings, in document order: the anchors other pages may link to.
    public var headingIDs: [String]
    /// The text without markup, for search and excerpts.
    public var plainText: String
}

/// Renders Markdown with cmark-gfm in safe mode.
///
/// Safety is layered: cmark's safe mode already drops raw HTML and some dangerous URLs, and on top
/// of that every raw-HTML node is removed and every link and image URL is checked against an
/// allow-list of schemes, so a `javascript:` or `data:` URL is refused with a diagnostic instead
/// of relying on one library's defaults.
public struct MarkdownRenderer: Sendable {
    /// Registering the core extensions is not thread-safe; a global initialiser runs exactly once.
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
    static let options = CMARK_OPT_SMART | CMARK_OPT_FOOTNOTES

    /// Schemes a reader can follow without running code: web pages, mail, phone calls and map apps.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel", "geo"]

    public init() {
        _ = Self.extensionsRegistered
    }

    /// - Parameters:
    ///   - path: the file the Markdown comes from, for diagnostics.
    ///   - firstLine: the line of the file where the Markdown starts.
    ///   - resolve: maps an entry reference and optional anchor to a URL, or nil when no such entry exists.
    public func render(_ markdown: String, path: String, firstLine: Int,
                       resolve: (EntryID, String?) -> String?) -> (RenderedMarkdown, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let parser = cmark_parser_new(Self.options) else {
            return (RenderedMarkdown(html: "", headingIDs: [], plainText: ""), [])
        }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        var utf8 = Array(markdown.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else {
            return (RenderedMarkdown(html: "", headingIDs: [], plainText: ""), [])
        }
        defer { cmark_node_free(document) }

        func location(of node: OpaquePointer) -> SourceLocation {
            var current: OpaquePointer? = node
            while let n = current {
                let line = Int(cmark_node_get_start_line(n))
                if line > 0 { return SourceLocation(path: path, line: firstLine + line - 1, column: max(1, Int(cmark_node_get_start_column(n)))) }
                current = cmark_node_parent(n)
            }
            return SourceLocation(path: path, line: firstLine)
        }

        var headingIDs = HeadingIDs()
        var orderedIDs: [String] = []
        var rawHTMLNodes: [OpaquePointer] = []
        // Bytes, appended straight from cmark's literals: a String made of each literal and then
        // appended cost twice the copying.
        var plainText: [UInt8] = []
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_EXIT {
                if type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK) && plainText.last != 0x0A { plainText.append(0x0A) }
                continue
            }
            switch type {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                rawHTMLNodes.append(node)
                diagnostics.append(.warning(at: location(of: node), "raw HTML is not allowed and was left out",
                                            hint: "Write the text in Markdown; for a link use [text](https://…)."))
            case CMARK_NODE_HEADING:
                orderedIDs.append(headingIDs.next(for: Self.text(of: node)))
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) {
                    plainText.append(contentsOf: UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                plainText.append(0x20)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                switch LinkTarget(url) {
                case .reference(let id, let fragment):
                    if let resolved = resolve(id, fragment) {
                        cmark_node_set_url(node, resolved)
                    } else {
                        cmark_node_set_url(node, "")
                        diagnostics.append(.error(at: location(of: node), "the link points to `\(id)`, which does not exist",
                                                  hint: "Check the folder name under content/\(id.section.rawValue)/, or remove the link."))
                    }
                case .forbidden(let scheme):
                    cmark_node_set_url(node, "")
                    diagnostics.append(.error(at: location(of: node), "links with `\(scheme):` are not allowed",
                                              hint: "Use a web address (https://…), mailto:, tel: or a reference such as organizations/<slug>."))
                case .unresolvable:
                    diagnostics.append(.warning(at: location(of: node), "the link `\(url)` is neither a web address nor a reference",
                                                hint: "Write https://… for other sites, or section/slug (e.g. courses/riga-municipality-a-b) for pages of the guide."))
                case .allowed:
                    break
                }
            default:
                break
            }
        }
        for node in rawHTMLNodes {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }

        let extensions = cmark_parser_get_syntax_extensions(parser)
        var html = ""
        if let rendered = cmark_render_html(document, Self.options, extensions) {
            html = String(cString: rendered)
            free(rendered)
        }
        html = Self.addingHeadingIDs(orderedIDs, to: html)
        return (RenderedMarkdown(html: html, headingIDs: orderedIDs, plainText: String(decoding: plainText, as: UTF8.self).trimmingWhitespace), diagnostics)
    }

    /// The text inside a heading, from its text and code descendants.
    private static func text(of heading: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(heading)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(node) {
                text += String(cString: literal)
            }
        }
        return text
    }

    /// cmark renders headings as bare `<hN>` tags. Raw HTML is removed before rendering and text
    /// is escaped, so every `<hN>` in the output is a heading, in document order. Searched in the
    /// UTF-8 buffer: through `String.UTF8View`'s indices it cost some 60,000 instructions a page.
    static func addingHeadingIDs(_ ids: [String], to html: String) -> String {
        guard !ids.isEmpty else { return html }
        var html = html
        return html.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + ids.count * 24)
            var remaining = ids[...]
            var copied = 0, index = 0
            while let id = remaining.first, index + 3 < bytes.count {
                guard bytes[index] == 0x3C, bytes[index + 1] == 0x68, (0x31...0x36).contains(bytes[index + 2]),
                      bytes[index + 3] == 0x3E else {
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<(index + 3)]))
                output.append(contentsOf: " id=\"\(HTMLEscaping.attribute(id))\">".utf8)
                index += 4
                copied = index
                remaining = remaining.dropFirst()
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        }
    }
}
