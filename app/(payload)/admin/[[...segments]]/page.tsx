/* Payload's admin page, as its template generates it, with a page of its own while the database is down. */
import type { Metadata } from 'next'
import config from '@payload-config'
import { generatePageMetadata, RootPage } from '@payloadcms/next/views'
import { adminPageOrOutage } from '../../../../cms/admin/DatabaseOutage/adminPageOrOutage'
import { importMap } from '../importMap.js'

type Args = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<{ [key: string]: string | string[] }>
}

export const generateMetadata = ({ params, searchParams }: Args): Promise<Metadata> =>
  generatePageMetadata({ config, params, searchParams })

const Page = ({ params, searchParams }: Args) =>
  adminPageOrOutage({ page: () => RootPage({ config, params, searchParams, importMap }), params, searchParams })

export default Page
