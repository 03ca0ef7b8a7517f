import type { ReviewState } from '../workflow/reviewStates'

/**
 * What the matrix posts: 图文笔记 for the 小红书 accounts (and a 抖音 图集), written by the copywriter
 * and the operator, and the 编导's short videos with their 分镜, for 抖音 and 视频号. Titles keep to
 * 小红书's 20 characters and 视频号's 22.
 */
export type DemoNote = {
  key: string
  title: string
  body: string
  topics: string[]
  /** Library images (DEMO_NOTE_IMAGES names), in the order the audience swipes them. */
  images: string[]
  status: ReviewState
  owner: 'copywriter' | 'operator'
}

export type DemoShot = { scene: string; shot: string; duration: number; line: string }
export type DemoProducerVideo = {
  key: string
  title: string
  description: string
  topics: string[]
  cover: string
  stage: 'script' | 'rough_cut' | 'final_cut'
  status: ReviewState
  script: DemoShot[]
}

export type DemoComment = { video: string; author: 'designer' | 'copywriter' | 'editor'; body: string }

const SIGN_OFF = '📍社区生活馆 · 全城 86 家门店'

export const DEMO_NOTES: readonly DemoNote[] = [
  {
    key: 'n01',
    title: '赣南脐橙到店｜甜度实测',
    body: `果园摘下到门店上架只要 48 小时🍊\n今天随手挑了 5 个测甜度，都在 13.2 到 15.8 之间。\n\n挑果小窍门：\n1. 看果脐，小的更细嫩\n2. 掂一掂，同样大小越沉水分越足\n3. 表皮细、油胞密的更香\n\n${SIGN_OFF}`,
    topics: ['赣南脐橙', '冬季水果', '社区生活'],
    images: ['note-oranges.jpg', 'note-shelf.jpg'],
    status: 'published',
    owner: 'copywriter',
  },
  {
    key: 'n02',
    title: '入冬后的头一碗羊肉汤',
    body: `凌晨四点，食堂师傅就把汤熬上了。\n汤色奶白，羊肉不膻，配一把香菜和白胡椒，喝完整个人都暖了。\n\n会员每周三可以到店领一份暖身小料包（数量有限，领完即止）。\n\n${SIGN_OFF}`,
    topics: ['羊肉汤', '冬日暖汤', '暖冬食谱'],
    images: ['note-soup.jpg'],
    status: 'published',
    owner: 'copywriter',
  },
  {
    key: 'n03',
    title: '一家三口一周囤货清单',
    body: `按一周菜单配好的采购清单，照着买不浪费👇\n\n🥬 蔬菜：白菜 1 颗、萝卜 2 根、菠菜 1 把\n🥩 肉蛋：五花肉 500g、鸡蛋 15 个\n🍚 主食：东北大米 5 斤、手工水饺 2 袋\n\n保存方法写在图 2，收藏起来慢慢看。\n\n${SIGN_OFF}`,
    topics: ['囤货清单', '家庭采购', '一周菜单'],
    images: ['note-shelf.jpg', 'note-soup.jpg', 'note-bread.jpg'],
    status: 'published',
    owner: 'copywriter',
  },
  {
    key: 'n04',
    title: '自提柜取菜，下班不排队',
    body: `小区门口新增 12 组自提柜，晚上 10 点前都能取。\n\n用法很简单：\n1. 小程序下单时选「自提柜」\n2. 到货后收到取件码\n3. 扫码开柜，冷藏格也有\n\n${SIGN_OFF}`,
    topics: ['自提柜', '打工人下班', '社区生活'],
    images: ['note-locker.jpg'],
    status: 'published',
    owner: 'operator',
  },
  {
    key: 'n05',
    title: '门店现做｜红糖馒头南瓜包',
    body: `每天下午三点出炉，红糖馒头松软有嚼劲，南瓜包用的是本地老南瓜。\n去晚了经常卖完，想要可以在小程序预订，到店直接取。\n\n${SIGN_OFF}`,
    topics: ['红糖馒头', '南瓜包', '社区面包店'],
    images: ['note-bread.jpg', 'note-shelf.jpg'],
    status: 'published',
    owner: 'copywriter',
  },
  {
    key: 'n06',
    title: '会员日怎么逛更划算',
    body: `每周四晚 8 点会员日，四件事记一下：\n1. 全场满 199 减 30\n2. 积分翻倍\n3. 新品试吃\n4. 门店自提再减 5 元\n\n同一订单限用一张满减券哦。\n\n${SIGN_OFF}`,
    topics: ['会员日', '省钱攻略', '社区生活'],
    images: ['note-member.jpg', 'note-oranges.jpg', 'note-bread.jpg'],
    status: 'published',
    owner: 'operator',
  },
  {
    key: 'n07',
    title: '十分钟热早餐，一周不重样',
    body: `冬天早上起不来？这五款十分钟就能做好：\n周一 葱油饼 + 豆浆\n周二 鸡蛋灌饼\n周三 小馄饨\n周四 红糖馒头 + 牛奶\n周五 南瓜粥\n\n食材门店都有，自提柜晚上取，第二天早上直接做。\n\n${SIGN_OFF}`,
    topics: ['快手早餐', '一周早餐', '打工人早餐'],
    images: ['note-bread.jpg', 'note-soup.jpg'],
    status: 'published',
    owner: 'copywriter',
  },
  {
    key: 'n08',
    title: '火锅食材这样挑不踩雷',
    body: `店员教的三个小窍门：\n🥩 肥牛：红白分明、纹理清楚\n🐄 毛肚：颜色自然，不要太白\n🍄 菌菇：伞盖完整、摸着干爽\n\n周末火锅局，清单拿走不谢。\n\n${SIGN_OFF}`,
    topics: ['火锅食材', '火锅季', '挑选技巧'],
    images: ['note-shelf.jpg', 'note-oranges.jpg'],
    status: 'published',
    owner: 'copywriter',
  },
  {
    key: 'n09',
    title: '冬日水果一周搭配表',
    body: `柑橘、苹果、猕猴桃轮着吃，一周的搭配帮你排好了。\n脐橙和砂糖橘不要一次买太多，放阴凉处能存一周左右。\n\n${SIGN_OFF}`,
    topics: ['冬季水果', '水果搭配', '赣南脐橙'],
    images: ['note-oranges.jpg'],
    status: 'published',
    owner: 'copywriter',
  },
  {
    key: 'n10',
    title: '店长小林的一天',
    body: `早上 6 点到店验货，9 点开门，下午三点等面包出炉，晚上盘点自提柜。\n在社区店做了五年，认识了半个小区的邻居。\n有想吃的、想买的，评论区告诉我👋\n\n${SIGN_OFF}`,
    topics: ['店长日常', '社区店', '打工人日常'],
    images: ['note-locker.jpg', 'note-bread.jpg', 'note-oranges.jpg'],
    status: 'published',
    owner: 'operator',
  },
  {
    key: 'n11',
    title: '周四会员日，这样薅更省',
    body: `本周四晚 8 点会员日：满 199 减 30 + 积分翻倍，门店自提再减 5 元。\n先领券再下单，同一订单限用一张满减券。\n\n${SIGN_OFF}`,
    topics: ['会员日', '省钱攻略', '福利'],
    images: ['note-member.jpg', 'note-bread.jpg', 'note-oranges.jpg', 'note-shelf.jpg'],
    status: 'scheduled',
    owner: 'operator',
  },
  {
    key: 'n12',
    title: '囤货党看过来：东北大米',
    body: `新米到店，10 斤装三人成团，周日前到店或自提柜自提。\n煮饭香、有米油，熬粥也好喝。\n\n${SIGN_OFF}`,
    topics: ['东北大米', '囤货清单', '拼团'],
    images: ['note-shelf.jpg', 'note-locker.jpg'],
    status: 'scheduled',
    owner: 'copywriter',
  },
  {
    key: 'n13',
    title: '年货节提前逛｜清单收好',
    body: `年货节的时间表出来了：坚果礼盒、腊味和米面粮油都可以提前预订。\n预订后到店或自提柜取，不用排长队。\n\n${SIGN_OFF}`,
    topics: ['年货节', '年货清单', '社区生活'],
    images: ['note-shelf.jpg', 'note-member.jpg', 'note-bread.jpg'],
    status: 'approved',
    owner: 'copywriter',
  },
  {
    key: 'n14',
    title: '暖冬汤品三件套',
    body: `萝卜排骨汤、番茄牛腩汤、菌菇鸡汤，材料清单一次配齐。\n店员私藏做法写在图里，周末炖一锅刚刚好。\n\n${SIGN_OFF}`,
    topics: ['暖冬食谱', '家常汤', '一周菜单'],
    images: ['note-soup.jpg', 'note-shelf.jpg'],
    status: 'approved',
    owner: 'copywriter',
  },
  {
    key: 'n18',
    title: '脐橙礼盒怎么选不踩坑',
    body: `送长辈的脐橙礼盒，看三样：产地和批次写清楚、单果大小均匀、包装里有缓冲。\n门店的 5 斤装和 10 斤装都能预订，到店或自提柜取。\n\n${SIGN_OFF}`,
    topics: ['赣南脐橙', '年货礼盒'],
    images: ['note-oranges.jpg', 'note-member.jpg'],
    // 已定稿, not on the calendar yet: the operator picks its account and day.
    status: 'approved',
    owner: 'copywriter',
  },
  {
    key: 'n15',
    title: '旧衣回收换积分',
    body: `全城 30 家门店设了旧衣回收箱，洗干净叠好放进去，扫码就能换积分。\n回收的衣物会捐给山区学校。\n\n${SIGN_OFF}`,
    topics: ['旧衣回收', '暖冬公益', '会员积分'],
    images: ['note-locker.jpg'],
    status: 'in_review',
    owner: 'copywriter',
  },
  {
    key: 'n16',
    title: '福利社本周抽奖',
    body: `评论区说说你冬天一定会囤的一样东西，周五抽 3 位送脐橙礼盒。\n（草稿：奖品数量和开奖时间待确认）`,
    topics: ['福利', '抽奖', '赣南脐橙'],
    images: ['note-oranges.jpg'],
    status: 'draft',
    owner: 'operator',
  },
  {
    key: 'n17',
    title: '店长私藏：冬季养生汤',
    body: `三款店员私藏的汤，喝了暖身又舒服。\n（主编意见：去掉功效说法，只写做法和食材。）\n\n${SIGN_OFF}`,
    topics: ['养生汤', '店长日常'],
    images: ['note-soup.jpg'],
    status: 'changes_requested',
    owner: 'operator',
  },
]

export const DEMO_PRODUCER_VIDEOS: readonly DemoProducerVideo[] = [
  {
    key: 'p1',
    title: '早市三分钟：生活馆的清晨',
    description: '跟着镜头看社区店早上六点到九点：验货、上架、头一位顾客。',
    topics: ['社区生活', '早市', '打工人日常'],
    cover: 'note-oranges.jpg',
    stage: 'final_cut',
    status: 'published',
    script: [
      { scene: '门店外', shot: '远景 · 延时', duration: 4, line: '早上六点，小区还没醒，生活馆的灯先亮了。' },
      { scene: '后仓', shot: '中景 · 跟拍', duration: 8, line: '头一车菜到了，店长小林逐箱验货。' },
      { scene: '水果区', shot: '特写', duration: 5, line: '脐橙一个个摆上架，甜度贴在价签上。' },
      { scene: '收银台', shot: '近景', duration: 6, line: '九点开门，头一位顾客是隔壁楼的王阿姨。' },
    ],
  },
  {
    key: 'p2',
    title: '会员日开箱：一百块能买什么',
    description: '会员日满减 + 积分翻倍，一百块装满一袋，逐样开箱。',
    topics: ['会员日', '开箱', '省钱攻略'],
    cover: 'note-member.jpg',
    stage: 'final_cut',
    status: 'published',
    script: [
      { scene: '门店入口', shot: '中景 · 口播', duration: 5, line: '今天会员日，给自己定个小目标：一百块。' },
      { scene: '货架', shot: '跟拍', duration: 20, line: '大米、鸡蛋、脐橙……每拿一样报一次价。' },
      { scene: '收银台', shot: '特写 · 小票', duration: 6, line: '满减加积分，实付 96 元。' },
      { scene: '家里', shot: '俯拍 · 开箱', duration: 14, line: '一袋装满，够一家三口吃三天。' },
    ],
  },
  {
    key: 'p3',
    title: '店长教你挑脐橙',
    description: '三招挑出甜脐橙：看果脐、掂重量、摸表皮。',
    topics: ['赣南脐橙', '挑选技巧'],
    cover: 'note-oranges.jpg',
    stage: 'final_cut',
    status: 'published',
    script: [
      { scene: '水果区', shot: '中景 · 口播', duration: 4, line: '挑脐橙，我只看三个地方。' },
      { scene: '水果区', shot: '特写', duration: 9, line: '一看果脐，二掂重量，三摸表皮。' },
      { scene: '操作台', shot: '俯拍', duration: 7, line: '切开对比一下，差别一眼就能看出来。' },
    ],
  },
  {
    key: 'p4',
    title: '自提柜怎么用？三十秒学会',
    description: '下单选自提柜、收到取件码、扫码开柜，三十秒讲完。',
    topics: ['自提柜', '社区生活'],
    cover: 'note-locker.jpg',
    stage: 'final_cut',
    status: 'published',
    script: [
      { scene: '手机屏幕', shot: '录屏', duration: 10, line: '下单时选「自提柜」，选离家近的那一组。' },
      { scene: '自提柜前', shot: '中景', duration: 12, line: '到货后收到取件码，扫码开柜。' },
      { scene: '自提柜前', shot: '特写 · 冷藏格', duration: 8, line: '生鲜放在冷藏格，晚上十点前都能取。' },
    ],
  },
  {
    key: 'p5',
    title: '年货节预告：今年提前囤',
    description: '年货节预告片：坚果、腊味、米面粮油，提前预订到店取。',
    topics: ['年货节', '年货清单'],
    cover: 'note-shelf.jpg',
    stage: 'rough_cut',
    status: 'in_review',
    script: [
      { scene: '门店全景', shot: '航拍感 · 推镜', duration: 5, line: '年货节，今年我们提前开始。' },
      { scene: '坚果区', shot: '特写 · 慢动作', duration: 6, line: '坚果礼盒现在就能预订。' },
      { scene: '腊味区', shot: '中景', duration: 6, line: '腊肠腊肉，都是合作农户自己做的。' },
      { scene: '自提柜', shot: '近景', duration: 5, line: '预订后到店或自提柜取，不用排队。' },
      { scene: '片尾', shot: '字幕板', duration: 3, line: '年货节 · 社区生活馆' },
    ],
  },
  {
    key: 'p6',
    title: '冬至包饺子，邻居一起来',
    description: '冬至那天在社区活动室包饺子，邀请会员家庭一起来。',
    topics: ['冬至', '包饺子', '社区活动'],
    cover: 'note-soup.jpg',
    stage: 'script',
    status: 'draft',
    script: [
      { scene: '活动室', shot: '全景', duration: 5, line: '冬至这天，活动室里坐满了邻居。' },
      { scene: '案板', shot: '俯拍 · 特写', duration: 10, line: '和面、擀皮、包馅，孩子们包得歪歪扭扭。' },
      { scene: '厨房', shot: '中景', duration: 6, line: '头一锅饺子出锅，大家一起尝。' },
    ],
  },
]

/** The designer and copywriter on the 编导's cuts (the comments collection), in the order they were written. */
export const DEMO_COMMENTS: readonly DemoComment[] = [
  { video: 'p5', author: 'designer', body: '片头 5 秒有点长，建议直接从坚果礼盒的特写开始；片尾字幕板我换成新的年货节主视觉。' },
  { video: 'p5', author: 'copywriter', body: '第 3 镜「都是合作农户自己做的」要有依据，没有的话改成「来自合作农户」。' },
  { video: 'p5', author: 'designer', body: '封面用货架那张可以，标题字再大一号，手机上看得清。' },
  { video: 'p6', author: 'copywriter', body: '活动报名方式写进简介里：小程序「活动」页，名额 20 组家庭。' },
  { video: 'p2', author: 'editor', body: '实付金额以小票为准，片中价格和当天门店一致，可以发。' },
]
