import CBrotli
import CZlib
import Foundation
import GuideSupport

/// `guide build --precompress`: a `.gz` and a `.br` beside every text file over 1 kB, for hosts
/// that send a stored compressed file (nginx's `gzip_static`, Apache's rewrite, an object store
/// with `Content-Encoding` set) instead of compressing on every request, or not at all.
///
/// The output depends only on the input bytes: zlib writes no file name and a zero time into the
/// gzip header, and both levels are fixed, so two builds publish identical files and the staging
/// folder keeps or links them rather than writing them again.
package enum Precompressor {
    static let textExtensions: Set<String> = ["html", "css", "js", "json", "xml", "svg", "txt", "geojson"]
    /// Below this a compressed copy saves less than a network packet.
    static let minimumBytes = 1024
    /// zlib's best; text compresses at tens of MB/s at this level.
    static let gzipLevel: Int32 = 9
    /// Brotli's quality 11 took minutes for a 30,000-page site; quality 6 is as small as gzip's
    /// best at several times its speed.
    static let brotliQuality: Int32 = 6

    static func compresses(_ path: String, size: Int) -> Bool {
        guard size > minimumBytes, let dot = path.lastIndex(of: ".") else { return false }
        return textExtensions.contains(String(path[path.index(after: dot)...]))
    }

    /// Compresses every text file in the finished `folder`, on every core.
    package static func compressTextFiles(in folder: StagingFolder) throws {
        let paths = folder.writtenFiles().filter { compresses($0.path, size: $0.size) }.map(\.path)
        let failures = ParallelMap.map(count: paths.count) { index -> String? in
            let path = paths[index]
            do {
                let bytes = try [UInt8](Data(contentsOf: folder.url.appendingPathComponent(path)))
                try folder.write(try gzip(bytes), to: path + ".gz")
                try folder.write(try brotli(bytes), to: path + ".br")
                return nil
            } catch {
                return "\(path): \(error)"
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw OutputError(message: "cannot precompress \(failure)") }
    }

    /// A gzip member (RFC 1952) of `bytes`.
    package static func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        // 15 bits of window, plus 16 for a gzip header and trailer instead of zlib's.
        guard deflateInit2_(&stream, gzipLevel, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY, zlibVersion(),
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw OutputError(message: "zlib could not start")
        }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 32)
        var input = bytes
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw OutputError(message: "zlib failed (\(status))") }
        output.removeLast(Int(stream.avail_out))
        return output
    }

    /// A Brotli stream (RFC 7932) of `bytes`.
    package static func brotli(_ bytes: [UInt8]) throws -> [UInt8] {
        var size = BrotliEncoderMaxCompressedSize(bytes.count)
        var output = [UInt8](repeating: 0, count: size)
        let succeeded = bytes.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                BrotliEncoderCompress(brotliQuality, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, source.count, source.baseAddress,
                                      &size, target.baseAddress)
            }
        }
        guard succeeded == BROTLI_TRUE else { throw OutputError(message: "brotli failed") }
        output.removeLast(output.count - size)
        return output
    }
}
