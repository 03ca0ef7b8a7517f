'use client'
import { useEffect, useRef, useState, type CSSProperties } from 'react'
import { BarChart, GaugeChart, LineChart, PieChart, ScatterChart } from 'echarts/charts'
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
} from 'echarts/components'
import { init, use as registerEChartsParts, type EChartsType } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { countSeriesPoints, type ChartOption } from './chartOption'

registerEChartsParts([
  BarChart,
  GaugeChart,
  LineChart,
  PieChart,
  ScatterChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer,
])

export type EChartProps = {
  /** The whole chart: replaced (not merged) whenever it changes, so keep it memoised. */
  option: ChartOption
  /** A stable `data-testid` for the container; browser tests read `data-series-points` on it. */
  testId: string
  height?: number
  /** Said to screen readers and shown in place of the chart when it has no points. */
  label: string
  emptyText?: string
  style?: CSSProperties
}

/**
 * One Apache ECharts chart: initialised on mount, redrawn when `option` changes, resized with its
 * container, disposed on unmount. After each draw the container carries `data-series-points` (the
 * number of data points of all series), so a test can tell the seeded numbers were drawn.
 */
export function EChart({ option, testId, height = 320, label, emptyText = '所选范围内暂无数据', style }: EChartProps) {
  const containerRef = useRef<HTMLDivElement>(null)
  const chartRef = useRef<EChartsType | null>(null)
  const [points, setPoints] = useState<number | null>(null)

  useEffect(() => {
    const element = containerRef.current
    if (!element) return
    const dark = document.documentElement.getAttribute('data-theme') === 'dark'
    const chart = init(element, dark ? 'dark' : undefined, { renderer: 'canvas', locale: 'ZH' })
    chartRef.current = chart
    const observer = new ResizeObserver(() => chart.resize())
    observer.observe(element)
    return () => {
      observer.disconnect()
      chart.dispose()
      chartRef.current = null
    }
  }, [])

  useEffect(() => {
    const chart = chartRef.current
    if (!chart) return
    chart.setOption({ backgroundColor: 'transparent', ...option }, { notMerge: true })
    setPoints(countSeriesPoints(option))
  }, [option])

  return (
    <div style={{ position: 'relative', ...style }}>
      <div
        ref={containerRef}
        role="img"
        aria-label={label}
        data-testid={testId}
        data-series-points={points ?? undefined}
        style={{ width: '100%', height }}
      />
      {points === 0 ? (
        <p
          style={{
            position: 'absolute',
            inset: 0,
            margin: 0,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            color: 'var(--theme-elevation-500)',
            pointerEvents: 'none',
          }}
        >
          {emptyText}
        </p>
      ) : null}
    </div>
  )
}
