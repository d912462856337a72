/// Decides which register row, if any, an address in the content names, from the rows the scan
/// kept for its street and building.
struct AddressResolver {
    let scan: RegisterScanner.Scan

    enum Resolution: Hashable, Sendable {
        /// One existing building with a point inside Latvia: its coordinates can be written.
        case located(RegisterRow, RegisterRow.Coordinate)
        /// Anything else, reported as it is.
        case reported(LocationResult.Outcome)
    }

    func resolve(_ address: NormalizedAddress) -> Resolution {
        let sameBuilding = scan.rows[address.buildingKey] ?? []
        let existing = sameBuilding.filter(\.row.exists)
        var candidates = existing.filter { address.names($0.address) }
        // A postcode only narrows: an editor's postcode may be out of date, and the town already says where.
        if candidates.count > 1, let postcode = address.postcode {
            let samePostcode = candidates.filter { $0.row.postcode == postcode }
            if !samePostcode.isEmpty { candidates = samePostcode }
        }
        switch candidates.count {
        case 1:
            let row = candidates[0].row
            guard let coordinate = row.coordinate else { return .reported(.withoutCoordinates(row)) }
            return coordinate.isInLatvia ? .located(row, coordinate) : .reported(.outsideLatvia(row))
        case 0:
            return .reported(unmatched(address, sameBuilding: sameBuilding.map(\.row)))
        default:
            return .reported(.ambiguous(candidates.map(\.row)))
        }
    }

    private func unmatched(_ address: NormalizedAddress, sameBuilding: [RegisterRow]) -> LocationResult.Outcome {
        let existing = sameBuilding.filter(\.exists)
        if !existing.isEmpty {
            return .unmatched(reason: "the register has this street and number only in other places", lookalikes: existing)
        }
        if !sameBuilding.isEmpty {
            let statuses = Set(sameBuilding.map(\.status)).sorted().joined(separator: ", ")
            return .unmatched(reason: "the register lists this address only as no longer existing (STATUSS \(statuses))",
                              lookalikes: sameBuilding)
        }
        if let towns = scan.towns[address.street], !towns.isEmpty {
            let number = address.number.building.isEmpty ? "without a number" : "number \(address.number.building)"
            return .unmatched(reason: "the register has this street (in \(towns.joined(separator: "; "))) but no building \(number) on it",
                              lookalikes: [])
        }
        return .unmatched(reason: "the register has no street of that name; check its spelling (the register writes the type in full: iela, bulvāris, gatve, prospekts, laukums)",
                          lookalikes: [])
    }
}
