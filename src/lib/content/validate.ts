import { plainRef } from '../../schemas/ref.ts';
import { COLLECTION_REGISTRY, COLLECTIONS, type CollectionName } from '../../schemas/registry.ts';
import { onboardingProblems, unsourcedNumbers, type ResponsibilityFacts } from './entry-rules.ts';
import { fieldOf, type Problem, type RawEntry } from './problem.ts';
import { linksIn, nearest } from './references.ts';
import { describeIssue } from './schema-messages.ts';

export { formatProblem, type Problem, type RawEntry } from './problem.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Validates all content at once and returns every problem, not just the first:
 * schema errors (missing fields, wrong types, scorecard rules), malformed or
 * duplicate ids, links to entries that do not exist, and clashing orders.
 */
export function validateEntries(entries: RawEntry[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<CollectionName, Map<string, string>>(COLLECTIONS.map((c) => [c, new Map()]));
  const parsed: { entry: RawEntry; value: unknown }[] = [];
  // One schema per collection, built once: a synthetic handbook has thousands of entries.
  const schemas = new Map(COLLECTIONS.map((c) => [c, COLLECTION_REGISTRY[c].schema(plainRef)]));

  for (const entry of entries) {
    const seen = ids.get(entry.collection)!;
    const ext = COLLECTION_REGISTRY[entry.collection].ext;
    if (!ID.test(entry.id))
      problems.push({
        file: entry.file,
        field: '(file name)',
        message: `文件名(即 id)"${entry.id}" 不是小写英文加连字符`,
        hint: `把文件改名为例如 ${
          entry.id
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '') || 'customer-representative'
        }${ext}`,
      });
    const clash = seen.get(entry.id.toLowerCase());
    if (clash)
      problems.push({
        file: entry.file,
        field: '(file name)',
        message: `id "${entry.id}" 重复:${clash} 已用了同一个 id`,
        hint: '给其中一个文件换一个名字(id 不区分大小写)',
      });
    else seen.set(entry.id.toLowerCase(), entry.file);

    const result = schemas.get(entry.collection)!.safeParse(entry.data ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = fieldOf(issue.path);
        problems.push({
          file: entry.file,
          line: entry.lineOf?.(issue.path),
          field,
          ...describeIssue(issue, entry.data, field),
        });
      }
    } else parsed.push({ entry, value: result.data });
  }

  const orders = new Map<string, string>();
  // A role with several source versions: each of its responsibilities names one of them.
  const versionsOf = new Map<string, string[]>();
  for (const { entry, value } of parsed)
    if (entry.collection === 'roles')
      versionsOf.set(
        entry.id,
        (value as { versions: { id: string }[] }).versions.map((v) => v.id),
      );
  const facts = new Map<string, ResponsibilityFacts>();
  for (const { entry, value } of parsed)
    if (entry.collection === 'responsibilities') {
      const r = value as {
        role: { id: string };
        taskStart?: number;
        tasks: string[];
        deliverables: string[];
      };
      facts.set(entry.id, {
        role: r.role.id,
        taskStart: r.taskStart ?? 1,
        tasks: r.tasks.length,
        deliverables: r.deliverables,
      });
    }
  for (const { entry, value } of parsed) {
    for (const link of linksIn(value)) {
      const target = ids.get(link.collection)!;
      if (target.has(link.id)) continue;
      const { folder, ext } = COLLECTION_REGISTRY[link.collection];
      const guess = nearest(link.id, target.keys());
      problems.push({
        file: entry.file,
        line: entry.lineOf?.(link.path),
        field: fieldOf(link.path),
        message: `链接的${COLLECTION_REGISTRY[link.collection].kind}(${link.collection})"${link.id}" 不存在(没有 content/${folder}/${link.id}${ext})`,
        hint: guess
          ? `是不是 ${guess}?或先新建 content/${folder}/${link.id}${ext}`
          : `检查拼写;现有的 id 就是 content/${folder}/ 里的文件名,或先新建这个条目`,
      });
    }
    if (entry.collection === 'scorecards') problems.push(...unsourcedNumbers(entry, value));
    if (entry.collection === 'onboarding')
      problems.push(...onboardingProblems(entry, value, facts));
    if (entry.collection === 'responsibilities') {
      const r = value as { role: { id: string }; order: number; version?: string };
      // A role that failed its own schema is reported already; its versions are unknown.
      const versions = versionsOf.get(r.role.id);
      if (versions?.length && !(r.version && versions.includes(r.version)))
        problems.push({
          file: entry.file,
          field: 'version',
          message: `role "${r.role.id}" has versions ${versions.join(', ')}: say which one this is from`,
          hint: `加上 version: ${versions[0]}(或 ${versions.slice(1).join('、')}),写明这项职责出自哪一版`,
        });
      if (versions?.length === 0 && r.version)
        problems.push({
          file: entry.file,
          field: 'version',
          message: `role "${r.role.id}" has no versions: list them on the role`,
          hint: '删去 version,或先在岗位上列出 versions',
        });
      const key = `${r.role.id}#${r.order}`;
      const other = orders.get(key);
      if (other)
        problems.push({
          file: entry.file,
          line: entry.lineOf?.(['order']),
          field: 'order',
          message: `岗位 "${r.role.id}" 的 order ${r.order} 已被 ${other} 使用`,
          hint: '同一岗位的职责依次编号 1、2、3…,每个数只用一次',
        });
      else orders.set(key, entry.file);
    }
  }
  return problems;
}
