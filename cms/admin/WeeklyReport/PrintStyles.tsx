/**
 * The page's own styles, and on paper only the report: the admin's navigation, header and the toolbar
 * are hidden, tables keep their rows whole, A4 landscape.
 */
const CSS = `
.weekly-report { padding-bottom: 48px; }
.weekly-report h2 { font-size: 18px; margin: 28px 0 12px; }
.weekly-report__toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-bottom: 12px; }
.weekly-report__toolbar .btn { margin: 0; }
.weekly-report__toolbar input { margin-left: 4px; padding: 4px 6px; }
.weekly-report__spacer { flex: 1; }
.weekly-report__period, .weekly-report__note { color: var(--theme-elevation-600); font-size: 13px; }
.weekly-report__notice { color: var(--theme-error-500); }
.weekly-report__table { width: 100%; border-collapse: collapse; font-size: 14px; }
.weekly-report__table th, .weekly-report__table td { border: 1px solid var(--theme-elevation-150); padding: 6px 8px; text-align: left; vertical-align: top; }
.weekly-report__table th { background: var(--theme-elevation-50); font-weight: 600; white-space: nowrap; }
.weekly-report__figure { text-align: right !important; white-space: nowrap; }
.weekly-report__change { font-size: 12px; color: var(--theme-elevation-500); }
.weekly-report__change--up { color: #389e0d; }
.weekly-report__change--down { color: #cf1322; }
.weekly-report__met--true { color: #389e0d; font-weight: 600; }
.weekly-report__met--false { color: #cf1322; font-weight: 600; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  .nav, .app-header, .template-default__nav-toggler-wrapper, [data-print-hide] { display: none !important; }
  .template-default, .template-default__wrap { display: block !important; padding: 0 !important; margin: 0 !important; }
  body, .weekly-report { background: #fff !important; color: #000 !important; }
  .weekly-report__table { font-size: 11px; }
  .weekly-report__table tr { break-inside: avoid; }
  .weekly-report section { break-inside: avoid-page; }
}
`

export function PrintStyles() {
  return <style>{CSS}</style>
}
