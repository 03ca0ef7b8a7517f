'use client'
import { useSyncExternalStore, type ComponentPropsWithoutRef } from 'react'

type ScriptButtonProps = ComponentPropsWithoutRef<'button'>

const noSubscription = () => () => {}

/**
 * Every button of the admin: it works only through the page's script, so it is disabled in the
 * server's HTML and until React has taken over the page. A click made while the script still loads
 * (a slow phone, a busy machine) is then refused where it can be seen instead of silently lost, and a
 * submit button does not send its form as a plain GET. A button drawn after the page came alive
 * (after a fetch, in a dialog) is enabled from its first paint: the external-store snapshot is the
 * server's only while hydrating. Lint forbids a bare `<button>` under cms/admin so none forgets.
 */
export function ScriptButton({ disabled, type = 'button', ...rest }: ScriptButtonProps) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  return <button {...rest} type={type} disabled={disabled === true || !hydrated} />
}
