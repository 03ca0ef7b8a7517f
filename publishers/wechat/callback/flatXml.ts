/**
 * Reads the small, flat XML WeChat pushes (wechat.md §2.6, §9.9) without an XML library: element text by
 * name, CDATA unwrapped, the five predefined entities decoded. Anything with a DOCTYPE or entity
 * declaration is refused outright; nothing is ever expanded or fetched.
 */
const MAX_XML_BYTES = 64 * 1024
const TAG_NAME = /^[A-Za-z][A-Za-z0-9_]*$/
const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export function isReadableXml(xml: string): boolean {
  return Buffer.byteLength(xml, 'utf8') <= MAX_XML_BYTES && !/<!DOCTYPE|<!ENTITY/i.test(xml) && /^\s*(<\?xml[^>]*\?>\s*)?<xml>/.test(xml)
}

function textOf(inner: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(inner)
  if (cdata) return cdata[1] ?? ''
  return inner.trim().replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
}

function pattern(tag: string): RegExp {
  if (!TAG_NAME.test(tag)) throw new Error(`not an element name: ${tag}`)
  return new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g')
}

/** The raw inner XML of every `<tag>` element, in document order (no nesting of the same name expected). */
export function innerXmlOf(xml: string, tag: string): string[] {
  return [...xml.matchAll(pattern(tag))].map((match) => match[1] ?? '')
}

/** The text of the first `<tag>` element, or undefined. */
export function textOfElement(xml: string, tag: string): string | undefined {
  const inner = innerXmlOf(xml, tag)[0]
  return inner === undefined ? undefined : textOf(inner)
}
