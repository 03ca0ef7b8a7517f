'use client'

/** The chosen platform's live preview beside the editor. (Stub.) */
export function LivePreviewPane(_props: { body: string; scrollRatio: number; onScrollRatio?: (ratio: number) => void }) {
  return <div data-testid="live-preview" />
}
