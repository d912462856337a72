import Foundation
import GuideModel

/// `guide locate`: places the content's addresses with the State Address Register's points.
///
/// The content is read first, so the register (a million rows) is streamed once and only the
/// rows of the content's streets are kept. Files are written only when the register had no
/// malformed rows: a damaged file could hide the row that makes an address ambiguous.
package struct AddressLocator: Sendable {
    /// The folder holding `content/`.
    package let sourceRoot: URL
    package let register: URL
    /// The register's path as the editor gave it, for messages.
    package let registerPath: String
    package let options: LocateOptions

    package init(sourceRoot: URL, register: URL, registerPath: String? = nil, options: LocateOptions) {
        self.sourceRoot = sourceRoot.standardizedFileURL
        self.register = register
        self.registerPath = registerPath ?? register.path
        self.options = options
    }

    private struct EntryFile {
        var path: String
        var lines: EntryLines
        /// Each location item with its address in the one spelling both sides are compared in.
        var items: [(item: LocationItem, address: NormalizedAddress)]
    }

    package func locate() throws(LocateRefusal) -> LocateReport {
        let content = sourceRoot.appendingPathComponent("content")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .contentMissing(path: content.path)
        }
        var problems: [Diagnostic] = []
        let files = readEntryFiles(problems: &problems)
        let addresses = files.flatMap { $0.items.map(\.address) }
        let scan = try RegisterScanner(path: registerPath, url: register,
                                       wantedBuildings: Set(addresses.map(\.buildingKey)),
                                       wantedStreets: Set(addresses.map(\.street))).scan()
        problems += scan.malformedRows
        let resolver = AddressResolver(scan: scan)
        let registerName = register.lastPathComponent

        var results: [LocationResult] = []
        for file in files {
            var edits: [EntryFileEditor.Edit] = []
            var editedResults: [Int] = []
            for (item, address) in file.items {
                let outcome: LocationResult.Outcome
                switch resolver.resolve(address) {
                case .reported(let reported):
                    outcome = reported
                case .located(let row, let coordinate):
                    let action: LocationResult.Action
                    if !item.isEditable {
                        action = .notEditable
                    } else if item.hasCoordinates, !options.replacesCoordinates {
                        action = .keptExistingCoordinates(distance: Self.distance(from: item.existingCoordinates, to: coordinate))
                    } else if !scan.malformedRows.isEmpty {
                        action = .notWrittenBecauseOfErrors
                    } else {
                        action = options.writesFiles ? .written : .wouldWrite
                        edits.append(.init(item: item, lines: CoordinateLines(row: row, coordinate: coordinate,
                                                                               registerName: registerName, readOn: options.readOn)))
                        editedResults.append(results.count)
                    }
                    outcome = .matched(row, action)
                }
                results.append(LocationResult(location: SourceLocation(path: file.path, line: item.addressLine + 1, column: item.column),
                                              address: item.address, flat: address.number.flat, outcome: outcome))
            }
            guard options.writesFiles, !edits.isEmpty else { continue }
            var editor = EntryFileEditor(file: file.lines)
            editor.apply(edits, replacing: options.replacesCoordinates)
            do {
                try Data(editor.file.text.utf8).write(to: sourceRoot.appendingPathComponent(file.path), options: .atomic)
            } catch {
                problems.append(.error(at: SourceLocation(path: file.path), "could not write the file: \(error.localizedDescription)",
                                       hint: "Check that the content folder is writable; the file was left as it was."))
                for index in editedResults {
                    if case .matched(let row, _) = results[index].outcome { results[index].outcome = .matched(row, .writeFailed) }
                }
            }
        }
        return LocateReport(results: results, problems: problems, registerRows: scan.rowCount, existingRows: scan.existingCount)
    }

    private func readEntryFiles(problems: inout [Diagnostic]) -> [EntryFile] {
        var files: [EntryFile] = []
        for path in ContentEntryFiles.paths(in: sourceRoot) {
            let text: String
            do {
                text = try String(contentsOf: sourceRoot.appendingPathComponent(path), encoding: .utf8)
            } catch {
                problems.append(.error(at: SourceLocation(path: path), "could not read the file: \(error.localizedDescription)",
                                       hint: "Its locations were not looked at; `guide check` reports what is wrong with it."))
                continue
            }
            let lines = EntryLines(text)
            let scanned = EntryLocationScanner.scan(lines)
            if let line = scanned.flowListLine {
                problems.append(.warning(at: SourceLocation(path: path, line: line + 1),
                                         "`locations` is written as a one-line list `[…]`, which guide locate does not read",
                                         hint: "Write one `- address: …` item a line, with its other keys below it, and run again."))
            }
            files.append(EntryFile(path: path, lines: lines, items: scanned.items.map { ($0, NormalizedAddress($0.address)) }))
        }
        return files
    }

    /// Metres between coordinates already written and the register's point (haversine on a
    /// sphere of the Earth's mean radius: plenty for telling a door from a block away).
    private static func distance(from existing: [LocationItem.ExistingCoordinate], to point: RegisterRow.Coordinate) -> Double? {
        guard let latitude = existing.first(where: { $0.key == "latitude" }).flatMap({ Double($0.value) }),
              let longitude = existing.first(where: { $0.key == "longitude" }).flatMap({ Double($0.value) }) else { return nil }
        let radians = Double.pi / 180
        let dLatitude = (point.latitude - latitude) * radians, dLongitude = (point.longitude - longitude) * radians
        let a = sin(dLatitude / 2) * sin(dLatitude / 2)
            + cos(latitude * radians) * cos(point.latitude * radians) * sin(dLongitude / 2) * sin(dLongitude / 2)
        return 2 * 6_371_000 * asin(min(1, a.squareRoot()))
    }
}
