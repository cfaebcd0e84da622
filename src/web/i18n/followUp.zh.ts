/**
 * Chinese texts of the host's follow-up event (REPORT-13): the phone's sign-up card and the
 * host's panel. Spread into the later part (later.<lang>.ts): a phone shows the card only when
 * the host announced an event, so its texts are fetched when it first shows (WEB-7).
 */
export const followUpZh = {
  'followUp.heading': '本场会议之后',
  'followUp.kind.webinar': '网络研讨会',
  'followUp.kind.training': '培训',
  'followUp.kind.partnership_call': '合作伙伴会议',
  'followUp.when': '时间：{time}',
  'followUp.ageQuestion': '你未满 18 岁吗？',
  'followUp.ageYes': '是的，我未满 18 岁',
  'followUp.ageNo': '不，我已满 18 岁',
  'followUp.youthLink': '我们不会向你索要电子邮件或电话号码。你可以在组织方的页面上了解更多：',
  'followUp.youthNoLink': '我们不会向你索要电子邮件或电话号码。请向组织方询问如何参加。',
  'followUp.publicLink': '组织方的页面',
  'followUp.contact': '你的电子邮件或电话号码',
  'followUp.contactHint': '只有主办方能看到。它会随本场会议的数据一起删除。',
  'followUp.consent': '我的联系方式只用于通知我这项活动。',
  'followUp.signUp': '为我报名',
  'followUp.signedUp': '你已报名。主办方只会就这项活动联系你。',
  'followUp.failed': '没有成功。请检查你的联系方式后重试。',
  'followUp.announce': '发布',
} as const;
