import { z } from 'astro/zod';
import type { RefFactory } from './ref.ts';

/** The five source documents (sources/) the handbook is transcribed from. */
export const SOURCES = {
  '000_37ae6bba8ae01b67.txt': '客户代表岗位手册(核心职责、日常任务、案例、考核标准、术语)',
  '001_8c13c58fd62e9889.txt': '商务总监岗位手册(核心职责、日常任务、案例、考核标准、术语)',
  '002_68d3156cfa4dbd64.txt': '销售客户主管岗位说明书(两个版本)',
  '003_b0f4401079a5c885.txt': '客户代表岗位工作计划(KPI、目标、时间线、技能提升计划)',
  '004_c84ccdf38090b5c3.txt':
    '大客户部岗位职责(大客户经理、客户专员、月度考核表、分析表、参观管理制度)',
} as const;
export type SourceFile = keyof typeof SOURCES;

const sourceFile = z.enum(Object.keys(SOURCES) as [SourceFile, ...SourceFile[]], {
  error: `must be one of the source files: ${Object.keys(SOURCES).join(', ')}`,
});
/** Every entry names the source file(s) it was transcribed from. */
export const sources = z.array(sourceFile).min(1, { error: 'name at least one source file' });

/** Kebab-case English ids, stable across edits. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'use a kebab-case English slug such as customer-representative',
});

/** Non-empty Chinese (or mixed) text. */
export const text = z.string().trim().min(1, { error: 'must not be empty' });
export const textList = z.array(text);

/**
 * A person or role: a plain name for roles the sources name but do not describe
 * (销售部经理, 销售总监 …), or a link to a role the handbook describes.
 * Shorthand: a string is a name; `{ role: id }` is a link.
 */
export const personRef = (ref: RefFactory) =>
  z.union([
    // The pipe names the output shape, so the JSON Schema of /api/ can describe it.
    text.transform((name) => ({ name })).pipe(z.object({ name: text })),
    z.object({ role: ref('roles'), name: text.optional() }),
  ]);

/** Where a number or unit comes from: the source file and the phrase it says it in. */
export const citation = z.object({ file: sourceFile, quote: text });
export type Citation = z.output<typeof citation>;

/**
 * A number or unit is either quoted from a source (`source: { file, quote }`) or marked
 * `assumption: true`; with neither, the reader could not tell a rule from an example.
 */
const basis = {
  source: citation.optional(),
  assumption: z.boolean().default(false),
  note: text.optional(),
};
const needsBasis = (v: { source?: unknown; assumption: boolean }, ctx: z.RefinementCtx) => {
  if (!v.source && !v.assumption)
    ctx.addIssue({
      code: 'custom',
      path: ['source'],
      message: 'give its source (file and the quoted phrase) or mark it assumption: true',
    });
};

/** A pass or excellent line, a goal or a weight: a value with its source or 假设. */
export const sourcedNumber = z.object({ value: z.number(), ...basis }).superRefine(needsBasis);
export type SourcedNumber = z.output<typeof sourcedNumber>;

/** A unit (%, 分, 次 …) with its source or 假设. */
export const sourcedUnit = z.object({ value: text, ...basis }).superRefine(needsBasis);
export type SourcedUnit = z.output<typeof sourcedUnit>;

/** The basis alone, for numbers that live in other fields (a scorecard's weights and units). */
export const sourcedBasis = z.object(basis).superRefine(needsBasis);

/**
 * An entry's English name, for /en/: plain Latin text, trimmed. Written by a person;
 * without it the English pages show the Chinese name and say so.
 */
export const englishName = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9 .,;&'()/+:%–-]*$/, {
    error: 'use plain Latin letters, digits and punctuation (an English name)',
  });
