import type { StoredHandoffMedia } from './handoffPackage'

/** A picture or the first frame of the video, small enough for a phone screen. */
function Preview({ media, alt }: { media: StoredHandoffMedia; alt: string }) {
  const style = { width: 96, height: 128, objectFit: 'cover', borderRadius: 4, background: 'var(--theme-elevation-100)' } as const
  return media.kind === 'video' ? (
    <video src={media.url} preload="metadata" muted playsInline controls style={style} aria-label={alt} />
  ) : (
    <img src={media.url} alt={alt} loading="lazy" style={style} />
  )
}

const size = (media: StoredHandoffMedia) => (media.width && media.height ? `${media.width}×${media.height}` : '')

/** One file to save: its number in posting order, a preview, 保存 (the prepared file, downloaded under its name). */
export function HandoffMediaItem({ media, label, testId }: { media: StoredHandoffMedia; label: string; testId: string }) {
  return (
    <li data-testid={testId} data-position={media.position} style={ROW}>
      <strong style={{ fontSize: 20, minWidth: 28, textAlign: 'right' }}>{label}</strong>
      <Preview media={media} alt={`${label} ${media.filename}`} />
      <div style={{ minWidth: 0, flex: 1 }}>
        <div style={{ fontSize: 13, wordBreak: 'break-all' }}>{media.filename}</div>
        <div style={{ fontSize: 12, opacity: 0.7 }}>
          {media.kind === 'video' ? '视频' : '图片'} {size(media)}
        </div>
        <a href={media.url} download={media.filename} style={SAVE}>
          保存
        </a>
      </div>
    </li>
  )
}

/** The images and the video in the order they are posted (1, 2, 3…). */
export function HandoffMediaList({ media }: { media: readonly StoredHandoffMedia[] }) {
  if (media.length === 0) return <p style={{ opacity: 0.7 }}>这个发布包没有图片或视频。</p>
  return (
    <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {media.map((item) => (
        <HandoffMediaItem key={item.position} media={item} label={String(item.position)} testId={`handoff-media-${item.position}`} />
      ))}
    </ol>
  )
}

const ROW = { display: 'flex', gap: 12, alignItems: 'center', padding: '8px 0', borderTop: '1px solid var(--theme-elevation-100)' } as const
const SAVE = { display: 'inline-block', marginTop: 4, padding: '4px 14px', border: '1px solid currentColor', borderRadius: 4 } as const
