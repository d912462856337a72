@testable import GuideLocate
import XCTest

/// The one spelling both the register and the content are reduced to.
final class AddressNormalizationTests: XCTestCase {
    private func building(_ text: String) -> String {
        NormalizedAddress(text).number.building
    }

    func testStreetTypesAreWrittenInFullWhateverTheSpelling() {
        let pairs = [
            ("Baznīcas ielā 25", "Baznīcas iela 25"),
            ("Raiņa bulv. 15", "Raiņa bulvāris 15"),
            ("Raiņa bulvārī 15", "Raiņa bulvāris 15"),
            ("Brīvības g. 214", "Brīvības gatve 214"),
            ("Maskavas prosp. 1", "Maskavas prospekts 1"),
            ("Pils laukumā 4", "Pils laukums 4"),
            ("Rīgas šos. 3", "Rīgas šoseja 3"),
        ]
        for (written, register) in pairs {
            XCTAssertEqual(NormalizedAddress(written), NormalizedAddress(register), written)
        }
        XCTAssertNotEqual(NormalizedAddress("Brīvības iela 214").street, NormalizedAddress("Brīvības gatve 214").street)
        XCTAssertEqual(NormalizedAddress("G. Apiņa iela 1").street, "g. apina iela", "an initial is not a street type")
    }

    func testCaseAndDiacriticsDoNotMatter() {
        XCTAssertEqual(NormalizedAddress("ČIEKURKALNA 1. LĪNIJA 1 K-3, RĪGA"), NormalizedAddress("Ciekurkalna 1. linija 1 k-3, Riga"))
        XCTAssertEqual(NormalizedAddress("Ģertrūdes iela 1, Rīga").street, "gertrudes iela")
    }

    func testOrdinalsBelongToTheStreetName() {
        let address = NormalizedAddress("Čiekurkalna 1. līnija 1 k-3, Rīga, LV-1026")
        XCTAssertEqual(address.street, "ciekurkalna 1. linija")
        XCTAssertEqual(address.number.building, "1 k-3")
        XCTAssertEqual(NormalizedAddress("18. novembra iela 2").street, "18. novembra iela")
        let commaBeforeBlock = NormalizedAddress("Čiekurkalna 1. līnija 1, k-3, Rīga, LV-1026")
        XCTAssertEqual(commaBeforeBlock.number.building, "1 k-3")
        XCTAssertEqual(commaBeforeBlock.places, ["riga"])
    }

    func testBuildingNumbersAreWrittenTheRegistersWay() {
        XCTAssertEqual(building("Kaivas iela 50k3"), "50 k-3")
        XCTAssertEqual(building("Kaivas iela 50 k.3"), "50 k-3")
        XCTAssertEqual(building("Kaivas iela 50 korp. 3"), "50 k-3")
        XCTAssertEqual(building("Kaivas iela 50 k-3"), "50 k-3")
        XCTAssertEqual(building("Anniņmuižas bulvāris 26 A"), "26a")
        XCTAssertEqual(building("Tērbatas iela 59/61"), "59/61")
        XCTAssertEqual(building("Tērbatas iela 59/61 - 4"), "59/61")
    }

    func testFlatsAreSplitOffTheBuilding() {
        for (text, flat) in [("Lāčplēša iela 75-1B", "1b"), ("Lāčplēša iela 75 - 1 B", "1b"), ("Lāčplēša iela 75 – 9/10", "9/10"),
                             ("Lāčplēša iela 75 — 9", "9"), ("Lāčplēša iela 75 dz. 9", "9"), ("Kaivas iela 50 k-3 - 12", "12")] {
            let number = NormalizedAddress(text).number
            XCTAssertEqual(number.flat, flat, text)
            XCTAssertEqual(number.building, text.hasPrefix("Kaivas") ? "50 k-3" : "75", text)
        }
        XCTAssertNil(NormalizedAddress("Lāčplēša iela 75").number.flat)
    }

    func testPlacesPostcodesAndCountry() {
        let address = NormalizedAddress("Skolotāju iela 8, Ozolnieki, Ozolnieku pagasts, Jelgavas novads, LV-3018, Latvija")
        XCTAssertEqual(address.places, ["ozolnieki", "ozolnieku pag.", "jelgavas nov."])
        XCTAssertEqual(address.postcode, "LV-3018")
        XCTAssertEqual(NormalizedAddress("Baznīcas iela 25, Rīga LV 1010").postcode, "LV-1010")
        XCTAssertEqual(NormalizedAddress("Baznīcas iela 25, Rīga LV 1010").places, ["riga"])
        XCTAssertNil(NormalizedAddress("Baznīcas iela 25, Rīga").postcode)
    }

    func testAnAddressNamesARowWhenItsPlacesAreAmongTheRows() {
        let row = NormalizedAddress("Skolas iela 5, Mālpils, Mālpils pag., Siguldas nov., LV-2152")
        XCTAssertTrue(NormalizedAddress("Skolas iela 5, Siguldas novads").names(row))
        XCTAssertTrue(NormalizedAddress("Skolas iela 5").names(row))
        XCTAssertTrue(NormalizedAddress("Skolas ielā 5, Mālpils, LV-2152").names(row))
        XCTAssertFalse(NormalizedAddress("Skolas iela 5, Sigulda").names(row))
        XCTAssertFalse(NormalizedAddress("Skolas iela 5A, Mālpils").names(row))
    }
}
