import FlyingFox
import Foundation

/// Responses as every preview answer is sent: never cached, because the same address shows new
/// content after each save.
enum PreviewResponse {
    static func make(_ body: Data, type: String, status: HTTPStatusCode = .ok) -> HTTPResponse {
        let headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-store"]
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }

    static func text(_ text: String, status: HTTPStatusCode) -> HTTPResponse {
        make(Data(text.utf8), type: "text/plain; charset=utf-8", status: status)
    }
}
