import { reviewStateLabel } from '../labels'
import { ageLabel } from './ageLabel'
import { CONTENT_KIND_LABEL, itemHref } from './display'
import type { HomeItem } from './homeTypes'

const STATE_COLOR: Partial<Record<HomeItem['status'], string>> = { changes_requested: '#cf1322', approved: '#389e0d' }

/** My items still in the works, each with its review state (需修改 in red) and when it last changed. */
export function DraftList(args: { items: HomeItem[]; now: Date }) {
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {args.items.map((item) => (
        <li key={`${item.collection}-${item.id}`} data-testid="home-draft" style={{ marginBottom: 4 }}>
          <a href={itemHref(item)}>
            [{CONTENT_KIND_LABEL[item.collection]}] {item.title || '（无标题）'}
          </a>{' '}
          <strong style={{ color: STATE_COLOR[item.status] }}>{reviewStateLabel(item.status)}</strong>
          <span style={{ marginLeft: 8, fontSize: 13, opacity: 0.7 }}>{ageLabel({ at: item.updatedAt, now: args.now })}更新</span>
        </li>
      ))}
    </ul>
  )
}
