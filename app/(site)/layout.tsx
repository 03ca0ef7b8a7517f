import type React from 'react'
import './site.css'

export const metadata = { title: '内容中台' }

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="bg-stone-50 text-stone-900 antialiased">{children}</body>
    </html>
  )
}
