/// An address reduced to what identifies a building, spelt one way whether an editor wrote it in
/// entry.yaml or the register wrote it in STD: `Lāčplēša ielā 75-1B, Rīga` and
/// `Lāčplēša iela 75, Rīga, LV-1011` both have the street `lacplesa iela`, the building `75` and
/// the place `riga`.
///
/// An address is read as the register writes one: the street (or a farmstead's name) and the
/// number first, then the places from the smallest to the largest (village or town, parish,
/// municipality), and the postcode, all separated by commas.
struct NormalizedAddress: Hashable, Sendable {
    /// The folded street name with its type written in full (`raina bulvaris`,
    /// `ciekurkalna 1. linija`), or a farmstead's name.
    var street: String
    var number: HouseNumber
    /// The places after the street, folded, with `novads`/`pagasts` written `nov.`/`pag.` as the
    /// register writes them: `["ozolnieki", "ozolnieku pag.", "jelgavas nov."]`.
    var places: [String]
    /// `LV-1050`, when the address names one.
    var postcode: String?

    /// The street and building as one byte string, the key the register's rows are looked up by.
    var buildingKey: [UInt8] { Self.buildingKey(street: street, building: number.building) }

    init(_ text: String) {
        var components = text.split(separator: ",", omittingEmptySubsequences: true).map { AddressFolding.fold(Array($0.utf8)) }
        // `Čiekurkalna 1. līnija 1, k-3, Rīga`: a korpuss after a comma is still part of the number.
        if components.count > 1, Self.isKorpuss(components[1]) {
            let block = components.remove(at: 1)
            components[0] += [AddressFolding.space] + block
        }
        let first = Self.streetAndNumber(ofFirstPart: components.first ?? [])
        street = first.street
        number = first.number
        places = []
        for component in components.dropFirst() {
            var words = component.split(separator: AddressFolding.space).map {
                String(decoding: $0, as: UTF8.self)
            }
            if let last = words.last, let code = Self.postcode(last) {
                postcode = code
                words.removeLast()
            } else if words.count >= 2, words[words.count - 2] == "lv", let code = Self.postcode("lv" + words[words.count - 1]) {
                postcode = code
                words.removeLast(2)
            }
            guard let last = words.last else { continue }
            words[words.count - 1] = Self.divisionWords[last] ?? last
            let place = words.joined(separator: " ")
            if !Self.countryNames.contains(place) { places.append(place) }
        }
    }

    /// Whether the register's address `row` is the building this address names: the same street
    /// and building, and every place this address names among the row's places. An address
    /// that names no place at all matches the building in every town.
    func names(_ row: NormalizedAddress) -> Bool {
        street == row.street && number.building == row.number.building && Set(places).isSubset(of: row.places)
    }

    /// The street and building of the first part of an address (up to its first comma), as
    /// `street` and `number.building` would hold them: the register's rows are looked up by these
    /// before anything else of them is read.
    static func streetAndBuilding(ofFirstPart bytes: UnsafeBufferPointer<UInt8>) -> (street: String, building: String) {
        let first = streetAndNumber(ofFirstPart: AddressFolding.fold(bytes))
        return (first.street, first.number.building)
    }

    static func buildingKey(street: String, building: String) -> [UInt8] {
        Array(street.utf8) + [0] + Array(building.utf8)
    }

    /// Splits `lacplesa iela 75-1b` into the street and the number. The number starts at the
    /// first word that begins with a digit and is not an ordinal (`1.` in `Čiekurkalna 1. līnija`).
    private static func streetAndNumber(ofFirstPart folded: [UInt8]) -> (street: String, number: HouseNumber) {
        var words = folded.split(separator: AddressFolding.space)
        let numberStart = words.firstIndex { word in
            word.first?.isDigit == true && word.last != UInt8(ascii: ".")
        } ?? words.endIndex
        let numberWords = words[numberStart...]
        words.removeSubrange(numberStart...)
        var streetWords = words.map { String(decoding: $0, as: UTF8.self) }
        if let last = streetWords.last, let word = StreetTypes.canonicalWord(for: last) {
            streetWords[streetWords.count - 1] = word
        }
        let numberText = Array(numberWords.joined(separator: [AddressFolding.space]))
        return (streetWords.joined(separator: " "), HouseNumber(folded: numberText))
    }

    /// `k-3`, `k3`, `k. 3`, `korp. 3`, folded.
    private static func isKorpuss(_ folded: [UInt8]) -> Bool {
        var rest = Substring(String(decoding: folded.filter { $0 != AddressFolding.space }, as: UTF8.self))
        guard rest.hasPrefix("k") else { return false }
        rest = rest.dropFirst()
        for word in ["orpuss", "orp"] where rest.hasPrefix(word) {
            rest = rest.dropFirst(word.count)
            break
        }
        if rest.hasPrefix(".") { rest = rest.dropFirst() }
        if rest.hasPrefix("-") { rest = rest.dropFirst() }
        return !rest.isEmpty && rest.utf8.allSatisfy(\.isDigit)
    }

    /// `lv-1050`, `lv1050` → `LV-1050`.
    private static func postcode(_ word: String) -> String? {
        var digits = Substring(word)
        guard digits.hasPrefix("lv") else { return nil }
        digits = digits.dropFirst(2)
        if digits.first == "-" { digits = digits.dropFirst() }
        guard digits.count == 4, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return "LV-" + digits
    }

    private static let divisionWords = ["novads": "nov.", "nov": "nov.", "pagasts": "pag.", "pag": "pag."]
    private static let countryNames: Set<String> = ["latvija", "latvia"]
}
