export const SECTION = { padding: '12px 0', borderBottom: '1px solid var(--theme-elevation-150)' } as const
export const H3 = { margin: '0 0 8px' } as const
export const TABLE = { width: '100%', borderCollapse: 'collapse', fontSize: 13 } as const
export const CELL = { padding: '4px 8px', borderTop: '1px solid var(--theme-elevation-100)', textAlign: 'left' } as const
export const MUTED = { opacity: 0.7 } as const

export const yuan = (value: number) => `${value.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`
