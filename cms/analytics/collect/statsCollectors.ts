import { createStatsCollectors, type StatsCollector } from '../../../publishers'
import type { PlatformId } from '../../../lib/platforms'
import { publishersConfig } from '../../delivery/publishingRuntime'

let collectors: ReadonlyMap<PlatformId, StatsCollector> | null = null

/** One set of statistics readers per process, against the same hosts as the publishers (the fakes in tests and demos). */
export function statsCollectors(): ReadonlyMap<PlatformId, StatsCollector> {
  collectors ??= createStatsCollectors(publishersConfig())
  return collectors
}
