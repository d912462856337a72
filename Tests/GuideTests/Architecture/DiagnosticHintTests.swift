import Foundation
import XCTest

/// The README promises editors a hint under every problem: what to do, not only what is wrong.
/// Reading the sources finds an error or a warning written without one, which no test of a
/// single broken input would reach.
final class DiagnosticHintTests: XCTestCase {
    func testEveryErrorAndWarningCarriesAHint() throws {
        let sources = Repository.root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        XCTAssertGreaterThan(files.count, 50)
        var calls = 0, withoutHint: [String] = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for call in Self.diagnosticCalls(in: text) {
                calls += 1
                if !call.text.contains("hint:") { withoutHint.append("\(file):\(call.line)") }
            }
        }
        XCTAssertGreaterThan(calls, 100, "the scan finds the diagnostics")
        XCTAssertEqual(withoutHint, [])
    }

    func testTheScanSeesACallWithoutAHint() {
        let calls = Self.diagnosticCalls(in: "a\n.error(at: here, \"x (y)\")\n.warning(at: there, \"z\",\n hint: \"do\")")
        XCTAssertEqual(calls.map(\.line), [2, 3])
        XCTAssertEqual(calls.map { $0.text.contains("hint:") }, [false, true])
    }

    /// Each `.error(at: …)` and `.warning(at: …)` call, to its closing parenthesis, and its line.
    static func diagnosticCalls(in text: String) -> [(text: Substring, line: Int)] {
        var calls: [(Substring, Int)] = []
        var rest = text[...]
        while let start = rest.range(of: #"\.(error|warning)\(at:"#, options: .regularExpression) {
            var depth = 1, end = start.upperBound
            while depth > 0, end < text.endIndex {
                if text[end] == "(" { depth += 1 } else if text[end] == ")" { depth -= 1 }
                end = text.index(after: end)
            }
            calls.append((text[start.lowerBound..<end], text[..<start.lowerBound].filter { $0 == "\n" }.count + 1))
            rest = text[end...]
        }
        return calls
    }
}
