import Foundation
import XCTest
@testable import GuideKit

final class SearchIndexWriterTests: XCTestCase {
    private func document(_ url: String, title: String, body: String) -> SearchDocument {
        SearchDocument(url: url, language: "lv", section: .courses, sectionLabel: "Kursi", title: title,
                       keywords: [], summary: "", body: body)
    }

    private func json(_ files: [SearchIndexWriter.File], _ suffix: String) throws -> Any {
        let file = try XCTUnwrap(files.first { $0.path.hasSuffix(suffix) }, suffix)
        return try JSONSerialization.jsonObject(with: Data(file.bytes))
    }

    /// Decodes `[gap, weight, …]` back into document → weight.
    private func postings(_ list: [Int]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var document = 0
        for pair in stride(from: 0, to: list.count, by: 2) {
            document += list[pair]
            result[document] = list[pair + 1]
        }
        return result
    }

    func testPostingsAreGapsAndWeightsWithTitlesBoosted() throws {
        let documents = [
            document("/lv/a/", title: "Kursi", body: "Citi vārdi par kursiem."),
            document("/lv/b/", title: "Cits nosaukums", body: "Kursi arī šeit minēti."),
            document("/lv/c/", title: "Nekas", body: "Nav saistīts."),
        ]
        let files = SearchIndexWriter(language: "lv").files(for: documents)
        let manifest = try XCTUnwrap(try json(files, "/manifest.json") as? [String: Any])
        XCTAssertEqual(manifest["documents"] as? Int, 3)
        let records = try XCTUnwrap(manifest["records"] as? String)
        XCTAssertTrue(records.hasPrefix("docs.") && records.hasSuffix("/"))
        for index in 0..<3 {
            XCTAssertNotNil(files.first { $0.path == "search/lv/\(records)\(index).json" })
        }
        var terms: [String: [Int]] = [:]
        for file in files where file.path.contains("/terms/") {
            let shard = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: [Int]])
            terms.merge(shard) { first, _ in first }
        }
        let kurs = postings(try XCTUnwrap(terms["kurs"]))
        XCTAssertEqual(Set(kurs.keys), [0, 1], "both documents that say kurs, by number")
        XCTAssertGreaterThan(kurs[0]!, kurs[1]!, "a title match outweighs a body match")
        XCTAssertEqual(Set(postings(try XCTUnwrap(terms["nek"])).keys), [2], "Nekas, stemmed")
    }

    func testChangedRecordRenamesTheRecordsFolder() {
        let first = SearchIndexWriter(language: "lv").files(for: [document("/lv/a/", title: "A", body: "x")])
        let second = SearchIndexWriter(language: "lv").files(for: [document("/lv/a/", title: "A", body: "y")])
        let folder = { (files: [SearchIndexWriter.File]) in files.first { $0.path.hasSuffix("/0.json") }?.path }
        XCTAssertNotEqual(folder(first), folder(second))
    }

    func testStemAndFoldedTwinShareAShard() throws {
        let many = (0..<400).map { document("/lv/\($0)/", title: "Ieraksts \($0) vārds\($0)", body: "Uzturēšanās atļauja numur\($0) teksts\($0).") }
        let files = SearchIndexWriter(language: "lv").files(for: many)
        let shards = files.filter { $0.path.contains("/terms/") }
        XCTAssertGreaterThan(shards.count, 1)
        let holding = { (term: String) in shards.filter { String(decoding: $0.bytes, as: UTF8.self).contains("\"\(term)\":") }.map(\.path) }
        XCTAssertEqual(holding("uzturēšan"), holding("uzturesan"))
        XCTAssertEqual(holding("uzturēšan").count, 1)
    }
}
