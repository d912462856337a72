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
    /// The `##` headings with their ids and text, in document order: a long page's contents.
    public var sections: [Section] = []

    public struct Section: Sendable, Hashable {
        public var id: String
        public var text: String
    }
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
        var sections: [RenderedMarkdown.Section] = []
        var rawHTMLNodes: [OpaquePointer] = []
        // For each table, in document order, the id of the heading above it, which names the
        // scroll region the table is wrapped in.
        var tableHeadings: [String?] = []
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
                let text = Self.text(of: node)
                orderedIDs.append(headingIDs.next(for: text))
                if cmark_node_get_heading_level(node) == 2 { sections.append(.init(id: orderedIDs.last!, text: text)) }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(node) {
                    plainText.append(contentsOf: UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                plainText.append(0x20)
            case CMARK_NODE_LINK where Self.isTelephoneLink(node):
                if let problem = Self.checkTelephoneLink(node) {
                    diagnostics.append(.error(at: location(of: node), problem,
                                              hint: "Write the number with digits only after tel:, e.g. [+371 6720 9400](tel:+37167209400) or <tel:112>."))
                }
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
                switch cmark_node_get_type_string(node).map({ String(cString: $0) }) {
                case "table":
                    tableHeadings.append(orderedIDs.last)
                    for (cell, number) in Self.unlinkedPhoneNumbers(in: node) {
                        diagnostics.append(.warning(at: location(of: cell), "`\(number)` looks like a phone number but cannot be tapped to call",
                                                    hint: "Make it a link: [\(number)](tel:\(number.filter { $0 == "+" || $0.isASCII && $0.isNumber })) (or <tel:…> for the number alone)."))
                    }
                default:
                    break
                }
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
        if !tableHeadings.isEmpty { html = Self.wrappingTables(html, labelledBy: tableHeadings) }
        return (RenderedMarkdown(html: html, headingIDs: orderedIDs, plainText: String(decoding: plainText, as: UTF8.self).trimmingWhitespace,
                                 sections: sections), diagnostics)
    }

    private static func isTelephoneLink(_ node: OpaquePointer) -> Bool {
        guard let url = cmark_node_get_url(node) else { return false }
        return strncmp(url, "tel:", 4) == 0
    }

    /// A `tel:` link must dial: `+` and digits only, as phones read it. An autolink
    /// (`<tel:112>`) shows its number without the `tel:`.
    private static func checkTelephoneLink(_ node: OpaquePointer) -> String? {
        let number = String(cString: cmark_node_get_url(node)).dropFirst(4)
        let digits = number.drop { $0 == "+" }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count <= 15 else {
            return "`tel:\(number)` is not a number a phone can dial"
        }
        if let child = cmark_node_first_child(node), cmark_node_next(child) == nil, cmark_node_get_type(child) == CMARK_NODE_TEXT,
           let literal = cmark_node_get_literal(child), String(cString: literal) == "tel:" + number {
            cmark_node_set_literal(child, String(number))
        }
        return nil
    }

    /// The cells of a helpline table that hold a number and no link. A column counts as one of
    /// phone numbers when a cell of it holds a full number (`+…`, or 8 digits or more); then its
    /// short numbers (112, 1201) are phone numbers too, while a column of hours (120) is not.
    /// On a phone, such a cell is a number the reader must copy by hand.
    private static func unlinkedPhoneNumbers(in table: OpaquePointer) -> [(cell: OpaquePointer, number: String)] {
        var columns: [[(cell: OpaquePointer, number: String?, isLink: Bool)]] = []
        var row = cmark_node_first_child(table)
        while let currentRow = row {
            var cell = cmark_node_first_child(currentRow), column = 0
            while let currentCell = cell {
                if columns.count <= column { columns.append([]) }
                let (text, isLink) = cellText(currentCell)
                columns[column].append((currentCell, phoneLike(text), isLink))
                cell = cmark_node_next(currentCell)
                column += 1
            }
            row = cmark_node_next(currentRow)
        }
        return columns.flatMap { cells -> [(cell: OpaquePointer, number: String)] in
            guard cells.contains(where: { $0.number.map(isFullPhoneNumber) ?? false }) else { return [] }
            return cells.compactMap { cell in cell.isLink ? nil : cell.number.map { (cell.cell, $0) } }
        }
    }

    private static func cellText(_ cell: OpaquePointer) -> (text: String, isLink: Bool) {
        var text = "", isLink = false
        let iterator = cmark_iter_new(cell)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK: isLink = true
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            default: break
            }
        }
        return (text, isLink)
    }

    /// 3 to 15 digits, in groups, optionally after `+`: how phone numbers are written. Read as
    /// UTF-8 bytes, since every byte allowed is ASCII: by `Character`, each digit's Unicode
    /// properties were looked up, 2 % of a 30,000-page build whose pages had a table each.
    private static func phoneLike(_ text: String) -> String? {
        let number = text.trimmingWhitespace
        var digits = 0
        for (position, byte) in number.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: " "): continue
            case UInt8(ascii: "+") where position == 0: continue
            default: return nil
            }
        }
        return (3...15).contains(digits) ? number : nil
    }

    /// For a number `phoneLike` returned.
    private static func isFullPhoneNumber(_ number: String) -> Bool {
        number.hasPrefix("+") || number.utf8.count(where: { $0 != UInt8(ascii: " ") }) >= 8
    }

    /// Each table goes into a region that scrolls sideways on a narrow screen, named by the
    /// heading above it and focusable, so keyboard users can scroll it too. Raw HTML is removed
    /// before rendering, so every `<table>` in the output is a table from the Markdown.
    static func wrappingTables(_ html: String, labelledBy headings: [String?]) -> String {
        // Over UTF-8 bytes (see `firstIndex(of:from:)`).
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + headings.count * 80)
        var position = 0
        for heading in headings {
            guard let start = bytes.firstIndex(of: Self.tableStart, from: position),
                  let end = bytes.firstIndex(of: Self.tableEnd, from: start + Self.tableStart.count) else { break }
            output += bytes[position..<start]
            let label = heading.map { " role=\"region\" aria-labelledby=\"\(HTMLEscaping.attribute($0))\"" } ?? ""
            output += "<div class=\"table-scroll\"\(label) tabindex=\"0\">".utf8
            position = end + Self.tableEnd.count
            output += bytes[start..<position]
            output += "</div>".utf8
        }
        output += bytes[position...]
        return String(decoding: output, as: UTF8.self)
    }

    private static let tableStart = Array("<table>".utf8), tableEnd = Array("</table>".utf8)

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
