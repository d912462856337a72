import FlyingFox
import Foundation

/// Routes a preview request: the live-reload endpoints under `/_guide/`, the site's files
/// everywhere else. (The builder writes no `_guide` folder, so the two never overlap.)
struct PreviewRequestHandler: HTTPHandler {
    let files: StaticFileResponder
    let builder: PreviewBuilder
    let channel: LiveReloadChannel

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET else {
            let headers: HTTPHeaders = [HTTPHeader("Allow"): "GET"]
            return HTTPResponse(statusCode: .methodNotAllowed, headers: headers)
        }
        // The target as sent, only percent-decoded: FlyingFox's `path` is also normalized, which
        // drops the trailing slash that tells a folder's address from a file's.
        let path = request.target.path(percentEncoded: false)
        switch path {
        case "/_guide/events":
            return await eventStream()
        case "/_guide/status":
            return PreviewResponse.make(Data(await builder.status.encodedJSON.utf8), type: "application/json")
        case LiveReloadScript.path:
            return PreviewResponse.make(Data(LiveReloadScript.source.utf8), type: MediaType.forFile(named: "client.js"))
        default:
            return files.response(for: path)
        }
    }

    /// Stays open, sending an event after every build; a page opened while the content is broken
    /// gets the current errors straight away.
    private func eventStream() async -> HTTPResponse {
        let status = await builder.status
        let events = await channel.subscribe(greeting: [.quickReconnect] + (status.ok ? [] : [status.event]))
        let headers: HTTPHeaders = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventStreamBody(events: events)))
    }
}
