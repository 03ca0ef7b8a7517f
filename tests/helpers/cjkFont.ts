import { spawnSync } from 'node:child_process'

/** A font with Chinese glyphs for poster rendering: Debian's small WenQuanYi Micro Hei when none is present. */
export function ensureCjkFont(): void {
  const list = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' })
  if (list.status === 0 && list.stdout.trim() !== '') return
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'fonts-wqy-microhei', 'fontconfig'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
  if (install().status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit' })
    if (install().status !== 0) throw new Error('could not install fonts-wqy-microhei with apt-get')
  }
}
