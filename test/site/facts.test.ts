import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, mainText } from '../support/dist.ts';

const pages = builtPages();
const text = new Map([...pages].map(([url, html]) => [url, mainText(html)]));
const all = [...text.values()].join('\n');

/** Facts from the sources and the page a reader should find each on. */
const FACTS: [page: string, fact: string][] = [
  ['/roles/customer-representative/', '销售目标达成率≥90%为合格,≥110%为优秀'],
  ['/roles/customer-representative/', '客户满意度调查结果≥80%为合格,≥90%为优秀'],
  ['/roles/customer-representative/', '每月一次,逾期3次以上扣分'],
  ['/roles/customer-representative/', '每季度销售额超出目标20%以上'],
  ['/roles/customer-representative/', '设定个人销售目标,分解至月、周和日'],
  ['/roles/business-director/', '团队成员绩效评估结果(70分以上为合格,85分以上为优异)'],
  ['/roles/business-director/', '年度销售目标的完成率(如达到110%为优异)'],
  ['/roles/sales-account-supervisor/', '销售客户主管→销售经理→销售总监或客户总监'],
  ['/roles/sales-account-supervisor/', '5年以上销售团队管理经验'],
  ['/roles/sales-account-supervisor/', '具备3-5年销售或客户服务领域从业经验'],
  ['/roles/sales-account-supervisor/', '五险一金、带薪年假、节日福利'],
  ['/roles/sales-account-supervisor/', '作为晋升、调薪、奖励或处罚的依据'],
  ['/roles/key-account-manager/', '大客户部所属项目案场办公设备设施'],
  ['/roles/account-specialist/', '完成大客户销售任务目标'],
  ['/scorecards/account-specialist-monthly-a/', '拜访目标指标'],
  ['/scorecards/account-specialist-monthly-a/', '本月最后一个工作日上报,次月拜访工作计划'],
  ['/scorecards/account-specialist-monthly-b/', '业务管理'],
  ['/glossary/sales-funnel/', '描述潜在客户从最初接触到最终成交的各个阶段的模型'],
  ['/glossary/swot/', '评估企业的优势、劣势、机会与威胁'],
  ['/glossary/kpi/', '用于衡量员工或团队在特定目标上的表现'],
  ['/glossary/customer-satisfaction/', '通常通过调查问卷形式进行量化评估'],
  ['/glossary/customer-satisfaction/', '通常通过调查问卷或反馈表收集数据'],
  ['/cases/', '客户关系维护'],
  ['/guides/customer-representative-work-plan/', '实现至少20%的新客户增长'],
  ['/guides/customer-representative-work-plan/', '每个项目的平均销售额不低于50,000美元'],
  ['/guides/key-account-visit-policy/', '到生产车间参观必须戴安全帽'],
  ['/guides/key-account-analysis-forms/', '价格区间'],
];

/** The 40/25/20/15 weights of 004's first sheet, in order. */
const WEIGHTS_A = ['40%', '25%', '20%', '15%'];

describe('every source fact is on the site', () => {
  it.each(FACTS)('%s says “%s”', (page, fact) => {
    expect(text.has(page), `${page} was not built`).toBe(true);
    expect(text.get(page)).toContain(fact.replace(/\s+/g, ''));
  });

  it('shows the 40/25/20/15 weights of the 客户专员 sheet in order', () => {
    const page = text.get('/scorecards/account-specialist-monthly-a/') ?? '';
    const at = WEIGHTS_A.map((w, i) =>
      page.indexOf(w, i === 0 ? 0 : page.indexOf(WEIGHTS_A[i - 1]!)),
    );
    expect(at.every((x) => x >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  // The sources themselves: every sentence outside the website boilerplate must appear somewhere.
  const SEEDS = 'sources';
  const seedFiles = readdirSync(SEEDS).filter((f) => /^\d{3}_.*\.txt$/.test(f));
  it.each(seedFiles)('contains every sentence of %s', (file) => {
    const missing = seedSentences(readFileSync(join(SEEDS, file), 'utf8')).filter(
      (s) => !all.includes(s),
    );
    expect(missing).toEqual([]);
  });
});

/** The sources' template headings and field labels: the site's own headings stand for them. */
const TEMPLATE = [
  /^(核心岗位职责清单|职责与日常任务详细说明(与展开)?|典型工作场景或真实案例举例说明|关键行业或技术术语准确定义)$/,
  /^(日常任务与步骤|协调沟通|工作成果|背景情境|工作问题或任务|工作具体操作或方法|沟通过程|最终交付成果|操作步骤|沟通协调|交付成果)$/,
  /^(每项职责具体的日常任务与详细步骤|该职责所需要协调、沟通的主要上下游部门及相关人员|对应的具体工作成果或交付物定义)$/,
  /^(企业实际采用的绩效考核维度|具体的考核指标与数据标准|职责任务是否达成或表现优异的典型表现形式|职责衡量方式与绩效考核标准说明)$/,
  /^(大客户经理管辖范围|客户专员一、大客户部客户专员岗位职责)$/,
  /^(岗位名称|直接上级|直接下级|工作地点|岗位性质|岗位职责|教育背景|工作经验|技能要求|学历背景|技能与知识|绩效考核周期|绩效考核内容|绩效考核结果)$/,
];

/** Splits a source into sentences worth finding verbatim, without numbering or boilerplate. */
export function seedSentences(source: string): string[] {
  const body = source
    .split('\n')
    .filter(
      (l) =>
        !/原创力文档|VIP|下载|版权申诉|本文档共|查看更多|文档评论|您可能关注|最近下载|相关文档|实名认证|内容提供者|该用户很懒|小教资源库|\.docx|\.pdf|\.pptx|\.PDF|\.doc$/.test(
          l,
        ),
    )
    .join('\n')
    .replace(/\?+/g, '\n');
  // Clauses (split at , : ; 。 and numbering) must each appear verbatim; the sources'
  // template headings are structure the pages show as headings of their own.
  return body
    .split(/[\n。;;,::]|\s\d+、|\s+\d+\.\s|第[一二三四五六七八九十]+[条章]/)
    .map((s) =>
      s
        .trim()
        .replace(/^\s*(\d+[、.]\s*)+/, '')
        .replace(/^[一二三四五六七八九十]+、/, '')
        .replace(/^[A-E]\./, '')
        .replace(/^(职责[一二三四五六七]|案例[一二])[::]/, '')
        .replace(/\s+/g, ''),
    )
    .filter((s) => s.length >= 4 && !TEMPLATE.some((t) => t.test(s)));
}

describe('the role comparison', () => {
  const html = pages.get('/compare/') ?? '';
  const api = (id: string, dir = 'dist/api/compare') =>
    JSON.parse(readFileSync(`${dir}/${id}.json`, 'utf8')) as {
      title: string;
      href: string;
      rows: Record<string, { t: string; h?: string; l?: string; r?: { t: string }[] }[]>;
    };
  const texts = (id: string, row: string) => api(id).rows[row]!.map((i) => i.t);

  it('builds the first two roles into the page, linked to their pages, in the home page order', () => {
    const heads = [...html.matchAll(/<th scope="col"[^>]*><a href="\/roles\/([a-z-]+)\/"/g)];
    expect(heads.map((m) => m[1])).toEqual(['customer-representative', 'business-director']);
  });

  it('gives each role its facts in /api/compare/<id>.json and says where the source is silent', () => {
    expect(texts('sales-account-supervisor', 'department')).toEqual(['销售部']);
    expect(texts('key-account-manager', 'department')).toEqual(['大客户部']);
    expect(texts('customer-representative', 'department')).toEqual([]);
    expect(html).toContain('来源未写明');
    expect(texts('sales-account-supervisor', 'career')).toEqual([
      '销售客户主管 → 销售经理 → 销售总监或客户总监',
    ]);
    expect(texts('customer-representative', 'kpis').join('\n')).toContain(
      '客户满意度 合格 ≥80%;优秀 ≥90%',
    );
  });

  it('gives each role the same facts in English in /api/compare/en/<id>.json, for /en/compare/', () => {
    const ids = readdirSync('dist/api/compare')
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    expect(ids).toHaveLength(5);
    expect(readdirSync('dist/api/compare/en').sort()).toEqual(ids.map((id) => `${id}.json`).sort());
    for (const id of ids) {
      const [zh, en] = [api(id), api(id, 'dist/api/compare/en')];
      expect(en.href).toBe(`/en${zh.href}`);
      expect(Object.keys(en.rows)).toEqual(Object.keys(zh.rows));
      // Row for row the same items, with English names where the content has them.
      for (const [row, items] of Object.entries(zh.rows)) {
        expect(en.rows[row]!.length, `${id} ${row}`).toBe(items.length);
        items.forEach((i, n) => {
          const e = en.rows[row]![n]!;
          expect(e.h, `${id} ${row}`).toBe(i.h && `/en${i.h}`);
          if (e.r) expect(e.r.map((x) => x.t).join('')).toBe(e.t);
        });
      }
    }
    const en = api('sales-account-supervisor', 'dist/api/compare/en');
    expect(en.title).toBe('Sales Account Supervisor');
    expect(en.rows['department']).toEqual([{ t: 'Sales' }]);
    expect(en.rows['nature']).toEqual([{ t: '管理岗位', l: 'zh-CN' }]);
    expect(
      api('customer-representative', 'dist/api/compare/en').rows['kpis']!.map((i) => i.t),
    ).toContain(
      'Customer satisfaction: pass ≥ 80%; excellent ≥ 90%; work plan goal ≥ 90% (a goal, not a pass line)',
    );
  });
});
