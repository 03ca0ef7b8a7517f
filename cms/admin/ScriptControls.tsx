'use client'
import { useSyncExternalStore, type ComponentProps } from 'react'

const noSubscription = () => () => {}

/**
 * False in the server's HTML and while React hydrates it, true from then on. A control mounted after
 * the page came alive (after a fetch, in a dialog) reads true at once: the external store's server
 * snapshot is used only while hydrating, so it is never drawn disabled and enabled a moment later.
 */
function usePageScriptReady(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}

/*
 * The admin's controls work only through the page's script, so each is disabled in the server's HTML
 * until the script has taken over the page. A click made before then (a slow phone, a busy machine) is
 * refused where it can be seen instead of silently lost, a submit button does not send its form as a
 * plain GET, and text typed or a choice made before then is not kept on screen while the component's
 * state still holds the old value (React does not replay such changes): a link pasted early was
 * answered with 请先粘贴作品链接 and then wiped. Lint forbids the bare elements in every component under cms/.
 */

export function ScriptButton({ disabled, type = 'button', ...rest }: ComponentProps<'button'>) {
  const ready = usePageScriptReady()
  return <button {...rest} type={type} disabled={disabled === true || !ready} />
}

export function ScriptInput({ disabled, ...rest }: ComponentProps<'input'>) {
  const ready = usePageScriptReady()
  return <input {...rest} disabled={disabled === true || !ready} />
}

export function ScriptSelect({ disabled, ...rest }: ComponentProps<'select'>) {
  const ready = usePageScriptReady()
  return <select {...rest} disabled={disabled === true || !ready} />
}

export function ScriptTextarea({ disabled, ...rest }: ComponentProps<'textarea'>) {
  const ready = usePageScriptReady()
  return <textarea {...rest} disabled={disabled === true || !ready} />
}
