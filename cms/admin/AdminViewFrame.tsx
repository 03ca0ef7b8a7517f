import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

type SignedInUser = NonNullable<AdminViewServerProps['initPageResult']['req']['user']>

/** A custom admin view inside the admin's own frame (navigation, header) under its heading; visitors go to the login. */
export function AdminViewFrame(args: { view: AdminViewServerProps; title: string; render: (user: SignedInUser) => ReactNode }) {
  const { initPageResult, params, searchParams } = args.view
  const { req, permissions, visibleEntities, locale } = initPageResult
  if (!req.user) redirect('/admin/login')
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: '24px 0 16px' }}>{args.title}</h1>
        {args.render(req.user)}
      </Gutter>
    </DefaultTemplate>
  )
}
