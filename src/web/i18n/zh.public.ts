/**
 * Chinese (Simplified) texts of the public pages loaded on demand: the pre-session page and
 * the privacy page (plain words, for young readers). The translation of en.public.ts: same
 * keys, same order.
 */
import { pluralCountsPublicZh } from './pluralCounts.zh.ts';

export const zhPublic = {
  ...pluralCountsPublicZh,
  'title.privacy': '您的隐私 · OpenFloor',
  'privacy.title': '您的隐私',
  'privacy.lead': '在 OpenFloor 上，您可以投票、提问和举手。下面说明它保存您的哪些信息、谁能看到、保存多久。',
  'privacy.keepTitle': '我们保存什么',
  'privacy.keep.code': '一个随机代码，只用于这次会议。它不是您的名字。如果您加入另一个会议，会得到一个新代码。',
  'privacy.keep.channel': '您是在会场还是在线。',
  'privacy.keep.actions': '您的投票、您的问题和您的举手。',
  'privacy.keep.groups': '您选择告诉我们的群体（如果有）。在面向青少年的会议中，我们从不问您的性别。',
  'privacy.neverTitle': '我们从不保存什么',
  'privacy.never.identity': '你的姓名、年龄、家庭住址或照片。只有当你报名参加后续活动并表示同意时，我们才会保存你的电子邮件或电话号码。',
  'privacy.never.device': '您的网络地址（IP 地址），或您的手机或浏览器的名称。',
  'privacy.never.trackers': '不使用其他网站的任何内容：没有广告，没有跟踪器。',
  'privacy.whoTitle': '谁能看到什么',
  'privacy.who.votes': '没有人能看到您投了什么。大家只能看到总数。',
  'privacy.who.questions': '主持人能看到每个问题，包括等待他们审阅的问题。他们看到的是问题，而不是谁发送的。',
  'privacy.who.screen': '在面向青少年的会议中，大屏幕从不显示名字。它只显示“参会者”。',
  'privacy.howLongTitle': '我们保存多久',
  'privacy.howLong.days': '主办方选择保存的天数，从会议结束时开始计算。如果主办方没有选择，就是 30 天。',
  'privacy.howLong.then': '之后，您的投票、问题和举手都会被删除。只留下总数，例如“40 人选择了这个答案”。',
  'privacy.choicesTitle': '您的选择',
  'privacy.choices.skip': '您可以跳过每一个关于您自己的问题，可以撤回问题，也可以随时离开。',
  'privacy.choices.phone': '您的手机会保存您的代码，这样重新加载页面后您还能回来。如要删除它，请在浏览器中清除本网站的数据。',
  'privacy.choices.ask': '如想查看或删除关于您的信息，请询问会议的组织者。',
  'privacy.back': '返回',
  'title.before': '会前 — {title}',
  'guidelines.none': '本次会议没有参与指南。',
  'before.heading': '会前须知',
  'before.intro': '以下是会议安排。会议当天，请使用下面的加入码或大屏幕上的二维码加入；无需账号，无需姓名。',
  'before.joinCode': '加入码',
  'before.agenda': '议程',
  'before.minutes': '{count} 分钟',
  'before.notFound': '没有会议使用此代码。请核对您收到的链接。',
  'before.loading': '正在加载…',
} as const;
