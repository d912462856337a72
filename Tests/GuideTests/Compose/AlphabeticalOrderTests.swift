import Foundation
@testable import GuidePages
import XCTest

/// Moving edited entries must give exactly the order a fresh sort gives, since `guide serve`'s
/// lists must equal a full build's; and only edited entries may be asked for their titles.
final class AlphabeticalOrderTests: XCTestCase {
    private let latvian = Locale(identifier: "lv")

    private func titles(_ count: Int, seed: Int) -> [String] {
        let words = ["Ābols", "abols", "Bumba", "Čemodāns", "ceļš", "Dārzs", "Ēna", "Zīle", "Žogs", "Šķērsiela", "Ābols"]
        return (0..<count).map { words[($0 * 7 + seed) % words.count] + " \(($0 * 13 + seed) % 5)" }
    }

    func testMovingEditedEntriesEqualsSortingAnew() {
        let folders = (0..<200).map { "content/courses/c-\($0)" }
        var current = titles(200, seed: 1)
        var fingerprints = (0..<200).map { UInt64($0) }
        var order = AlphabeticalOrder(folders: folders, fingerprints: fingerprints, titles: current, locale: latvian)
        for (round, edited) in [[3], [0, 199], [57, 58, 120], [10], [150, 4, 99]].enumerated() {
            for index in edited {
                current[index] = ["Aa", "Žžž", "Bumba 3", "ābols 0", "Ēna 2"][(index + round) % 5]
                fingerprints[index] &+= 1000
            }
            var asked: Set<Int> = []
            order = order.updated(folders: folders, fingerprints: fingerprints) { index in
                asked.insert(index)
                return current[index]
            }
            let fresh = AlphabeticalOrder(folders: folders, fingerprints: fingerprints, titles: current, locale: latvian)
            XCTAssertEqual(order.positions, fresh.positions, "round \(round)")
            XCTAssertEqual(asked, Set(edited), "only edited entries are asked for their titles")
        }
    }

    func testEqualTitlesKeepIdOrderAndLatvianLettersSortByTheAlphabet() {
        let order = AlphabeticalOrder(folders: ["a", "b", "c", "d", "e"], fingerprints: [1, 2, 3, 4, 5],
                                      titles: ["Zīle", "Ābols", "abols", "Bumba", "Ābols"], locale: latvian)
        // "abols" before "Ābols" (a before ā), equal ones in id order, B after every A.
        XCTAssertEqual(order.positions, [2, 1, 4, 3, 0])
    }

    func testANewSetOfEntriesIsSortedAnew() {
        let order = AlphabeticalOrder(folders: ["a", "b"], fingerprints: [1, 2], titles: ["B", "A"], locale: latvian)
        let grown = order.updated(folders: ["a", "b", "c"], fingerprints: [1, 2, 3]) { ["B", "A", "0"][$0] }
        XCTAssertEqual(grown.positions, [2, 1, 0])
    }
}
