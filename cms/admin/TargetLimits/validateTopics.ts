import { text, type TextFieldManyValidation } from 'payload/shared'
import { topicsProblem } from './topicRules'

/** Payload's own text checks run on every item of a hasMany text field; its export is typed for one value. */
const payloadText = text as unknown as TextFieldManyValidation

/** The topics field's validate: one tag per entry (topicRules), then Payload's own checks (length, count). */
export const validateTopics: TextFieldManyValidation = (value, options) => topicsProblem(value) ?? payloadText(value, options)
