'use client'
import type { EditorView } from '@codemirror/view'
import { FieldError, FieldLabel, useField, useFormFields, withCondition } from '@payloadcms/ui'
import type { TextareaFieldClientComponent } from 'payload'
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { LivePreviewPane } from '../PlatformPreview/LivePreviewPane'
import { scanText } from '../FindingsPanel/scanText'
import { EditorCounts } from './EditorCounts'
import { readEditorExtras, type EditorExtras } from './editorExtras'
import { writingSetup } from './editorExtensions'
import { useEditorEvents } from './useEditorEvents'
import { findingsExtension } from './findingMarks'
import { ImagePicker, imagePasteAndDrop, type ImageUploadStatus } from './images'
import { liveScan } from './liveScan'
import { Toolbar } from './Toolbar'
import { insertAt, toolbarEdit, type TextEdit, type ToolbarAction } from './toolbarEdits'
import { UploadStatus } from './UploadStatus'
import { useMarkdownView } from './useMarkdownView'
import { useScrollSync } from './useScrollSync'
import { useTargetPlatforms } from './useTargetPlatforms'
import { useWideScreen } from './useWideScreen'
import { ScriptButton } from '../ScriptControls'

function applyToView(view: EditorView, edit: (selection: { text: string; from: number; to: number }) => TextEdit) {
  const { from, to } = view.state.selection.main
  const result = edit({ text: view.state.doc.toString(), from, to })
  view.dispatch({ changes: result.changes, selection: result.selection, scrollIntoView: true, userEvent: 'input' })
  view.focus()
}

/** The article body: a Markdown editor with toolbar, counters, live findings and the live preview beside it. */
const MarkdownEditorFieldComponent: TextareaFieldClientComponent = (props) => {
  const { field, path: pathFromProps, readOnly } = props
  const { value, setValue, path, showError, disabled } = useField<string>({ potentiallyStalePath: pathFromProps })
  const text = typeof value === 'string' ? value : ''
  // Read after mount: the server renders this too and cannot know the browser's setting.
  const [extras, setExtras] = useState<EditorExtras | null>(null)
  useEffect(() => setExtras(readEditorExtras()), [])
  const [settled, setSettled] = useState(text)
  const [upload, setUpload] = useState<ImageUploadStatus | null>(null)
  const [pickerOpen, setPickerOpen] = useState(false)
  const [previewShown, setPreviewShown] = useState(false)
  const wide = useWideScreen()
  const platforms = useTargetPlatforms()
  const campaign = useFormFields(([fields]) => {
    const id = fields.campaign?.value
    return typeof id === 'string' || typeof id === 'number' ? id : null
  })
  const campaignRef = useRef(campaign)
  campaignRef.current = campaign
  const parent = useRef<HTMLDivElement>(null)

  const onSettled = useCallback(
    (next: string) => {
      setValue(next)
      startTransition(() => setSettled(next))
    },
    [setValue],
  )
  useEffect(() => startTransition(() => setSettled(text)), [text])

  const extensions = useMemo(
    () =>
      extras && [
        writingSetup({ readOnly: Boolean(readOnly || disabled) }),
        imagePasteAndDrop({ onStatus: setUpload }),
        extras.findings
          ? [findingsExtension(), liveScan({ scan: ({ text, signal }) => scanText({ text, campaign: campaignRef.current, signal }) })]
          : [],
      ],
    // Made once, when the extras setting is known (useMarkdownView); the campaign is read through its ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [extras],
  )
  const { view } = useMarkdownView({ parent, value: text, onSettled, extensions })
  useEditorEvents({ view, field: path })
  const showPreview = Boolean(extras?.preview) && (wide || previewShown)
  const scroll = useScrollSync({ view, enabled: showPreview })
  const locked = Boolean(readOnly || disabled)

  return (
    <div data-testid="markdown-editor" className="field-type textarea" style={{ marginBottom: 24 }}>
      <FieldLabel label={field.label} path={path} required={field.required} />
      <FieldError path={path} showError={showError} />
      <Toolbar
        disabled={locked || !view}
        onAction={(action: ToolbarAction) => view && applyToView(view, (selection) => toolbarEdit(action, selection))}
        onImage={() => setPickerOpen(true)}
      >
        {!wide && extras?.preview && (
          <ScriptButton
            data-testid="preview-toggle"
            aria-pressed={previewShown}
            className={`btn btn--size-small ${previewShown ? 'btn--style-primary' : 'btn--style-secondary'}`}
            style={{ margin: '0 0 0 auto' }}
            onClick={() => setPreviewShown((shown) => !shown)}
          >
            {previewShown ? '收起预览' : '预览'}
          </ScriptButton>
        )}
      </Toolbar>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: showPreview && wide ? 'minmax(0, 1fr) minmax(0, 1fr)' : 'minmax(0, 1fr)',
          gap: 16,
          alignItems: 'start',
        }}
      >
        <div ref={parent} />
        {showPreview && <LivePreviewPane body={settled} scrollRatio={scroll.ratio} onScrollRatio={scroll.onPreviewScroll} />}
      </div>
      <UploadStatus status={upload} />
      <EditorCounts body={settled} platforms={platforms} />
      {pickerOpen && (
        <ImagePicker
          onPick={(markdown) => {
            if (view) applyToView(view, (selection) => insertAt(selection, markdown))
            setPickerOpen(false)
          }}
          onClose={() => setPickerOpen(false)}
        />
      )}
    </div>
  )
}

export const MarkdownEditorField = withCondition(MarkdownEditorFieldComponent)
