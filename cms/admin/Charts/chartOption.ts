import type { BarSeriesOption, GaugeSeriesOption, LineSeriesOption, PieSeriesOption, ScatterSeriesOption } from 'echarts/charts'
import type {
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  MarkPointComponentOption,
  TitleComponentOption,
  TooltipComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'

/** The options EChart can draw: the series and components it registers, nothing else. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | GaugeSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | ScatterSeriesOption
  | DatasetComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkAreaComponentOption
  | MarkLineComponentOption
  | MarkPointComponentOption
  | TitleComponentOption
  | TooltipComponentOption
>

/** A point is drawn when its value is present: null, undefined and '-' are ECharts' gaps. */
function isDrawn(item: unknown): boolean {
  if (item === null || item === undefined || item === '-') return false
  if (Array.isArray(item)) return item.length > 0 && item.every(isDrawn)
  if (typeof item === 'object' && 'value' in item) return isDrawn((item as { value: unknown }).value)
  return true
}

/**
 * The data points an option draws, over all series (a series without `data` counts the dataset's rows):
 * what EChart exposes as `data-series-points` for browser tests.
 */
export function countSeriesPoints(option: ChartOption): number {
  const series = option.series === undefined ? [] : Array.isArray(option.series) ? option.series : [option.series]
  const datasets = option.dataset === undefined ? [] : Array.isArray(option.dataset) ? option.dataset : [option.dataset]
  const datasetRows = datasets.reduce((sum, dataset) => {
    const source = dataset.source
    return sum + (Array.isArray(source) ? Math.max(0, source.length - (dataset.dimensions ? 0 : 1)) : 0)
  }, 0)
  return series.reduce((sum, one) => {
    const data: unknown = one.data
    if (Array.isArray(data)) return sum + data.filter(isDrawn).length
    return sum + datasetRows
  }, 0)
}
