import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'
import type { PlatformAccount } from '../../payload-types'
import { PLATFORM_LABELS } from '../../../lib/platforms'
import { fieldAdmin, fieldEditorial, fieldNobody, isAdmin, isLoggedIn } from '../../access/predicates'
import { CADENCE_PER_LABELS } from '../../planning/planningLabels'
import { optionsFrom } from '../../fields/options'
import { releaseIfResumed, stampPause } from '../../delivery/pauseSwitchHooks'
import { pauseFields } from '../../fields/pauseFields'
import { targetFields } from '../../fields/targetFields'
import { CREDENTIAL_KEYS, CREDENTIAL_LABELS, CREDENTIAL_TIMES, credentialInputKeys } from './credentialKeys'
import { oauthCallback, oauthStart } from './endpoints/oauthConnect'
import { testConnection } from './endpoints/testConnection'
import { phonePreview } from './endpoints/phonePreview'
import { platformCallbackGet, platformCallbackPost } from './endpoints/platformCallback'
import { sealCredentials } from './hooks/sealCredentials'

const COLUMNLESS_KEYS: readonly string[] = ['callbackToken', 'refreshRenewals']
const FORM = '/cms/collections/PlatformAccounts/admin'

const credentialInputs: Field[] = CREDENTIAL_KEYS.map((key) => ({
  name: key,
  type: 'text',
  label: CREDENTIAL_LABELS[key],
  admin: {
    // Only what the chosen platform's profile asks for (a WeChat account has no Weibo App Key).
    condition: (data) => credentialInputKeys(data.platform).includes(key),
    ...(CREDENTIAL_TIMES.includes(key) ? { components: { Field: `${FORM}/ExpiryField#ExpiryField` } } : {}),
  },
  // Never stored (sealCredentials empties them) and never read back: always null on the way out.
  hooks: { afterRead: [() => null] },
  // Keys added after the first ones get no column at all: the plaintext only passes through to the seal.
  ...(COLUMNLESS_KEYS.includes(key) ? { virtual: true } : {}),
}))

const stampAccountPause: CollectionBeforeChangeHook<PlatformAccount> = ({ data, originalDoc, req }) =>
  'pause' in data ? { ...data, pause: stampPause({ next: data.pause, previous: originalDoc?.pause, req }) } : data

const releaseAccountIfResumed: CollectionAfterChangeHook<PlatformAccount> = async ({ doc, previousDoc, req }) => {
  await releaseIfResumed({ next: doc.pause, previous: previousDoc?.pause, req, accountId: doc.id })
  return doc
}

export const PlatformAccounts: CollectionConfig = {
  slug: 'platform-accounts',
  labels: { singular: { zh: '平台账号', en: 'Platform account' }, plural: { zh: '平台账号', en: 'Platform accounts' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'platform', 'health'], group: { zh: '发布', en: 'Publishing' } },
  access: { create: isAdmin, read: isLoggedIn, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeChange: [sealCredentials, stampAccountPause],
    afterChange: [releaseAccountIfResumed],
  },
  endpoints: [testConnection, oauthStart, oauthCallback, platformCallbackGet, platformCallbackPost, phonePreview],
  fields: [
    { name: 'platform', type: 'select', required: true, options: optionsFrom(PLATFORM_LABELS), label: { zh: '平台', en: 'Platform' } },
    { name: 'name', type: 'text', required: true, maxLength: 80, label: { zh: '账号名称', en: 'Name' } },
    {
      name: 'credentials',
      type: 'group',
      label: { zh: '凭据（只写，加密保存）', en: 'Credentials (write-only, encrypted)' },
      access: { read: fieldAdmin, create: fieldAdmin, update: fieldAdmin },
      admin: {
        condition: (data) => credentialInputKeys(data.platform).length > 0,
        description: {
          zh: '保存后不会再显示；留空表示不修改。',
          en: 'Never shown again after saving; leave empty to keep the stored value.',
        },
      },
      fields: credentialInputs,
    },
    {
      name: 'credentialsHint',
      type: 'json',
      label: { zh: '已保存的凭据', en: 'Stored credentials' },
      access: { read: fieldAdmin, create: fieldNobody, update: fieldNobody },
      admin: {
        readOnly: true,
        components: { Field: `${FORM}/StoredCredentialsField#StoredCredentialsField` },
        description: { zh: '只显示是否已设置及末 4 位', en: 'Shows only whether each is set and its last 4 characters' },
      },
    },
    {
      name: 'credentialsCipher',
      type: 'text',
      hidden: true,
      access: { read: fieldNobody, create: fieldNobody, update: fieldNobody },
    },
    {
      name: 'settings',
      type: 'json',
      label: { zh: '发布设置', en: 'Settings' },
      access: { read: fieldEditorial },
      admin: { components: { Field: `${FORM}/AccountSettingsField#AccountSettingsField` } },
    },
    {
      // The rhythm the team promises on this account (公众号 1 a day, 小红书 3 a week); the calendar and Home show the gaps.
      name: 'cadence',
      type: 'group',
      label: { zh: '发布节奏', en: 'Cadence' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'count', type: 'number', min: 0, max: 50, label: { zh: '条数', en: 'Posts' } },
            {
              name: 'per',
              type: 'select',
              defaultValue: 'week',
              options: optionsFrom(CADENCE_PER_LABELS),
              label: { zh: '周期', en: 'Per' },
            },
          ],
        },
      ],
    },
    {
      name: 'health',
      type: 'group',
      label: { zh: '连接状态', en: 'Health' },
      access: { read: fieldEditorial, create: fieldNobody, update: fieldNobody },
      admin: { readOnly: true },
      fields: [
        {
          name: 'status',
          type: 'select',
          label: { zh: '状态', en: 'Status' },
          defaultValue: 'unknown',
          options: [
            { value: 'unknown', label: { zh: '未检测', en: 'Unknown' } },
            { value: 'ok', label: { zh: '正常', en: 'OK' } },
            { value: 'error', label: { zh: '异常', en: 'Error' } },
          ],
        },
        { name: 'message', type: 'text', label: { zh: '说明', en: 'Message' } },
        {
          name: 'checkedAt',
          type: 'date',
          label: { zh: '检测时间', en: 'Checked at' },
          admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
        },
      ],
    },
    targetFields({ name: 'targets', label: { zh: '长期指标', en: 'Standing targets' }, scoped: false }),
    { name: 'targetResults', type: 'ui', admin: { components: { Field: '/cms/admin/AccountTargets#AccountTargets' } } },
    {
      // The statistics collector's own health, apart from the connection's: a quota or permission error
      // here stops collection for the account until `blockedUntil`, and the admin shows why.
      name: 'statsHealth',
      type: 'group',
      label: { zh: '数据回收状态', en: 'Statistics collection' },
      access: { read: fieldEditorial, create: fieldNobody, update: fieldNobody },
      admin: { readOnly: true },
      fields: [
        {
          name: 'status',
          type: 'select',
          label: { zh: '状态', en: 'Status' },
          defaultValue: 'never',
          options: [
            { value: 'never', label: { zh: '尚未回收', en: 'Not yet collected' } },
            { value: 'ok', label: { zh: '正常', en: 'OK' } },
            { value: 'delayed', label: { zh: '平台数据延迟，稍后重试', en: 'Delayed by the platform; retrying later' } },
            { value: 'quota', label: { zh: '今日调用次数已用完', en: 'Daily quota used up' } },
            { value: 'permission', label: { zh: '没有数据接口权限', en: 'No permission for statistics' } },
            { value: 'auth', label: { zh: '授权失效，需重新连接', en: 'Authorisation expired' } },
            { value: 'error', label: { zh: '异常', en: 'Error' } },
            { value: 'manual', label: { zh: '平台无数据接口，需手动录入', en: 'No statistics API: enter by hand' } },
          ],
        },
        { name: 'message', type: 'text', label: { zh: '说明', en: 'Message' } },
        { name: 'code', type: 'text', label: { zh: '平台返回码', en: 'Platform code' } },
        { name: 'lastRunAt', type: 'date', label: { zh: '上次回收', en: 'Last run' } },
        { name: 'lastSuccessAt', type: 'date', label: { zh: '上次成功', en: 'Last success' } },
        { name: 'blockedUntil', type: 'date', label: { zh: '暂停回收至', en: 'Paused until' } },
        { name: 'backfilledAt', type: 'date', label: { zh: '补录近 7 天于', en: 'Last 7 days backfilled at' } },
      ],
    },
    {
      name: 'pause',
      type: 'group',
      label: { zh: '暂停本账号发布', en: 'Pause this account' },
      fields: pauseFields(),
    },
    { name: 'testConnectionButton', type: 'ui', admin: { components: { Field: '/cms/admin/TestConnectionButton#TestConnectionButton' } } },
    { name: 'metricsImport', type: 'ui', admin: { components: { Field: '/cms/admin/MetricsImport#MetricsImport' } } },
  ],
}
