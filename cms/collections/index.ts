import type { CollectionConfig } from 'payload'
import { Articles } from './Articles'
import { AssistUsage } from './AssistUsage'
import { CalendarEntries } from './CalendarEntries'
import { Comments } from './Comments'
import { Campaigns } from './Campaigns'
import { CampaignTemplates } from './CampaignTemplates'
import { Festivals } from './Festivals'
import { Topics } from './Topics'
import { Deliveries } from './Deliveries'
import { Media } from './Media'
import { Notes } from './Notes'
import { Notifications } from './Notifications'
import { PlatformAccounts } from './PlatformAccounts'
import { Posters } from './Posters'
import { PostMetrics } from './PostMetrics'
import { AccountMetrics } from './AccountMetrics'
import { MetricDays } from './MetricDays'
import { ReviewLogs } from './ReviewLogs'
import { SensitiveWords } from './SensitiveWords'
import { Users } from './Users'
import { Videos } from './Videos'

export const collections: CollectionConfig[] = [
  Articles,
  Videos,
  Posters,
  Notes,
  Comments,
  Topics,
  Campaigns,
  CampaignTemplates,
  Festivals,
  CalendarEntries,
  Media,
  PlatformAccounts,
  Deliveries,
  PostMetrics,
  AccountMetrics,
  MetricDays,
  SensitiveWords,
  ReviewLogs,
  Notifications,
  AssistUsage,
  Users,
]
