/** 复盘: a campaign's targets against results, budget and lessons. Placeholder until the view lands. */
export function RetroView() {
  return null
}
