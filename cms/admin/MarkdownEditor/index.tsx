export { MarkdownEditorField } from './MarkdownEditorField'
