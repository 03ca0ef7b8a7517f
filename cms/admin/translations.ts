import type { AfterErrorHook, Config } from 'payload'

type AdminTranslations = NonNullable<NonNullable<Config['i18n']>['translations']>

/**
 * Where Payload's own admin wording is replaced for this team (zh first): its generic sentences that
 * read as a machine's in the zh admin ("以下字段是无效的", "<没有 标题>", "发生了一个错误"), said as a
 * Chinese editor would, and the English ones reworded to match.
 */
export const adminTranslations: AdminTranslations = {
  zh: {
    general: {
      noLabel: '（未填写{{label}}）',
      untitled: '（无标题）',
      dashboard: '首页',
      backToDashboard: '返回首页',
      collections: '内容类型',
      allCollections: '全部内容类型',
      createNew: '新建',
      createNewLabel: '新建{{label}}',
      creatingNewLabel: '正在新建{{label}}',
      newLabel: '新建{{label}}',
      yes: '是',
      changesNotSaved: '还有修改没有保存，确定要离开吗？',
      unsavedChanges: '还有修改没有保存。请先保存或放弃修改，再继续。',
      noResults: '没有找到{{label}}：还没有创建，或不符合上面的筛选条件。',
      noResultsDescription: '还没有创建，或不符合上面的筛选条件。',
      sorryNotFound: '抱歉，没有找到你要的页面或内容。',
      successfullyCreated: '已创建{{label}}。',
      updatedSuccessfully: '已保存。',
      deletedSuccessfully: '已删除。',
      saving: '正在保存…',
      loading: '正在加载…',
      documentModified: '内容已被修改',
      documentOutOfDate: '这条内容刚被其他人修改过，当前页面不是最新的，请重新加载。',
      currentlyEditing: '有人正在编辑这条内容。接管后对方将无法继续编辑，未保存的修改可能丢失。',
      anotherUserTakenOver: '另一位同事接管了这条内容的编辑。',
    },
    error: {
      unknown: '出了点问题，操作没有完成。请稍后重试；如果反复出现，请联系管理员。',
      unspecific: '操作没有完成，请稍后重试。',
      problemUploadingFile: '文件没有上传成功：请检查文件是否完整（可重新导出），或稍后重试。',
      followingFieldsInvalid_one: '以下字段需要修改：',
      followingFieldsInvalid_other: '以下字段需要修改：',
      correctInvalidFields: '有字段需要修改，请按提示更正后再保存。',
      notAllowedToPerformAction: '你的角色不能做这件事。',
      notAllowedToAccessPage: '你的角色不能打开这个页面。',
      unauthorized: '请先登录。',
      documentNotFound: '找不到这条内容（编号 {{id}}）：可能已被删除，或你没有查看权限。',
      emailOrPasswordIncorrect: '邮箱或密码不正确。',
      userLocked: '登录失败次数过多，账号已暂时锁定，请稍后再试或联系管理员。',
      invalidFileType: '不支持这种文件类型',
      invalidFileTypeValue: '不支持这种文件类型：{{value}}',
      noFilesUploaded: '没有收到文件，请重新选择后上传。',
    },
    validation: {
      required: '必填。',
      invalidInput: '填写的内容无效。',
      invalidSelection: '选择的选项无效。',
      longerThanMin: '至少填写 {{minLength}} 个字符。',
      shorterThanMax: '最多填写 {{maxLength}} 个字符。',
      notValidDate: '“{{value}}”不是有效的日期。',
      enterNumber: '请填写数字。',
      emailAddress: '请填写有效的邮箱地址。',
      validUploadID: '请选择素材库里的文件。',
      timezoneRequired: '请选择时区。',
    },
    upload: {
      sizes: '其他尺寸',
      sizesFor: '{{label}}的其他尺寸',
      previewSizes: '查看各尺寸',
      dragAndDrop: '把文件拖到这里',
      dragAndDropHere: '或把文件拖到这里',
      selectFile: '选择文件',
      pasteURL: '粘贴网址',
    },
  },
  en: {
    error: {
      unknown: 'Something went wrong and the action was not completed. Please try again; if it keeps happening, tell an admin.',
      followingFieldsInvalid_one: 'This field needs a change:',
      followingFieldsInvalid_other: 'These fields need a change:',
    },
  },
}

/** What Payload's REST door answers for an error it keeps private, hard-coded in English. */
const PAYLOAD_PRIVATE_ERROR = 'Something went wrong.'
const PRIVATE_ERROR_WORDS = {
  zh: '服务器出错了，操作没有完成。请稍后重试；如果反复出现，请联系管理员。',
  en: 'The server hit an error and the action was not completed. Please try again; if it keeps happening, tell an admin.',
} as const

/**
 * An afterError hook: Payload's private-error sentence ("Something went wrong.", not a translation
 * key) said in the admin's language. Wired on the config's hooks, so it covers every route.
 */
export const privateErrorInTeamWords: AfterErrorHook = ({ req, result }) => {
  if (!result?.errors?.some((error) => error.message === PAYLOAD_PRIVATE_ERROR)) return
  const words = req.i18n?.language === 'en' ? PRIVATE_ERROR_WORDS.en : PRIVATE_ERROR_WORDS.zh
  return {
    response: {
      ...result,
      errors: result.errors.map((error) => (error.message === PAYLOAD_PRIVATE_ERROR ? { ...error, message: words } : error)),
    },
  }
}
