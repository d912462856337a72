import Foundation

/// CLDR plural categories for whole numbers, keyed by language.
///
/// Languages are data, so a new language needs only a row here (or falls back to "other" for
/// every number), never a change to templates.
public enum PluralCategory: String, CaseIterable, Sendable {
    case zero, one, two, few, many, other
}

public enum PluralRules {
    public static func category(for count: Int, language: String) -> PluralCategory {
        let n = abs(count)
        let mod10 = n % 10, mod100 = n % 100
        switch language.split(separator: "-").first.map(String.init) ?? language {
        case "lv":
            if mod10 == 0 || (11...19).contains(mod100) { return .zero }
            if mod10 == 1 && mod100 != 11 { return .one }
            return .other
        case "ru", "uk", "be":
            if mod10 == 1 && mod100 != 11 { return .one }
            if (2...4).contains(mod10) && !(12...14).contains(mod100) { return .few }
            return .many
        case "lt":
            if mod10 == 1 && !(11...19).contains(mod100) { return .one }
            if (2...9).contains(mod10) && !(11...19).contains(mod100) { return .few }
            return .other
        case "pl":
            if n == 1 { return .one }
            if (2...4).contains(mod10) && !(12...14).contains(mod100) { return .few }
            return .many
        case "ar":
            if n == 0 { return .zero }
            if n == 1 { return .one }
            if n == 2 { return .two }
            if (3...10).contains(mod100) { return .few }
            if (11...99).contains(mod100) { return .many }
            return .other
        case "en", "de", "et", "fi", "sv", "it", "es":
            return n == 1 ? .one : .other
        case "fr", "pt":
            return n <= 1 ? .one : .other
        default:
            return .other
        }
    }

    /// The category of a number written with `fractionDigits` digits after the decimal point
    /// (CLDR's operand v): "1.5" is `other` in Russian and Ukrainian, "1.0" `other` in English.
    public static func category(for value: Double, fractionDigits: Int, language: String) -> PluralCategory {
        let magnitude = abs(value)
        let integer = Int(magnitude.rounded(.towardZero))
        guard fractionDigits > 0 else { return category(for: integer, language: language) }
        let scale = Int(pow(10, Double(fractionDigits)))
        let fraction = Int(((magnitude - Double(integer)) * Double(scale)).rounded())
        switch language.split(separator: "-").first.map(String.init) ?? language {
        case "lv":
            // n % 10 and n % 100 match whole numbers only, so they count only when f is 0.
            if fraction == 0, category(for: integer, language: "lv") == .zero { return .zero }
            if fractionDigits == 2 && (11...19).contains(fraction % 100) { return .zero }
            if fraction == 0, category(for: integer, language: "lv") == .one { return .one }
            if fractionDigits == 2 ? (fraction % 10 == 1 && fraction % 100 != 11) : fraction % 10 == 1 { return .one }
            return .other
        case "lt":
            return fraction != 0 ? .many : category(for: integer, language: "lt")
        case "fr", "pt":
            return integer <= 1 ? .one : .other
        case "ar":
            return fraction == 0 ? category(for: integer, language: "ar") : .other
        default:
            return .other
        }
    }
}
