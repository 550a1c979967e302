// What the seal check and `yishi seal` say.
import { defineMessages } from '../../core/messages.js';

export const SEAL_MESSAGES = defineMessages({
  mismatch: {
    zh: '会议“{id}”的纪要已印发并封存,但记录内容与封存值(seal)不符:自封存以来,该会议记录或其议定事项({resolutions})的决定内容被改动过。请用 git log 查明改动并恢复原样;确需更改的,应由会议重新议定。',
    en:
      'The minutes of meeting "{id}" are issued and sealed, but the records no longer match the seal: the meeting ' +
      'record or the decision of one of its resolutions ({resolutions}) has changed since it was sealed. Find the ' +
      'change with git log and undo it; a real change needs a new decision of the body.',
  },
  malformed: {
    zh: '封存值(seal)应写成 sha256: 加 64 位小写十六进制数,由 yishi issue 或 yishi seal 写入,不要手工填写。',
    en: 'A seal is sha256: followed by 64 lower-case hex digits, written by yishi issue or yishi seal; do not write it by hand.',
  },
  unsealed: {
    zh: '会议“{id}”的纪要已印发,但没有封存值(minutes.seal)。运行 yishi seal 补写封存值,经人核对后单独提交一次。',
    en:
      'The minutes of meeting "{id}" are issued but carry no seal (minutes.seal). Run yishi seal to add it, have a ' +
      'person review it, and commit it on its own.',
  },
  sealedDraft: {
    zh: '纪要尚未印发(status: draft),不应有封存值(seal);封存值在印发时由 yishi issue 写入。',
    en: 'The minutes are not issued (status: draft) and should carry no seal; yishi issue writes the seal when it issues them.',
  },
  noValue: { zh: '(无)', en: '(none)' },
  checkMatches: { zh: '一致', en: 'matches' },
  checkChanged: { zh: '不符', en: 'CHANGED' },
  checkUnsealed: { zh: '未封存', en: 'not sealed' },
  checkSummary: {
    zh: '检查了 {n} 个已印发会议的封存值:{changed} 个不符,{unsealed} 个未封存。',
    en: 'Checked the seals of {n} issued {n|meeting|meetings}: {changed} changed, {unsealed} not sealed.',
  },
  nothingToSeal: {
    zh: '每个已印发会议的纪要都已有封存值,没有需要补写的。',
    en: 'Every issued meeting already carries a seal; nothing to add.',
  },
  sealed: { zh: '已封存 {id} {seal}', en: 'sealed {id} {seal}' },
  refuseChanged: {
    zh: '会议“{id}”的封存值与记录内容不符,不能重新封存;请先查明改动(yishi seal --check、git log)。',
    en: 'The seal of meeting "{id}" does not match its records and is not replaced; find the change first (yishi seal --check, git log).',
  },
});
