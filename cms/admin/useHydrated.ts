'use client'
import { useEffect, useState } from 'react'

/**
 * False in the server's HTML and until React has taken over the page: a button that works only
 * through its click handler is disabled until then, so a click made while the admin's script still
 * loads (a slow phone, a busy machine) is not silently lost.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}
