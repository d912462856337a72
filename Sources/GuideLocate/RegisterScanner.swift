import Foundation
import GuideModel

/// Streams the register's buildings file once and keeps only what the content's addresses need:
/// the rows whose street and building are those of some address, and, per street asked for, a
/// few of the towns it is found in (to say "no such number" rather than "no such street").
///
/// Every row is checked as CSV (its field count, quotes, code and coordinates), so a broken
/// row is reported whatever it holds; only the rows of wanted streets are read further.
struct RegisterScanner {
    /// What one pass over the register found.
    struct Scan: Sendable {
        var rowCount = 0
        var existingCount = 0
        /// The rows of each wanted building, by `NormalizedAddress.buildingKey`, with their
        /// normalised STD so places can be compared.
        var rows: [[UInt8]: [(row: RegisterRow, address: NormalizedAddress)]] = [:]
        /// Up to `townsPerStreet` places (the STD's second part, as written) where each wanted
        /// street has an existing building.
        var towns: [String: [String]] = [:]
        var malformedRows: [Diagnostic] = []
        var malformedCount = 0
    }

    /// Enough to tell an editor where else the street is without listing every village.
    static let townsPerStreet = 5
    /// Past this many, a broken file is reported by its count: the first rows show the problem.
    static let reportedMalformedRows = 20

    /// The register as the command line named it, for messages.
    let path: String
    let url: URL
    let wantedBuildings: Set<[UInt8]>
    let wantedStreets: Set<String>

    func scan() throws(LocateRefusal) -> Scan {
        let file: FileHandle
        do {
            file = try FileHandle(forReadingFrom: url)
        } catch {
            throw .registerUnreadable(path: path, reason: Self.reason(error))
        }
        defer { try? file.close() }
        var scan = Scan()
        var header: RegisterHeader?
        var fields: [RegisterFieldSplitter.Field] = []
        do {
            try LineStreamer(file: file).forEachLine { line, number in
                guard let header else {
                    do throws(RegisterHeaderError) {
                        header = try RegisterHeader(line: line)
                    } catch {
                        throw LocateRefusal.notARegister(path: path, missingColumns: error.missingColumns,
                                                         foundColumns: error.foundColumns)
                    }
                    return
                }
                guard !line.isEmpty else { return }
                scan.rowCount += 1
                read(line, number: number, header: header, fields: &fields, into: &scan)
            }
        } catch let refusal as LocateRefusal {
            throw refusal
        } catch {
            throw .registerUnreadable(path: path, reason: Self.reason(error))
        }
        guard header != nil else {
            throw .notARegister(path: path, missingColumns: RegisterHeader.requiredColumns, foundColumns: [])
        }
        if scan.malformedCount > Self.reportedMalformedRows {
            scan.malformedRows.append(.error(
                at: SourceLocation(path: path),
                "\(scan.malformedCount - Self.reportedMalformedRows) more malformed rows are not listed",
                hint: "The file may be damaged or cut short: download it again."))
        }
        return scan
    }

    private func read(_ line: UnsafeBufferPointer<UInt8>, number: Int, header: RegisterHeader,
                      fields: inout [RegisterFieldSplitter.Field], into scan: inout Scan) {
        let splitter = RegisterFieldSplitter(dialect: header.dialect)
        guard splitter.split(line, into: &fields) else {
            return reportMalformed(line: number, "has a quoted field that is not closed where it should be", in: &scan)
        }
        guard fields.count == header.columnCount else {
            return reportMalformed(line: number, "has \(fields.count) fields where the header has \(header.columnCount)", in: &scan)
        }
        let code = fields[header.code].range, latitude = fields[header.latitude].range,
            longitude = fields[header.longitude].range
        guard !code.isEmpty, line[code].allSatisfy(\.isDigit) else {
            return reportMalformed(line: number, "has the address code (KODS) `\(splitter.text(of: fields[header.code], in: line))`, which is not a number", in: &scan)
        }
        for (name, range) in [("DD_N", latitude), ("DD_E", longitude)] where !Self.isDecimal(line[range]) {
            return reportMalformed(line: number, "has \(name) `\(String(decoding: line[range], as: UTF8.self))`, which is not a decimal number of degrees", in: &scan)
        }
        let status = fields[header.status].range
        let exists = line[status].elementsEqual("EKS".utf8)
        if exists { scan.existingCount += 1 }

        let standardAddress = UnsafeBufferPointer(rebasing: line[fields[header.standardAddress].range])
        let firstComma = standardAddress.firstIndex(of: UInt8(ascii: ",")) ?? standardAddress.endIndex
        let (street, building) = NormalizedAddress.streetAndBuilding(
            ofFirstPart: UnsafeBufferPointer(rebasing: standardAddress[..<firstComma]))
        guard wantedStreets.contains(street) else { return }

        let text = splitter.text(of: fields[header.standardAddress], in: line)
        let address = NormalizedAddress(text)
        if exists, let town = text.split(separator: ",").dropFirst().first?.trimmingCharacters(in: .whitespaces),
           scan.towns[street, default: []].count < Self.townsPerStreet, !scan.towns[street, default: []].contains(town) {
            scan.towns[street, default: []].append(town)
        }
        let key = NormalizedAddress.buildingKey(street: street, building: building)
        guard wantedBuildings.contains(key) else { return }
        let postcode = header.postcode.map { splitter.text(of: fields[$0], in: line) }.flatMap { $0.isEmpty ? nil : $0 }
        var coordinate: RegisterRow.Coordinate?
        if !latitude.isEmpty, !longitude.isEmpty,
           let lat = Double(String(decoding: line[latitude], as: UTF8.self)),
           let lon = Double(String(decoding: line[longitude], as: UTF8.self)) {
            coordinate = RegisterRow.Coordinate(latitude: lat, longitude: lon)
        }
        let row = RegisterRow(code: String(decoding: line[code], as: UTF8.self),
                              status: String(decoding: line[status], as: UTF8.self),
                              standardAddress: text, postcode: postcode ?? address.postcode,
                              coordinate: coordinate, line: number)
        scan.rows[key, default: []].append((row, address))
    }

    private func reportMalformed(line: Int, _ problem: String, in scan: inout Scan) {
        scan.malformedCount += 1
        guard scan.malformedCount <= Self.reportedMalformedRows else { return }
        scan.malformedRows.append(.error(
            at: SourceLocation(path: path, line: line),
            "malformed register row: it \(problem)",
            hint: "Nothing was written. Download the register again; if the row is the same, check the file's format in docs/locate.md."))
    }

    /// Empty, or `[-]digits[.digits]`: how the register writes degrees (`56.951055`).
    private static func isDecimal(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard !bytes.isEmpty else { return true }
        var sawDigit = false, sawPoint = false
        for (offset, byte) in bytes.enumerated() {
            if byte.isDigit {
                sawDigit = true
            } else if byte == UInt8(ascii: "."), !sawPoint, sawDigit {
                sawPoint = true
            } else if byte == UInt8(ascii: "-"), offset == 0 {
                continue
            } else {
                return false
            }
        }
        return sawDigit && bytes.last?.isDigit == true
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
