import { z } from 'astro/zod';
import { englishName, slug, sourcedBasis, sources, text, textList } from './common.ts';
import { plainRef, type RefFactory } from './ref.ts';

import { LEVELS } from './levels.ts';
export { LEVELS, type Level } from './levels.ts';

const finite = z.number().refine(Number.isFinite, { error: 'must be a finite number' });
const anchor = z.tuple([finite, finite]);

const scoring = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('anchors'),
    anchors: z.array(anchor).min(2, { error: 'give at least two anchors' }),
  }),
  z.object({ type: z.literal('ratio-linear'), floor: finite.min(0), cap: finite.positive() }),
  z.object({ type: z.literal('identity') }),
]);

const indicator = (ref: RefFactory) =>
  z
    .object({
      id: slug,
      label: text,
      kpi: ref('kpis').optional(),
      kind: z.enum(['ratio', 'percent', 'score']),
      unit: text.optional(),
      direction: z.enum(['higher', 'lower']).default('higher'),
      weight: finite.min(0).max(100),
      scoring,
      levels: z.object({ pass: finite, excellent: finite }).optional(),
      allowNegativeActual: z.boolean().default(false),
      /** How the source says the indicator is measured (标准 column of 004). */
      standard: text.optional(),
      /** Where the unit, the weight and the pass/excellent levels come from, or 假设. */
      unitBasis: sourcedBasis.optional(),
      weightBasis: sourcedBasis.optional(),
      levelsBasis: z.object({ pass: sourcedBasis, excellent: sourcedBasis }).optional(),
    })
    .superRefine((ind, ctx) => {
      if (ind.kind === 'ratio' && ind.direction === 'lower')
        ctx.addIssue({
          code: 'custom',
          path: ['direction'],
          message: 'a ratio indicator cannot be lower-is-better',
        });
      if (ind.scoring.type === 'anchors') {
        const xs = ind.scoring.anchors.map(([x]) => x);
        const bad = xs.findIndex((x, i) => i > 0 && x <= xs[i - 1]!);
        if (bad > 0)
          ctx.addIssue({
            code: 'custom',
            path: ['scoring', 'anchors', bad],
            message: `anchors must be strictly increasing in x (${xs[bad - 1]} then ${xs[bad]})`,
          });
      }
      if (ind.scoring.type === 'anchors') {
        // Points must not fall as x gets better, or a better result could score less.
        const a = ind.scoring.anchors;
        const sign = ind.direction === 'higher' ? 1 : -1;
        const fall = a.findIndex((p, i) => i > 0 && sign * (p[1] - a[i - 1]![1]) < 0);
        if (fall > 0)
          ctx.addIssue({
            code: 'custom',
            path: ['scoring', 'anchors', fall],
            message: `anchor points must not get lower as x gets better (direction ${ind.direction}: ${a[fall - 1]![1]} then ${a[fall]![1]})`,
          });
      }
      if (ind.direction === 'lower' && ind.scoring.type !== 'anchors')
        ctx.addIssue({
          code: 'custom',
          path: ['scoring', 'type'],
          message: `${ind.scoring.type} scoring counts a higher x as better: use anchors for a lower-is-better indicator`,
        });
      if (ind.scoring.type === 'ratio-linear' && ind.scoring.floor >= ind.scoring.cap)
        ctx.addIssue({
          code: 'custom',
          path: ['scoring', 'floor'],
          message: 'floor must be below cap',
        });
      if (ind.levels) {
        const { pass, excellent } = ind.levels;
        const worse = ind.direction === 'higher' ? pass > excellent : pass < excellent;
        if (worse)
          ctx.addIssue({
            code: 'custom',
            path: ['levels', 'pass'],
            message: `pass line ${pass} is better than the excellent line ${excellent} (direction ${ind.direction})`,
          });
      }
    });

const deduction = (ref: RefFactory) =>
  z.object({
    id: slug,
    label: text,
    kpi: ref('kpis').optional(),
    allowance: finite.int().min(0),
    perUnit: finite.positive(),
    max: finite.min(0),
    maxCount: finite.int().positive(),
    /** Where each number comes from, or 假设. */
    allowanceBasis: sourcedBasis.optional(),
    perUnitBasis: sourcedBasis.optional(),
    maxBasis: sourcedBasis.optional(),
    maxCountBasis: sourcedBasis.optional(),
  });

const grade = z.object({ grade: text, min: finite.optional(), level: z.enum(LEVELS).optional() });

export const scorecardSchema = (ref: RefFactory) =>
  z
    .object({
      title: text,
      /** English title for /en/. */
      titleEn: englishName.optional(),
      description: text.optional(),
      role: ref('roles'),
      /** Position among the role's sheets: the order the source gives them in. */
      order: z.number().int().optional(),
      period: z.enum(['month', 'quarter', 'year']),
      source: sources,
      maxTotal: finite.positive().default(100),
      grades: z.array(grade).min(2, { error: 'give at least two grade bands' }),
      indicators: z.array(indicator(ref)).min(1),
      deductions: z.array(deduction(ref)).default([]),
      /** Every number the source does not give, in words. */
      assumptions: textList.default([]),
    })
    .superRefine((card, ctx) => {
      const seen = new Set<string>();
      card.indicators.forEach((ind, i) => {
        if (seen.has(ind.id))
          ctx.addIssue({
            code: 'custom',
            path: ['indicators', i, 'id'],
            message: `duplicate indicator id "${ind.id}"`,
          });
        seen.add(ind.id);
      });
      card.deductions.forEach((d, i) => {
        if (seen.has(d.id))
          ctx.addIssue({
            code: 'custom',
            path: ['deductions', i, 'id'],
            message: `duplicate id "${d.id}"`,
          });
        seen.add(d.id);
      });
      const last = card.grades.length - 1;
      card.grades.forEach((g, i) => {
        if (i < last && g.min === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['grades', i, 'min'],
            message: 'every grade but the last needs a min',
          });
        if (i === last && g.min !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['grades', i, 'min'],
            message: 'the last grade takes everything below and has no min',
          });
        const prev = card.grades[i - 1]?.min;
        if (i > 0 && i < last && prev !== undefined && g.min !== undefined && g.min >= prev)
          ctx.addIssue({
            code: 'custom',
            path: ['grades', i, 'min'],
            message: `grade bands must descend (${prev} then ${g.min})`,
          });
        if (!g.level && !(LEVELS as readonly string[]).includes(g.grade))
          ctx.addIssue({
            code: 'custom',
            path: ['grades', i, 'level'],
            message: `say which level grade "${g.grade}" is: 优秀, 合格 or 不合格`,
          });
      });
    });

/** The scorecard schema with plain-string links, for the engine, scripts and tests. */
export const plainScorecardSchema = scorecardSchema(plainRef);
export type ScorecardInput = z.input<typeof plainScorecardSchema>;
export type Scorecard = z.output<typeof plainScorecardSchema>;
