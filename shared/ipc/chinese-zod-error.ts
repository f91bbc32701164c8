import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '是或否',
  object: '一组字段',
  array: '列表',
  date: '日期',
  null: '空值',
  undefined: '空',
  void: '空',
  bigint: '整数',
};

/** The name a clerk reads for what a field should be; zod's own words are English type names. */
const typeName = (expected: unknown) => TYPE_NAMES[String(expected)] ?? '规定的类型';

/**
 * A Chinese sentence for each of zod's own issue kinds, passed as the per-parse `error` of a
 * safeParse: a schema's own message (already Chinese) still wins, and nothing of zod's English
 * (“Invalid input: expected string, received number”) reaches the page.
 */
export function chineseZodError(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `应为${typeName(issue.expected)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `不能超过 ${String(issue.maximum)} 个字`
        : issue.origin === 'array' || issue.origin === 'set'
          ? `不能超过 ${String(issue.maximum)} 项`
          : `不能大于 ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? '不能为空'
          : `至少要有 ${String(issue.minimum)} 个字`
        : issue.origin === 'array' || issue.origin === 'set'
          ? `至少要有 ${String(issue.minimum)} 项`
          : `不能小于 ${String(issue.minimum)}`;
    case 'invalid_format':
      return issue.format === 'datetime' || issue.format === 'date' ? '日期格式不对' : '格式不对';
    case 'invalid_value':
      return '不是可选的值之一';
    case 'invalid_union':
      return '不符合任何一种允许的写法';
    case 'unrecognized_keys':
      return '含有不认识的字段';
    case 'invalid_key':
    case 'invalid_element':
      return '其中有不符合要求的项';
    case 'not_multiple_of':
      return '数值不符合要求';
    default:
      return '不符合要求';
  }
}
