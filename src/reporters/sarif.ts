import { REPOSITORY_URL, ruleDocsUrl, TOOL_NAME, VERSION } from '../version.js';
import type { Reporter } from './types.js';
import type { Finding } from '../engine/types.js';
import { inertJsonChunks } from './text.js';

const RESULTS = '\u0000results';

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: every rule with descriptions and help, every
 * result with a repository-relative URI and a region.
 */
export const sarif: Reporter = function* (result, context) {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.meta.id, index]));
  // Rules hosted by a content-lint rule (`remark-lint:<rule>`) are described from their findings.
  const hosted = new Map<string, string>();
  for (const file of result.files) {
    for (const finding of file.findings) {
      if (ruleIndex.has(finding.ruleId) || hosted.has(finding.ruleId)) continue;
      hosted.set(finding.ruleId, typeof finding.data.url === 'string' ? finding.data.url : ruleDocsUrl(finding.ruleId));
      ruleIndex.set(finding.ruleId, ruleIndex.size);
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: REPOSITORY_URL,
            rules: [
              ...context.rules.map((rule) => ({
                id: rule.meta.id,
                name: rule.meta.id,
                shortDescription: { text: rule.meta.description },
                fullDescription: { text: rule.meta.rationale },
                help: {
                  text: `${rule.meta.description}.\n\n${rule.meta.rationale}\n\nSee ${ruleDocsUrl(rule.meta.id)}`,
                  markdown: `**${rule.meta.description}.**\n\n${rule.meta.rationale}\n\n[Documentation](${ruleDocsUrl(rule.meta.id)})`,
                },
                helpUri: ruleDocsUrl(rule.meta.id),
                defaultConfiguration: { level: rule.meta.defaultSeverity === 'off' ? 'none' : rule.meta.defaultSeverity },
                properties: { tags: [...rule.meta.tags] },
              })),
              ...[...hosted].map(([id, url]) => ({
                id,
                name: id,
                shortDescription: { text: id.replace(':', ' rule ') },
                fullDescription: { text: `Reported by ${id.slice(0, id.indexOf(':'))}, run inside ${TOOL_NAME}.` },
                help: { text: `See ${url}`, markdown: `[Documentation](${url})` },
                helpUri: url,
                defaultConfiguration: { level: 'warning' },
                properties: { tags: ['style', 'markdown'] },
              })),
            ],
          },
        },
        columnKind: 'utf16CodeUnits',
        results: RESULTS,
      },
    ],
  };
  const results = function* () {
    for (const file of result.files) for (const finding of file.findings) yield sarifResult(finding, ruleIndex);
  };
  yield* inertJsonChunks(log, RESULTS, results());
  yield '\n';
};

/** One finding as a SARIF result. */
function sarifResult(finding: Finding, ruleIndex: ReadonlyMap<string, number>) {
  return {
    ruleId: finding.ruleId,
    ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
    level: finding.severity,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(finding.file), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: Math.max(finding.endColumn, finding.endLine === finding.line ? finding.column + 1 : 1),
          },
        },
      },
    ],
    ...(finding.related
      ? {
          relatedLocations: [
            {
              id: 1,
              message: { text: finding.related.message },
              physicalLocation: {
                artifactLocation: { uri: toUri(finding.related.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: finding.related.line, startColumn: finding.related.column },
              },
            },
          ],
        }
      : {}),
    // In the baseline: known, accepted for now (code scanning shows it as suppressed).
    ...(finding.baselined ? { baselineState: 'unchanged', suppressions: [{ kind: 'external', justification: 'Recorded in the content-lint baseline' }] } : {}),
    properties: { messageId: finding.messageId, data: finding.data },
  };
}

/** A relative URI reference: each path segment percent-encoded (`%`, `#`, `?`, spaces…). */
function toUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
