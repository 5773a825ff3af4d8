// Reads a job description written in the template of the sources (000, 001):
// 一、核心岗位职责清单 / 二、职责与日常任务 (职责一… with 日常任务与步骤, 协调沟通,
// 工作成果) / 三、典型案例 / 四、绩效考核 / 五、术语. Pure: text in, structure out.
// Numbering may be 一、 / 1. / 1、 / (一) / 第一条 / ①, and punctuation half- or
// full-width; every line that fits nowhere is returned with its number.
import {
  CN,
  COLON,
  chineseNumber,
  headed,
  numbering,
  splitList,
  splitSemicolons,
} from './jd-text.ts';

export { chineseNumber, splitList } from './jd-text.ts';

export interface UnplacedLine {
  line: number;
  text: string;
}

export interface ParsedDuty {
  order: number;
  /** As the document writes it: 职责一. */
  label?: string;
  title: string;
  /** Whether the details section describes it (else only the list names it). */
  detailed: boolean;
  tasks: string[];
  coordination: string[];
  deliverables: string[];
}

export interface ParsedCase {
  title: string;
  line: number;
  background: string[];
  problem: string[];
  method: string[];
  communication: string[];
  result: string[];
}

export interface ParsedTerm {
  /** The heading as written: KPI(关键绩效指标). */
  heading: string;
  term: string;
  /** The part in brackets, another name for the term. */
  alias?: string;
  definition: string;
  line: number;
}

export interface ParsedJD {
  /** A title line above the first section, e.g. 渠道专员岗位说明书. */
  title?: string;
  duties: ParsedDuty[];
  cases: ParsedCase[];
  appraisal: { cycle: string[]; dimensions: string[]; standards: string[]; excellence: string[] };
  terms: ParsedTerm[];
  unplaced: UnplacedLine[];
}

type Section = 'list' | 'details' | 'cases' | 'appraisal' | 'glossary';
type DutyPart = 'tasks' | 'coordination' | 'deliverables';
type CasePart = 'background' | 'problem' | 'method' | 'communication' | 'result';
type AppraisalPart = keyof ParsedJD['appraisal'];

const SENTENCE_END = /[。.;；!！]$/;

const SECTIONS: [RegExp, Section][] = [
  [/术语/, 'glossary'],
  [/案例|工作场景/, 'cases'],
  [/绩效|考核|衡量方式/, 'appraisal'],
  [/日常任务|详细说明|任务与步骤/, 'details'],
  [/职责清单|岗位职责|核心职责/, 'list'],
];

const DUTY = new RegExp(`^(职责(${CN}))\\s*(?:${COLON}|[、.．\\s])\\s*(.*)$`);
const CASE = new RegExp(`^案例(${CN})\\s*(?:${COLON}|[、.．\\s])?\\s*(.*)$`);

const DUTY_PARTS: [RegExp, DutyPart][] = [
  [/日常任务|任务与步骤|工作步骤|详细步骤/, 'tasks'],
  [/协调|沟通|上下游/, 'coordination'],
  [/成果|交付物/, 'deliverables'],
];

const CASE_LABELS: [string, CasePart][] = [
  ['背景情境', 'background'],
  ['背景', 'background'],
  ['工作问题或任务', 'problem'],
  ['问题或任务', 'problem'],
  ['任务', 'problem'],
  ['问题', 'problem'],
  ['工作具体操作或方法', 'method'],
  ['具体操作或方法', 'method'],
  ['操作步骤', 'method'],
  ['操作方法', 'method'],
  ['具体操作', 'method'],
  ['方法', 'method'],
  ['沟通过程', 'communication'],
  ['沟通协调', 'communication'],
  ['沟通', 'communication'],
  ['最终交付成果', 'result'],
  ['交付成果', 'result'],
  ['成果', 'result'],
  ['结果', 'result'],
];
const CASE_LABEL = new RegExp(`^(${CASE_LABELS.map(([l]) => l).join('|')})\\s*${COLON}\\s*(.*)$`);

const APPRAISAL_PARTS: [RegExp, AppraisalPart][] = [
  [/周期/, 'cycle'],
  [/维度/, 'dimensions'],
  [/指标|数据标准|考核标准/, 'standards'],
  [/表现|优异|优秀/, 'excellence'],
];

export function parseJobDescription(text: string): ParsedJD {
  const out: ParsedJD = {
    duties: [],
    cases: [],
    appraisal: { cycle: [], dimensions: [], standards: [], excellence: [] },
    terms: [],
    unplaced: [],
  };
  const duties = new Map<number, ParsedDuty>();
  const dutyOf = (order: number, title: string, label: string | undefined): ParsedDuty => {
    let d = duties.get(order);
    if (!d) {
      d = {
        order,
        title,
        detailed: false,
        tasks: [],
        coordination: [],
        deliverables: [],
        ...(label ? { label } : {}),
      };
      duties.set(order, d);
    }
    return d;
  };

  let section: Section | undefined;
  let duty: ParsedDuty | undefined;
  let dutyPart: DutyPart | undefined;
  let kase: ParsedCase | undefined;
  let casePart: CasePart | undefined;
  let appraisalPart: AppraisalPart | undefined;
  let listCount = 0;
  let seenContent = false;

  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.trim();
    if (!line) return;
    const unplaced = () => out.unplaced.push({ line: lineNo, text: line });
    const { kind, content } = numbering(line);

    // A section heading: 一、… or 第一部分 … naming one of the template's parts.
    if (kind === 'section' && !SENTENCE_END.test(content)) {
      const found = SECTIONS.find(([re]) => re.test(content));
      if (found) {
        section = found[1];
        duty = undefined;
        dutyPart = undefined;
        kase = undefined;
        casePart = undefined;
        appraisalPart = undefined;
        seenContent = true;
        return;
      }
    }

    if (!section) {
      if (!seenContent && kind === 'none' && !out.title) {
        out.title = line;
        seenContent = true;
      } else unplaced();
      return;
    }

    switch (section) {
      case 'list': {
        const m = DUTY.exec(content);
        if (m && m[3]) {
          listCount++;
          dutyOf(chineseNumber(m[2]!), m[3].trim(), m[1]);
        } else if (kind === 'item' && content) {
          listCount++;
          dutyOf(listCount, content, undefined);
        } else unplaced();
        return;
      }
      case 'details': {
        const m = DUTY.exec(content);
        if (m) {
          const order = chineseNumber(m[2]!);
          duty = dutyOf(order, m[3]?.trim() || m[1]!, m[1]);
          duty.detailed = true;
          dutyPart = undefined;
          return;
        }
        if (!duty) return void unplaced();
        const h = headed(content);
        const part = h
          ? DUTY_PARTS.find(([re]) => re.test(h.head))?.[1]
          : /^(日常任务与步骤|日常任务|协调沟通|工作成果|交付成果)$/.test(content)
            ? DUTY_PARTS.find(([re]) => re.test(content))?.[1]
            : undefined;
        if (part) {
          dutyPart = part;
          const rest = h?.rest ?? '';
          if (rest) {
            if (part === 'deliverables') duty.deliverables.push(...splitList(rest));
            else duty[part].push(...splitSemicolons(rest));
          }
          return;
        }
        if (!dutyPart) return void unplaced();
        if (dutyPart === 'deliverables') duty.deliverables.push(...splitList(content));
        else duty[dutyPart].push(content);
        return;
      }
      case 'cases': {
        const m = CASE.exec(content);
        if (m && kind !== 'item') {
          kase = {
            title: m[2]?.trim() || `案例${m[1]}`,
            line: lineNo,
            background: [],
            problem: [],
            method: [],
            communication: [],
            result: [],
          };
          out.cases.push(kase);
          casePart = undefined;
          return;
        }
        if (!kase) return void unplaced();
        const l = CASE_LABEL.exec(content);
        if (l) {
          casePart = CASE_LABELS.find(([label]) => label === l[1])![1];
          if (l[2]) kase[casePart].push(l[2].trim());
          return;
        }
        if (!casePart) return void unplaced();
        kase[casePart].push(content);
        return;
      }
      case 'appraisal': {
        const h = headed(content);
        const head = h ? h.head : content;
        const part =
          !SENTENCE_END.test(head) && !/\d/.test(head)
            ? APPRAISAL_PARTS.find(([re]) => re.test(head))?.[1]
            : undefined;
        if (part && (h || !SENTENCE_END.test(content))) {
          appraisalPart = part;
          if (h?.rest) out.appraisal[part].push(...splitSemicolons(h.rest));
          return;
        }
        if (!appraisalPart) return void unplaced();
        out.appraisal[appraisalPart].push(content);
        return;
      }
      case 'glossary': {
        const h = new RegExp(`^(.{1,40}?)\\s*${COLON}\\s*(.+)$`).exec(content);
        if (h) {
          const heading = h[1]!.trim();
          const p = /^(.+?)\s*[(（](.+)[)）]$/.exec(heading);
          out.terms.push({
            heading,
            term: p ? p[1]!.trim() : heading,
            ...(p ? { alias: p[2]!.trim() } : {}),
            definition: h[2]!.trim(),
            line: lineNo,
          });
          return;
        }
        // An unnumbered line right after a definition continues it.
        const last = out.terms.at(-1);
        if (last && kind === 'none') last.definition += content;
        else unplaced();
        return;
      }
    }
  });

  out.duties = [...duties.values()].sort((a, b) => a.order - b.order);
  return out;
}
