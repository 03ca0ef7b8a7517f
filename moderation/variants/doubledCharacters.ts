/**
 * Repeated characters are folded for words with `matchVariants` on (稳稳赚 reads as 稳赚, 最最好 as
 * 最好), except characters whose doubled form is an ordinary word: 刚刚兑换 must not read as 刚兑 (a
 * banned short form of 刚性兑付), 天天 as 天, 人人 as 人 ... A doubled character listed here is read as
 * written. Doubled words that are themselves evasions (稳稳, 最最) are deliberately not listed.
 */
export const ordinaryDoubledCharacters = `
  刚 仅 常 往 渐 偏 明 慢 轻 悄 默 纷 统 通 处 人 个 天 年 家 时 样 事 好 多 大 小 早 久 深 紧 牢
  足 满 白 万 千 步 层 节 重 稍 匆 平 淡 静 暖 宝 妈 爸 哥 姐 弟 妹 爷 奶 叔 舅 姑 星 谢 看 想 试
  说 聊 走 等 点 滴 片 声 句 字 张 条 次 回 代 世 生 岁 夜 日 月 分 秒 高 低 远 近 快 乐 欢 喜 甜 香
  红 绿 蓝 黄 黑 亮 美 帅 乖 嘻 哈 呵 嘿 啦 哦 噢 喔 呜 汪 喵 咚 叮 当 哗 沙 隆 嗡 啾 嘀 嗒
  哒 咕 咯 叽 喳 嘟 噜 扑 咔 嚓 呼 呀 嗯 么 啊 吧 呢 洋 熊 猫 团 圆 朵 串 块 斤 件 双 对
  区 寥 翩 栩 彬 赫 浩 荡 滔 熙 攘 兢 业 勤 恳 娓 侃 谆 孜 循 绰 婷 袅 莘 郁 葱 茫 皑 淅 沥
`
