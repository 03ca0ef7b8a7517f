import { TitleTestResults as TitleTestResults_60ab362918ee7cb1044428a792b7c8f3 } from '../../../cms/admin/TitleTestResults'
import { MarkdownEditorField as MarkdownEditorField_b31070c67e0a95f62ddffbd3663be73e } from '../../../cms/admin/MarkdownEditor'
import { FindingsPanel as FindingsPanel_b97ccf22a2ad6016ce77987e40ca9c82 } from '../../../cms/admin/FindingsPanel'
import { AssistPanel as AssistPanel_340ed9a9230edb6c85f88c0143c4bf77 } from '../../../cms/admin/AssistPanel'
import { ReviewBar as ReviewBar_666d284795afdc134099cfbbc226b7f7 } from '../../../cms/admin/ReviewBar'
import { PublishPanel as PublishPanel_f0ea76f428812fbfdfc2475206439f26 } from '../../../cms/admin/PublishPanel'
import { JsonField as JsonField_2054982ee1de01a5a1d1fd69f3f76e83 } from '../../../cms/admin/JsonField'
import { ItemResults as ItemResults_cc2207b9c5f971e8a659537fec9dc9b6 } from '../../../cms/admin/ItemResults'
import { SaveButton as SaveButton_883b0ecb87602daaa160628c3ca552f6 } from '../../../cms/admin/SaveButton'
import { HeaderReviewStatus as HeaderReviewStatus_666d284795afdc134099cfbbc226b7f7 } from '../../../cms/admin/ReviewBar'
import { TargetLimits as TargetLimits_b8e16c276cc76454f763662ae63001d9 } from '../../../cms/admin/TargetLimits'
import { CommentsPanel as CommentsPanel_62f0357269a507554d7ed9ff200454de } from '../../../cms/admin/Comments'
import { PosterSizesButton as PosterSizesButton_6913ffe99d830963c01021333156b945 } from '../../../cms/admin/PosterSizesButton'
import { CampaignResults as CampaignResults_6c66b766e40668c6826c050a54379783 } from '../../../cms/admin/CampaignResults'
import { BudgetSummary as BudgetSummary_04a187c79a1c2c22e0bbc32dcc172b53 } from '../../../cms/admin/CampaignPlan/BudgetSummary'
import { RetroLink as RetroLink_972554fb28bf0cb53c67cb1a693b7f8e } from '../../../cms/admin/CampaignRetro/RetroLink'
import { FestivalLastYear as FestivalLastYear_4af7916fbbde1a9208eb7a3faf698f1a } from '../../../cms/admin/Planning/FestivalLastYear'
import { ImageFindings as ImageFindings_55e8f6247fe0869eed324d10a36e53f6 } from '../../../cms/admin/ImageFindings'
import { FileSizeCell as FileSizeCell_0ae4f17be583c655a16d05f502475199 } from '../../../cms/collections/Media/FileSizeCell'
import { ExpiryField as ExpiryField_77914d80fff7ab590faff1f423dad7dc } from '../../../cms/collections/PlatformAccounts/admin/ExpiryField'
import { StoredCredentialsField as StoredCredentialsField_cb41bb834ada6ef1b46c89a1dbe648a8 } from '../../../cms/collections/PlatformAccounts/admin/StoredCredentialsField'
import { AccountSettingsField as AccountSettingsField_6b12f54d7020668449818fa57f3bca04 } from '../../../cms/collections/PlatformAccounts/admin/AccountSettingsField'
import { AccountTargets as AccountTargets_2ecc98ad4bb41e4c947cad2f2d0a42dc } from '../../../cms/admin/AccountTargets'
import { TestConnectionButton as TestConnectionButton_e23ae2e546b0a01ee1f5dccc5a973692 } from '../../../cms/admin/TestConnectionButton'
import { MetricsImport as MetricsImport_d9cc998b62deb726aeacc4d616b95a42 } from '../../../cms/admin/MetricsImport'
import { DeliveryMetrics as DeliveryMetrics_5a614c364f6bc0f371f12e769553c382 } from '../../../cms/admin/DeliveryMetrics'
import { CategoryCell as CategoryCell_c99d2a3c53a56e5e90e64e3417a69676 } from '../../../cms/admin/LexiconCsv/CategoryCell'
import { CategoryField as CategoryField_43317aa3582b3398df63082aeb53adef } from '../../../cms/admin/LexiconCsv/CategoryField'
import { LexiconCsv as LexiconCsv_713bf9d25ce9240a12b5feb809273d96 } from '../../../cms/admin/LexiconCsv'
import { CodeLabelCell as CodeLabelCell_2291b1755cd5f9247c8a37c54807152a } from '../../../cms/fields/CodeLabelCell'
import { NotificationBadge as NotificationBadge_5c67b99d4061fe1c0206487a1bc31515 } from '../../../cms/admin/NotificationBadge'
import { CalendarNavLink as CalendarNavLink_32933b6fd4392ccec81ea349f188d052 } from '../../../cms/admin/Calendar/NavLink'
import { QueuesNavLink as QueuesNavLink_de0d35117095ff73658edff7f7015bbb } from '../../../cms/admin/Queues/NavLink'
import { ResultsNavLink as ResultsNavLink_98eb8977c0e24c9d447365a072cb0ac5 } from '../../../cms/admin/Results/NavLink'
import { WeeklyReportNavLink as WeeklyReportNavLink_a109ac144763b732311a59730430227d } from '../../../cms/admin/WeeklyReport/NavLink'
import { TopicMeetingNavLink as TopicMeetingNavLink_72881d7662303e0bbf95830efa567e7f } from '../../../cms/admin/Planning/NavLink'
import { HomeView as HomeView_cf698692d1e0bb3cef8e8ba7a99532a9 } from '../../../cms/admin/Home/HomeView'
import { WeeklyReportView as WeeklyReportView_2b08d97351db5fc3586fc71ba14c1f47 } from '../../../cms/admin/WeeklyReport/WeeklyReportView'
import { CalendarView as CalendarView_1cf42f6d79210f0dc509b71742fc02e5 } from '../../../cms/admin/Calendar/CalendarView'
import { QueuesView as QueuesView_ad51fa8c5edfe0719fcd647e0a5c9d78 } from '../../../cms/admin/Queues/QueuesView'
import { TopicMeetingView as TopicMeetingView_280decf5ac350d18c5e61d2239aa6d64 } from '../../../cms/admin/Planning/TopicMeetingView'
import { RetroView as RetroView_ff88ba490a63e9030743fe3388fcc232 } from '../../../cms/admin/CampaignRetro/RetroView'
import { HandoffView as HandoffView_b75994393802e057c4e455f27c99d3cd } from '../../../cms/admin/Handoff/HandoffView'
import { ResultsView as ResultsView_dceb9f4c7d2af5b87b0f083f6453f95d } from '../../../cms/admin/Results/ResultsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/cms/admin/TitleTestResults#TitleTestResults": TitleTestResults_60ab362918ee7cb1044428a792b7c8f3,
  "/cms/admin/MarkdownEditor#MarkdownEditorField": MarkdownEditorField_b31070c67e0a95f62ddffbd3663be73e,
  "/cms/admin/FindingsPanel#FindingsPanel": FindingsPanel_b97ccf22a2ad6016ce77987e40ca9c82,
  "/cms/admin/AssistPanel#AssistPanel": AssistPanel_340ed9a9230edb6c85f88c0143c4bf77,
  "/cms/admin/ReviewBar#ReviewBar": ReviewBar_666d284795afdc134099cfbbc226b7f7,
  "/cms/admin/PublishPanel#PublishPanel": PublishPanel_f0ea76f428812fbfdfc2475206439f26,
  "/cms/admin/JsonField#JsonField": JsonField_2054982ee1de01a5a1d1fd69f3f76e83,
  "/cms/admin/ItemResults#ItemResults": ItemResults_cc2207b9c5f971e8a659537fec9dc9b6,
  "/cms/admin/SaveButton#SaveButton": SaveButton_883b0ecb87602daaa160628c3ca552f6,
  "/cms/admin/ReviewBar#HeaderReviewStatus": HeaderReviewStatus_666d284795afdc134099cfbbc226b7f7,
  "/cms/admin/TargetLimits#TargetLimits": TargetLimits_b8e16c276cc76454f763662ae63001d9,
  "/cms/admin/Comments#CommentsPanel": CommentsPanel_62f0357269a507554d7ed9ff200454de,
  "/cms/admin/PosterSizesButton#PosterSizesButton": PosterSizesButton_6913ffe99d830963c01021333156b945,
  "/cms/admin/CampaignResults#CampaignResults": CampaignResults_6c66b766e40668c6826c050a54379783,
  "/cms/admin/CampaignPlan/BudgetSummary#BudgetSummary": BudgetSummary_04a187c79a1c2c22e0bbc32dcc172b53,
  "/cms/admin/CampaignRetro/RetroLink#RetroLink": RetroLink_972554fb28bf0cb53c67cb1a693b7f8e,
  "/cms/admin/Planning/FestivalLastYear#FestivalLastYear": FestivalLastYear_4af7916fbbde1a9208eb7a3faf698f1a,
  "/cms/admin/ImageFindings#ImageFindings": ImageFindings_55e8f6247fe0869eed324d10a36e53f6,
  "/cms/collections/Media/FileSizeCell#FileSizeCell": FileSizeCell_0ae4f17be583c655a16d05f502475199,
  "/cms/collections/PlatformAccounts/admin/ExpiryField#ExpiryField": ExpiryField_77914d80fff7ab590faff1f423dad7dc,
  "/cms/collections/PlatformAccounts/admin/StoredCredentialsField#StoredCredentialsField": StoredCredentialsField_cb41bb834ada6ef1b46c89a1dbe648a8,
  "/cms/collections/PlatformAccounts/admin/AccountSettingsField#AccountSettingsField": AccountSettingsField_6b12f54d7020668449818fa57f3bca04,
  "/cms/admin/AccountTargets#AccountTargets": AccountTargets_2ecc98ad4bb41e4c947cad2f2d0a42dc,
  "/cms/admin/TestConnectionButton#TestConnectionButton": TestConnectionButton_e23ae2e546b0a01ee1f5dccc5a973692,
  "/cms/admin/MetricsImport#MetricsImport": MetricsImport_d9cc998b62deb726aeacc4d616b95a42,
  "/cms/admin/DeliveryMetrics#DeliveryMetrics": DeliveryMetrics_5a614c364f6bc0f371f12e769553c382,
  "/cms/admin/LexiconCsv/CategoryCell#CategoryCell": CategoryCell_c99d2a3c53a56e5e90e64e3417a69676,
  "/cms/admin/LexiconCsv/CategoryField#CategoryField": CategoryField_43317aa3582b3398df63082aeb53adef,
  "/cms/admin/LexiconCsv#LexiconCsv": LexiconCsv_713bf9d25ce9240a12b5feb809273d96,
  "/cms/fields/CodeLabelCell#CodeLabelCell": CodeLabelCell_2291b1755cd5f9247c8a37c54807152a,
  "/cms/admin/NotificationBadge#NotificationBadge": NotificationBadge_5c67b99d4061fe1c0206487a1bc31515,
  "/cms/admin/Calendar/NavLink#CalendarNavLink": CalendarNavLink_32933b6fd4392ccec81ea349f188d052,
  "/cms/admin/Queues/NavLink#QueuesNavLink": QueuesNavLink_de0d35117095ff73658edff7f7015bbb,
  "/cms/admin/Results/NavLink#ResultsNavLink": ResultsNavLink_98eb8977c0e24c9d447365a072cb0ac5,
  "/cms/admin/WeeklyReport/NavLink#WeeklyReportNavLink": WeeklyReportNavLink_a109ac144763b732311a59730430227d,
  "/cms/admin/Planning/NavLink#TopicMeetingNavLink": TopicMeetingNavLink_72881d7662303e0bbf95830efa567e7f,
  "/cms/admin/Home/HomeView#HomeView": HomeView_cf698692d1e0bb3cef8e8ba7a99532a9,
  "/cms/admin/WeeklyReport/WeeklyReportView#WeeklyReportView": WeeklyReportView_2b08d97351db5fc3586fc71ba14c1f47,
  "/cms/admin/Calendar/CalendarView#CalendarView": CalendarView_1cf42f6d79210f0dc509b71742fc02e5,
  "/cms/admin/Queues/QueuesView#QueuesView": QueuesView_ad51fa8c5edfe0719fcd647e0a5c9d78,
  "/cms/admin/Planning/TopicMeetingView#TopicMeetingView": TopicMeetingView_280decf5ac350d18c5e61d2239aa6d64,
  "/cms/admin/CampaignRetro/RetroView#RetroView": RetroView_ff88ba490a63e9030743fe3388fcc232,
  "/cms/admin/Handoff/HandoffView#HandoffView": HandoffView_b75994393802e057c4e455f27c99d3cd,
  "/cms/admin/Results/ResultsView#ResultsView": ResultsView_dceb9f4c7d2af5b87b0f083f6453f95d,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
