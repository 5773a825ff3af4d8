// The Chinese reason and fix-it hint for a schema issue, and for the scorecard
// rules by the field they name.
import type { z } from 'astro/zod';
import { SOURCE_HINT } from './problem.ts';

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '带字段的对象',
};
const typeZh = (t: string) => TYPE_ZH[t] ?? t;
const typeOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v;
const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join('、');

/** Chinese hints for the scorecard rules, by the field the rule names. */
const RULE_HINTS: [RegExp, string][] = [
  [/anchors(\.\d+)?$/, '锚点写成 [x, 分数],x 从小到大排列,分数随 x 变好而不降低'],
  [
    /levels\.(pass|excellent)$/,
    '合格线不能比优秀线更好:越高越好时 pass ≤ excellent,越低越好时相反',
  ],
  [/grades\.\d+\.min$/, '等级从高到低排列,每档写 min,最后一档不写 min'],
  [/grades\.\d+\.level$/, '字母等级要写 level: 优秀、合格或不合格'],
  [/\.id$/, '同一考核表内的指标和扣分项 id 不能重复'],
  [/direction$/, 'ratio(实际÷计划)指标只能是 higher;越低越好请用 percent 或 score'],
  [/scoring(\.\w+)?$/, '越低越好的指标请用 anchors 计分;floor 要小于 cap'],
  [/(\.source|Basis)$/, SOURCE_HINT],
  [/^thresholds$/, '把合格线、优秀线移到设定它们的岗位(kpis: 条目)或考核表上,并注明出处或假设'],
  [/sectionVersions/, '版本写成岗位 versions 里列出的 id'],
  [/(pass|excellent)/, '合格线与优秀线的方向要与 direction 一致'],
];

/** The Chinese reason and fix-it hint for one schema issue. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  field: string,
): { message: string; hint: string } {
  let value: unknown = data;
  for (const key of issue.path)
    value =
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  const name = String(issue.path.at(-1) ?? field);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined)
        return {
          message: `缺少必填字段(应为${typeZh(issue.expected)})`,
          hint: `加上 ${name}: …;可参照同一文件夹里另一个文件的写法`,
        };
      return {
        message: `类型不对:应为${typeZh(issue.expected)},实为${typeZh(typeOf(value))} ${JSON.stringify(value)}`,
        hint:
          issue.expected === 'string'
            ? `文本可加引号,例如 ${name}: "${String(value)}"`
            : issue.expected === 'array'
              ? `列表写成 [a, b],或逐行以 "- " 开头`
              : `改成${typeZh(issue.expected)}`,
      };
    case 'unrecognized_keys':
      return {
        message: `未知字段:${issue.keys.join('、')}`,
        hint: '检查字段名的拼写;可用的字段见 src/schemas/ 里这个集合的 schema',
      };
    case 'invalid_value':
      return {
        message: `取值不对:${JSON.stringify(value)}`,
        hint: `只能是 ${list(issue.values)} 之一`,
      };
    case 'too_small':
      if (issue.origin === 'string')
        return { message: '不能为空', hint: `给 ${name} 写上内容,或删掉这一行(若它不是必填项)` };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { message: `至少要有 ${String(issue.minimum)} 项`, hint: `在 ${name} 下补足条目` };
      return {
        message: `不能小于 ${String(issue.minimum)}`,
        hint: `把 ${name} 改成不小于 ${String(issue.minimum)} 的数`,
      };
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set')
        return { message: `最多 ${String(issue.maximum)} 项`, hint: `删去多余的条目` };
      return {
        message: `不能大于 ${String(issue.maximum)}`,
        hint: `把 ${name} 改成不大于 ${String(issue.maximum)} 的数`,
      };
    case 'invalid_format':
      // English names (titleEn, nameEn, termEn) are Latin text, not slugs.
      if (/En$/.test(name))
        return {
          message: `英文名称只能用英文字母、数字和常用标点:${JSON.stringify(value)}`,
          hint: `把 ${name} 写成英文,例如 Customer satisfaction;没有英文名就删掉这一行`,
        };
      return {
        message: `格式不对:${JSON.stringify(value)}`,
        hint: '用小写英文单词加连字符,例如 customer-representative',
      };
    case 'invalid_union':
      return {
        message: `写法不对:${JSON.stringify(value)}`,
        hint: '链接写成条目的 id(文件名),例如 customer-representative;人员可写姓名文本',
      };
    case 'custom': {
      const rule = RULE_HINTS.find(([re]) => re.test(field));
      return { message: issue.message, hint: rule ? rule[1] : '按上面的说明修改这个字段' };
    }
    default:
      return { message: issue.message, hint: '按上面的说明修改这个字段' };
  }
}
