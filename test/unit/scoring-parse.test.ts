import { describe, expect, it } from 'vitest';
import { gradeText, type ErrorCode, type GradeLevel } from '../../src/lib/scoring/index.ts';
import { grader as graderEn } from '../../src/i18n/grader/en.ts';
import { errors } from '../../src/i18n/grader/zh.ts';
import { errorMessage, zhTeam } from '../support/words.ts';

describe('messages', () => {
  it('says what is wrong and what to type, for every error code', () => {
    for (const [code, message] of Object.entries(errors)) {
      if (code === 'out-of-range-between') continue;
      expect(message, code).toMatch(/[\u4e00-\u9fff]/);
      expect(message, code).toMatch(/请/);
      expect(errorMessage(code as ErrorCode)).toBe(message);
    }
    expect(errorMessage('not-a-number')).toContain('请输入数字,例如 1050 或 95.5');
  });

  it('names the range of a count', () => {
    expect(errorMessage('out-of-range', { min: 0, max: 12 })).toBe(
      '超出范围。请输入 0 到 12 之间的数字。',
    );
  });

  it('has a Chinese message for every warning', () => {
    expect(errorMessage('negative-actual')).toBe(errors['negative-actual']);
    expect(errorMessage('looks-like-fractions')).toMatch(/40 表示 40%/);
  });
});

describe('grade labels', () => {
  it.each<[{ grade?: string; level?: GradeLevel }, string]>([
    [{ grade: '合格', level: '合格' }, '合格'],
    [{ grade: 'B', level: '合格' }, 'B(合格)'],
    [{ grade: 'A' }, 'A'],
    [{}, ''],
  ])('gradeText(%j) = %j', (r, s) => expect(gradeText(zhTeam, r)).toBe(s));

  it('gives the level in English beside a grade on an English page', () => {
    expect(gradeText(graderEn, { grade: '合格', level: '合格' })).toBe('合格 (Pass)');
    expect(gradeText(graderEn, { grade: 'B', level: '合格' })).toBe('B (Pass)');
  });
});
