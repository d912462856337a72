import Foundation

/// The first line of the register's buildings file: which of the two published spellings of
/// CSV it uses, and where the columns `guide locate` reads are.
///
/// VZD has published the file two ways (docs/locate.md lists what was read): fields separated
/// by `;` with `#` as the quote character (the older `aw_csv.zip`, whose header reads
/// `#KODS#;#TIPS_CD#;…`), and separated by `,` with `"` as the quote character and a UTF-8 byte
/// order mark (the `varis-atvertie-dati` data set). Columns are found by name, because
/// descriptions of the file disagree on the order of DD_N and DD_E.
struct RegisterHeader: Sendable {
    struct Dialect: Hashable, Sendable {
        var separator: UInt8
        var quote: UInt8

        static let semicolonAndHash = Dialect(separator: UInt8(ascii: ";"), quote: UInt8(ascii: "#"))
        static let commaAndDoubleQuote = Dialect(separator: UInt8(ascii: ","), quote: UInt8(ascii: "\""))
    }

    /// The columns read, and what each is for.
    static let requiredColumns = ["KODS", "STATUSS", "STD", "DD_N", "DD_E"]

    var dialect: Dialect
    var columnCount: Int
    var code: Int
    var status: Int
    var standardAddress: Int
    var latitude: Int
    var longitude: Int
    /// ATRIB, the postcode; the STD ends with it too, so a file without the column still works.
    var postcode: Int?

    /// Reads the header line (without its line break), or says which required columns it lacks.
    init(line: UnsafeBufferPointer<UInt8>) throws(RegisterHeaderError) {
        var bytes = line
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes = UnsafeBufferPointer(rebasing: bytes[3...])
        }
        let dialect: Dialect = bytes.contains(UInt8(ascii: ";")) ? .semicolonAndHash : .commaAndDoubleQuote
        let splitter = RegisterFieldSplitter(dialect: dialect)
        guard let fields = splitter.split(bytes) else {
            throw RegisterHeaderError(missingColumns: Self.requiredColumns, foundColumns: [])
        }
        let names = fields.map { splitter.text(of: $0, in: bytes).trimmingCharacters(in: .whitespaces).uppercased() }
        let missing = Self.requiredColumns.filter { !names.contains($0) }
        guard missing.isEmpty else { throw RegisterHeaderError(missingColumns: missing, foundColumns: names) }
        func column(_ name: String) -> Int { names.firstIndex(of: name)! }
        self.dialect = dialect
        columnCount = names.count
        code = column("KODS")
        status = column("STATUSS")
        standardAddress = column("STD")
        latitude = column("DD_N")
        longitude = column("DD_E")
        postcode = names.firstIndex(of: "ATRIB")
    }
}

/// A first line that is not the buildings file's header: another file of the register
/// (`aw_dziv.csv` has no coordinates), or not the register at all.
struct RegisterHeaderError: Error, Hashable, Sendable {
    var missingColumns: [String]
    var foundColumns: [String]
}
