import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Field } from 'payload'
import { createTeam, type Id, makeDoc, PASSWORD } from '../helpers/fixtures'
import { api, login } from '../helpers/rest'
import { startTestCms, type TestCms } from '../helpers/testCms'

/**
 * Every text field of every content type, walked from the collection's own config (groups, rows,
 * arrays and the platform variants included), gets a marker that is also a lexicon entry. The
 * document is saved (the save scans it), then rendered for every platform, drawn as a poster and built
 * into every publisher's request by the real code: a marker that reaches any of those must be among
 * the words the save's scan found. Media alt texts (cover, poster image, a body image) carry markers too.
 */
let cms: TestCms
let team: Awaited<ReturnType<typeof createTeam>>
let designerToken = ''
let copywriterToken = ''
let markerCount = 0
const markers: string[] = []

function marker(): string {
  markerCount += 1
  const word = `zq${markerCount}x`
  markers.push(word)
  return word
}

type Media = { id: Id; filename: string; alt: string }
const media: Media[] = []

before(async () => {
  cms = await startTestCms()
  team = await createTeam(cms.payload)
  designerToken = await login({ url: cms.url, email: team.designer.email, password: PASSWORD })
  copywriterToken = await login({ url: cms.url, email: team.copywriter.email, password: PASSWORD })
  for (let i = 0; i < 3; i += 1) {
    const alt = marker()
    const id = await makeDoc({ payload: cms.payload, collection: 'media', data: { alt } })
    const doc = await cms.payload.findByID({ collection: 'media', id, depth: 0, overrideAccess: true })
    media.push({ id, filename: String(doc.filename), alt })
  }
})
after(async () => cms?.close())

/** Document data with a marker in every text field the config declares; uploads point at marked media. */
function markedData(fields: readonly Field[], bodyImage: Media): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const field of fields) {
    if (!('name' in field)) {
      if ('fields' in field) Object.assign(data, markedData(field.fields, bodyImage))
      if (field.type === 'tabs')
        for (const tab of field.tabs)
          Object.assign(data, 'name' in tab ? { [tab.name]: markedData(tab.fields, bodyImage) } : markedData(tab.fields, bodyImage))
      continue
    }
    switch (field.type) {
      case 'text':
        data[field.name] = field.hasMany ? [marker(), marker()] : marker()
        break
      case 'textarea':
      case 'code':
        data[field.name] = `${marker()} ![](/api/media/file/${bodyImage.filename})`
        break
      case 'richText':
        data[field.name] = marker()
        break
      case 'group':
        data[field.name] = markedData(field.fields, bodyImage)
        break
      case 'array': {
        const selects = field.fields.filter((f) => f.type === 'select')
        const rows = Math.min(field.maxRows ?? 3, 3)
        data[field.name] = Array.from({ length: rows }, (_, row) => {
          const values = markedData(field.fields, bodyImage)
          for (const select of selects)
            if ('options' in select && 'name' in select) values[select.name] = optionValue(select.options[row % select.options.length])
          return values
        })
        break
      }
      case 'upload':
        // The marked media are images: a field that takes only videos stays empty; a list (a note's 图片) gets the image.
        if (field.relationTo !== 'media' || JSON.stringify(field.filterOptions ?? {}).includes('video/')) data[field.name] = null
        else data[field.name] = field.hasMany ? [media[0].id] : media[0].id
        break
      case 'select':
        if (field.name !== 'status') data[field.name] = optionValue(field.options[0])
        break
      default:
        break
    }
  }
  return data
}

function optionValue(option: string | { value: string }): string {
  return typeof option === 'string' ? option : option.value
}

const SLUGS = ['articles', 'videos', 'posters', 'notes'] as const

for (const collection of SLUGS) {
  test(`${collection}: no marked text reaches a renderer, a poster or a publisher without reaching the scanner`, async () => {
    const { renderForPlatform } = await import('../../templates')
    const { posterLayer } = await import('../../templates/posters')
    const { PLATFORMS } = await import('../../lib/platforms')
    const { CONTENT_KIND } = await import('../../cms/content')
    const { outgoingFor, renderInputFor } = await import('../../cms/rendering/renderInputFor')
    const { buildPublishRequest } = await import('../../cms/delivery/buildPublishRequest')
    const { publishingRuntime } = await import('../../cms/delivery/publishingRuntime')
    const { env } = await import('../../lib/env')

    const config = cms.config.collections.find((c) => c.slug === collection)
    assert.ok(config)
    const first = markers.length
    const data = markedData(config.fields, media[1])
    // The slug must stay a slug; a second image for the renditions so each alt text is its own.
    if ('slug' in data) data.slug = marker()
    if (Array.isArray(data.sizes)) for (const row of data.sizes) Object.assign(row, { image: media[2].id })
    for (const word of markers.slice(first).concat(media.map((m) => m.alt)))
      await cms.payload
        .create({
          collection: 'sensitive-words',
          overrideAccess: true,
          data: { word, category: 'coverage-marker', severity: 'warn', matchPinyin: 'off', matchVariants: false },
        })
        .catch(() => undefined)

    const id = await makeDoc({ payload: cms.payload, collection, data: { ...data, owner: team.designer.id } })
    const doc = await cms.payload.findByID({ collection, id, depth: 1, overrideAccess: true, showHiddenFields: true })
    const stored = Array.isArray(doc.findings) ? doc.findings : []
    const scanned = new Set(stored.map((row) => (row && typeof row === 'object' && 'word' in row ? String(row.word) : '')))

    const outputs: { where: string; text: string }[] = []
    for (const platform of PLATFORMS) {
      const input = renderInputFor({ collection, doc, platform, serverUrl: env.serverUrl })
      outputs.push({ where: `render ${platform}`, text: JSON.stringify(renderForPlatform({ platform, input })) })
    }
    const posterText = outgoingFor({ collection, doc })
    if (collection === 'posters')
      outputs.push({
        where: 'poster layer',
        text: posterLayer({
          templateId: String(data.template),
          size: 'square',
          headline: posterText.headline,
          copy: posterText.body,
          hasPhoto: false,
        }).svg,
      })
    for (const publisher of publishingRuntime().registry.all.filter((p) =>
      p.capabilities.contentKinds.includes(CONTENT_KIND[collection]),
    )) {
      const built = await buildPublishRequest({ payload: cms.payload, deliveryId: 1, collection, content: doc, publisher, settings: {} })
      const { cover, ...request } = built.request
      outputs.push({
        where: `publish ${publisher.id}`,
        text: JSON.stringify({ ...request, cover: cover ? { ...cover, bytes: null } : null }),
      })
    }

    const reached = markers.filter((word) => outputs.some((o) => new RegExp(`(?<![0-9a-z])${word}(?![0-9a-z])`).test(o.text)))
    assert.ok(reached.length >= 2, `the walk is not vacuous: ${reached.join(' ')}`)
    const unscanned = reached.filter((word) => !scanned.has(word))
    assert.deepEqual(
      unscanned.map(
        (word) =>
          `${word} in ${outputs
            .filter((o) => o.text.includes(word))
            .map((o) => o.where)
            .join(', ')}`,
      ),
      [],
      'these texts reach the audience without being scanned',
    )
    // Alt texts are scanned too: the cover or poster image, and the image the body shows.
    assert.ok(scanned.has(media[0].alt), 'the cover / poster image alt text is scanned')
    assert.ok(scanned.has(media[1].alt), 'the body image alt text is scanned')
    if (collection === 'posters') {
      assert.ok(scanned.has(media[2].alt), 'the renditions’ alt text is scanned')
      assert.ok(scanned.has(String(data.headline)), 'the headline is scanned')
    }
    if (collection === 'articles' && Array.isArray(data.hashtags))
      for (const tag of data.hashtags) assert.ok(scanned.has(String(tag)), 'Weibo topics are scanned')
    // Topics of notes and videos (their #话题), and what the presenter says in each shot of a video's 分镜.
    if (Array.isArray(data.topics)) for (const topic of data.topics) assert.ok(scanned.has(String(topic)), 'topics are scanned')
    if (Array.isArray(data.script))
      for (const shot of data.script) {
        const line = String((shot as { line?: unknown }).line ?? '').split(' ')[0]
        assert.ok(scanned.has(line), 'a 分镜 line is scanned')
      }
    if (collection === 'notes' || collection === 'videos') assert.ok(Array.isArray(data.topics), 'the walk found the topics')
    if (collection === 'videos') assert.ok(Array.isArray(data.script), 'the walk found the 分镜')
  })
}

test('a poster whose headline says 全网最低价 cannot be submitted, and the refusal names the word', async () => {
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'posters',
    data: { title: '双12 海报', headline: '全网最低价 国家级', copy: '到店自提', owner: team.designer.id },
  })
  const stored = await cms.payload.findByID({ collection: 'posters', id, depth: 0, overrideAccess: true, showHiddenFields: true })
  const rows = Array.isArray(stored.findings) ? stored.findings : []
  assert.ok(
    rows.some((row) => row && typeof row === 'object' && 'fieldLabel' in row && row.fieldLabel === '海报主标题'),
    'the save names the field as an editor would',
  )
  const reply = await api<{ errors?: { message: string }[] }>({
    url: cms.url,
    method: 'POST',
    path: `/api/posters/${id}/transition`,
    token: designerToken,
    body: { event: 'submit' },
  })
  assert.equal(reply.status, 400, JSON.stringify(reply.body))
  assert.match(String(reply.body.errors?.[0]?.message), /全网最低价|国家级|最低价/)
  const after = await cms.payload.findByID({ collection: 'posters', id, depth: 0, overrideAccess: true })
  assert.equal(after.status, 'draft')
})

test('before publishing, the lead and every bundle article (次条) are scanned as themselves, media alt text included', async () => {
  const { blockedBeforePublish } = await import('../../cms/compliance/blockedBeforePublish')
  const { currentMatcher } = await import('../../cms/compliance/lexiconSource')
  const matcher = await currentMatcher(cms.payload)
  const cover = await makeDoc({ payload: cms.payload, collection: 'media', data: { alt: '稳赚不赔的理财课' } })
  const lead = { collection: 'articles' as const, data: { title: '头条', body: '干净的正文' }, title: '头条', role: 'lead' as const }
  const topic = {
    collection: 'articles' as const,
    data: { title: '次条一', body: '正文', hashtags: ['全网最低价'] },
    title: '次条一',
    role: 'bundle' as const,
  }
  const alt = { collection: 'articles' as const, data: { title: '次条二', body: '正文', cover }, title: '次条二', role: 'bundle' as const }
  assert.equal(await blockedBeforePublish({ payload: cms.payload, matcher, items: [lead] }), null)
  const message = await blockedBeforePublish({ payload: cms.payload, matcher, items: [lead, topic, alt] })
  assert.match(
    String(message),
    /^次条《次条一》含有禁用词 「全网最」.*；次条《次条二》含有禁用词 「稳赚」.*（词库在审核后有更新），已停止发布。$/,
  )
})

/** A note as its author saves it; the save scans it. Returns its id and the stored findings. */
async function savedNote(data: Record<string, unknown>): Promise<{ id: Id; rows: { word?: unknown; fieldLabel?: unknown }[] }> {
  const id = await makeDoc({
    payload: cms.payload,
    collection: 'notes',
    data: { title: '秋日穿搭', status: 'draft', ...data, owner: team.copywriter.id },
  })
  const stored = await cms.payload.findByID({ collection: 'notes', id, depth: 0, overrideAccess: true, showHiddenFields: true })
  const rows = Array.isArray(stored.findings) ? stored.findings : []
  return { id, rows: rows.filter((row): row is { word?: unknown; fieldLabel?: unknown } => row !== null && typeof row === 'object') }
}

async function submitNote(id: Id): Promise<{ status: number; message: string }> {
  const reply = await api<{ errors?: { message: string }[] }>({
    url: cms.url,
    method: 'POST',
    path: `/api/notes/${id}/transition`,
    token: copywriterToken,
    body: { event: 'submit' },
  })
  return { status: reply.status, message: String(reply.body.errors?.[0]?.message ?? '') }
}

for (const { where, data, label } of [
  { where: 'title', data: { title: '全网最低价的秋装' }, label: '笔记标题' },
  { where: 'body', data: { body: '姐妹们冲！\n全网最低价' }, label: '笔记正文' },
  { where: 'a topic', data: { body: '好看', topics: ['秋日穿搭', '全网最低价'] }, label: '笔记话题' },
] as const) {
  test(`a note with a forbidden word in ${where} cannot be submitted; the save names the field (${label})`, async () => {
    const { id, rows } = await savedNote(data)
    assert.ok(
      rows.some((row) => row.fieldLabel === label),
      `the save names the field as an editor would: ${JSON.stringify(rows)}`,
    )
    const reply = await submitNote(id)
    assert.equal(reply.status, 400, reply.message)
    assert.match(reply.message, /全网最/)
    const after = await cms.payload.findByID({ collection: 'notes', id, depth: 0, overrideAccess: true })
    assert.equal(after.status, 'draft')
  })
}

test('a forbidden word read in a note’s picture (or its alt text) stops the submit, naming the picture', async () => {
  const clean = await makeDoc({ payload: cms.payload, collection: 'media', data: { alt: '门店外景' } })
  const loud = await makeDoc({ payload: cms.payload, collection: 'media', data: { alt: '第二张' } })
  // As the worker leaves an image it has read: its text known, the findings worked out from it at submit.
  for (const [mediaId, text] of [
    [clean, '秋日上新'],
    [loud, '全网最低价 限时抢'],
  ] as const)
    await cms.payload.db.updateOne({
      collection: 'media',
      id: mediaId,
      data: { ocr: { status: 'done', hash: null, text, findings: null } },
    })
  const { id } = await savedNote({ body: '好看', images: [clean, loud] })
  const reply = await submitNote(id)
  assert.equal(reply.status, 400, reply.message)
  assert.match(reply.message, /笔记图片 [^ ]+ 中识别出「全网最/)

  const alt = await makeDoc({ payload: cms.payload, collection: 'media', data: { alt: '稳赚不赔的理财课' } })
  await cms.payload.db.updateOne({ collection: 'media', id: alt, data: { ocr: { status: 'done', hash: null, text: '', findings: null } } })
  const withAlt = await savedNote({ body: '好看', images: [clean, alt] })
  assert.ok(
    withAlt.rows.some((row) => row.fieldLabel === '笔记图片 2 的替代文字'),
    `the alt text of the second picture is named: ${JSON.stringify(withAlt.rows)}`,
  )
  const altReply = await submitNote(withAlt.id)
  assert.equal(altReply.status, 400, altReply.message)
  assert.match(altReply.message, /稳赚/)
})
