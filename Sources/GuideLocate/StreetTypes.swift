/// The register writes a street's type in full (`Raiņa bulvāris`); editors and the sources they
/// copy from also write it shortened (`bulv.`) or in the locative (`Baznīcas ielā`). Every
/// spelling is mapped to the folded full word, so both sides of a match say `bulvaris`.
enum StreetTypes {
    /// Folded spelling → the register's folded word. Only the last word of a street name is looked
    /// up, so an initial such as the `g.` of a person's name is never read as `gatve`.
    private static let canonical: [String: String] = {
        let spellings: [String: [String]] = [
            "iela": ["iela", "iel.", "iel", "ie."],
            "bulvaris": ["bulvaris", "bulvari", "bulv.", "bulv", "bulvara"],
            "gatve": ["gatve", "g.", "gatv."],
            "prospekts": ["prospekts", "prospekta", "prosp.", "prosp", "pr."],
            "laukums": ["laukums", "laukuma", "lauk.", "lauk"],
            "soseja": ["soseja", "sos.", "sos"],
            "aleja": ["aleja", "al."],
            "dambis": ["dambis", "dambi", "damb."],
            "krastmala": ["krastmala", "krastm."],
            "linija": ["linija", "lin."],
            "cels": ["cels", "cela"],
            "skersiela": ["skersiela", "skersiel."],
        ]
        var table: [String: String] = [:]
        for (word, forms) in spellings {
            for form in forms { table[form] = word }
        }
        return table
    }()

    /// The register's word for a folded street-type spelling, or nil when it is not one.
    static func canonicalWord(for folded: String) -> String? {
        canonical[folded]
    }
}
