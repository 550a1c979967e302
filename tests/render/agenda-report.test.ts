// The agenda's outstanding items as of the meeting date, and the report's plenary verdict and task counts.
import { describe, expect, it } from 'vitest';
import { typeRecords } from '../../src/check/check-folder.js';
import { loadFolder } from '../../src/load/load-folder.js';
import { renderAgenda } from '../../src/render/render-agenda.js';
import { renderReport } from '../../src/render/render-report.js';
import { EXAMPLE, makeFolder, smallBody } from '../helpers/folder.js';

const example = typeRecords(loadFolder(EXAMPLE)).records;

/** The table rows of a section: lines starting with "| <digit>". */
const rows = (text: string): string[] => text.split('\n').filter((l) => /^\| \d/.test(l));

describe('renderAgenda: outstanding decisions as of the meeting date', () => {
  it('lists overdue items first with owner and days, then the rest by due date', () => {
    const text = renderAgenda(example, '2026-03-18-plenary', { lang: 'zh' });
    const open = rows(text.slice(text.indexOf('## 二、')));
    expect(open).toHaveLength(4);
    // The lead merged into 县农业农村局 on 2025-03-01: the successor owns the task, the original is shown.
    expect(open[0]).toMatch(
      /^\| 1 +\| 防止返贫监测与低收入人口动态监测信息比对\(2024年第一次全体会议第四项\) +\| 县农业农村局\(原牵头:县乡村振兴局\) +\| 2025年12月31日 +\| 落实中,逾期77天 /,
    );
    expect(open[1]).toMatch(/\| 低收入群体住房安全保障.*\| 县住房和城乡建设局 +\| 2025年12月31日 +\| 落实中,逾期77天 /);
    expect(open[2]).toMatch(/修订《兰坪县困难群众基本生活保障资金管理办法》.*\| 2026年6月30日\(已延期\) +\| 落实中 /);
    expect(open[3]).toMatch(/低保家庭中有劳动能力成员就业援助.*\| 未报进展 /);
    // Done before the date, superseded, or decided at this very meeting: not outstanding.
    expect(text).not.toContain('落实2026年困难群众基本生活保障资金预算');
    expect(text).not.toContain('制定2025—2026年度冬春临时生活困难救助工作方案(');
    expect(text).not.toContain('加强社会救助领域法律援助(');
  });

  it('shows a task as it stood before the meeting decides anything: not the extension this meeting grants', () => {
    const text = renderAgenda(example, '2026-06-24-written', { lang: 'en' });
    expect(text).toMatch(
      /修订《兰坪县困难群众基本生活保障资金管理办法》 \(2025年第一次全体会议, item 4\) +\| 县财政局 +\| 30 June 2026 \(extended\)/,
    );
    expect(text).toContain('- Circulated: 15 June 2026\n- Opinions due: 23 June 2026\n- Members asked: 6 member units\n');
  });
});

describe('renderAgenda: a lead whose seat ended with no successor', () => {
  const records = typeRecords(
    loadFolder(
      makeFolder(
        smallBody({
          'members/lgb.yaml':
            'role: member\nunit: 县老干部局\nposition: 副局长\nholders:\n  - name: 示例\n    from: 2024-01-10\n' +
            '    to: 2025-03-31\nleft: 2025-04-01\n',
          'meetings/2025/2025-03-01-thematic.yaml': 'kind: thematic\ntitle: 第一次专题会议\ndate: 2025-03-01\nconvener: zz\n',
          'meetings/2025/2025-06-01-thematic.yaml': 'kind: thematic\ntitle: 第二次专题会议\ndate: 2025-06-01\nconvener: zz\n',
          'resolutions/2025/2025-03-01-thematic-1.yaml':
            'meeting: 2025-03-01-thematic\nno: 1\ntitle: 无人承接\ntext: |\n  无人承接。\nlead: lgb\ndue: 2025-05-01\n',
        }),
      ),
    ),
  ).records;

  it('says the unit has left and nobody took the task over', () => {
    const zh = rows(renderAgenda(records, '2025-06-01-thematic', { lang: 'zh' }));
    expect(zh[0]).toMatch(/\| 县老干部局\(已于2025年4月1日撤销,无接替单位\) +\| 2025年5月1日 +\| 未报进展,逾期31天 /);
    const en = rows(renderAgenda(records, '2025-06-01-thematic', { lang: 'en' }));
    expect(en[0]).toMatch(/\| 县老干部局 \(left on 1 April 2025 with no successor\) +\|/);
  });
});

describe('renderReport', () => {
  it('says whether the plenary requirement was met, for an ended year and for the current one', () => {
    const records = typeRecords(loadFolder(makeFolder(smallBody()))).records;
    expect(renderReport(records, { lang: 'zh', year: 2024, asOf: '2025-07-01' })).toContain(
      '2024年共召开会议(含书面审议)0次,其中全体会议0次,专题会议0次,书面审议0次,联络员会议0次。全年未召开全体会议,未达到“全体会议原则上每年召开不少于1次”的要求[五(一)]。',
    );
    expect(renderReport(records, { lang: 'en', year: 2025, asOf: '2025-07-01' })).toContain(
      'No plenary meeting has been held by 1 July 2025; the requirement of at least one plenary meeting a ' +
        'year [五(一)] still has to be met this year.',
    );
  });

  it('counts tasks as they stood on the as-of date (due that very day is not yet overdue)', () => {
    const then = renderReport(example, { lang: 'zh', year: 2025, asOf: '2025-12-31' });
    expect(then).toContain('截至2025年12月31日,按时办结3项,逾期办结0项,未办结4项(其中逾期0项、落实受阻0项),被后续议定事项替代1项。');
    const now = renderReport(example, { lang: 'zh', year: 2025, asOf: '2026-11-28' });
    expect(now).toContain('截至2026年11月28日,按时办结4项,逾期办结0项,未办结3项(其中逾期2项、落实受阻0项),被后续议定事项替代1项。');
    expect(now).toContain('| **合计**               | 8    | 4        | 0        | 3      | 2        | 0        | 1      | 57.1%  |');
    expect(now).toContain('```mermaid\nxychart-beta\n');
  });
});
