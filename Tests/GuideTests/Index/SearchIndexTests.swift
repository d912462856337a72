import Foundation
@testable import GuideCheck
@testable import GuideModel
@testable import GuideSearch
@testable import GuideSupport
import XCTest

final class SearchIndexTests: XCTestCase {
    private func document(_ url: String, title: String, body: String) -> SearchDocument {
        SearchDocument(url: url, language: "lv", section: .courses, sectionLabel: "Kursi", title: title,
                       keywords: [], summary: "", body: body)
    }

    private func json(_ files: [GeneratedFile], _ suffix: String) throws -> Any {
        let file = try XCTUnwrap(files.first { $0.path.hasSuffix(suffix) }, suffix)
        return try JSONSerialization.jsonObject(with: Data(file.bytes))
    }

    /// Decodes `[gap, frequency, …]` back into document → frequency.
    private func postings(_ list: [Int]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var document = 0
        for pair in stride(from: 0, to: list.count, by: 2) {
            document += list[pair]
            result[document] = list[pair + 1]
        }
        return result
    }

    func testTheManifestCarriesTheStopWordsAndNamesTheRules() throws {
        var index = SearchIndex(language: "ru", documents: [
            SearchDocument(url: "/ru/a/", language: "ru", section: .legal, sectionLabel: "Помощь", title: "Вид на жительство",
                           keywords: [], summary: "", body: ""),
        ])
        let files = index.files()
        let manifest = try XCTUnwrap(try json(files, "/manifest.json") as? [String: Any])
        let stopWords = try XCTUnwrap(manifest["stop_words"] as? String).split(separator: " ")
        XCTAssertTrue(stopWords.contains("на") && stopWords.contains("и"))
        let rulesPath = try XCTUnwrap(manifest["rules"] as? String)
        let rules = try XCTUnwrap(files.first { $0.path == "search/ru/" + rulesPath })
        XCTAssertEqual(String(decoding: rules.bytes, as: UTF8.self), QueryRules.forLanguage("ru").json)
        XCTAssertTrue(rulesPath.hasPrefix("rules.") && rulesPath.hasSuffix(".json"))
    }

    func testPostingsAreGapsAndFrequenciesWithTitlesBoosted() throws {
        let documents = [
            document("/lv/a/", title: "Kursi", body: "Citi vārdi par kursiem."),
            document("/lv/b/", title: "Cits nosaukums", body: "Kursi arī šeit minēti."),
            document("/lv/c/", title: "Nekas", body: "Nav saistīts."),
        ]
        let files = indexFiles(documents)
        let manifest = try XCTUnwrap(try json(files, "/manifest.json") as? [String: Any])
        XCTAssertEqual(manifest["documents"] as? Int, 3)
        let records = try XCTUnwrap(manifest["records"] as? [String])
        XCTAssertEqual(records.count, 1)
        XCTAssertTrue(records[0].hasPrefix("docs/") && records[0].hasSuffix("/"))
        for index in 0..<3 {
            XCTAssertNotNil(files.first { $0.path == "search/lv/\(records[0])\(index).json" })
        }
        var terms: [String: [Int]] = [:]
        for file in files where file.path.contains("/terms/") {
            let shard = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(file.bytes)) as? [String: [Int]])
            terms.merge(shard) { first, _ in first }
        }
        let kurs = postings(try XCTUnwrap(terms["kurs"]))
        XCTAssertEqual(Set(kurs.keys), [0, 1], "both documents that say kurs, by number")
        XCTAssertEqual(kurs[0], 8, "in halves: the title's Kursi counts 3, the body's kursiem 1")
        XCTAssertEqual(kurs[1], 2, "one body word")
        let lengths = try XCTUnwrap(try json(files, "/" + (manifest["lengths"] as? String ?? "-")) as? [Int])
        // A title term counts 6 halves, a body term 2; a word with diacritics gives two terms
        // (vārdi: vārd, vard).
        XCTAssertEqual(lengths, [6 + 2 * 5, 2 * 6 + 2 * 7, 6 + 2 * 3])
        XCTAssertEqual(Set(postings(try XCTUnwrap(terms["nek"])).keys), [2], "Nekas, stemmed")
    }

    private func indexFiles(_ documents: [SearchDocument]) -> [GeneratedFile] {
        var index = SearchIndex(language: "lv", documents: documents)
        return index.files()
    }

    private func corpus(_ count: Int) -> [SearchDocument] {
        (0..<count).map { document(String(format: "/lv/%04d/", $0), title: "Ieraksts \($0) vārds\($0)",
                                   body: "Uzturēšanās atļauja numur\($0) teksts\($0). Kursi \($0 % 7) reizes nedēļā.") }
    }

    func testAnEditRenamesOnlyItsRecordFolder() {
        var documents = corpus(300)
        let before = Set(indexFiles(documents).map(\.path))
        documents[5].body = "Pavisam cits teksts."
        let after = Set(indexFiles(documents).map(\.path))
        let folder = { (path: String) in path.split(separator: "/").dropLast().joined(separator: "/") }
        let renamed = Set(after.subtracting(before).filter { $0.contains("/docs/") }.map(folder))
        XCTAssertEqual(renamed.count, 1, "records 0–127 only")
        XCTAssertTrue(after.contains { $0.contains("/docs/") && $0.hasSuffix("/200.json") && before.contains($0) },
                      "a record in another folder keeps its path")
    }

    /// The index `guide serve` patches after an edit must be the one a full build writes.
    /// A full build counts terms in chunks, each worker with its own stemming cache warmed by the
    /// chunks before; the index must not depend on which words a cache had already seen.
    func testTermsCountedInChunksBuildTheSameIndex() {
        let documents = corpus(300)
        let chunks = ParallelMap.map(count: 7, state: { DocumentTermsCounter() }) { counter, chunk in
            documents[(chunk * 50)..<min(documents.count, (chunk + 1) * 50)].map { counter.terms(of: $0) }
        }
        let terms = Array(chunks.joined())
        XCTAssertEqual(terms.count, documents.count)
        var counted = SearchIndex(language: "lv", documents: documents, terms: terms)
        var analysed = SearchIndex(language: "lv", documents: documents)
        let files = counted.files(), expected = analysed.files()
        XCTAssertEqual(files.map(\.path), expected.map(\.path))
        XCTAssertEqual(files.map(\.bytes), expected.map(\.bytes))
        XCTAssertGreaterThan(terms[299].length, 0)
    }

    func testPatchedIndexEqualsAFullBuild() {
        var documents = corpus(600)
        var index = SearchIndex(language: "lv", documents: documents)
        _ = index.files()
        let edits: [(Int, String)] = [(3, "Jauns vārds pilnīgi citā tekstā, kursi un atļauja."), (450, ""), (3, documents[3].body)]
        for (number, body) in edits {
            documents[number].body = body
            XCTAssertTrue(index.replace([documents[number]]))
            let patched = index.files()
            let full = indexFiles(documents)
            XCTAssertEqual(patched.map(\.path), full.map(\.path))
            XCTAssertEqual(patched.map(\.bytes), full.map(\.bytes))
        }
    }

    func testAnEditRewritesOnlyTheShardsOfItsTerms() {
        var documents = (0..<1500).map { document(String(format: "/lv/%04d/", $0), title: "Nosaukums\($0)",
                                                  body: "vieta\($0) laiks\($0) numurs\($0) adrese\($0) tālrunis\($0)") }
        var index = SearchIndex(language: "lv", documents: documents)
        let before = Set(index.files().filter { $0.path.contains("/terms/") }.map(\.path))
        documents[700].body += " piebilde"
        XCTAssertTrue(index.replace([documents[700]]))
        let after = Set(index.files().filter { $0.path.contains("/terms/") }.map(\.path))
        XCTAssertGreaterThan(before.count, 10)
        XCTAssertEqual(after.subtracting(before).count, 1, "only the shard gaining `piebild`: the page's other words kept their frequencies")
        XCTAssertEqual(before.subtracting(after).count, 1)
    }

    /// What `guide serve` writes and removes after an edit turns the files of the index before
    /// it into exactly those of a full index after it.
    func testChangesTurnTheFilesBeforeAnEditIntoTheFilesAfterIt() {
        var documents = corpus(400)
        var index = SearchIndex(language: "lv", documents: documents)
        var folder = Dictionary(uniqueKeysWithValues: index.files().map { ($0.path, $0.bytes) })
        for (number, body) in [(3, "Jauns teksts par kursiem."), (390, "Uzturēšanās atļauja."), (3, documents[3].body)] {
            documents[number].body = body
            XCTAssertTrue(index.replace([documents[number]]))
            let (moved, written, removed) = index.changes()
            XCTAssertLessThan(written.count, 20, "the changed record, shards, lengths and manifest")
            for (from, to) in moved {
                for path in folder.keys.filter({ $0.hasPrefix(from + "/") }) {
                    folder[to + path.dropFirst(from.count)] = folder.removeValue(forKey: path)
                }
            }
            for path in removed { XCTAssertNotNil(folder.removeValue(forKey: path), "removes only what was there: \(path)") }
            for file in written { folder[file.path] = file.bytes }
            let full = Dictionary(uniqueKeysWithValues: indexFiles(documents).map { ($0.path, $0.bytes) })
            XCTAssertEqual(folder.keys.sorted(), full.keys.sorted())
            XCTAssertTrue(full.allSatisfy { folder[$0.key] == $0.value }, "same bytes")
        }
    }

    /// A new page renumbers the documents, which only a full build does (`guide serve` makes
    /// one for a new entry); patching refuses it and leaves the index as it was.
    func testReplacingAPageTheIndexLacksChangesNothing() {
        var documents = corpus(50)
        var index = SearchIndex(language: "lv", documents: documents)
        let before = index.files().map(\.bytes)
        documents[3].body = "Mainīts teksts."
        XCTAssertFalse(index.replace([documents[3], document("/lv/0010a/", title: "Jauns", body: "Jauns teksts.")]))
        XCTAssertFalse(index.holds([documents[3]]))
        XCTAssertEqual(index.files().map(\.bytes), before)
    }

    func testExcerptSourceShowsBlockBoundariesAndStopsAtItsLength() {
        var page = document("/lv/a/", title: "T", body: "Virsraksts\nTeksts.")
        page.summary = "Kopsavilkums."
        XCTAssertEqual(SearchIndex.excerptSource(page), "Kopsavilkums. · Virsraksts · Teksts.")
        page.body = String(repeating: "ā", count: 2000)
        let long = SearchIndex.excerptSource(page)
        XCTAssertEqual(long.unicodeScalars.count, SearchIndex.excerptSourceLength + 1)
        XCTAssertTrue(long.hasPrefix("Kopsavilkums. · āā") && long.hasSuffix("ā…"))
        // A break just before the limit counts three characters and must not let the rest through.
        page.summary = String(repeating: "a", count: SearchIndex.excerptSourceLength - 2)
        page.body = "b\n" + String(repeating: "c", count: 500)
        XCTAssertEqual(SearchIndex.excerptSource(page), page.summary + " · …")
    }

    func testStemAndFoldedTwinShareAShard() throws {
        let many = (0..<400).map { document("/lv/\($0)/", title: "Ieraksts \($0) vārds\($0)", body: "Uzturēšanās atļauja numur\($0) teksts\($0).") }
        let files = indexFiles(many)
        let shards = files.filter { $0.path.contains("/terms/") }
        XCTAssertGreaterThan(shards.count, 1)
        let holding = { (term: String) in shards.filter { String(decoding: $0.bytes, as: UTF8.self).contains("\"\(term)\":") }.map(\.path) }
        XCTAssertEqual(holding("uzturēšan"), holding("uzturesan"))
        XCTAssertEqual(holding("uzturēšan").count, 1)
    }
}
