const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::1]', '::1'])

/** Whether a URL names this machine (nobody else can open it). */
export function isLocalUrl(url: string): boolean {
  try {
    const { hostname } = new URL(url)
    return LOOPBACK_HOSTS.has(hostname) || hostname.endsWith('.localhost') || hostname.startsWith('127.')
  } catch {
    return true
  }
}

/**
 * The startup warning when posts would carry links and images nobody can open: PUBLIC_URL unset or on
 * this machine, while this is production or accounts publish to a real platform (not a local fake).
 * Chinese for the team, English for whoever reads the server log; null when all is well.
 */
export function publicUrlWarning(args: { publicUrl: string | undefined; isProduction: boolean; realAccounts: number }): string | null {
  const { publicUrl } = args
  if (publicUrl !== undefined && !isLocalUrl(publicUrl)) return null
  if (!args.isProduction && args.realAccounts === 0) return null
  const shown = publicUrl ?? '未设置 unset'
  const why = args.realAccounts > 0 ? `有 ${args.realAccounts} 个发布账号连的是真实平台` : '这是生产环境'
  return (
    `注意：PUBLIC_URL（${shown}）不是对外地址，而${why}：发出去的文章链接、图片和“阅读原文”读者打不开。请设为对外可访问的网址（如 https://cms.example.com）后重启。` +
    ` / Warning: PUBLIC_URL (${publicUrl ?? 'unset'}) is not a public address while ${
      args.realAccounts > 0 ? `${args.realAccounts} account(s) publish to a real platform` : 'NODE_ENV=production'
    }: links and images in published posts will not open for readers. Set it to the public URL and restart.`
  )
}

/** The admin's note that the AI assist runs offline; copywriters are only told to ask the admin. */
export function assistOfflineNotice(args: { apiKey: string | undefined }): string | null {
  if (args.apiKey?.trim()) return null
  return (
    'AI 辅助未开通：起稿、改写、润色不可用，标题、摘要、微博文案按规则给出离线建议。开通：在 .env 设置 OPENAI_API_KEY（及 OPENAI_BASE_URL、AI_MODEL）后重启。' +
    ' / AI assist is off (no OPENAI_API_KEY): rule-based suggestions only. Set OPENAI_API_KEY (and OPENAI_BASE_URL, AI_MODEL) and restart.'
  )
}
