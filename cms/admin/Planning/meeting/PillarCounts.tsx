import type { PillarCount } from './groupTopics'
import type { Lang } from './meetingTopic'
import { MEETING_TEXT } from './meetingText'

/** How the week's topics spread over the team's pillars, so a pillar left out shows at a glance. */
export function PillarCounts(args: { counts: PillarCount[]; lang: Lang }) {
  const { lang } = args
  return (
    <p data-pillar-counts style={{ margin: '8px 0' }}>
      <span style={{ color: 'var(--theme-elevation-500)', marginRight: 8 }}>{MEETING_TEXT.byPillar[lang]}</span>
      {args.counts.map(({ pillar, count }) => (
        <span key={pillar ?? ''} data-pillar={pillar ?? ''} style={{ marginRight: 16, opacity: count === 0 ? 0.6 : 1 }}>
          {pillar ?? MEETING_TEXT.noPillar[lang]} <strong>{count}</strong>
        </span>
      ))}
    </p>
  )
}
