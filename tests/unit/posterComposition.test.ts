import assert from 'node:assert/strict'
import { before, test } from 'node:test'
import sharp from 'sharp'
import { posterLayer, POSTER_SIZES, POSTER_TEMPLATES } from '../../templates/posters'
import { ensureCjkFont } from '../helpers/cjkFont'
import { composePoster } from '../../media/composePoster'

before(() => ensureCjkFont())

const render = async (headline: string, size: (typeof POSTER_SIZES)[number]['id'] = 'square', templateId = 'festival') => {
  const layer = posterLayer({ templateId, size, headline, copy: '全场满 199 减 30 · 门店自提再减 5 元', hasPhoto: false })
  return composePoster(layer)
}

test('every template renders every size as a PNG of exactly that size', async () => {
  for (const template of POSTER_TEMPLATES) {
    for (const size of POSTER_SIZES) {
      const out = await render('双12 会员日', size.id, template.id)
      const meta = await sharp(out.buffer).metadata()
      assert.deepEqual([meta.format, meta.width, meta.height], ['png', size.width, size.height], `${template.id} ${size.id}`)
    }
  }
})

test('Chinese headlines render as real glyphs, not identical missing-glyph boxes', async () => {
  const a = await sharp((await render('会员日狂欢')).buffer)
    .raw()
    .toBuffer()
  const b = await sharp((await render('年终盛典开')).buffer)
    .raw()
    .toBuffer()
  const blank = await sharp((await render('')).buffer)
    .raw()
    .toBuffer()
  assert.ok(!a.equals(b), 'different characters draw differently')
  assert.ok(!a.equals(blank), 'the headline is drawn at all')
})

test('text that looks like markup is drawn as text, not parsed', async () => {
  const out = await render('<script>alert(1)</script> & "双12"')
  assert.equal((await sharp(out.buffer).metadata()).width, 1080)
})

test('a photo goes under the text, cropped to the size', async () => {
  const photo = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#3366cc' } })
    .jpeg()
    .toBuffer()
  const layer = posterLayer({ templateId: 'night', size: 'story', headline: '新店开业', copy: '', hasPhoto: true })
  const out = await composePoster({ ...layer, photo })
  const { dominant } = await sharp(out.buffer).stats()
  assert.ok(dominant.b > dominant.r, 'the blue photo shows through the overlay')
})
