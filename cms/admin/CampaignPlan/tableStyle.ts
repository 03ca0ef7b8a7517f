/** The campaign plan's tables: the same cells as the campaign's other panels. */
export const cell = { padding: '4px 8px', borderTop: '1px solid var(--theme-elevation-100)', textAlign: 'left' } as const
export const number = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const
export const warning = { background: 'var(--theme-warning-100)' } as const
export const danger = { color: 'var(--theme-error-500)' } as const
