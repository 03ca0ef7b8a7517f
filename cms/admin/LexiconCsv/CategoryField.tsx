'use client'
import { FieldDescription, FieldError, FieldLabel, useField } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'
import { useId, useState } from 'react'
import { LEXICON_CATEGORY_LABELS, lexiconCategoryCode, lexiconCategoryLabel } from '../labels'
import { ScriptInput } from '../ScriptControls'

/**
 * The category of a word, typed or picked by its Chinese name (绝对化用语) and stored as its code
 * (absolute_terms); a category the team makes up is stored as typed.
 */
export function CategoryField(props: TextFieldClientProps) {
  const { path, field } = props
  const { value, setValue, showError, errorMessage } = useField<string>({ path })
  const [text, setText] = useState(() => lexiconCategoryLabel(value ?? ''))
  const listId = useId()
  const readOnly = Boolean(props.readOnly || field.admin?.readOnly)

  return (
    <div className="field-type text" style={{ marginBottom: 24 }}>
      <FieldLabel label={field.label} path={path} required={field.required} />
      <FieldError path={path} showError={showError} message={errorMessage} />
      <div className="input-wrapper">
        <ScriptInput
          type="text"
          list={listId}
          value={text}
          readOnly={readOnly}
          onChange={(event) => {
            setText(event.target.value)
            setValue(lexiconCategoryCode(event.target.value))
          }}
        />
      </div>
      <datalist id={listId}>
        {Object.entries(LEXICON_CATEGORY_LABELS).map(([code, label]) => (
          <option key={code} value={label} />
        ))}
      </datalist>
      <FieldDescription path={path} description="从列表中选择，或输入新的分类名称。" />
    </div>
  )
}
