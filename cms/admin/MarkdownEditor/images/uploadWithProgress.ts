'use client'
import { MEDIA_UPLOAD_PATH, parseUploadReply, type UploadOutcome } from './uploadRequest'

/**
 * Sends a built upload with the page's own session (same-origin cookie), reporting the bytes sent:
 * XMLHttpRequest, because fetch cannot report upload progress.
 */
export function uploadWithProgress(args: { form: FormData; name: string; onProgress: (percent: number) => void }): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest()
    request.open('POST', MEDIA_UPLOAD_PATH)
    request.withCredentials = true
    request.setRequestHeader('Accept', 'application/json')
    request.upload.onprogress = (event) => {
      // The last few percent wait for the server (thumbnail, checks): 100 only once it answered.
      if (event.lengthComputable) args.onProgress(Math.min(99, Math.round((event.loaded / event.total) * 100)))
    }
    request.onload = () => resolve(parseUploadReply({ status: request.status, text: request.responseText, name: args.name }))
    request.onerror = () => resolve(parseUploadReply({ status: 0, text: '', name: args.name }))
    request.send(args.form)
  })
}
