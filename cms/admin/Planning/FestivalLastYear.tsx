/** Last year's items for this 节点, one click away. Placeholder until the festival reads land. */
export function FestivalLastYear() {
  return null
}
