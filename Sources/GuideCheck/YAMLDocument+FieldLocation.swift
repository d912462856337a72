import GuideContent
import GuideModel

extension YAMLDocument {
    /// Where the value of a top-level field is written, or the document's start when the field is
    /// absent: checks point at the line an editor changes, as validation does.
    func location(ofField field: String) -> SourceLocation {
        YAMLMappingReader(root, in: self, what: "").location(of: field)
    }
}
