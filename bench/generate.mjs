#!/usr/bin/env node
// Writes a synthetic Rolebook of N roles into a copy of the project, for the
// build-scale bench. Usage: node bench/generate.mjs --roles N --out DIR
//
// The copy has the project's astro.config.mjs, tsconfig.json, package.json,
// src/ and public/, a node_modules/ made of symlinks to this project's
// packages (the copy gets its own node_modules/.astro and .vite caches, so a
// bench build neither reads nor overwrites the project's), and a content/ of:
//   - N roles, each with 6 responsibilities, 1 case, 3 KPIs and 1 scorecard;
//   - the 17 real departments, 8 real glossary terms and 2 real guides
//     (links rewritten to entries that exist in the copy).
// Chinese text is drawn, with a fixed seed, from the sentences of the real
// content/, so term linking and Pagefind's segmentation see real Chinese.
// Per role the site gets 12 HTML pages (role, 6 responsibilities, case,
// 3 KPIs, scorecard) and 12 /api/ JSON files.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PAGES_PER_ROLE = 12;
const GLOSSARY = [
  'kpi',
  'customer-satisfaction',
  'crm',
  'sales-funnel',
  'swot',
  'key-account',
  'cross-selling',
  'upselling',
];
const GUIDES = ['authoring', 'key-account-visit-policy'];
const SOURCE_FILES = [
  '000_37ae6bba8ae01b67.txt',
  '001_8c13c58fd62e9889.txt',
  '002_68d3156cfa4dbd64.txt',
  '003_b0f4401079a5c885.txt',
  '004_c84ccdf38090b5c3.txt',
];
const NUMERALS = ['一', '二', '三', '四', '五', '六'];
const REGIONS = ['华东', '华南', '华北', '华中', '西南', '西北', '东北', '港澳', '海外', '总部'];
const BASES = [
  '客户代表',
  '商务总监',
  '销售客户主管',
  '大客户经理',
  '客户专员',
  '渠道经理',
  '客户成功经理',
  '售前顾问',
  '销售运营专员',
  '区域销售经理',
];
const KPI_BASES = [
  '销售目标达成率',
  '客户满意度',
  '新客户数',
  '客户保留率',
  '回款及时率',
  '交叉销售成功率',
  '拜访完成率',
  '市场报告及时率',
];

/** Seeded PRNG (mulberry32), so every run writes the same handbook. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function stringsIn(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

/** Sentences of the real content (CJK, 8–80 characters), the pool synthetic text is drawn from. */
function sentencePool(contentDir) {
  const pool = new Set();
  for (const collection of ['roles', 'responsibilities', 'cases', 'kpis', 'glossary']) {
    for (const name of readdirSync(join(contentDir, collection))) {
      const raw = readFileSync(join(contentDir, collection, name), 'utf8');
      const yamlText = name.endsWith('.mdx')
        ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)?.[1] ?? '')
        : raw;
      for (const s of stringsIn(parse(yamlText)))
        for (const part of s.split(/(?<=[。;!?])/))
          if (
            /[\u4e00-\u9fff]/.test(part) &&
            part.trim().length >= 8 &&
            part.trim().length <= 80 &&
            !/https?:|\.txt|[{}<>\[\]`*_#|\\]/.test(part)
          )
            pool.add(part.trim());
    }
  }
  return [...pool];
}

const frontmatter = (data, body) => `---\n${stringify(data).trimEnd()}\n---\n\n${body}\n`;

/** Writes content/ for `roles` roles into `contentDir`; returns the counts. */
export function writeContent({
  roles,
  contentDir,
  realContent = join(ROOT, 'content'),
  seed = 20260101,
}) {
  const rand = rng(seed);
  const pool = sentencePool(realContent);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const sentence = () => {
    const s = pick(pool);
    return /[。;!?]$/.test(s) ? s : `${s}。`;
  };
  const sentences = (n) => Array.from({ length: n }, sentence).join('');
  const list = (n) => Array.from({ length: n }, () => sentence().replace(/[。;]$/, ''));
  const src = () => [pick(SOURCE_FILES)];
  const dirs = [
    'roles',
    'responsibilities',
    'cases',
    'kpis',
    'scorecards',
    'glossary',
    'departments',
    'guides',
  ];
  for (const d of dirs) mkdirSync(join(contentDir, d), { recursive: true });
  const put = (collection, file, text) => writeFileSync(join(contentDir, collection, file), text);
  const putYaml = (collection, id, data) => put(collection, `${id}.yaml`, stringify(data));

  // Departments: all 17, unchanged (they link to nothing).
  const departments = readdirSync(join(realContent, 'departments')).filter((n) =>
    n.endsWith('.yaml'),
  );
  for (const name of departments)
    cpSync(join(realContent, 'departments', name), join(contentDir, 'departments', name));
  const deptIds = departments.map((n) => n.replace(/\.yaml$/, ''));

  const pad = (i) => String(i).padStart(5, '0');
  const roleId = (i) => `role-${pad(i)}`;

  // Glossary: a few real terms; links to KPIs point at the first synthetic role's KPIs.
  for (const id of GLOSSARY) {
    const g = parse(readFileSync(join(realContent, 'glossary', `${id}.yaml`), 'utf8'));
    g.related = (g.related ?? []).filter((r) => GLOSSARY.includes(r));
    g.kpis = g.kpis?.length ? [`${roleId(1)}-kpi-1`] : [];
    putYaml('glossary', id, g);
  }

  // Guides: real ones without in-body links; their roles are the first synthetic roles.
  for (const id of GUIDES) {
    const raw = readFileSync(join(realContent, 'guides', `${id}.mdx`), 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(raw);
    if (!m) throw new Error(`${id}.mdx has no frontmatter`);
    const data = parse(m[1]);
    if (data.roles) data.roles = [roleId(1), roleId(Math.min(2, roles))];
    data.roles = [...new Set(data.roles ?? [])];
    put('guides', `${id}.mdx`, frontmatter(data, m[2].trim()));
  }

  for (let i = 1; i <= roles; i++) {
    const id = roleId(i);
    const title = `${REGIONS[i % REGIONS.length]}${BASES[i % BASES.length]}${i}号`;
    const kpiIds = [1, 2, 3].map((k) => `${id}-kpi-${k}`);
    const dutyIds = [1, 2, 3, 4, 5, 6].map((k) => `${id}-duty-${k}`);
    const depts = () => [pick(deptIds), pick(deptIds)].filter((d, j, a) => a.indexOf(d) === j);

    const role = {
      title,
      titleEn: `Synthetic role ${i}`,
      order: i,
      department: '销售部',
      reportsTo: i > 1 ? [{ role: roleId(i - 1) }] : ['销售总监'],
      directReports: i < roles ? [{ role: roleId(i + 1) }] : [],
      scope: list(2),
      summary: sentences(3),
      // The lines belong to the role that sets them (issue 9); synthetic ones are assumptions.
      kpis: kpiIds.map((kpi) => ({
        kpi,
        pass: { value: 90, assumption: true },
        excellent: { value: 110, assumption: true },
      })),
      departments: depts(),
      workflow: ['拜访客户', '了解需求', '制定方案', '跟进成交'],
      qualifications: [
        {
          education: '本科及以上学历,市场营销或相关专业。',
          experience: '三年以上销售工作经验。',
          skills: list(3),
        },
      ],
      appraisal: { dimensions: list(3), standards: ['销售目标达成率≥90%为合格,≥110%为优秀。'] },
      training: list(3),
      rules: list(2),
      careerPath: { path: ['客户专员', { role: id }, '销售总监'] },
      risks: { items: list(2), mitigations: list(1) },
      source: src(),
    };
    put(
      'roles',
      `${id}.mdx`,
      frontmatter(role, `${sentences(2)}\n\n- ${sentence()}\n- ${sentence()}`),
    );

    dutyIds.forEach((dutyId, k) => {
      putYaml('responsibilities', dutyId, {
        role: id,
        order: k + 1,
        title: sentence(),
        label: `职责${NUMERALS[k]}`,
        tasks: list(4),
        coordination: [
          { text: sentence(), departments: depts() },
          { text: sentence(), departments: [pick(deptIds)] },
        ],
        deliverables: list(2),
        source: src(),
      });
    });

    putYaml('cases', `${id}-case`, {
      title: `${title}的典型案例`,
      roles: [id],
      responsibilities: [dutyIds[0]],
      kpis: [kpiIds[0]],
      departments: depts(),
      background: sentences(2),
      problem: sentence(),
      method: list(4),
      communication: sentences(2),
      result: sentences(2),
      source: src(),
    });

    kpiIds.forEach((kpiId, k) => {
      putYaml('kpis', kpiId, {
        name: `${KPI_BASES[(i + k) % KPI_BASES.length]}(${title})`,
        definition: sentences(2),
        formula: '实际完成 ÷ 目标 × 100%',
        formulaAssumption: true,
        unit: { value: '%', assumption: true },
        direction: 'higher',
        period: '月度',
        notes: list(2),
        glossary: [pick(GLOSSARY)],
        source: src(),
      });
    });

    putYaml('scorecards', `${id}-scorecard`, {
      title: `${title}月度考核表`,
      description: sentence(),
      role: id,
      period: 'month',
      source: src(),
      maxTotal: 100,
      grades: [{ grade: '优秀', min: 90 }, { grade: '合格', min: 60 }, { grade: '不合格' }],
      indicators: kpiIds.map((kpi, k) => ({
        id: `indicator-${k + 1}`,
        label: KPI_BASES[(i + k) % KPI_BASES.length],
        kpi,
        kind: 'ratio',
        direction: 'higher',
        weight: [50, 30, 20][k],
        scoring: {
          type: 'anchors',
          anchors: [
            [60, 0],
            [90, 60],
            [110, 90],
            [130, 100],
          ],
        },
        levels: { pass: 90, excellent: 110 },
        weightBasis: { assumption: true },
        levelsBasis: { pass: { assumption: true }, excellent: { assumption: true } },
        standard: sentence(),
      })),
      deductions: [
        {
          id: 'late-reports',
          label: '报告逾期次数',
          allowance: 1,
          perUnit: 2,
          max: 10,
          maxCount: 12,
          allowanceBasis: { assumption: true },
          perUnitBasis: { assumption: true },
          maxBasis: { assumption: true },
          maxCountBasis: { assumption: true },
        },
      ],
      assumptions: ['权重与等级线均为假设。', '完成率 60% 及以下记 0 分,这是假设。'],
    });
  }
  return {
    roles,
    entries: roles * PAGES_PER_ROLE + deptIds.length + GLOSSARY.length + GUIDES.length,
    departments: deptIds.length,
    glossary: GLOSSARY.length,
    guides: GUIDES.length,
  };
}

/** The copy of the project the synthetic content is built in. */
export function writeProject({ roles, out }) {
  const dir = resolve(out);
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(ROOT, f), join(dir, f));
  for (const d of ['src', 'public']) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
  // node_modules: one symlink per package, so Astro's and Vite's caches
  // (node_modules/.astro, node_modules/.vite) stay in the copy.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return { dir, ...writeContent({ roles, contentDir: join(dir, 'content') }) };
}

function args(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([^=]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m) continue;
    out[m[1]] = m[2] ?? (argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : 'true');
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const a = args(process.argv.slice(2));
  const roles = Number(a.roles);
  if (!Number.isInteger(roles) || roles < 2 || !a.out) {
    console.error('usage: node bench/generate.mjs --roles N --out DIR   (N ≥ 2)');
    process.exit(2);
  }
  const r = writeProject({ roles, out: a.out });
  console.log(
    `wrote ${r.entries} entries (${roles} roles × ${PAGES_PER_ROLE} + ${r.departments} departments, ${r.glossary} terms, ${r.guides} guides) in ${r.dir}`,
  );
}
