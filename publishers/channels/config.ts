/** 视频号助手's page for a new video (douyin.md §8): where the operator uploads on a computer. */
export const CHANNELS_POST_URL = 'https://channels.weixin.qq.com/platform/post/create'
