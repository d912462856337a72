extension QRCode {
    /// The code as one inline `<svg>` element, the same bytes for the same code.
    ///
    /// The colours are fixed black on a white square, not `currentColor`: a code drawn light on
    /// dark, as a dark-mode page would, does not scan with many readers. The drawing is one path
    /// of horizontal runs, each a line one module thick (`M x y.5hN`, then `mGAP 0hN` to the
    /// next run of the row): about 2 kB for a page's address, against twice that as filled
    /// rectangles, which matters on every entry page of a phone's budget. `crispEdges` keeps
    /// neighbouring rows from showing hairline seams. The namespace is there so the same string
    /// is also a valid .svg file, e.g. for a PDF tool.
    ///
    /// - Parameters:
    ///   - label: what the code leads to, in the reader's language; screen readers say it in
    ///     place of the picture.
    ///   - size: a CSS length for both sides, e.g. `3cm`; without it (or with a class that sets
    ///     the size) the code fills the width it is given.
    ///   - cssClass: a class for the page's stylesheet to size or place the code.
    package func svg(label: String, size: String? = nil, cssClass: String? = nil) -> String {
        let side = modulesPerSide + 2 * Self.quietZone
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(side) \(side)\""
        if let size {
            let length = Self.escaped(size)
            svg += " width=\"\(length)\" height=\"\(length)\""
        }
        if let cssClass { svg += " class=\"\(Self.escaped(cssClass))\"" }
        svg += " role=\"img\" aria-label=\"\(Self.escaped(label))\" shape-rendering=\"crispEdges\">"
        svg += "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
        svg += "<path stroke=\"#000\" d=\"\(runsPath())\"/></svg>"
        return svg
    }

    /// Each horizontal run of dark modules as a line through the middle of its row, offset by the
    /// quiet zone; a row's later runs move relative to the end of the one before. Written as bytes: a page's code is a few hundred runs, and interpolating each into a
    /// `String` took as long as libqrencode's encoding of the URL.
    private func runsPath() -> String {
        var path: [UInt8] = []
        path.reserveCapacity(modulesPerSide * modulesPerSide * 2)
        for row in 0..<modulesPerSide {
            var column = 0
            var rowEnd: Int?
            while column < modulesPerSide {
                guard isDark(row: row, column: column) else {
                    column += 1
                    continue
                }
                let start = column
                while column < modulesPerSide && isDark(row: row, column: column) { column += 1 }
                let length = column - start
                if let end = rowEnd {
                    path.append(UInt8(ascii: "m"))
                    Self.appendDecimal(start - end, to: &path)
                    path.append(contentsOf: " 0".utf8)
                } else {
                    path.append(UInt8(ascii: "M"))
                    Self.appendDecimal(start + Self.quietZone, to: &path)
                    path.append(UInt8(ascii: " "))
                    Self.appendDecimal(row + Self.quietZone, to: &path)
                    path.append(contentsOf: ".5".utf8)
                }
                path.append(UInt8(ascii: "h"))
                Self.appendDecimal(length, to: &path)
                rowEnd = column
            }
        }
        return String(decoding: path, as: UTF8.self)
    }

    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value >= 10 { appendDecimal(value / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// The few characters that could end an attribute or start markup; the label is the
    /// caller's words, in any language, so it is escaped here rather than trusted.
    private static func escaped(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for character in value {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
