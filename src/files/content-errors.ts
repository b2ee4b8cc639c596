/** Content problems as editors read them: file, field, what is expected. */

export interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

export class ContentError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Nội dung có lỗi, trang chưa được xây dựng:\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** `cover.alt` from a zod path such as `['cover', 'alt']` or `['attachments', 0, 'file']`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
}

export function formatIssues(file: string, issues: readonly Issue[]): string[] {
  return issues.map((issue) => {
    const field = fieldName(issue.path);
    return field ? `${file}: trường "${field}": ${issue.message}` : `${file}: ${issue.message}`;
  });
}
