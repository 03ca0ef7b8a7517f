'use client'
import { PublishButton } from '@payloadcms/ui'
import type { PublishButtonClientProps } from 'payload'

/**
 * Payload's "publish" only makes the edited draft the document's current version; to a marketing team
 * 发布 means going out to WeChat or Weibo. Name it for what it does: that happens in review and scheduling.
 */
export function SaveButton(props: PublishButtonClientProps) {
  return <PublishButton {...props} label="保存" />
}
