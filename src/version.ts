import packageJson from '../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
export const TOOL_NAME = 'content-lint';
export const REPOSITORY_URL = 'https://github.com/content-lint/content-lint';

/** A rule's documentation; for a hosted remark-lint rule (`remark-lint:<name>`), its package readme. */
export function ruleDocsUrl(ruleId: string): string {
  const hosted = /^remark-lint:([\w-]+)$/.exec(ruleId);
  if (hosted) return `https://github.com/remarkjs/remark-lint/tree/main/packages/remark-lint-${hosted[1]}#readme`;
  return `${REPOSITORY_URL}/blob/v${VERSION}/docs/rules/${ruleId}.md`;
}

/** Format version of the JSON report: bumped when a field changes meaning or disappears. */
export const JSON_REPORT_VERSION = 1;
