import QRCode from 'qrcode'

/** The page's address as a QR code, drawn on the server as an SVG data URL (nothing fetched by the browser). */
export async function handoffQrDataUrl(url: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: 200 })
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
}
