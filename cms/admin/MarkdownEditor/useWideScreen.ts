'use client'
import { useEffect, useState } from 'react'

/** Wide enough to write and preview side by side. */
export const SIDE_BY_SIDE_QUERY = '(min-width: 1200px)'

export function useWideScreen(): boolean {
  const [wide, setWide] = useState(false)
  useEffect(() => {
    const query = window.matchMedia(SIDE_BY_SIDE_QUERY)
    const update = () => setWide(query.matches)
    update()
    query.addEventListener('change', update)
    return () => query.removeEventListener('change', update)
  }, [])
  return wide
}
