import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { ReviewQueue } from './index'

test('a 待我审核 row links the item and says who submitted it, how long ago, and when it is due', () => {
  const html = renderToStaticMarkup(
    createElement(ReviewQueue, {
      now: new Date('2026-12-04T10:00:00Z'),
      timeZone: 'Asia/Shanghai',
      rows: [
        {
          collection: 'articles',
          id: 7,
          title: '双十二预热',
          status: 'in_review',
          updatedAt: '2026-12-04T07:00:00Z',
          submitter: '小王',
          submittedAt: '2026-12-04T07:00:00Z',
          due: '2026-12-05T23:30:00Z',
        },
      ],
    }),
  )
  assert.match(html, /data-testid="home-review-item"/)
  assert.match(html, /href="\/admin\/collections\/articles\/7"/)
  assert.match(html, /\[图文\] 双十二预热/)
  assert.match(html, /小王<\/span> 提交于/)
  assert.match(html, />3 小时前</)
  assert.match(html, /最早排期 12月6日 周日 07:30/)
})
