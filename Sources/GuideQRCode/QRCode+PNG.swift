import CZlib
import Foundation
import GuideSupport

extension QRCode {
    /// The code as a 1-bit greyscale PNG of one pixel a module, quiet zone included, the same
    /// bytes for the same code.
    ///
    /// Dark modules are 0 bits (black) on white, fixed rather than following the page's colours:
    /// a code drawn light on dark, as a dark-mode page would, does not scan with many readers.
    /// A page's code (41 pixels square) is 355 bytes, 476 characters of base64, where the same
    /// code drawn as an SVG path of runs took 2 kB on every entry page; the stylesheet scales it
    /// to its printed size with sharp edges.
    ///
    /// The scanlines go in one stored (uncompressed) deflate block. `compress2` at level 9 made
    /// that code's IDAT 226 bytes against 298 stored, but took about 180,000 instructions a code
    /// against 1,200 (for so small an input zlib's setup of its window and hash tables and its
    /// Huffman trees dominate; a 512-byte window at the least memory still took 124,000). Served
    /// gzipped or brotli-compressed the stored code is no larger (281 against 283 bytes of gzip,
    /// 227 against 255 of brotli): the server's compressor finds the quiet zone's repeats in the
    /// base64 of plain scanlines and nothing in that of deflated ones.
    package func png() -> [UInt8] {
        let side = modulesPerSide + 2 * Self.quietZone
        var header: [UInt8] = []
        header.reserveCapacity(13)
        Self.appendBigEndian(UInt32(side), to: &header)
        Self.appendBigEndian(UInt32(side), to: &header)
        // Bit depth 1, colour type 0 (greyscale), deflate, adaptive filtering, no interlace.
        header.append(contentsOf: [1, 0, 0, 0, 0])
        let stream = Self.storedZlibStream(scanlines())
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png.reserveCapacity(png.count + 3 * 12 + header.count + stream.count)
        Self.appendChunk("IHDR", header, to: &png)
        Self.appendChunk("IDAT", stream, to: &png)
        Self.appendChunk("IEND", [], to: &png)
        return png
    }

    /// The code as a PNG data URI with its size in pixels, ready for an `<img>`.
    package var image: QRImage {
        // Foundation's encoder: a hand-written one saved 0.16 µs a code, under 3% of the tag's time.
        QRImage(dataURI: "data:image/png;base64," + Data(png()).base64EncodedString(), side: modulesPerSide + 2 * Self.quietZone)
    }

    /// Each row of pixels, quiet zone included, as a filter byte (0, none) and the pixels eight to
    /// a byte, a set bit white; the last byte's spare bits are white too.
    private func scanlines() -> [UInt8] {
        let side = modulesPerSide + 2 * Self.quietZone
        let rowLength = 1 + (side + 7) / 8
        var bytes = [UInt8](repeating: 0xFF, count: side * rowLength)
        bytes.withUnsafeMutableBufferPointer { bytes in
            for row in 0..<side {
                bytes[row * rowLength] = 0
            }
            for row in 0..<modulesPerSide {
                let rowStart = (row + Self.quietZone) * rowLength + 1
                for column in 0..<modulesPerSide where isDark(row: row, column: column) {
                    let x = column + Self.quietZone
                    bytes[rowStart + x / 8] &= ~(0x80 >> UInt8(x % 8))
                }
            }
        }
        return bytes
    }

    /// `bytes` as a zlib stream of one final stored block: the header, the block's length and its
    /// complement, the bytes, and their Adler-32. The largest code (version 40) has 185 × 25 bytes
    /// of scanlines, well inside a stored block's 65,535.
    private static func storedZlibStream(_ bytes: [UInt8]) -> [UInt8] {
        let length = UInt16(bytes.count)
        // CMF 0x78 (deflate, 32 kB window) and FLG 0x01 read as a multiple of 31, as RFC 1950 requires.
        var stream: [UInt8] = [0x78, 0x01, 0x01, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)]
        stream.reserveCapacity(stream.count + bytes.count + 4)
        stream.append(contentsOf: bytes)
        let checksum = bytes.withUnsafeBufferPointer { adler32(1, $0.baseAddress, UInt32($0.count)) }
        appendBigEndian(UInt32(checksum), to: &stream)
        return stream
    }

    /// Appends a chunk: the length of `data`, `type`, `data`, and the CRC-32 of type and data.
    private static func appendChunk(_ type: StaticString, _ data: [UInt8], to png: inout [UInt8]) {
        appendBigEndian(UInt32(data.count), to: &png)
        let typeStart = png.count
        type.withUTF8Buffer { png.append(contentsOf: $0) }
        png.append(contentsOf: data)
        let checksum = png[typeStart...].withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) }
        appendBigEndian(UInt32(checksum), to: &png)
    }

    private static func appendBigEndian(_ value: UInt32, to bytes: inout [UInt8]) {
        for shift in stride(from: 24, through: 0, by: -8) {
            bytes.append(UInt8(truncatingIfNeeded: value >> shift))
        }
    }
}

/// A code's PNG as a data URI, about 500 bytes: what a build keeps of a code it will print again
/// (on an entry's page and on its towns' handouts), where the code's modules took twice that.
package struct QRImage: Hashable, Sendable {
    package let dataURI: String
    /// Pixels along one side, quiet zone included.
    package let side: Int

    /// An `<img>` of the code, for a page to carry with no request of its own.
    ///
    /// `width` and `height` are the image's pixels: the stylesheet sets the printed size through
    /// `cssClass`, and without it the browser still reserves the square before drawing.
    ///
    /// - Parameters:
    ///   - label: what the code leads to, in the reader's language; screen readers say it in
    ///     place of the picture. Escaped, as the class is, byte by byte: a quote with a combining
    ///     mark after it is one `Character` unequal to `"`, yet it ends the attribute all the same.
    ///   - cssClass: the class (or classes) the page's stylesheet sizes and places the code by.
    package func tag(label: String, cssClass: String) -> String {
        "<img class=\"\(HTMLEscaping.attribute(cssClass))\" src=\"\(dataURI)\" alt=\"\(HTMLEscaping.attribute(label))\""
            + " width=\"\(side)\" height=\"\(side)\">"
    }
}
