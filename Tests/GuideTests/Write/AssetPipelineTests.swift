@testable import GuideOutput
import XCTest

final class AssetPipelineTests: XCTestCase {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    private func file(named prefix: String, in pipeline: AssetPipeline) throws -> (path: String, text: String) {
        let file = try XCTUnwrap(pipeline.files.first { $0.path.hasPrefix(prefix) }, "no output file for \(prefix)")
        return (file.path, String(decoding: file.bytes, as: UTF8.self))
    }

    func testImportsPointAtTheHashedSiblingAndItsChangeRenamesTheImporter() throws {
        let main = "import { analyze } from './analyze.js';\nanalyze();\n"
        let first = AssetPipeline(assets: ["search/search.js": bytes(main), "search/analyze.js": bytes("export function analyze() {}\n")])
        let second = AssetPipeline(assets: ["search/search.js": bytes(main), "search/analyze.js": bytes("export function analyze() { return 1 }\n")])

        let analyzeName = try XCTUnwrap(try file(named: "assets/search/analyze.", in: first).path.split(separator: "/").last)
        XCTAssertTrue(try file(named: "assets/search/search.", in: first).text.contains("from './\(analyzeName)'"))
        XCTAssertNotEqual(try file(named: "assets/search/search.", in: first).path, try file(named: "assets/search/search.", in: second).path,
                          "a module whose import changed must get a new name, or browsers keep the cached one")
    }

    func testWholeLineCommentsAreLeftOutWhateverTheLineEnds() {
        let unix = "// explains the code\nconst a = 1; // stays\n  // indented comment\nconst b = 'http://x';\n"
        XCTAssertEqual(String(decoding: AssetPipeline.withoutLineComments(bytes(unix)), as: UTF8.self),
                       "const a = 1; // stays\nconst b = 'http://x';\n")

        let windows = "// explains the code\r\nconst a = 1;\r\n// another\r\nconst b = 2;\r\n"
        XCTAssertEqual(String(decoding: AssetPipeline.withoutLineComments(bytes(windows)), as: UTF8.self),
                       "const a = 1;\r\nconst b = 2;\r\n", "a file saved with Windows line ends keeps its code")
    }

    func testAFileWithAMultiLineTemplateLiteralIsKeptAsItIs() {
        let text = "const help = `first line\n// not a comment inside the literal\nlast`;\n// a real comment\n"
        XCTAssertEqual(AssetPipeline.withoutLineComments(bytes(text)), bytes(text))
    }

    func testStylesheetsLoseTheirCommentsAndIndentationButNotTheirStrings() {
        let css = """
        /* Why the colours are what they are. */
        :root {
          --text: #1b1b1b; /* near black */
        }
        .note::before { content: "/* kept */"; }
        @media print {
          /* Paper: black on white. */
          a { color: #000; }
        }

        """
        XCTAssertEqual(String(decoding: AssetPipeline.withoutBlockComments(bytes(css)), as: UTF8.self), """
        :root {
        --text: #1b1b1b; 
        }
        .note::before { content: "/* kept */"; }
        @media print {
        a { color: #000; }
        }

        """)
        let compact = String(decoding: AssetPipeline.compactStylesheet(bytes(css + ".a :is(b, c) { margin: 0 auto; }\n")), as: UTF8.self)
        XCTAssertEqual(compact, ":root{--text:#1b1b1b;}.note::before{content:\"/* kept */\";}@media print{a{color:#000;}}.a :is(b,c){margin:0 auto;}\n")
    }
}
