/** 小红书 创作服务平台's publish page: the desktop way to post a note (douyin.md §7); the phone app has no documented link. */
export const XIAOHONGSHU_CREATOR_URL = 'https://creator.xiaohongshu.com/publish/publish'
