/** Sent once, after the model's own answer, when that answer broke the expected format. */
export const repairPromptParts: readonly string[] = ['你上一次的输出不符合要求：{{problem}}', '请重新输出完整结果。{{formatReminder}}']

export const formatReminders = {
  json: '只输出一个合法的 JSON 对象，字段与要求完全一致，不要解释，不要代码块。',
  text: '只输出正文，不要解释。',
} as const
