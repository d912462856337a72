/// Why a text got no QR code. A page URL never comes near the limits, so either case means the
/// caller passed the wrong text, and it is reported rather than printed as an unreadable code.
package enum QRCodeError: Error, Hashable, Sendable {
    /// A code for nothing would scan as nothing; libqrencode refuses it too.
    case empty
    /// More bytes than the largest code (version 40) holds at the error-correction level used.
    case tooLong(byteCount: Int)
    /// libqrencode failed for another reason, e.g. out of memory; `errno` as it set it.
    case encoderFailed(errno: Int32)
}
