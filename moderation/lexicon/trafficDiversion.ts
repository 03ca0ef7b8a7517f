import type { LexiconEntry } from '../types'
import { defineEntries } from './defineEntries'

/**
 * Pointing readers to a private contact (WeChat, QQ, phone) outside the platform: Toutiao and
 * Weibo penalise it, WeChat forbids it in ads, and spam hides it behind homophones (薇信, 威信 ...)
 * and letters (V信, vx). Case and width are folded by the matcher, so 加V and 加ｖ are one entry.
 */
export const trafficDiversion: LexiconEntry[] = [
  ...defineEntries({
    category: 'traffic-diversion',
    severity: 'review',
    note: '平台规则：不得在内容中发布个人联系方式或引导用户到站外交易',
    words: `
      加V=联系客服 加wx= 加微= 加威信= 加薇= 加维信= 加卫星= 加我V= 加我微= 加好友= 加我好友= 加qq= 加扣扣= 加企鹅= 加群= 进群= 扫码领= 扫一扫加= 二维码领取=
      V信= vx= 薇信= 徽信= 薇x= 微x= 威x= weixin= wechat号= 微信号= 微信同号= 同号微信= 微信咨询= 客服微信= 咨询微信= 联系微信= 微信联系= 私信领取=
      私信获取= 私信我= 私信了解= 私聊= 私我= 滴滴我= 戳我头像= 点我头像= 看我主页= 主页联系= 主页有联系方式= 主页有惊喜= 主页领取= 简介有联系方式= 看简介= 见简介=
      评论区领取= 扣1= 留言领取= 留下联系方式= 留电话= 留手机号= QQ号= QQ群= 扣扣群= 扣扣号= 链接在评论区= 链接见评论区= 复制链接打开= 复制链接到浏览器= 复制口令= 淘口令=
      复制这段= 打开淘宝= 打开拼多多= 打开闲鱼= 下载APP领取= 站外交易= 私下交易=
    `,
  }),
  ...defineEntries({
    category: 'traffic-diversion',
    severity: 'warn',
    note: '公众号内引导关注通常可以，在头条、微博发布时请确认不构成站外引流',
    words: `
      长按识别= 扫描二维码= 扫码关注= 关注公众号= 关注领取= 私信= 联系方式= 免费资料= 领取资料= 备注来意= 暗号= 引流= 私域=
    `,
  }),
]
