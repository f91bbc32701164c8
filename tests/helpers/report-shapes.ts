import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PartKey } from '../../shared/outline/part-key';

/** Reports written by the team in the shapes real reports take (issue 12), with what a clerk reads in each. */
export const SHAPES = join(import.meta.dirname, '..', 'fixtures', 'reports', 'shapes');

export interface ShapeExpectation {
  file: string;
  title: string;
  organization: string;
  year: number;
  /** The parts the report has, in its order, preface left out. */
  parts: PartKey[];
}

const ALL: PartKey[] = ['measures', 'shortcomings', 'leadership', 'plans'];

export const SHAPE_EXPECTATIONS: readonly ShapeExpectation[] = [
  { file: 'no-title-preface.txt', title: '', organization: '青山县市场监督管理局', year: 2023, parts: ALL },
  { file: 'no-title-report-as-follows.txt', title: '', organization: '南溪区司法局', year: 2022, parts: ALL },
  {
    file: 'thematic-headings.txt',
    title: '平川市生态环境局关于2023年度法治政府建设情况的报告',
    organization: '平川市生态环境局',
    year: 2023,
    parts: ['measures', 'shortcomings', 'plans'],
  },
  {
    file: 'plain-headings-leadership-inside.txt',
    title: '东湖县农业农村局2022年法治政府建设情况报告',
    organization: '东湖县农业农村局',
    year: 2022,
    parts: ['measures', 'shortcomings', 'plans'],
  },
  {
    file: 'merged-shortcomings-plans.txt',
    title: '石桥镇人民政府关于2024年度法治政府建设情况的报告',
    organization: '石桥镇人民政府',
    year: 2024,
    parts: ['measures', 'leadership', 'shortcomings', 'plans'],
  },
  {
    file: 'leadership-first-party-group.txt',
    title: '中共白河县交通运输局党组关于2023年度法治政府建设情况的报告',
    organization: '白河县交通运输局',
    year: 2023,
    parts: ['leadership', 'measures', 'shortcomings', 'plans'],
  },
  {
    file: 'one-line.txt',
    title: '柳江县教育局关于2023年度法治政府建设情况的报告',
    organization: '柳江县教育局',
    year: 2023,
    parts: ALL,
  },
  {
    file: 'two-lines.txt',
    title: '云台区水利局2021年法治政府建设工作报告',
    organization: '云台区水利局',
    year: 2021,
    parts: ALL,
  },
  {
    file: 'broken-lines.txt',
    title: '金沙县卫生健康局关于2022年度法治政府建设情况的报告',
    organization: '金沙县卫生健康局',
    year: 2022,
    parts: ALL,
  },
  {
    file: 'run-in-and-long-title.txt',
    title: '北坡区人力资源和社会保障局关于2022年法治工作情况暨2023年工作要点的报告',
    organization: '北坡区人力资源和社会保障局',
    year: 2022,
    parts: ALL,
  },
  {
    file: 'annual-report-party-committee.txt',
    title: '中共青禾县委政法委员会2024年度法治建设年度报告',
    organization: '中共青禾县委政法委员会',
    year: 2024,
    parts: ALL,
  },
  // Written after the reader was built, and measured before any change for them.
  {
    file: 'held-out-wps-copy.txt',
    title: '红岭市自然资源局关于2024年度法治政府建设工作情况的报告',
    organization: '红岭市自然资源局',
    year: 2024,
    parts: ALL,
  },
  { file: 'held-out-no-title-numbers.txt', title: '', organization: '松阳县住房和城乡建设局', year: 2023, parts: ALL },
  {
    file: 'held-out-thematic-unnumbered-parts.txt',
    title: '龙泉区文化和旅游局2023年法治政府建设情况报告',
    organization: '龙泉区文化和旅游局',
    year: 2023,
    parts: ALL,
  },
  { file: 'held-out-web-page-no-title.txt', title: '', organization: '丰源县发展和改革委员会', year: 2023, parts: ALL },
  {
    file: 'held-out-one-line-thematic.txt',
    title: '',
    organization: '白沙县应急管理局',
    year: 2024,
    parts: ['measures', 'shortcomings', 'leadership', 'plans'],
  },
];

/** Every fixture has its expectation: a new file without one fails the test that reads them. */
export const shapeFiles = (): string[] => readdirSync(SHAPES).filter((name) => name.endsWith('.txt'));

export const shapeText = (file: string): string => readFileSync(join(SHAPES, file), 'utf8');
