/**
 * Payload's own draft/published pill ("状态: 已发布" on an item still in 草稿, with 恢复/取消发布 beside
 * it) speaks of the stored revision, not of review; the review state is the one status people read.
 * Hides only Payload's pill: a replacement status in the same header slot stays.
 */
export function HidePayloadStatus() {
  return <style>{'.doc-controls__status:has(> .status) { display: none; }'}</style>
}
