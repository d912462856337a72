// GuideQRCode: QR codes for the printed pages, made at build time.
//
// - Front door: `QRCode(encoding:)` encodes a page's URL with libqrencode (Debian's
//   `libqrencode-dev`, through the `CQREncode` system library) and keeps the module grid;
//   `svg(label:size:cssClass:)` draws it as one small inline SVG that prints sharply and costs
//   no request.
// - `QRCodeError`: why a text could not be encoded (empty, or longer than a QR code holds).
//
// It depends on nothing of ours, so any stage may draw a code.
