import type { Field } from 'payload'

export function campaignField(args: { required?: boolean } = {}): Field {
  return {
    name: 'campaign',
    type: 'relationship',
    relationTo: 'campaigns',
    label: { zh: '所属活动', en: 'Campaign' },
    required: args.required ?? false,
    index: true,
  }
}
