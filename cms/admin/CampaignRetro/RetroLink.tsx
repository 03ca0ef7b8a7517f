/** The link to the campaign's 复盘 page: placeholder until the retro page lands. */
export function RetroLink() {
  return null
}
