import { spawn } from 'node:child_process'
import { OcrError } from './ocrError'

export const TESSERACT_BINARY = 'tesseract'
export const OCR_LANGUAGE = 'chi_sim'
const TIMEOUT_MS = 60_000
const MAX_OUTPUT_BYTES = 20_000_000

const INSTALL_HINT = '请运行 npm run up（会自动安装），或执行 apt-get install -y tesseract-ocr tesseract-ocr-chi-sim。'

/**
 * tesseract's TSV for an image handed on stdin. One OpenMP thread: a worker on a small machine runs
 * one recognition at a time beside the web process, and tesseract's threads gain little on one page.
 */
export function runTesseract(args: { image: Buffer; language?: string; pageSegmentation?: number; timeoutMs?: number }): Promise<string> {
  const language = args.language ?? OCR_LANGUAGE
  const segmentation = args.pageSegmentation === undefined ? [] : ['--psm', String(args.pageSegmentation)]
  return new Promise((resolve, reject) => {
    const child = spawn(TESSERACT_BINARY, ['stdin', 'stdout', '-l', language, ...segmentation, 'tsv'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    })
    const out: Buffer[] = []
    let outBytes = 0
    let err = ''
    let settled = false
    const finish = (error: OcrError | null, tsv?: string) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (error) reject(error)
      else resolve(tsv ?? '')
    }
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      finish(
        new OcrError({
          code: 'engine-timeout',
          message: `文字识别超过 ${Math.round((args.timeoutMs ?? TIMEOUT_MS) / 1000)} 秒仍未完成，已停止。请缩小图片后重新上传。`,
        }),
      )
    }, args.timeoutMs ?? TIMEOUT_MS)
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish(
        error.code === 'ENOENT'
          ? new OcrError({
              code: 'engine-missing',
              message: `服务器没有安装文字识别程序 tesseract-ocr，图片中的文字无法检查。${INSTALL_HINT}`,
              cause: error,
            })
          : new OcrError({ code: 'engine-failed', message: `文字识别程序无法启动（${error.message}）。`, cause: error }),
      )
    })
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length
      if (outBytes > MAX_OUTPUT_BYTES) {
        child.kill('SIGKILL')
        finish(new OcrError({ code: 'engine-failed', message: '图片中识别出的文字过多，无法保存。请检查图片是否正确。' }))
        return
      }
      out.push(chunk)
    })
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < 4000) err += chunk.toString('utf8')
    })
    child.on('close', (code) => {
      if (code === 0) return finish(null, Buffer.concat(out).toString('utf8'))
      if (/Failed loading language|Error opening data file/i.test(err))
        return finish(new OcrError({ code: 'language-missing', message: `文字识别缺少简体中文数据（${language}）。${INSTALL_HINT}` }))
      finish(
        new OcrError({ code: 'engine-failed', message: `文字识别失败（tesseract 退出码 ${code}）：${err.trim().slice(-300) || '无输出'}` }),
      )
    })
    // A child that exits early closes stdin under us; its exit code says why.
    child.stdin.on('error', () => undefined)
    child.stdin.end(args.image)
  })
}
