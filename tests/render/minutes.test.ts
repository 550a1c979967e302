// The parts of a 纪要 on a small body: delegation, a 救急难 case by reference only, someone attending for the
// holder, the draft mark, a written review's tally, and record text that looks like Markdown.
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import { typeRecords } from '../../src/check/check-folder.js';
import { loadFolder } from '../../src/load/load-folder.js';
import type { Records } from '../../src/model/records.js';
import { renderMinutes } from '../../src/render/render-minutes.js';
import { makeFolder, smallBody, type Files } from '../helpers/folder.js';

function load(files: Files): Records {
  const typed = typeRecords(loadFolder(makeFolder(smallBody(files))));
  expect(typed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return typed.records;
}

const thematic = [
  'kind: thematic',
  'title: 2025年救急难专题会议',
  'date: 2025-08-16',
  'time: "15:00"',
  'location: 县民政局会议室',
  'convener: fzz',
  'delegated: true',
  'topics:',
  '  - title: 研究救急难个案救助措施',
  '    proposed_by: mz',
  '    approved_by: fzz',
  '    case: JJN-2025-001',
  'attendees:',
  '  - fzz',
  '  - mz',
  '  - member: cz',
  '    name: 代表甲',
  '    on_behalf: true',
  'observers:',
  '  - name: 专家甲',
  '  - name: 示例己',
  '    unit: 县人民医院',
  'recorder: 示例庚',
  'proceedings: |',
  '  会议听取了个案情况汇报。',
  'minutes:',
  '  status: draft',
  '',
].join('\n');

const written = [
  'kind: written',
  'title: 2025年第一次书面审议',
  'date: 2025-06-10',
  'convener: zz',
  'topics:',
  '  - title: 审议实施方案',
  '    proposed_by: mz',
  '    approved_by: zz',
  'circulated: 2025-06-02',
  'respond_by: 2025-06-09',
  'participants: [mz, cz, gaj]',
  'responses:',
  '  - member: mz',
  '    date: 2025-06-03',
  '    opinion: agree',
  '  - member: cz',
  '    date: 2025-06-11',
  '    opinion: disagree',
  '    note: 资金口径需调整。',
  'outcome: |',
  '  组长签批同意实施方案。',
  'minutes:',
  '  status: issued',
  '  number: 测困保纪〔2025〕2号',
  '  issued: 2025-06-16',
  '  distribution: [各成员单位]',
  '',
].join('\n');

describe('renderMinutes', () => {
  const records = load({
    'meetings/2025/2025-08-16-thematic.yaml': thematic,
    'meetings/2025/2025-06-10-written.yaml': written,
    'resolutions/2025/2025-08-16-thematic-1.yaml':
      'meeting: 2025-08-16-thematic\nno: 1\ntitle: 对个案 *JJN-2025-001* 实施综合救助 <紧急>\ntext: |\n' +
      '  会议议定,由县民政局牵头,县财政局负责。\nlead: mz\nresponsible: [cz]\ncooperating: [gaj]\ndue: 2025-08-31\n',
  });

  it('opens with when, where and who presided, 受组长委托 for a delegated deputy', () => {
    const text = renderMinutes(records, '2025-08-16-thematic', { lang: 'zh' });
    expect(text).toContain(
      '2025年8月16日下午,受组长委托,领导小组副组长、县民政局局长示例乙在县民政局会议室主持召开测试县困难群众基本生活保障工作领导小组2025年救急难专题会议。会议研究救急难个案救助措施(个案编号:JJN-2025-001)。现纪要如下:\n',
    );
  });

  it('marks a draft visibly and leaves the number for the clerk', () => {
    const text = renderMinutes(records, '2025-08-16-thematic', { lang: 'zh' });
    expect(text.split('\n').slice(0, 5)).toEqual([
      '# 测试县困难群众基本生活保障工作领导小组2025年救急难专题会议纪要',
      '',
      '测困保纪〔2025〕\u3000号',
      '',
      '**征求意见稿**:本纪要尚未印发,内容以印发稿为准。',
    ]);
    expect(text.endsWith('测试县困难群众基本生活保障工作领导小组办公室\u3000\u3000(征求意见稿,尚未印发)\n')).toBe(true);
  });

  it('numbers decided items and closes each with its units and deadline', () => {
    const text = renderMinutes(records, '2025-08-16-thematic', { lang: 'zh' });
    expect(text).toContain(
      '## 二、议定事项\n\n### (一)对个案 \\*JJN-2025-001\\* 实施综合救助 \\<紧急\\>\n\n会议议定,由县民政局牵头,县财政局负责。\n\n',
    );
    expect(text).toContain('牵头单位:县民政局;责任单位:县财政局;配合单位:县公安局;落实时限:2025年8月31日前。\n');
  });

  it('marks someone attending for the holder, each attendance line on its own', () => {
    const text = renderMinutes(records, '2025-08-16-thematic', { lang: 'zh' });
    expect(text).toContain(
      '\n**出席**:示例乙(副组长、县民政局局长)、示例丙(县民政局副局长)、代表甲(代县财政局副局长示例丁出席)\n\n**列席**:专家甲、示例己(县人民医院)\n\n**记录**:示例庚\n',
    );
    const en = renderMinutes(records, '2025-08-16-thematic', { lang: 'en' });
    expect(en).toContain('代表甲 (for 示例丁, 县财政局 副局长)');
    expect(en).toContain('**In attendance**: 专家甲; 示例己 (县人民医院)\n');
  });

  it('renders a written review: proposer, circulation, tally, each opinion, outcome', () => {
    const text = renderMinutes(records, '2025-06-10-written', { lang: 'zh' });
    expect(text).toContain(
      '领导小组组长、县人民政府副县长示例甲签批提出测试县困难群众基本生活保障工作领导小组2025年第一次书面审议,审议实施方案。2025年6月2日,审议材料送3家成员单位书面征求意见,反馈时限为2025年6月9日。2025年6月10日审议结束。现纪要如下:\n',
    );
    expect(text).toContain('共征求3家成员单位意见:同意1家,不同意1家,有意见0家,未反馈1家(县公安局)。其中1家在反馈时限后反馈。\n');
    expect(text).toContain('| 2    | 县财政局 | 不同意 | 2025年6月11日(逾期) | 资金口径需调整。 |');
    expect(text).toContain('| 3    | 县公安局 | 未反馈 |');
    expect(text).toContain('## 二、审议结果\n\n组长签批同意实施方案。\n');
    expect(text).not.toContain('**出席**');
    expect(text).toContain('测试县困难群众基本生活保障工作领导小组办公室\u3000\u30002025年6月16日印发\n');
  });

  it('tells apart two seats of one unit asked in a written review (by default every member in office)', () => {
    // fzz (副组长, 县民政局局长) and mz (县民政局副局长) are both seats of 县民政局.
    const all = load({ 'meetings/2025/2025-06-10-written.yaml': written.replace('participants: [mz, cz, gaj]\n', '') });
    const text = renderMinutes(all, '2025-06-10-written', { lang: 'zh' });
    expect(text).toContain('未反馈3家(县人民政府、县民政局局长、县公安局)。');
    expect(text).toMatch(/\| 2 +\| 县民政局局长 +\| 未反馈 +\|/);
    expect(text).toMatch(/\| 3 +\| 县民政局副局长 +\| 同意 +\|/);
    expect(text).toMatch(/\| 4 +\| 县财政局 +\| 不同意 +\|/);
    const en = renderMinutes(all, '2025-06-10-written', { lang: 'en' });
    expect(en).toContain('no response 3 (县人民政府, 县民政局 局长, 县公安局).');
  });

  it('passes markdownlint even when record text looks like Markdown', () => {
    for (const id of ['2025-08-16-thematic', '2025-06-10-written'])
      for (const lang of ['zh', 'en'] as const) {
        const results = lint({ strings: { doc: renderMinutes(records, id, { lang }) }, config: { default: true, MD013: false } });
        expect(results.doc).toEqual([]);
      }
  });
});
