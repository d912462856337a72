// GuideQRCode: QR codes for the printed pages, made at build time.
//
// - Front door: `QRCode(encoding:)` encodes a page's URL with libqrencode (Debian's
//   `libqrencode-dev`, through the `CQREncode` system library) and keeps the module grid;
//   `image.tag(label:cssClass:)` draws it as an `<img>` of a 1-bit PNG in a data URI (`png()`,
//   checksummed with zlib through `CZlib`), a few hundred bytes that cost no request.
// - `QRCodeError`: why a text could not be encoded (empty, or longer than a QR code holds).
//
// It depends only on GuideSupport (for `HTMLEscaping`), so any later stage may draw a code.
