import CZlib
import Foundation
@testable import GuideQRCode
import XCTest

final class QRCodePNGTests: XCTestCase {
    static let url = "https://guide.test/en/legal/patvertnes-meklejumi/"

    func testTheSameURLGivesTheSameBytes() throws {
        XCTAssertEqual(try QRCode(encoding: Self.url).png(), try QRCode(encoding: Self.url).png())
        XCTAssertEqual(try QRCode(encoding: Self.url).image.tag(label: "Legal help", cssClass: "qr"),
                       try QRCode(encoding: Self.url).image.tag(label: "Legal help", cssClass: "qr"))
    }

    func testTheFileIsASignatureAndThreeChunksWithTheirChecksums() throws {
        let code = try QRCode(encoding: Self.url)
        let png = PNGFile(code.png())
        XCTAssertEqual(Array(png.bytes.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let chunks = try png.chunks()
        XCTAssertEqual(chunks.map(\.type), ["IHDR", "IDAT", "IEND"])
        for chunk in chunks {
            XCTAssertEqual(chunk.crc, PNGFile.crc32(Array(chunk.type.utf8) + chunk.data), "\(chunk.type)'s CRC")
        }
        let header = chunks[0].data
        let side = UInt32(code.modulesPerSide + 8)
        XCTAssertEqual(header.count, 13)
        XCTAssertEqual(PNGFile.bigEndian(header[0..<4]), side, "width: the modules and a 4-module quiet zone each side")
        XCTAssertEqual(PNGFile.bigEndian(header[4..<8]), side, "height")
        XCTAssertEqual(Array(header[8...]), [1, 0, 0, 0, 0], "1 bit a pixel, greyscale, deflate, filter method 0, not interlaced")
        XCTAssertEqual(chunks[2].data, [])
    }

    /// The pixels as zlib's own inflate reads them (which checks the stream's Adler-32), for a
    /// page's code and for the largest code there is.
    func testEveryPixelIsItsModuleAndTheQuietZoneIsWhite() throws {
        for text in [Self.url, String(repeating: "a", count: 2331)] {
            let code = try QRCode(encoding: text)
            let side = code.modulesPerSide + 8
            let rowLength = 1 + (side + 7) / 8
            let chunks = try PNGFile(code.png()).chunks()
            let scanlines = try PNGFile.inflate(chunks[1].data, expectedCount: side * rowLength)
            XCTAssertEqual(scanlines.count, side * rowLength, "version \(code.version)")
            var mismatches = 0
            for y in 0..<side {
                XCTAssertEqual(scanlines[y * rowLength], 0, "row \(y) is unfiltered")
                for x in 0..<side {
                    let white = scanlines[y * rowLength + 1 + x / 8] & (0x80 >> UInt8(x % 8)) != 0
                    let (row, column) = (y - 4, x - 4)
                    let inCode = (0..<code.modulesPerSide).contains(row) && (0..<code.modulesPerSide).contains(column)
                    if white == (inCode && code.isDark(row: row, column: column)) { mismatches += 1 }
                }
            }
            XCTAssertEqual(mismatches, 0, "pixels that are not their module, version \(code.version)")
        }
    }

    func testTheTagCarriesThePNGAtItsPixelSize() throws {
        let code = try QRCode(encoding: Self.url)
        let tag = code.image.tag(label: "Юридическая помощь", cssClass: "qr")
        let side = code.modulesPerSide + 8
        let match = try XCTUnwrap(tag.wholeMatch(of: /<img class="qr" src="data:image\/png;base64,([A-Za-z0-9+\/]+=*)" alt="Юридическая помощь" width="(\d+)" height="(\d+)">/), tag)
        XCTAssertEqual(Data(base64Encoded: String(match.1)), Data(code.png()))
        XCTAssertEqual(match.2, "\(side)")
        XCTAssertEqual(match.3, "\(side)")
    }

    func testALabelOrClassCannotBreakOutOfItsAttribute() throws {
        let tag = try QRCode(encoding: Self.url).image.tag(label: "Rent & \"deposit\" <help>", cssClass: "qr\" onload=\"x")
        XCTAssertTrue(tag.contains(" alt=\"Rent &amp; &quot;deposit&quot; &lt;help&gt;\""), tag)
        XCTAssertTrue(tag.contains(" class=\"qr&quot; onload=&quot;x\""), tag)
        XCTAssertFalse(tag.contains(" onload=\""), tag)
        XCTAssertEqual(tag.filter { $0 == "<" }.count, 1, tag)
        // A quote with a combining mark is one Character in Swift, but still a quote to a browser.
        let accented = try QRCode(encoding: Self.url).image.tag(label: "x\"\u{301} onerror=\"y", cssClass: "qr")
        XCTAssertTrue(accented.contains(" alt=\"x&quot;\u{301} onerror=&quot;y\""), accented)
    }
}

/// A PNG read apart from the code that writes it: chunks split by their lengths, CRC-32 by the
/// bit-by-bit definition rather than zlib's tables, and the image data inflated by zlib.
struct PNGFile {
    struct Chunk {
        var type: String
        var data: [UInt8]
        var crc: UInt32
    }

    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    func chunks() throws -> [Chunk] {
        var chunks: [Chunk] = []
        var offset = 8
        while offset < bytes.count {
            let length = Int(Self.bigEndian(bytes[offset..<offset + 4]))
            guard offset + 12 + length <= bytes.count else { throw PNGError.truncated(at: offset) }
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            let data = Array(bytes[offset + 8..<offset + 8 + length])
            chunks.append(Chunk(type: type, data: data, crc: Self.bigEndian(bytes[offset + 8 + length..<offset + 12 + length])))
            offset += 12 + length
        }
        return chunks
    }

    static func bigEndian(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 {
                crc = crc & 1 == 1 ? crc >> 1 ^ 0xEDB8_8320 : crc >> 1
            }
        }
        return ~crc
    }

    /// `stream` inflated by zlib's `uncompress`, which fails on a bad header or Adler-32.
    static func inflate(_ stream: [UInt8], expectedCount: Int) throws -> [UInt8] {
        var output = [UInt8](repeating: 0, count: expectedCount + 1)
        var length = UInt(output.count)
        let status = uncompress(&output, &length, stream, UInt(stream.count))
        guard status == Z_OK else { throw PNGError.zlib(status: status) }
        return Array(output.prefix(Int(length)))
    }

    enum PNGError: Error {
        case truncated(at: Int)
        case zlib(status: Int32)
    }
}
