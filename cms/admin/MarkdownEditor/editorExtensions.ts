'use client'
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands'
import { markdown, markdownLanguage } from '@codemirror/lang-markdown'
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language'
import { EditorState, type Extension } from '@codemirror/state'
import { drawSelection, EditorView, keymap, placeholder } from '@codemirror/view'

/** The editor's look: a writing surface that scrolls inside itself (a long body never stretches the page). */
const writingTheme = EditorView.theme({
  '&': {
    height: '70vh',
    minHeight: '320px',
    border: '1px solid var(--theme-elevation-150)',
    borderRadius: '4px',
    backgroundColor: 'var(--theme-input-bg, var(--theme-elevation-0))',
    fontSize: '15px',
  },
  '&.cm-focused': { outline: '2px solid var(--theme-success-400, #5b8def)', outlineOffset: '-1px' },
  '.cm-scroller': { fontFamily: 'inherit', lineHeight: '1.75', overflow: 'auto' },
  '.cm-content': { padding: '12px 16px', caretColor: 'var(--theme-text)' },
  '.cm-placeholder': { color: 'var(--theme-elevation-400)' },
})

/** Markdown writing without gutters: highlighting, history, wrapping, the usual keys. */
export function writingSetup(args: { readOnly: boolean }): Extension {
  return [
    history(),
    drawSelection(),
    keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
    markdown({ base: markdownLanguage }),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': '正文' }),
    placeholder('在这里用 Markdown 写正文：选中文字后点上方按钮可加粗、加链接；图片可直接粘贴或拖进来。'),
    EditorState.readOnly.of(args.readOnly),
    EditorView.editable.of(!args.readOnly),
    writingTheme,
  ]
}
