import { z } from 'astro/zod';
import { englishName, sources, text, textList } from './common.ts';
import type { RefFactory } from './ref.ts';

/** A department or team that roles coordinate with. */
export const departmentSchema = (_ref: RefFactory) =>
  z.object({
    name: text,
    /** English name for /en/. */
    nameEn: englishName.optional(),
    /** Other names the sources use for the same unit (客户服务部门 → 客服部). */
    aliases: textList.default([]),
    description: text.optional(),
    source: sources,
  });
export type DepartmentInput = z.input<ReturnType<typeof departmentSchema>>;
