import Foundation
@testable import GuideContent
@testable import GuideMarkdown
@testable import GuideModel
import XCTest

/// A seeded property test standing in for a fuzzer: the bundled content's own files, mutated
/// at random (bytes flipped, cut, repeated, YAML and Markdown syntax spliced in), go through the
/// loader, the validator and the Markdown renderer. Nothing may crash or hang, and every bad
/// input must come back as diagnostics, never as a thrown error or a silent skip.
///
/// `FUZZ_ITERATIONS` and `FUZZ_SEED` run it longer or differently (see `script/fuzz`).
final class LoaderFuzzTests: XCTestCase {
    /// Deterministic, so a failing seed can be replayed.
    typealias Generator = SeededGenerator

    static let fragments: [[UInt8]] = [
        "---\n", ": ", "- ", "[", "]", "{", "}", "&anchor ", "*anchor", "!!binary ", "|\n", ">\n", "\"", "'", "#", "\t",
        "\n\n", "```\n", "<script>", "](javascript:x)", "[^1]", "| a | b |\n|---|---|\n", "\u{202E}", "\u{0}", "~~~",
        "organizations/", "courses/x#y", "%00", "\\", "\r\n", "ā", "ё", "\u{FEFF}", "9999-99-99", "-1e999",
    ].map { Array($0.utf8) }

    static func mutate(_ input: [UInt8], using random: inout Generator) -> [UInt8] {
        var bytes = input
        for _ in 0..<Int.random(in: 1...8, using: &random) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<6, using: &random) {
            case 0 where !bytes.isEmpty: bytes[position] = UInt8.random(in: 0...255, using: &random)
            case 1 where !bytes.isEmpty:
                bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...64, using: &random)))
            case 2:
                bytes.insert(contentsOf: fragments.randomElement(using: &random)!, at: position)
            case 3 where !bytes.isEmpty:
                let end = min(bytes.count, position + Int.random(in: 1...200, using: &random))
                bytes.insert(contentsOf: Array(bytes[position..<end]), at: end)
            case 4:
                let fragment = fragments.randomElement(using: &random)!
                let repeated = Array([[UInt8]](repeating: fragment, count: Int.random(in: 2...400, using: &random)).joined())
                bytes.insert(contentsOf: repeated, at: position)
            default:
                bytes.insert(UInt8.random(in: 0...255, using: &random), at: position)
            }
        }
        return bytes
    }

    func testMutatedEntriesNeverCrashAndFailOnlyWithDiagnostics() throws {
        let environment = ProcessInfo.processInfo.environment
        let iterations = Int(environment["FUZZ_ITERATIONS"] ?? "") ?? 1500
        var random = Generator(state: UInt64(environment["FUZZ_SEED"] ?? "") ?? 20261126)
        let contentRoot = Repository.root.appendingPathComponent("content")
        let seeds = FileManager.default.enumerator(atPath: contentRoot.path)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".md") || $0.hasSuffix(".yaml") }.sorted()
            .map { (path: $0, bytes: Array(FileManager.default.contents(atPath: contentRoot.appendingPathComponent($0).path)!)) }
        XCTAssertFalse(seeds.isEmpty)
        let renderer = MarkdownRenderer()
        var diagnosed = 0
        let start = Date()
        for _ in 0..<iterations {
            let seed = seeds.randomElement(using: &random)!
            let bytes = Self.mutate(seed.bytes, using: &random)
            let path = "content/" + seed.path
            guard case .success(let text) = SourceFileReader.decode(bytes, path: path) else { diagnosed += 1; continue }
            if seed.path.hasSuffix("entry.yaml") || seed.path.hasSuffix("site.yaml") {
                switch YAMLDocument.parse(text, path: path, firstLine: 1) {
                case .success(let document):
                    let section = Section(rawValue: String(seed.path.split(separator: "/").first ?? "")) ?? .organizations
                    let configuration = try XCTUnwrap(Self.configuration)
                    let (_, _, diagnostics) = EntryFactsValidator(configuration: configuration).validate(document, section: section, folder: path)
                    if diagnostics.hasErrors { diagnosed += 1 }
                case .failure:
                    diagnosed += 1
                }
            } else {
                switch FrontMatterSplitter.split(text, path: path) {
                case .success(let parts):
                    if case .success(let document) = YAMLDocument.parse(parts.yaml, path: path, firstLine: parts.yamlFirstLine) {
                        let file = RawLanguageFile(language: "lv", path: path, frontMatter: document, body: parts.body, bodyFirstLine: parts.bodyFirstLine)
                        let (_, diagnostics) = TranslationValidator().validate(file, section: .courses)
                        if diagnostics.hasErrors { diagnosed += 1 }
                    } else {
                        diagnosed += 1
                    }
                    let (rendered, _) = renderer.render(parts.body, path: path, firstLine: parts.bodyFirstLine) { _, _ in nil }
                    XCTAssertEqual(HostileContentTests.liveMarkup(in: rendered.html), [], "\(path) after mutation")
                case .failure:
                    diagnosed += 1
                }
            }
        }
        let seconds = Date().timeIntervalSince(start)
        print("fuzz: \(iterations) mutated inputs, \(diagnosed) refused with diagnostics, 0 crashes, \(String(format: "%.1f", seconds)) s")
        XCTAssertGreaterThan(diagnosed, iterations / 10, "mutations should often break the input")
    }

    /// The bundled site configuration, for validating mutated entries against it.
    static let configuration: SiteConfiguration? = {
        let (loaded, _) = ContentLoader(sourceRoot: Repository.root).load()
        return SiteConfigurationValidator().validate(loaded.siteYAML).0
    }()
}
