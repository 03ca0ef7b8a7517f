'use client'
import type { ToolbarAction } from './toolbarEdits'
import { ScriptButton } from '../ScriptControls'

const BUTTONS: { action: ToolbarAction | 'image'; title: string; text: string; hint: string }[] = [
  { action: 'heading', title: '标题', text: '标题', hint: '把所在行设为小标题（再点一次取消）' },
  { action: 'bold', title: '加粗', text: '加粗', hint: '加粗选中的文字' },
  { action: 'list', title: '列表', text: '列表', hint: '把选中的行变成列表' },
  { action: 'quote', title: '引用', text: '引用', hint: '把选中的行变成引用' },
  { action: 'link', title: '链接', text: '链接', hint: '给选中的文字加链接' },
  { action: 'image', title: '图片', text: '图片', hint: '从媒体库选图片插入' },
  { action: 'table', title: '表格', text: '表格', hint: '插入一个三列表格' },
  { action: 'divider', title: '分割线', text: '分割线', hint: '插入分割线' },
]

/** The formatting buttons above the editor; each acts on the selection. */
export function Toolbar(props: {
  disabled: boolean
  onAction: (action: ToolbarAction) => void
  onImage: () => void
  children?: React.ReactNode
}) {
  return (
    <div
      data-testid="editor-toolbar"
      role="toolbar"
      aria-label="正文格式"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center', margin: '4px 0 8px' }}
    >
      {BUTTONS.map((button) => (
        <ScriptButton
          key={button.action}
          title={button.title}
          aria-label={button.hint}
          disabled={props.disabled}
          className="btn btn--style-secondary btn--size-small"
          style={{ margin: 0 }}
          // Keep the editor's selection: the button must not take focus on press.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => (button.action === 'image' ? props.onImage() : props.onAction(button.action))}
        >
          {button.text}
        </ScriptButton>
      ))}
      {props.children}
    </div>
  )
}
