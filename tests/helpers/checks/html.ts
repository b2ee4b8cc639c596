/** HTML validity with html-validate (offline): the HTML standard rules, no style preferences. */
import { HtmlValidate, type Message } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:standard', 'html-validate:a11y'],
  rules: {
    // Astro writes void elements as <img ...> and minifies; either style is valid HTML.
    'void-style': 'off',
    // Pagefind and Astro's data-* attributes are valid; keep attribute-name checks lenient for them.
    'no-unknown-elements': 'error',
  },
});

export interface HtmlProblem {
  file: string;
  line: number;
  rule: string;
  message: string;
}

export async function validateHtml(file: string, source: string): Promise<HtmlProblem[]> {
  const report = await validator.validateString(source, file);
  return report.results.flatMap((result) =>
    result.messages.filter((m: Message) => m.severity === 2).map((m: Message) => ({ file, line: m.line, rule: m.ruleId, message: m.message })),
  );
}
