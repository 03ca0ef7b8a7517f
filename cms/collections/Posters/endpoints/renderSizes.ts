import fs from 'node:fs/promises'
import path from 'node:path'
import { APIError, docAccessOperation } from 'payload'
import { env } from '../../../../lib/env'
import { composePoster } from '../../../../media'
import { posterLayer, POSTER_SIZES } from '../../../../templates/posters'
import { defineEndpoint } from '../../../http/defineEndpoint'
import { releaseOldRenditions, renditionFilename } from '../../../rendering/releaseOldRenditions'
import { outgoingFor } from '../../../rendering/renderInputFor'

/**
 * POST /api/posters/:id/render-sizes: the poster's template, headline and copy (over its photo, if
 * any) rendered at every poster size, saved to the media library and linked as its renditions. The
 * renditions they replace are deleted (document and file) unless something else still uses them.
 */
export const renderSizes = defineEndpoint({
  path: '/:id/render-sizes',
  method: 'post',
  roles: ['admin', 'editor', 'designer'],
  refusal: '只有设计师、编辑或管理员可以生成海报。',
  handler: async ({ req, user, params }) => {
    const { payload } = req
    const poster = await payload.findByID({
      collection: 'posters',
      id: params.id,
      depth: 1,
      overrideAccess: false,
      user,
      req,
      disableErrors: true,
    })
    if (!poster) throw new APIError('海报不存在，或你没有查看权限。', 404, null, true)
    // Before anything is rendered or stored: the renditions are linked through an update this user must be allowed.
    const access = await docAccessOperation({ collection: payload.collections.posters, id: poster.id, req })
    if (!access.update)
      throw new APIError(
        `《${poster.title}》现在不能由你修改（设计师只能改自己负责的、草稿或需修改状态的海报），所以不能为它生成各尺寸。`,
        403,
        null,
        true,
      )
    // The headline and copy drawn on the poster are the outgoing text the compliance scan reads.
    const { headline, body: copy } = outgoingFor({ collection: 'posters', doc: poster })
    if (!poster.template || !headline) throw new APIError('请先选择海报模板并填写主标题，再生成各尺寸。', 400, null, true)
    const photoFile = typeof poster.image === 'object' ? poster.image?.filename : null
    const photo = photoFile ? await fs.readFile(path.join(env.mediaDir, path.basename(photoFile))) : undefined
    const previous = (poster.sizes ?? []).flatMap((row) => {
      const image = row.image
      return image === null || image === undefined ? [] : [typeof image === 'object' ? image.id : image]
    })
    const renderedAt = Date.now()
    const sizes = []
    for (const size of POSTER_SIZES) {
      const layer = posterLayer({
        templateId: poster.template,
        size: size.id,
        headline,
        copy,
        hasPhoto: Boolean(photo),
      })
      const png = await composePoster({ ...layer, photo })
      const media = await payload.create({
        collection: 'media',
        overrideAccess: false,
        user,
        data: { alt: `${headline}（${size.width}×${size.height}）`, owner: user.id },
        file: {
          data: png.buffer,
          mimetype: png.mime,
          name: renditionFilename({ posterId: poster.id, size: size.id, at: renderedAt }),
          size: png.bytes,
        },
      })
      sizes.push({ size: size.id, image: media.id })
    }
    // Through the normal update (with the user's access): new renditions of approved work go back to review.
    const updated = await payload.update({
      collection: 'posters',
      id: poster.id,
      data: { sizes },
      overrideAccess: false,
      user,
      req,
      depth: 0,
    })
    await releaseOldRenditions({ payload, req, posterId: poster.id, previous, current: sizes.map((row) => row.image) })
    return Response.json({ doc: updated, sizes })
  },
})
