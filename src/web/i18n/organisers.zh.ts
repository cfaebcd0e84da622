import type { RefusalKey } from './refusals.en.ts';
import type { organisersEn } from './organisers.en.ts';

/**
 * Chinese texts of organiser access (issue 19 part 8), for the lead to spread into the Chinese
 * catalogs when merging: `organisersZh` into the staff part, `organiserRefusalsZh` into
 * the main part (where the refusals live). Typed against the English keys, so none is missing.
 */
export const organisersZh: Readonly<Record<keyof typeof organisersEn, string>> = {
  'organisers.eyebrow': '部署管理员',
  'organisers.heading': '组织者',
  'organisers.intro': '为每位组织者提供一个专属链接，用于其负责的会议。组织者只能查看和更改这些会议；其新建的会议也会加入其中。您可以随时撤销链接，撤销后立即失效。',
  'organisers.backToHost': '返回会议列表',
  'organisers.formHeading': '新建组织者链接',
  'organisers.label': '链接给谁',
  'organisers.labelHint': '填写您能认出的名称，例如“B 会议室团队”（最多 60 个字符）。',
  'organisers.labelMissing': '请说明此链接是给谁的。',
  'organisers.sessions': '其负责的会议',
  'organisers.sessionsMissing': '请至少选择一个会议。',
  'organisers.noSessions': '还没有会议：请先创建一个。',
  'organisers.create': '生成链接',
  'organisers.created': '给 {label} 的链接。此链接只显示这一次：请现在发送给对方。',
  'organisers.listHeading': '组织者链接',
  'organisers.empty': '还没有组织者链接。',
  'organisers.col.label': '给谁',
  'organisers.col.sessions': '会议',
  'organisers.sessionGone': '（已删除）',
  'organisers.revokeConfirm': '撤销给 {label} 的链接？链接将立即失效，其打开的页面将断开连接。',
  'organisers.revokeLabel': '撤销给 {label} 的链接',
  'organisers.revokedDone': '已撤销给 {label} 的链接。已关闭的连接数：{count}。',
  'organisers.adminOnly': '只有部署管理员（持主办方令牌）可以管理组织者。',
  'organisers.manage': '组织者',
  'organisers.signedInAs': '组织者：{label}。您只能看到自己的会议。',
  'audit.action.organiser.granted': '授予了组织者访问权限',
  'audit.action.organiser.revoked': '撤销了组织者访问权限',
};

export const organiserRefusalsZh: Readonly<Record<Extract<RefusalKey, `refusal.organiser.${string}`>, string>> = {
  'refusal.organiser.revoked': '此组织者访问权限已被撤销',
  'refusal.organiser.notYourSession': '此组织者访问权限不包括这个会议',
  'refusal.organiser.adminOnly': '只有部署管理员可以执行此操作',
  'refusal.organiser.notFound': '组织者访问权限不存在，或已被撤销',
  'refusal.organiser.unknownSession': '不存在会议 {sessionId}',
};
