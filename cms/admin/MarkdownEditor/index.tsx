'use client'
import { TextareaField } from '@payloadcms/ui'
import type { TextareaFieldClientComponent } from 'payload'

/** The article body's editor. Placeholder (Payload's textarea) until the Markdown editor is built. */
export const MarkdownEditorField: TextareaFieldClientComponent = (props) => <TextareaField {...props} />
