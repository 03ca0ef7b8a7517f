/**
 * Where Payload's own admin wording is replaced for this team (zh first): its generic words that
 * read as English or as a machine's in the zh admin. Filled in by the admin-wording work.
 */
export const adminTranslations = { zh: {}, en: {} }
