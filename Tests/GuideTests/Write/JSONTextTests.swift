@testable import GuideSupport
import XCTest

final class JSONTextTests: XCTestCase {
    func testStringsAreEscapedForJSONAndForAScriptElement() {
        XCTAssertEqual(JSONText.string("plain ASCII"), "\"plain ASCII\"")
        XCTAssertEqual(JSONText.string("say \"hi\" \\ bye"), #""say \"hi\" \\ bye""#)
        XCTAssertEqual(JSONText.string("a\nb\rc\td\u{01}e\u{1F}"), #""a\nb\rc\td\u0001e\u001f""#)
        XCTAssertEqual(JSONText.string("</script><b>&amp;"), #""\u003c/script\u003e\u003cb\u003e\u0026amp;""#)
        XCTAssertEqual(JSONText.string("line\u{2028}para\u{2029}end"), #""line\u2028para\u2029end""#,
                       "JavaScript before ES2019 ends a string literal at these")
        XCTAssertEqual(JSONText.string("uzturēšanās atļauja — вид на жительство…"), "\"uzturēšanās atļauja — вид на жительство…\"",
                       "other text, dashes and ellipses included, passes unchanged")
    }

    func testValuesAreWrittenWithSortedKeys() {
        let value: [String: Any] = ["b": [1, 2.5, true] as [Any], "a": ["z": "x"] as [String: String], "c": 3.0]
        XCTAssertEqual(JSONText.serialize(value), #"{"a":{"z":"x"},"b":[1,2.5,true],"c":3}"#)
    }

    func testEveryKindOfListAndDictionaryIsWrittenAlike() {
        let rows: [[String: Any]] = [["name": "A", "n": 1], ["name": "B"]]
        let value: [String: Any] = [
            "rows": rows, "words": ["x", "y"], "numbers": [3, 4], "counts": ["b": 2, "a": 1],
            "nested": [["k": "v"]] as [[String: String]], "maybe": Optional("text") as Any, "none": Optional<String>.none as Any,
            "flags": [true, false], "empty": [:] as [String: Any], "nothing": [] as [Any],
        ]
        XCTAssertEqual(JSONText.serialize(value), #"{"counts":{"a":1,"b":2},"empty":{},"flags":[true,false],"maybe":"text","#
                       + #""nested":[{"k":"v"}],"none":null,"nothing":[],"numbers":[3,4],"rows":[{"n":1,"name":"A"},{"name":"B"}],"#
                       + #""words":["x","y"]}"#)
    }
}
