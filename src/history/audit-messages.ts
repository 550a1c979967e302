// What yishi audit says about moves and seal-time changes (the older findings keep their sentences in
// audit-records.ts).
import { defineMessages } from '../core/messages.js';

export const AUDIT_MESSAGES = defineMessages({
  moved: {
    zh: '会议“{meeting}”的纪要已在提交 {sealedIn} 中印发,记录自此封存;本提交把它从 {from} 移到了 {to}。封存的记录应留在其会议年份的文件夹中。',
    en: 'The minutes of meeting "{meeting}" were issued in commit {sealedIn}, which sealed this record; this commit moves it from {from} to {to}. A sealed record stays in the folder of its meeting\'s year.',
  },
  sealTimeChange: {
    zh: '本提交印发了会议“{meeting}”的纪要,同时改动了 {field}({before} → {after});上一提交中纪要还是草稿,决定内容不同。请确认印发的是会议实际议定的内容。',
    en: 'This commit issues the minutes of meeting "{meeting}" and also changes {field} ({before} → {after}); in the commit before, the minutes were a draft with a different decision. Make sure what was issued is what the meeting decided.',
  },
});
