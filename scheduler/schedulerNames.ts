import type { PlatformId } from '../lib/platforms'

/** Every key the scheduler writes starts with this (BullMQ's `prefix` and our own keys). */
export const KEY_PREFIX = 'cms'

/** The reconciler's queue; deliveries have one queue per platform. */
export const MAINTENANCE_QUEUE = 'scheduler-maintenance'
export const RECONCILE_SCHEDULER_ID = 'reconcile'

export function deliveryQueueName(platform: PlatformId): string {
  return `publish-${platform}`
}

/** One job per delivery, whatever it is doing (waiting for its time, publishing, polling). */
export function deliveryJobId(deliveryId: string | number): string {
  return `delivery-${deliveryId}`
}

export function leaseKey(deliveryId: string | number): string {
  return `${KEY_PREFIX}:lease:delivery:${deliveryId}`
}

export function tokenKey(key: string): string {
  return `${KEY_PREFIX}:token:${key}`
}

export function tokenLockKey(key: string): string {
  return `${KEY_PREFIX}:token-lock:${key}`
}

/** Present while Redis still holds the schedule; its absence means Redis lost its data (FLUSHALL, a fresh server). */
export const SENTINEL_KEY = `${KEY_PREFIX}:scheduler:sentinel`
