/**
 * Chinese texts a page shows for a refusal while the refusals' own texts (refusals.zh.ts) are
 * still being fetched: one per error code, true of every reason with that code. Spread into the
 * main part (I18N-2).
 */
import type { refusalCodesEn } from './refusalCodes.en.ts';

export const refusalCodesZh: Readonly<Record<keyof typeof refusalCodesEn, string>> = {
  'error.badFrame': '服务器无法读取此内容。请重新加载页面后再试。',
  'error.tooLarge': '内容太长，无法发送。',
  'error.notConnected': '仍在连接中。请稍后再试。',
  'error.linkInvalid': '此链接已失效。',
  'error.gone': '此内容已不存在。',
  'error.notNow': '目前无法执行此操作。',
  'error.notAccepted': '未被接受。请检查您输入的内容后再试。',
  'error.alreadySent': '此内容已发送过。',
};
