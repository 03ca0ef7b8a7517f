export type OutageLanguage = 'zh' | 'en'

const WORDS = {
  zh: {
    title: '暂时连不上数据库',
    body: '所以这个页面没有打开——不是登录过期，也不是你操作有误。请过一两分钟再点「重新打开」；如果一直这样，请联系管理员检查数据库。',
    again: '重新打开',
  },
  en: {
    title: 'The database cannot be reached right now',
    body: 'so this page did not open. Your sign-in has not expired and nothing you did caused it. Try “Open again” in a minute or two; if it keeps happening, tell an admin to check the database.',
    again: 'Open again',
  },
} as const

/** What an admin page shows instead of Next's error screen while the database is down: what happened, that it is neither an expired sign-in nor the user's doing, and a way back. */
export function DatabaseOutageView(args: { language: OutageLanguage; again: string }) {
  const words = WORDS[args.language]
  return (
    <main role="alert" style={{ maxWidth: 560, margin: '15vh auto', padding: '0 24px', lineHeight: 1.7 }}>
      <h1 style={{ fontSize: 24, marginBottom: 12 }}>{words.title}</h1>
      <p style={{ marginBottom: 24 }}>{words.body}</p>
      <a className="btn btn--style-primary btn--size-medium" href={args.again}>
        {words.again}
      </a>
    </main>
  )
}
