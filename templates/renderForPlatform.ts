import { platformRenderers } from './platformRenderers'
import { renderInputSchema, type PlatformId, type RenderInput, type RenderResult } from './types'

/**
 * Renders an article for one platform: body in the platform's format, the images it references
 * (for the publisher to upload and swap) and issues (errors block publishing, warnings inform).
 * Throws a ZodError when the input does not have the RenderInput shape.
 */
export function renderForPlatform(args: { platform: PlatformId; input: RenderInput }): RenderResult {
  const renderer = platformRenderers[args.platform]
  if (!renderer) throw new Error(`No renderer for platform "${String(args.platform)}"`)
  return renderer(renderInputSchema.parse(args.input))
}
