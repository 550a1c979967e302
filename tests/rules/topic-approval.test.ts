// topic-approval [五(二)]: topics of plenary and thematic meetings are proposed by members and approved by the
// leader or a deputy.
import { describe, expect, it } from 'vitest';
import { findingsOf, smallBody, type BodyFiles, type Files } from '../helpers/folder.js';

const ID = 'topic-approval';
const AS_OF = '2025-07-01';
const FILE = 'meetings/2025/2025-03-01-m.yaml';

interface Topic {
  proposed_by?: string;
  approved_by?: string;
}

/**
 * A meeting with topics; topic i starts on line 6 + 3i (`- title:` at column 5), then proposed_by (value at
 * column 18) and approved_by (value at column 18), each line kept as a comment when absent.
 */
function meeting(kind: string, topics: Topic[], options: { date?: string; extra?: Files } = {}): BodyFiles {
  const lines = [`kind: ${kind}`, 'title: 会议', `date: ${options.date ?? '2025-03-01'}`, 'convener: zz', 'topics:'];
  topics.forEach((t, i) => {
    lines.push(`  - title: 议题${i + 1}`);
    lines.push(t.proposed_by === undefined ? '    # no proposed_by' : `    proposed_by: ${t.proposed_by}`);
    lines.push(t.approved_by === undefined ? '    # no approved_by' : `    approved_by: ${t.approved_by}`);
  });
  return smallBody({ [FILE]: lines.join('\n') + '\n', ...options.extra });
}

const found = (files: Files) => findingsOf(ID, files, AS_OF).map(({ at, severity }) => ({ at, severity }));

describe('topic-approval', () => {
  describe('valid', () => {
    it('topics proposed by members and approved by the leader or a deputy', () => {
      expect(
        found(
          meeting('plenary', [
            { proposed_by: 'mz', approved_by: 'zz' },
            { proposed_by: 'cz', approved_by: 'fzz' },
          ]),
        ),
      ).toEqual([]);
      expect(found(meeting('thematic', [{ proposed_by: 'gaj', approved_by: 'fzz' }]))).toEqual([]);
    });

    it('a written review or a liaison meeting is not checked', () => {
      expect(found(meeting('written', [{}]))).toEqual([]);
      expect(found(meeting('liaison', [{ proposed_by: 'mz', approved_by: 'mz' }]))).toEqual([]);
    });

    it('a planned meeting may still have topics under review', () => {
      expect(found(meeting('plenary', [{ proposed_by: 'mz' }, {}], { date: '2025-09-01' }))).toEqual([]);
    });

    it('leaves unknown ids to the reference check', () => {
      const files = meeting('plenary', [{ proposed_by: 'nosuch', approved_by: 'nobody' }]);
      expect(found(files)).toEqual([]);
      expect(findingsOf('reference', files, AS_OF).map((f) => f.at)).toEqual([`${FILE}:7:18`, `${FILE}:8:18`]);
    });
  });

  describe('invalid', () => {
    it("a held meeting's topic without a proposer or an approver (pointing at the topic)", () => {
      const all = findingsOf(ID, meeting('plenary', [{ approved_by: 'zz' }, { proposed_by: 'mz' }]), AS_OF);
      expect(all.map(({ at, severity }) => ({ at, severity }))).toEqual([
        { at: `${FILE}:6:5`, severity: 'error' },
        { at: `${FILE}:9:5`, severity: 'error' },
      ]);
      expect(all[0]!.message).toContain('proposed_by');
      expect(all[1]!.message).toContain('approved_by');
      expect(all[1]!.message).toContain('五(二)');
    });

    it('approved by a member unit', () => {
      expect(found(meeting('thematic', [{ proposed_by: 'mz', approved_by: 'mz' }]))).toEqual([{ at: `${FILE}:8:18`, severity: 'error' }]);
    });

    it('an approver named on a planned meeting is still checked', () => {
      expect(found(meeting('plenary', [{ proposed_by: 'mz', approved_by: 'cz' }], { date: '2025-09-01' }))).toEqual([
        { at: `${FILE}:8:18`, severity: 'error' },
      ]);
    });

    it('proposed by a seat that had ended, approved by a deputy not yet in office', () => {
      const files = meeting('plenary', [{ proposed_by: 'gaj', approved_by: 'fzz' }], {
        extra: {
          'members/gaj.yaml':
            'role: member\nunit: 县公安局\nposition: 副局长\nholders:\n  - name: 示例戊\n    from: 2024-01-10\n' +
            '    to: 2025-02-28\nleft: 2025-03-01\n',
          'members/fzz.yaml':
            'role: deputy\nunit: 县民政局\nposition: 局长\njoined: 2025-04-01\nholders:\n  - name: 示例乙\n    from: 2025-04-01\n',
        },
      });
      expect(found(files)).toEqual([
        { at: `${FILE}:7:18`, severity: 'error' },
        { at: `${FILE}:8:18`, severity: 'error' },
      ]);
    });

    it('warn makes the findings warnings; off silences them', () => {
      const files = meeting('plenary', [{ approved_by: 'mz' }]);
      files['yishi.yaml'] += 'rules:\n  topic-approval: warn\n';
      expect(found(files)).toEqual([
        { at: `${FILE}:6:5`, severity: 'warning' },
        { at: `${FILE}:8:18`, severity: 'warning' },
      ]);
      files['yishi.yaml'] = files['yishi.yaml'].toString().replace('topic-approval: warn', 'topic-approval: off');
      expect(found(files)).toEqual([]);
    });
  });
});
