import { describe, expect, it } from 'vitest';
import { defineMessages, fill, say, text } from '../../src/core/messages.js';

const demo = defineMessages({
  checked: { zh: '检查了 {n} 个文件', en: 'Checked {n} {n|file|files}' },
  clean: { zh: '没有问题', en: 'No problems' },
});

describe('messages', () => {
  it('fills placeholders and picks the English plural by the number', () => {
    expect(say(demo, 'checked', { n: 1 })).toEqual({ zh: '检查了 1 个文件', en: 'Checked 1 file' });
    expect(say(demo, 'checked', { n: 3 })).toEqual({ zh: '检查了 3 个文件', en: 'Checked 3 files' });
    expect(text('zh', demo, 'clean')).toBe('没有问题');
  });
  it('leaves an unknown placeholder as written', () => {
    expect(fill('a {b} c', {})).toBe('a {b} c');
  });
});
