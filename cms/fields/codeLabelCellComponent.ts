import type { DefaultCellComponentProps, DefaultServerCellComponentProps, PayloadComponent } from 'payload'

type CellComponent = PayloadComponent<DefaultServerCellComponentProps, DefaultCellComponentProps>

/**
 * The list-column component for a text field that stores a code: `{ admin: { components: { Cell:
 * codeLabelCellComponent(labels) } } }` shows 退回修改 rather than request_changes.
 */
export function codeLabelCellComponent(labels: Readonly<Record<string, string>>): CellComponent {
  return { path: '/cms/fields/CodeLabelCell#CodeLabelCell', clientProps: { labels } }
}
