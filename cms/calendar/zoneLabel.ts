/** The team's zone as an editor says it: 北京时间 for Asia/Shanghai, else the zone's name with 时间. */
export function zoneLabel(timeZone: string): string {
  return timeZone === 'Asia/Shanghai' || timeZone === 'Asia/Chongqing' || timeZone === 'PRC' ? '北京时间' : `${timeZone} 时间`
}
