'use client'
import { useEffect, useState } from 'react'
import { adminFetch } from '../adminApi'
import type { CampaignOption } from './useCalendarData'

/** The campaigns an entry may belong to, newest first; read once `enabled`. */
export function useCampaignOptions(enabled: boolean): CampaignOption[] {
  const [campaigns, setCampaigns] = useState<CampaignOption[]>([])
  useEffect(() => {
    if (!enabled) return
    const controller = new AbortController()
    void adminFetch<{ docs: CampaignOption[] }>('/campaigns?limit=200&depth=0&sort=-startsAt', { signal: controller.signal }).then(
      (reply) => reply.ok && setCampaigns(reply.data.docs),
    )
    return () => controller.abort()
  }, [enabled])
  return campaigns
}
