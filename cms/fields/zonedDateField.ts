import type { DateField } from 'payload'

/** A date-time stored in UTC and shown in the team's zone (APP_TIMEZONE is the admin's default zone). */
export function zonedDateField(args: {
  name: string
  label: { zh: string; en: string }
  required?: boolean
  index?: boolean
  validate?: DateField['validate']
}): DateField {
  return {
    name: args.name,
    type: 'date',
    label: args.label,
    required: args.required,
    index: args.index,
    timezone: true,
    validate: args.validate,
    admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15, displayFormat: 'yyyy-MM-dd HH:mm' } },
  }
}
