/// What a template can act on in its values apart from the text of their strings: which names
/// are there, how long each list is, the booleans and numbers, and which strings are empty.
///
/// Given a theme `TemplateShapeRules` accept, swift-mustache's output depends on a non-empty
/// string only by writing it where it stands, escaped or not; it tests strings only for being
/// there. So two sets of values with one shape render alike but for those strings, and
/// `TemplateShapeCache` renders each shape once.
struct TemplateShape {
    /// The shape written out: equal keys mean equal shapes. Names are written as they are,
    /// followed by NUL, which no template value name contains.
    private(set) var key = ""
    private var bytes: [UInt8]
    /// The non-empty strings in the order the key meets them; marker `n` stands for `strings[n]`.
    private(set) var strings: [String] = []
    /// Set while walking for `markedValues`: marker `n` for string `n`.
    private let marker: ((Int) -> String)?

    /// The shape of `values`, or nil when they hold a kind of value whose shape is not known
    /// (anything but strings, booleans, integers, lists and string-keyed dictionaries of them).
    /// `constant` names a top-level value left out of the shape, the same for every set of values
    /// the shape is compared with (a language's UI strings); the caller puts what identifies it
    /// into `prefix`. When `used` is given, top-level values not named in it are left out too: the
    /// template names none of them (`TemplateNames`).
    init?(of values: [String: Any], leaving constant: String? = nil, using used: Set<String>? = nil, prefix: String) {
        bytes = Array(prefix.utf8)
        bytes.reserveCapacity(2048)
        strings.reserveCapacity(64)
        marker = nil
        guard walkTopLevel(values, leaving: constant, using: used) != nil else { return nil }
        key = String(decoding: bytes, as: UTF8.self)
    }

    /// `values` with the marker of each string's number in place of every non-empty string,
    /// numbered as `init(of:leaving:using:prefix:)` numbers them, and without the top-level values
    /// it leaves out.
    static func markedValues(_ values: [String: Any], leaving constant: String?, using used: Set<String>? = nil,
                             marker: @escaping (Int) -> String) -> [String: Any]? {
        var walker = TemplateShape(marker: marker)
        return walker.walkTopLevel(values, leaving: constant, using: used) as? [String: Any]
    }

    private init(marker: @escaping (Int) -> String) {
        bytes = []
        self.marker = marker
    }

    private mutating func walkTopLevel(_ values: [String: Any], leaving constant: String?, using used: Set<String>?) -> Any? {
        guard var marked = walk(dictionary: values, leaving: constant, using: used) as? [String: Any] else { return nil }
        if marker != nil, let constant { marked[constant] = values[constant] }
        return marked
    }

    /// The value itself, or with markers when walking for them; nil for an unknown kind.
    private mutating func walk(_ value: Any) -> Any? {
        // Exact types only: `as? String` would also take an optional, which the library treats
        // as a value of its own (an empty one is not a missing value to it).
        let type = type(of: value)
        if type == String.self {
            let string = value as! String
            guard !string.isEmpty else {
                bytes.append(UInt8(ascii: "e"))
                return value
            }
            bytes.append(UInt8(ascii: "s"))
            strings.append(string)
            return marker.map { $0(strings.count - 1) } ?? value
        }
        if type == Bool.self {
            bytes.append(UInt8(ascii: value as! Bool ? "T" : "F"))
            return value
        }
        if type == Int.self {
            bytes.append(contentsOf: "i\(value as! Int);".utf8)
            return value
        }
        // The kinds of list and dictionary the composer makes, each walked by code made for it;
        // a dynamic cast to a protocol cost ten times as much.
        if type == [String: Any].self { return walk(dictionary: value as! [String: Any]) }
        if type == [[String: Any]].self { return walk(list: value as! [[String: Any]]) }
        if type == [String: String].self { return walk(dictionary: value as! [String: String]) }
        if type == [[String: String]].self { return walk(list: value as! [[String: String]]) }
        if type == [String: any Sendable].self { return walk(dictionary: value as! [String: any Sendable]) }
        if type == [[String: any Sendable]].self { return walk(list: value as! [[String: any Sendable]]) }
        if type == [Any].self { return walk(list: value as! [Any]) }
        if type == [String].self { return walk(list: value as! [String]) }
        guard let container = value as? any TemplateShapeContainer else { return nil }
        return container.walk(in: &self)
    }

    fileprivate mutating func walk<Value>(dictionary: [String: Value], leaving left: String? = nil, using used: Set<String>? = nil) -> Any? {
        bytes.append(UInt8(ascii: "{"))
        var marked: [String: Any] = [:]
        // By name, since two dictionaries with the same names may list them in different orders.
        for (name, position) in dictionary.positionsByKey(excluding: left, keeping: used) {
            bytes.append(contentsOf: name.utf8)
            bytes.append(0)
            guard let walked = walk(dictionary[position].value) else { return nil }
            if marker != nil { marked[name] = walked }
        }
        bytes.append(UInt8(ascii: "}"))
        return marker != nil ? marked : dictionary
    }

    fileprivate mutating func walk<Element>(list: [Element]) -> Any? {
        bytes.append(UInt8(ascii: "["))
        var marked: [Any] = []
        for element in list {
            guard let walked = walk(element) else { return nil }
            if marker != nil { marked.append(walked) }
        }
        bytes.append(UInt8(ascii: "]"))
        return marker != nil ? marked : list
    }
}

/// Other lists and string-keyed dictionaries, walked by code that is not specialised for them.
private protocol TemplateShapeContainer {
    func walk(in shape: inout TemplateShape) -> Any?
}

extension Dictionary: TemplateShapeContainer where Key == String {
    fileprivate func walk(in shape: inout TemplateShape) -> Any? { shape.walk(dictionary: self) }
}

extension Array: TemplateShapeContainer {
    fileprivate func walk(in shape: inout TemplateShape) -> Any? { shape.walk(list: self) }
}
