import Foundation

/// A register's buildings file in the format VZD publishes (docs/locate.md): a few hundred rows
/// written here, with the cases `guide locate` must tell apart, and filler streets in three towns.
struct TestRegister {
    struct Row {
        var code: String
        var status = "EKS"
        var standardAddress: String
        var latitude: String
        var longitude: String
    }

    enum Format {
        /// The `varis-atvertie-dati` data set: UTF-8 with a byte order mark, `,` and `"`, CRLF.
        case comma
        /// The older `aw_csv.zip`: `;` and `#` around every text field, LF.
        case semicolonAndHash
    }

    static let header = ["KODS", "TIPS_CD", "STATUSS", "APSTIPR", "APST_PAK", "VKUR_CD", "VKUR_TIPS", "NOSAUKUMS",
                         "SORT_NOS", "ATRIB", "PNOD_CD", "DAT_SAK", "DAT_MOD", "DAT_BEIG", "FOR_BUILD", "PLAN_ADR",
                         "STD", "KOORD_X", "KOORD_Y", "DD_N", "DD_E"]

    /// The rows the tests name, by what they stand for.
    static let named: [Row] = [
        Row(code: "101000011", standardAddress: "Lāčplēša iela 75, Rīga, LV-1011", latitude: "56.951201", longitude: "24.132802"),
        Row(code: "101000029", standardAddress: "Lāčplēša iela 75A, Rīga, LV-1011", latitude: "56.951301", longitude: "24.133002"),
        Row(code: "101000045", standardAddress: "Pils laukums 4, Rīga, LV-1050", latitude: "56.951102", longitude: "24.101403"),
        Row(code: "101000053", standardAddress: "Pils laukums 3, Rīga, LV-1050", latitude: "56.951055", longitude: "24.100933"),
        Row(code: "101000061", standardAddress: "Baznīcas iela 25, Rīga, LV-1010", latitude: "56.956701", longitude: "24.121002"),
        Row(code: "101000079", standardAddress: "Raiņa bulvāris 15, Rīga, LV-1050", latitude: "56.951801", longitude: "24.116502"),
        Row(code: "101000087", standardAddress: "Čiekurkalna 1. līnija 1 k-3, Rīga, LV-1026", latitude: "56.982101", longitude: "24.157302"),
        Row(code: "101000095", standardAddress: "Čiekurkalna 1. līnija 1 k-4, Rīga, LV-1026", latitude: "56.982634", longitude: "24.158345"),
        Row(code: "101000100", standardAddress: "Čiekurkalna 1. līnija 1, Rīga, LV-1026", latitude: "56.981901", longitude: "24.156802"),
        Row(code: "101000118", standardAddress: "Brīvības gatve 214, Rīga, LV-1039", latitude: "56.980002", longitude: "24.183001"),
        Row(code: "101000126", standardAddress: "Brīvības iela 214, Rīga, LV-1001", latitude: "56.971001", longitude: "24.160002"),
        Row(code: "101000134", standardAddress: "Tērbatas iela 59/61, Rīga, LV-1011", latitude: "56.957301", longitude: "24.135502"),
        Row(code: "101000142", status: "DEL", standardAddress: "Elizabetes iela 2, Rīga, LV-1010", latitude: "56.962001", longitude: "24.108002"),
        Row(code: "101000150", status: "DEL", standardAddress: "Krišjāņa Valdemāra iela 1, Rīga, LV-1010", latitude: "56.957001", longitude: "24.112002"),
        Row(code: "101000169", standardAddress: "Krišjāņa Valdemāra iela 1, Rīga, LV-1010", latitude: "56.957101", longitude: "24.112102"),
        Row(code: "101000177", standardAddress: "Jaunā iela 1, Rīga, LV-1050", latitude: "", longitude: ""),
        Row(code: "101000185", standardAddress: "Skolotāju iela 8, Jelgava, LV-3001", latitude: "56.648701", longitude: "23.732102"),
        Row(code: "101000193", standardAddress: "Skolotāju iela 8, Ozolnieki, Ozolnieku pag., Jelgavas nov., LV-3018",
            latitude: "56.689301", longitude: "23.781102"),
        Row(code: "101000207", standardAddress: "Lielā iela 6, Jelgava, LV-3001", latitude: "56.650101", longitude: "23.724402"),
        Row(code: "101000215", standardAddress: "Graudu iela 24, Liepāja, LV-3401", latitude: "56.508201", longitude: "21.010802"),
        Row(code: "101000223", standardAddress: "Skolas iela 5, Mālpils, Mālpils pag., Siguldas nov., LV-2152",
            latitude: "57.009801", longitude: "24.951002"),
        Row(code: "101000231", standardAddress: "Skolas iela 5, Liepāja, LV-3401", latitude: "56.511001", longitude: "21.013002"),
        Row(code: "101000240", standardAddress: "Skolas iela 5, Sigulda, Siguldas nov., LV-2150", latitude: "57.153101", longitude: "24.853402"),
        Row(code: "101000258", standardAddress: "\"Riņņi\", Vecates pag., Valmieras nov., LV-4211", latitude: "57.749001", longitude: "25.102002"),
    ]

    /// Streets in each of three towns with numbers 1–20, some of them deleted: the bulk a real
    /// file has, in which the named rows must still be found.
    static var filler: [Row] {
        let towns = [("Rīga", "LV-1010", 56.95, 24.10), ("Jelgava", "LV-3001", 56.65, 23.72), ("Liepāja", "LV-3401", 56.51, 21.01)]
        let streets = ["Ausekļa iela", "Dzirnavu iela", "Kalēju iela", "Meža prospekts", "Zemgales gatve"]
        var rows: [Row] = []
        var code = 102_000_000
        for (town, postcode, latitude, longitude) in towns {
            for (streetIndex, street) in streets.enumerated() {
                for number in 1...20 {
                    code += 7
                    let offset = Double(streetIndex * 20 + number) / 10_000
                    rows.append(Row(code: String(code), status: number % 9 == 0 ? "DEL" : "EKS",
                                    standardAddress: "\(street) \(number), \(town), \(postcode)",
                                    latitude: String(format: "%.6f", latitude + offset),
                                    longitude: String(format: "%.6f", longitude + offset)))
                }
            }
        }
        return rows
    }

    static var allRows: [Row] {
        // Named rows in the middle of the filler, as a real file mixes streets.
        let filler = Self.filler
        return Array(filler[..<150]) + named + Array(filler[150...])
    }

    static func text(_ rows: [Row] = allRows, format: Format = .comma) -> String {
        switch format {
        case .comma:
            let lines = [header.joined(separator: ",")] + rows.map { fields($0).map(quotedIfNeeded).joined(separator: ",") }
            return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
        case .semicolonAndHash:
            let lines = [header.map { "#\($0)#" }.joined(separator: ";")]
                + rows.map { row in
                    fields(row).enumerated().map { index, field in
                        // Codes, dates and coordinates bare; text between # as psql's QUOTE '#' reads it.
                        [0, 11, 12, 13, 17, 18, 19, 20].contains(index) ? field : "#\(field)#"
                    }.joined(separator: ";")
                }
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// Writes the register into `folder` and returns its URL.
    @discardableResult
    static func write(_ text: String = text(), to folder: URL, name: String = "aw_eka.csv") throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    private static func fields(_ row: Row) -> [String] {
        let firstPart = row.standardAddress.split(separator: ",")[0]
        let number = firstPart.split(separator: " ").last.map(String.init) ?? ""
        let postcode = row.standardAddress.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let hasPoint = !row.latitude.isEmpty
        return [row.code, "108", row.status, "Y", "252", "100" + row.code.suffix(6), "107", number, number, postcode,
                "100500001", "2003.01.10", "2024.03.20", row.status == "EKS" ? "" : "2024.03.20", "N", "N",
                row.standardAddress, hasPoint ? "506789.12" : "", hasPoint ? "312456.78" : "", row.latitude, row.longitude]
    }

    private static func quotedIfNeeded(_ field: String) -> String {
        guard field.contains(",") || field.contains("\"") else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
