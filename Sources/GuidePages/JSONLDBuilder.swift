import Foundation
import GuideModel
import GuideSupport

/// schema.org data for each entry page, so search engines and other tools read the facts
/// without scraping: Organization/NGO/GovernmentOrganization, Course, Service, WebPage.
struct JSONLDBuilder {
    let site: ValidatedSite
    let urls: SiteURLs

    func object(for entry: Entry, text: Translation, language: String) -> [String: Any] {
        let chooser = site.chooser
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "name": text.title,
            "description": text.summary,
            "url": urls.absolute(urls.entry(entry.id, language)),
            "inLanguage": text.language,
        ]
        func provider(_ id: EntryID) -> [String: Any]? {
            guard let providerEntry = site.entry(id) else { return nil }
            var value: [String: Any] = ["@type": "Organization",
                                        "name": chooser.text(of: providerEntry, in: language).translation.title,
                                        "url": urls.absolute(urls.entry(id, language))]
            if let website = providerEntry.common.website { value["sameAs"] = website }
            return value
        }
        func offer(_ cost: Cost) -> [String: Any] {
            var offer: [String: Any] = ["@type": "Offer", "priceCurrency": "EUR", "category": cost.isFree ? "Free" : "Paid"]
            if cost.isFree { offer["price"] = 0 } else if let amount = cost.amountEUR { offer["price"] = amount }
            return offer
        }
        switch entry.facts {
        case .organization(let organization):
            switch organization.kind {
            case .ngo: object["@type"] = "NGO"
            case .state, .municipal: object["@type"] = "GovernmentOrganization"
            case .international: object["@type"] = "Organization"
            }
            addContacts(entry.common, to: &object)
        case .course(let course):
            object["@type"] = "Course"
            object["provider"] = provider(course.provider)
            object["educationalLevel"] = course.levels.map(\.rawValue).joined(separator: ", ")
            object["inLanguage"] = course.instructionLanguage
            if let cost = course.cost { object["offers"] = [offer(cost)] }
            var instance: [String: Any] = ["@type": "CourseInstance",
                                           "courseMode": ["in_person": "Onsite", "online": "Online", "blended": "Blended"][course.mode.rawValue]!]
            if let location = entry.common.locations.first { instance["location"] = place(location) }
            if let hours = course.durationHours { instance["courseWorkload"] = "PT\(hours * 45)M" }
            object["hasCourseInstance"] = [instance]
        case .legal(let legal):
            object["@type"] = "Service"
            object["serviceType"] = "Legal advice"
            object["areaServed"] = ["@type": "Country", "name": "Latvia"]
            if let id = legal.provider, let value = provider(id) { object["provider"] = value }
            object["offers"] = [offer(legal.cost)]
            addContacts(entry.common, to: &object)
        case .page:
            object["@type"] = "WebPage"
        }
        if let reviewed = entry.common.reviewed, case .page = entry.facts {
            object["lastReviewed"] = reviewed.description
        }
        return object
    }

    private func addContacts(_ common: CommonFacts, to object: inout [String: Any]) {
        if let phone = common.phones.first { object["telephone"] = phone.number }
        if let email = common.emails.first { object["email"] = email }
        if let website = common.website { object["sameAs"] = website }
        if !common.languages.isEmpty { object["knowsLanguage"] = common.languages }
        if let location = common.locations.first {
            object["address"] = postalAddress(location)
            if location.hasCoordinates { object["location"] = place(location) }
        }
    }

    private func postalAddress(_ location: Location) -> [String: Any] {
        ["@type": "PostalAddress", "streetAddress": location.address, "addressCountry": "LV"]
    }

    private func place(_ location: Location) -> [String: Any] {
        var place: [String: Any] = ["@type": "Place", "address": postalAddress(location)]
        if let lat = location.latitude, let lon = location.longitude {
            place["geo"] = ["@type": "GeoCoordinates", "latitude": lat, "longitude": lon]
        }
        if !location.hours.isEmpty {
            place["openingHoursSpecification"] = location.hours.map {
                ["@type": "OpeningHoursSpecification", "dayOfWeek": $0.days.map { "https://schema.org/\($0.schemaName)" },
                 "opens": $0.opens, "closes": $0.closes] as [String: Any]
            }
        }
        return place
    }

    /// JSON for a `<script>` element: keys sorted for identical output on every run, and `<`,
    /// `>` and `&` escaped so no text in the data can close the element.
    static func serialize(_ object: [String: Any]) -> String {
        JSONText.serialize(object)
    }
}
