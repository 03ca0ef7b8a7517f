// opencc-js ships its dictionaries as ES modules exporting one string ("trad simp|trad simp|...")
// without type declarations for the per-dictionary entry points.
declare module 'opencc-js/dict/TSCharacters' {
  const dict: string
  export default dict
}
declare module 'opencc-js/dict/TWVariantsRev' {
  const dict: string
  export default dict
}
declare module 'opencc-js/dict/HKVariantsRev' {
  const dict: string
  export default dict
}
