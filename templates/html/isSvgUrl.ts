/** True when a URL's path ends in .svg (query and fragment ignored). */
export function isSvgUrl(url: string): boolean {
  return /\.svgz?$/i.test(url.split(/[?#]/, 1)[0])
}
