import packageJson from '../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
export const TOOL_NAME = 'content-lint';
export const REPOSITORY_URL = 'https://github.com/content-lint/content-lint';

export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/v${VERSION}/docs/rules/${ruleId}.md`;
}
